import { EMPTY_CELL } from "../domain/quotedValue";
/** The zh/en catalogue of the lines `diff` and `review --replaces` print of their own. */
export type ResubmissionMessageCode = "diff_head" | "diff_units_differ" | "diff_years_differ" | "replaces_same_file" | "replaces_same_bytes" | "replaces_year_differs";

type Params = Record<string, string | number>;
const v = (p: Params, k: string): string => String(p[k] ?? "");

const ZH: Record<ResubmissionMessageCode, (p: Params) => string> = {
  diff_head: (p) => `${v(p, "old")} → ${v(p, "new")}：${v(p, "values")} 处数值变化${Number(p["texts"]) > 0 ? `，${v(p, "texts")} 处说明或人工评估变化` : ""}`,
  diff_units_differ: (p) => `注意：两份的填报单位不同（${v(p, "a") || EMPTY_CELL.zh} / ${v(p, "b") || EMPTY_CELL.zh}）`,
  diff_years_differ: (p) => `注意：两份的报告年份不同（${v(p, "a")} / ${v(p, "b")}）`,
  replaces_same_file: (p) => `${v(p, "file")}：--replaces 给出的是这份文件本身；--replaces 应为这份填报被替换的上一版`,
  replaces_same_bytes: (p) => `${v(p, "file")}：--replaces 给出的 ${v(p, "old")} 与它内容完全相同（同一份文件的副本）；--replaces 应为这份填报被替换的上一版`,
  replaces_year_differs: (p) => `${v(p, "file")}：--replaces 给出的 ${v(p, "old")} 是 ${v(p, "oldYear")} 年度的填报，这份是 ${v(p, "year")} 年度，未复核；--replaces 应为同一年度被替换的上一版`,
};

const EN: Record<ResubmissionMessageCode, (p: Params) => string> = {
  diff_head: (p) => `${v(p, "values")} value(s) changed from ${v(p, "old")} to ${v(p, "new")}${Number(p["texts"]) > 0 ? `, and ${v(p, "texts")} note(s) or assessment(s)` : ""}`,
  diff_units_differ: (p) => `note: the units differ (${v(p, "a") || EMPTY_CELL.en} / ${v(p, "b") || EMPTY_CELL.en})`,
  diff_years_differ: (p) => `note: the reporting years differ (${v(p, "a")} / ${v(p, "b")})`,
  replaces_same_file: (p) => `${v(p, "file")}: --replaces names this very file; it should be the earlier version this return replaces`,
  replaces_same_bytes: (p) => `${v(p, "file")}: ${v(p, "old")} given to --replaces is byte for byte the same file (a copy); --replaces should be the earlier version this return replaces`,
  replaces_year_differs: (p) => `${v(p, "file")}: ${v(p, "old")} given to --replaces is a return of ${v(p, "oldYear")}, this one of ${v(p, "year")}; nothing reviewed; --replaces should be the earlier version of the same year this return replaces`,
};

/** One line of `diff` or `review --replaces` in Chinese or English. */
export function resubmissionMessage(code: ResubmissionMessageCode, params: Params, lang: "zh" | "en" = "zh"): string {
  return (lang === "en" ? EN : ZH)[code](params);
}
