import type { MassSlip } from "./slipOf";

/** the least number of cells, and the least share of a return's problems, one slip must have to be said as one line */
const LEAST = 10;
const SHARE = 0.8;

/**
 * The slip (slipOf) that is most of a return's problems, given each problem's (null: another kind), or null: at least
 * LEAST of them and SHARE of all. A county whose every number was stored as text had 144 lines in 问题清单 and 96
 * clauses in its report paragraph (trial44b F6), each right; a manager needs one line for the return, naming how many
 * and where to see them all, with its other problems still listed.
 */
export function massSlip(slips: ReadonlyArray<MassSlip | null>): { slip: MassSlip; count: number; all: boolean } | null {
  const count = slips.filter((s) => s === "text_number").length;
  return count >= LEAST && count >= SHARE * slips.length ? { slip: "text_number", count, all: count === slips.length } : null;
}
