import { planName } from "./rules/planName";
import { regionFromTitle } from "./rules/regionFromTitle";

/**
 * Where an import's region came from: `given` (--region, the pane's 地区), the table's `title`
 * (regionFromTitle), a plan's `name` above the table or of its document (rules/planName), or `none` (left blank).
 */
export type RegionFrom =
  | { from: "given" }
  | { from: "title" }
  | { from: "plan-name"; name: string }
  | { from: "none" };

/** planRegion's result: the region ("" when none), where it came from, and the template's note on it (null when given). */
export interface PlanRegion {
  region: string;
  from: RegionFrom;
  note: string | null;
}

/**
 * The region of an imported plan: `given` wins; else the place the table's `title` names; else the
 * place at the start of the first of `names` that is a plan's name (the lines above the title, then
 * the document's names: an .html page's <title>, a heading before the table; planNameLines, ImportOptions.documentNames);
 * else none. The template's note says where it came from, as the import's line does (describeRegionFrom).
 */
export function planRegion(given: string, title: string, names: readonly string[]): PlanRegion {
  if (given !== "") return { region: given, from: { from: "given" }, note: null };
  const titled = regionFromTitle(title);
  if (titled !== "") return { region: titled, from: { from: "title" }, note: `导入时地区取自标题：${titled}。` };
  for (const line of names) {
    const named = planName(line);
    // a name without a place (`“十四五”国民健康规划`) names no region
    if (named && named.region !== "") return { region: named.region, from: { from: "plan-name", name: named.name }, note: `导入时地区取自规划名称「${named.name}」：${named.region}。` };
  }
  return { region: "", from: { from: "none" }, note: "导入时标题中没有地区，region 留空（工作表名称和「填报说明」表上不写地区），请填上实际地区。" };
}
