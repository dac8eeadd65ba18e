import { targetValue } from "../domain/Target";
import { reportFigure } from "../domain/reportFigure";
import { actualRead } from "./actualRead";
import type { EvaluationRow } from "./EvaluationReport";

const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The reporting year's value as typed (EvaluationRow.actual), as the report's sentences say it: a usable plain number
 * written as reportFigure writes the figures beside it (3.3000000001 → 3.3, 95.0000001 → 95, 0.572 against `0.585`
 * kept), anything else (words, an unusable value quoted, a mark) as typed. evaluation-rules §6, our reading (trial35 X7).
 * A usable number in a percent style (0.7% typed in a 个百分点 row, stored 0.007) is the number stored (actualRead),
 * which the total and the grade read, never the 0.7% shown (trial41b F2), and written whole (0.0182, not 0.018), as
 * check's percent_style_unit and the 附表 write it (trial41e F5).
 */
export function reportedValue(i: Pick<EvaluationRow, "actual" | "stored" | "baseline" | "target" | "invalid" | "graded">): string {
  const typed = actualRead(i).trim();
  if (i.invalid !== undefined || !PLAIN_NUMBER.test(typed)) return i.actual;
  // the number stored read for the one shown: written whole, as check and the 附表 write it (trial41e F5: the prose's 0.018 beside their 0.0182)
  if (typed !== i.actual.trim()) return typed;
  return reportFigure(Number(typed), [i.baseline, i.target], [targetValue(i.graded.result.target)]);
}
