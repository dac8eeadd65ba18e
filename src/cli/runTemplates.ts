import { planPeriodText } from "../templates/planPeriodText";
import { catalog } from "../templates/catalog";
import { titleWithRegion } from "../templates/titleWithRegion";
import type { CommandIO } from "./CommandIO";
import { formatTable } from "./formatTable";

/**
 * `templates [--json] [--lang en]`: the catalog's templates (id, title, kind, period); the table's headers in `io.lang`.
 * The title is the one a return's sheet prints (titleWithRegion: 舟山市“十四五”公共服务主要指标目标表), so the id for
 * `template` or `distribute` is found by the title on the sheet (trial40 F9: the list gave 「“十四五”公共服务主要指标目标表」
 * without its region). `--json` adds `region` and that `sheetTitle` beside the template's own `title`.
 */
export function runTemplates(o: { json?: boolean }, io: CommandIO): void {
  const ts = catalog();
  if (o.json) io.print(JSON.stringify(ts.map((t) => ({ id: t.id, title: t.title, region: t.region, sheetTitle: titleWithRegion(t), kind: t.kind, baselineYear: t.baselineYear, targetYear: t.targetYear }))) + "\n");
  else if (io.lang === "en") io.print(formatTable(["template id", "title (as on the sheet)", "kind", "period"], ts.map((t) => [t.id, titleWithRegion(t), t.kind, planPeriodText(t.baselineYear, t.targetYear, "en")]), [36, 40, 10, 30]) + "\n");
  else io.print(formatTable(["模板 id", "标题（与填报表表头相同）", "类型", "期间"], ts.map((t) => [t.id, titleWithRegion(t), { indicators: "指标", projects: "项目", reforms: "改革" }[t.kind], planPeriodText(t.baselineYear, t.targetYear, "zh")]), [36, 40, 6, 30]) + "\n");
}
