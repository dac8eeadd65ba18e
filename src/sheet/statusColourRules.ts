import { STATUS_LABELS } from "../domain/Status";
import { COLOURED, STATUS_FILL } from "./palette";
import type { PlannedConditionalFormat } from "./SheetPlan";

export interface ColourTarget {
  /** one rectangle covering the inputs and the status column */
  range: string;
  topLeft: string;
  /** the status cell of the rule's first row, column-absolute ($R4) */
  statusRef: string;
  /** which cells of the rectangle take the colour, relative to the top-left cell */
  applies: (topLeft: string) => string;
}

/** Six rules per sheet (one per coloured status), each over one rectangle, whatever the row count. */
export function statusColourRules(t: ColourTarget): PlannedConditionalFormat[] {
  return COLOURED.map((s) => ({
    range: t.range,
    formula: `AND(${t.applies(t.topLeft)},${t.statusRef}="${STATUS_LABELS[s]}")`,
    fill: STATUS_FILL[s].fill,
    fontColor: STATUS_FILL[s].font,
    bold: s === "severe" || s === "invalid",
  }));
}
