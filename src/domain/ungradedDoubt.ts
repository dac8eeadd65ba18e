import { num } from "./CellValue";
import { evaluateIndicator, type EvaluationInput } from "./evaluateIndicator";
import type { IndicatorResult } from "./IndicatorResult";
import { isUngradedDoubt } from "./isUngradedDoubt";
import { runningTotalReading } from "./runningTotalReading";
import { valueToVerify, type ValueToVerify } from "./valueToVerify";

/**
 * The value to verify that keeps the report from grading a row (未能评估（数值待核实）, evaluation-rules
 * §6, our reading), or null:
 * - a likely unit slip, a level typed in a cumulative row, or a year far beyond the pace (isUngradedDoubt),
 *   the last unless a 说明 keeps it (`explained`: the row's 说明 is not empty), as it keeps a value far from the plan
 *   that check offers a slip reading for (2.35 against 21.4 → 28, 是否应为 23.5？) but not one beyond 100×;
 * - a 左右 value the distance meets that moved back past its baseline (`approximate_backwards` with status met: trial34's
 *   巩固率 91 against 99.6 → `99.7左右`, 已达标 by the band, 倒退 by the warning), whose grade would be 提前实现 beside 待核实;
 * - at or after the target year T, a likely running total whose two readings disagree (the sum meets the
 *   target, the cautious reading — runningTotalReading's basis — does not, or the reverse): the grade is
 *   final then, so neither reading grades it; the `running_total` returned carries `ungraded.sum`.
 * `result` is the engine's for `input` (evaluateIndicator, the status check gives). One home: the report's
 * grade (gradeIndicator) and check's items (checkGrid: CheckItem.ungraded, which the summary lists as
 * 评估报告不予评估, SummaryTally) both ask it, so the two never disagree on which rows the report leaves out.
 */
export function ungradedDoubt(input: EvaluationInput, result: IndicatorResult, explained = false): ValueToVerify | null {
  // a 说明 keeps a year beyond the pace, or a fraction asked (0.035 a true year's), as it keeps the value for the trend
  const verify = valueToVerify(explained ? result.issues.filter((i) => i.code !== "year_over_pace" && i.code !== "fraction_suspect") : result.issues);
  // a 说明 keeps a value far from the plan (§8f): the slip check offers (meant) is the filer's to reject, and only one
  // beyond GRADED_FAR_LIMIT stays ungraded (isScaleSlip)
  if (isUngradedDoubt(explained && verify?.code === "far_from_plan" ? withoutSlip(verify) : verify)) return verify;
  // a 左右 value met by its distance yet 倒退 (approximate_backwards): the report says 数值待核实 of it, so it is not also
  // 提前实现 or 已实现 (trial34 C2: 巩固率 91 against 99.6 → 99.7左右); behind, its grade says the same as the doubt and stays
  if (verify?.code === "approximate_backwards" && result.status === "met") return verify;
  const { spec, year } = input;
  // a running_total warning comes only with a usable value for Y (its status met, on_track, lagging or severe)
  const reading = year >= spec.targetYear ? runningTotalReading(result.issues, result.value) : null;
  if (reading === null) return null;
  const judged = reading.basis === null ? result : evaluateIndicator({ spec, year, actuals: { [String(year)]: num(reading.basis) } });
  if ((judged.status === "met") === (result.status === "met")) return null;
  return valueToVerify(result.issues, result.value, true);
}

/** A far value's doubt without check's slip reading (ValueToVerify.meant): what a 说明 leaves of it. */
function withoutSlip(v: ValueToVerify): ValueToVerify {
  const { meant: _meant, ...rest } = v;
  void _meant;
  return rest;
}
