import type { RegionFrom } from "./planRegion";

/**
 * The line an import says of a region it took (planRegion), the one home of its text in Chinese and
 * English: the CLI's `import` (how to name another: --region) and the task pane's 读取 (the 地区 box).
 * "" when the region was given or none was found (the CLI says that one with the title: runImport).
 */
export function describeRegionFrom(from: RegionFrom, region: string, lang: "zh" | "en", surface: "cli" | "pane"): string {
  if (from.from === "given" || from.from === "none") return "";
  const how = lang === "en"
    ? surface === "cli" ? "import again with --region" : "type it in the Region box and read again"
    : surface === "cli" ? "请加上 --region 重新导入" : "请在“地区”一格填写后重新读取";
  if (from.from === "title") {
    return lang === "en" ? `Region taken from the title: ${region} (if it is not the plan's, ${how}).` : `地区取自标题：${region}（如不是本规划的地区，${how}）。`;
  }
  return lang === "en"
    ? `Region taken from the plan's name "${from.name}": ${region} (if it is not the plan's, ${how}).`
    : `地区取自规划名称「${from.name}」：${region}（如不是本规划的地区，${how}）。`;
}
