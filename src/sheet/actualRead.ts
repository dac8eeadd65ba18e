import type { EvaluationRow } from "./EvaluationReport";

/**
 * The reporting year's value as the report reads it, text: as typed (EvaluationRow.actual), or, for a usable number in a
 * percent style in a row whose unit is not % (EvaluationRow.stored: 0.7% typed in a 个百分点 row), the number stored,
 * which the grade and a running total read (§2a, §6 our reading; trial41b F2: "累计 1.107（2023 年 0.7%）"). The one
 * home of that choice: the sentences (reportedValue) and the 附表 and 评估 sheet (evaluationColumns) ask it.
 */
export function actualRead(i: Pick<EvaluationRow, "actual" | "stored" | "invalid">): string {
  return i.invalid === undefined && i.stored !== undefined ? String(i.stored) : i.actual;
}
