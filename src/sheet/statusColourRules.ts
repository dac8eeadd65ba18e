import { STATUS_LABELS } from "../domain/Status";
import { COLOURED_STATUSES, MARK_BORDER_COLOUR, STATUS_FILL, STATUS_MARK } from "./palette";
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

/**
 * Six rules per sheet (one per coloured status), each over one rectangle, whatever the row count.
 * Each carries its status's colours and its black-and-white mark (palette.ts).
 */
export function statusColourRules(t: ColourTarget): PlannedConditionalFormat[] {
  return COLOURED_STATUSES.map((s) => {
    const mark = STATUS_MARK[s];
    const rule: PlannedConditionalFormat = {
      range: t.range,
      formula: `AND(${t.applies(t.topLeft)},${t.statusRef}="${STATUS_LABELS[s]}")`,
      fill: STATUS_FILL[s].fill,
      fontColor: STATUS_FILL[s].font,
      bold: mark.bold,
    };
    if (mark.italic) rule.italic = true;
    if (mark.border) rule.border = { style: mark.border, color: MARK_BORDER_COLOUR };
    return rule;
  });
}
