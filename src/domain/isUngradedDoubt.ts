import { isScaleSlip } from "./isScaleSlip";
import type { ValueToVerify } from "./valueToVerify";

/**
 * Whether a row's value to verify keeps the report from grading it (未能评估（数值待核实）, evaluation-rules
 * §6, our reading): a likely unit slip (isScaleSlip), a year's level typed in a cumulative row
 * (`level_typed`), or a year's amount far beyond the pace (`year_over_pace`), of Y or of an earlier year
 * the sum reads. One home: the report's grade (gradeIndicator) and the summary's count of rows it
 * shows by status yet the report does not grade (SummaryTally) both ask it.
 */
export function isUngradedDoubt(v: ValueToVerify | null): boolean {
  return isScaleSlip(v) || v?.code === "level_typed" || v?.code === "year_over_pace";
}
