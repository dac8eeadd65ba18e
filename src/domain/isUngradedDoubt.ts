import { isScaleSlip } from "./isScaleSlip";
import type { ValueToVerify } from "./valueToVerify";

/**
 * Whether a row's value to verify keeps the report from grading it (未能评估（数值待核实）, evaluation-rules
 * §6, our reading): a likely unit slip (isScaleSlip), a year's level typed in a cumulative row
 * (`level_typed`), a year's amount far beyond the pace (`year_over_pace`) or a percentage typed as a fraction
 * (`fraction_suspect`, 0.035 for 3.5%), of Y or of an earlier year
 * the sum reads; or yearly falls of a rate whose sum alone meets the target at or after T, their product
 * not (`compounded_fall` with `final`: the grade is final then, and the two readings disagree on it; the report's
 * reason is then 计算方法待核实, `method_to_verify`, gradeIndicator). The doubts of the issues alone: ungradedDoubt (the report's grade and the summary's
 * list of rows it does not grade) adds the running total whose readings disagree at T; rollover's
 * carried slips (carriedSlips) ask this one.
 */
export function isUngradedDoubt(v: ValueToVerify | null): boolean {
  return isScaleSlip(v) || v?.code === "level_typed" || v?.code === "year_over_pace" || v?.code === "fraction_suspect" || (v?.code === "compounded_fall" && v.compounded?.final === true);
}
