import type { CheckOutcome } from "../sheet/checkGrid";
import type { OwedValue } from "../sheet/OwedValue";
import { explainedBlanks, type ExplainedBlank } from "./explainedBlanks";
import { owedValues } from "./owedValues";

/**
 * What a change of year from `from` to `to` in the workbook itself (the pane's roll-over) owes, as `rollover` does in its
 * new file (rollReturn): `owed` (owedValues of `checked`, the workbook's check as of `from`, the years before `to`), for
 * the new plan's metadata (planLoad's `owed`), and `rows`, where each sits (explainedBlanks over the same check: the pane
 * refreshes each sheet in place, so the cells are the workbook's), which the roll dialog names in rollover's words
 * (explainedBlankLines); [] when rolling back, as rollover says none then. `checked` is the roll's one check as of `from`
 * (checkGrid(grid, from)), which rolledReferences reads too: the roll checks the old year once. Pure.
 */
export function rolledOwed(checked: CheckOutcome, from: number, to: number): { owed: OwedValue[]; rows: ExplainedBlank[] } {
  if (from === to) return { owed: [], rows: [] };
  if (!checked.ok) return { owed: [], rows: [] };
  const owed = owedValues(checked.report.items, from).filter((x) => x.year < to);
  return { owed, rows: to > from ? explainedBlanks(owed, checked.report.items) : [] };
}
