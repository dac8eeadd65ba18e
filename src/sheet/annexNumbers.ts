import type { EvaluationRow } from "./EvaluationReport";

/**
 * The 序号 the 附表 (the .docx's and every 评估 sheet's) gives a return's indicator rows: the plan's own, as the
 * return's sheet shows them, so a split indicator's parts both read 40 and the next row 41, as the manager's return
 * does (trial44b F1: the rows were counted 40, 41 … 54 against the plan's 40, 40 … 53). A row the plan gives no 序号
 * is blank, as in the return; a plan that numbers none of its rows (imported without 序号) is counted 1, 2, 3 ….
 */
export function annexNumbers(items: ReadonlyArray<Pick<EvaluationRow, "number">>): string[] {
  if (!items.some((i) => i.number)) return items.map((_, k) => String(k + 1));
  return items.map((i) => i.number ?? "");
}
