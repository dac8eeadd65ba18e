import type { Grade } from "../domain/Grade";
import { GRADE_FILL } from "./gradePalette";

/** A grade's colour as `gradeLabel` says it: a row 未完成 at the end of its plan is red, as 滞后于预期 (§6, our reading). */
export function shownGradeFill(grade: Grade, ended: boolean): { fill: string; font: string } {
  return ended && grade !== "achieved" && grade !== "not_graded" ? GRADE_FILL.behind : GRADE_FILL[grade];
}
