import { rowMiss } from "./rowMiss";
import type { EvaluationRow } from "./EvaluationReport";

/**
 * Whether a report row is off its 左右 band on the side its direction prefers (rowMiss `band`, `better`: a 非化石能源占比
 * of 31.5 against `28左右` from a baseline of 25.3; a growth of 8.2 against `6左右`). Such a row is given no pace toward
 * the band (evaluation-rules §6, our reading): the pace and the 附表 read it, as the paragraph reads `pastBand`.
 */
export function isPastBand(i: Pick<EvaluationRow, "name" | "unit" | "graded" | "baseline" | "target" | "baselineYear" | "targetYear">): boolean {
  const m = rowMiss(i);
  return m?.how === "band" && m.better;
}
