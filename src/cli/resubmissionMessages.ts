import { englishCount } from "../domain/englishCount";
import { EMPTY_CELL } from "../domain/quotedValue";
/** The zh/en catalogue of the lines `diff` and `review --replaces` print of their own. */
export type ResubmissionMessageCode = "diff_head" | "diff_other_plan" | "diff_units_differ" | "diff_years_differ" | "diff_other_version" | "diff_row_renamed" | "diff_row_dropped" | "diff_row_added" | "replaces_same_file" | "replaces_same_bytes" | "replaces_year_differs" | "replaces_other_plan" | "replaces_other_unit" | "replaces_recorded";

type Params = Record<string, string | number>;
const v = (p: Params, k: string): string => String(p[k] ?? "");

const ZH: Record<ResubmissionMessageCode, (p: Params) => string> = {
  diff_head: (p) => `${v(p, "old")} → ${v(p, "new")}：${v(p, "values")} 处数值变化${Number(p["texts"]) > 0 ? `，${v(p, "texts")} 处说明或人工评估变化` : ""}`,
  diff_units_differ: (p) => `注意：两份的填报单位不同（${v(p, "a") || EMPTY_CELL.zh} / ${v(p, "b") || EMPTY_CELL.zh}）`,
  diff_other_plan: (p) => `${v(p, "old")} 与 ${v(p, "new")} 是不同规划的填报：前者是「${v(p, "oldTitle")}」，后者是「${v(p, "newTitle")}」，没有可逐格比较的数值，未比较：diff 比较同一规划的两个版本；上一规划期的填报不带入新规划期（新规划期的填报表用 distribute --from 下发）`,
  diff_years_differ: (p) => `注意：两份的报告年份不同（${v(p, "a")} / ${v(p, "b")}）`,
  diff_other_version: (p) => `注意：两份是规划「${v(p, "title")}」(${v(p, "template")}) 的不同版本（指标行不同，如中期调整后重新导入），已按指标名称和单位逐行对应比较，不按行号；两边不能对应的指标各列一行，不逐格比较`,
  diff_row_renamed: (p) => `  改名：「${v(p, "old")}」→「${v(p, "new")}」，按同一指标比较`,
  diff_row_dropped: (p) => `  本年已删去：「${v(p, "name")}」（旧版 ${v(p, "id")}，${Number(p["n"]) > 0 ? `${v(p, "n")} 格已填` : "未填"}），不比较`,
  diff_row_added: (p) => `  上年的表中没有该指标：「${v(p, "name")}」（${v(p, "sheet")}!${v(p, "cell")}，${Number(p["n"]) > 0 ? `${v(p, "n")} 格已填` : "未填"}），不比较`,
  replaces_recorded: (p) => `已记下 ${v(p, "file")} 替换上一版 ${v(p, "old")}：汇总将按本版（${v(p, "file")}）计，不再用上一版`,
  replaces_same_file: (p) => `${v(p, "file")}：--replaces 给出的是这份文件本身；--replaces 应为这份填报被替换的上一版`,
  replaces_same_bytes: (p) => `${v(p, "file")}：--replaces 给出的 ${v(p, "old")} 与它内容完全相同（同一份文件的副本）；--replaces 应为这份填报被替换的上一版`,
  replaces_year_differs: (p) => `${v(p, "file")}：--replaces 给出的 ${v(p, "old")} 是 ${v(p, "oldYear")} 年度的填报，这份是 ${v(p, "year")} 年度，未复核；--replaces 应为同一年度被替换的上一版`,
  replaces_other_plan: (p) => `${v(p, "file")}：--replaces 给出的 ${v(p, "old")} 是规划「${v(p, "oldTitle")}」的填报，这份是「${v(p, "newTitle")}」的，未复核；--replaces 应为同一规划被替换的上一版`,
  replaces_other_unit: (p) => `${v(p, "file")}：--replaces 给出的 ${v(p, "old")} 是${v(p, "oldUnit")}的填报，这份是${v(p, "unit")}的，未复核；--replaces 应为本单位被替换的上一版`,
};

const EN: Record<ResubmissionMessageCode, (p: Params) => string> = {
  diff_head: (p) => `${englishCount(v(p, "values"), "value")} changed from ${v(p, "old")} to ${v(p, "new")}${Number(p["texts"]) > 0 ? `, and ${englishCount(v(p, "texts"), "note or assessment", "notes or assessments")}` : ""}`,
  diff_units_differ: (p) => `Note: the units differ (${v(p, "a") || EMPTY_CELL.en} / ${v(p, "b") || EMPTY_CELL.en})`,
  diff_other_plan: (p) => `${v(p, "old")} and ${v(p, "new")} are returns on different plans: the first on "${v(p, "oldTitle")}", the second on "${v(p, "newTitle")}"; no value can be compared cell by cell, so nothing was compared: diff compares two versions of a return on one plan; last period's returns are not carried into a new period (its forms come from distribute --from)`,
  diff_years_differ: (p) => `Note: the reporting years differ (${v(p, "a")} / ${v(p, "b")})`,
  diff_other_version: (p) => `Note: the two carry two versions of the plan "${v(p, "title")}" (id ${v(p, "template")}) with other rows (amended mid-term and imported again), so rows were matched by indicator name and unit, not by row id; a row without a match on the other side is listed once, not compared cell by cell`,
  diff_row_renamed: (p) => `  renamed: "${v(p, "old")}" → "${v(p, "new")}", compared as one indicator`,
  diff_row_dropped: (p) => `  dropped from the newer version: "${v(p, "name")}" (old id ${v(p, "id")}, ${Number(p["n"]) > 0 ? `${englishCount(v(p, "n"), "cell")} filled` : "nothing filled"}), not compared`,
  diff_row_added: (p) => `  not in the older version's table: "${v(p, "name")}" (${v(p, "sheet")}!${v(p, "cell")}, ${Number(p["n"]) > 0 ? `${englishCount(v(p, "n"), "cell")} filled` : "nothing filled"}), not compared`,
  replaces_recorded: (p) => `Recorded that ${v(p, "file")} replaces the earlier version ${v(p, "old")}: summary now takes this version (${v(p, "file")}), not the earlier one`,
  replaces_same_file: (p) => `${v(p, "file")}: --replaces names this very file; it should be the earlier version this return replaces`,
  replaces_same_bytes: (p) => `${v(p, "file")}: ${v(p, "old")} given to --replaces is byte for byte the same file (a copy); --replaces should be the earlier version this return replaces`,
  replaces_year_differs: (p) => `${v(p, "file")}: ${v(p, "old")} given to --replaces is a return of ${v(p, "oldYear")}, this one of ${v(p, "year")}; nothing reviewed; --replaces should be the earlier version of the same year this return replaces`,
  replaces_other_plan: (p) => `${v(p, "file")}: ${v(p, "old")} given to --replaces is a return on the plan "${v(p, "oldTitle")}", this one on "${v(p, "newTitle")}"; nothing reviewed; --replaces should be the earlier version on the same plan this return replaces`,
  replaces_other_unit: (p) => `${v(p, "file")}: ${v(p, "old")} given to --replaces is ${v(p, "oldUnit")}'s return, this one ${v(p, "unit")}'s; nothing reviewed; --replaces should be the earlier version of this unit's return it replaces`,
};

/** One line of `diff` or `review --replaces` in Chinese or English. */
export function resubmissionMessage(code: ResubmissionMessageCode, params: Params, lang: "zh" | "en" = "zh"): string {
  return (lang === "en" ? EN : ZH)[code](params);
}
