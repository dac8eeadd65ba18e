import { columnNumber } from "./a1";
import type { PlannedSheet } from "./SheetPlan";
import type { SheetTarget } from "./summarySheets";

/**
 * Writes a finished PlannedSheet through a SheetTarget (the streaming writer of `summary`):
 * its frame (columns, freeze, print, merges, hidden rows, row heights, page breaks) first, then its values
 * row by row. Only values, styles and links: a sheet with formulas, validations or conditional
 * formats is a programming error here (the streaming writer does not write them).
 */
export function* replayPlannedSheet(plan: PlannedSheet, target: SheetTarget): Generator<void> {
  if (plan.cells.some((c) => c.formula !== undefined) || plan.validations.length || plan.conditionalFormats.length) {
    throw new Error(`replayPlannedSheet: ${plan.name} has formulas, validations or conditional formats`);
  }
  plan.columns.forEach((c, i) => target.addColumn(`c${i + 1}`, c.width));
  const t = target.sheet;
  if (plan.freeze) t.freeze = plan.freeze;
  if (plan.print) t.print = plan.print;
  if (plan.rowBreaks) t.rowBreaks = [...plan.rowBreaks];
  t.merges.push(...plan.merges);
  // the key row of the 报送台账 is hidden there, or it shows and prints
  t.hiddenRows.push(...plan.hiddenRows);
  Object.assign(t.rowHeights, plan.rowHeights);
  const at = (address: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`replayPlannedSheet: bad address ${address}`);
    return [Number(m[2]), columnNumber(m[1]!)];
  };
  const cells = plan.cells.map((c) => ({ c, rc: at(c.address) })).sort((a, b) => a.rc[0] - b.rc[0] || a.rc[1] - b.rc[1]);
  let row = 0;
  for (const { c, rc } of cells) {
    if (rc[0] !== row && row !== 0) yield;
    row = rc[0];
    const extra = { ...(c.numFmt !== undefined ? { numFmt: c.numFmt } : {}), ...(c.fill !== undefined ? { fill: c.fill } : {}), ...(c.hyperlink !== undefined ? { hyperlink: c.hyperlink } : {}) };
    target.value(rc[0], rc[1], c.value ?? null, c.style, extra);
  }
}
