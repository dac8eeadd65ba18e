import { namedApart } from "./namedApart";
import { STATUS_CODES, STATUS_LABELS, STATUS_LABELS_EN } from "../domain/Status";
import { valueCell } from "./valueCell";
import { METHOD_DOUBT } from "../domain/statusCountsText";
import type { SummaryFigures } from "./summarize";

/**
 * The summary's line on the rows it counts by check's status that the report does not grade
 * (SummaryFigures.toVerify; evaluation-rules §6, our reading: a trial's 龙游县 552200 万人, typed
 * ×10000, was 已达标 in the summary's counts and 达标占比 and 未能评估（数值待核实） in the report, with
 * nothing said): how many, by status, and each by unit, name and cell; "" when none. The same words on
 * the terminal (after the counts: `above`) and the 汇总 sheet (in Chinese, before its tables: `below`).
 */
export function toVerifyLine(f: Pick<SummaryFigures, "toVerify" | "year">, lang: "zh" | "en", counts: "above" | "below" = "above"): string {
  const cell = (r: NonNullable<SummaryFigures["toVerify"]>[number]): string => valueCell(r.item, f.year);
  const rows = f.toVerify ?? [];
  if (rows.length === 0) return "";
  const en = lang === "en";
  const labels = en ? STATUS_LABELS_EN : STATUS_LABELS;
  const by = STATUS_CODES.map((s) => [s, rows.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0)
    .map(([s, n]) => (en ? `${labels[s]} ${n}` : `${labels[s]} ${n} 项`)).join(en ? ", " : "、");
  // the report's reason per row (notGradedReasonLabel): a compounded fall doubts the plan's method, not the value (§3)
  const method = (r: (typeof rows)[number]): boolean => r.verify === METHOD_DOUBT;
  const what = rows.every(method) ? "method" : rows.some(method) ? "both" : "value";
  // where both stand, each method row says so; the others are values to verify, as the head says
  const own = (r: (typeof rows)[number]): string => (what === "both" && method(r) ? (en ? ", method to verify" : "，计算方法待核实") : "");
  const named = rows.map((r) => `${r.unit} ${namedApart(r.item)}${en ? ` (${cell(r)}, ${labels[r.status]}${own(r)})` : `（${cell(r)}，${labels[r.status]}${own(r)}）`}`).join(en ? "; " : "；");
  const one = rows.length === 1;
  const enWhat = what === "method" ? (one ? "a method to verify" : "methods to verify") : what === "both" ? "values or methods to verify" : (one ? "a value to verify" : "values to verify");
  const enWhy = what === "method" ? "method to verify" : what === "both" ? "value or method to verify" : "value to verify";
  const zhWhat = what === "method" ? "计算方法待核实" : what === "both" ? "数值或计算方法待核实" : "数值待核实";
  return en
    ? `${one ? `1 of the rows counted ${counts} (${by}) has ${enWhat}: counted by the sheets' status, but the report does not grade it` : `${rows.length} of the rows counted ${counts} (${by}) have ${enWhat}: counted by the sheets' status, but the report does not grade them`} (not graded: ${enWhy}): ${named}`
    : `${counts === "above" ? "以上" : "下列"}计数中有 ${rows.length} 项${zhWhat}（${by}）：按填报表的状态计入，评估报告不予评估（未能评估，${zhWhat}）：${named}`;
}
