import type { VersionBasis } from "../cycle/versionOrder";
import type { Lang } from "./fileMessages";

/** How the latest of a unit's versions was told (versionOrder), as `summary` and `report` say it. */
export function newestBy(by: VersionBasis, lang: Lang): string {
  if (by === "replaced") return lang === "en" ? "recorded as replacing the other when reviewed (review --replaces)" : "审核时记录为替换前一版（review --replaces）";
  if (by === "copy") return lang === "en" ? "the others are identical copies of it, the same return counted once" : "其余与它内容完全相同，是同一份填报的副本，只计一次";
  // trial43b F4: the versions differ only outside the table (a blank row, a notes column, a re-save): whichever is counted, the figures are the same
  if (by === "table") return lang === "en" ? "the others hold the same values and notes in the table (they differ only in layout or outside it), the same return counted once" : "其余几版表内的数值和说明与它相同（只是排版或表格以外不同），是同一份填报，只计一次";
  if (by === "saved") return lang === "en" ? "saved last, by the workbooks' own save times" : "按工作簿记录的保存时间最晚";
  return lang === "en" ? "the newest file by file time" : "按文件修改时间最晚";
}
