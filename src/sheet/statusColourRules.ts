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
  /**
   * other cells of the rectangle that take 数据异常's mark whatever the row's status (relative to the
   * top-left cell): an earlier year's value check refuses (§8e), so the sheet marks every cell check names
   */
  alsoInvalid?: (topLeft: string) => string;
}

/**
 * Six rules per sheet (one per coloured status), each over one rectangle, whatever the row count.
 * Each carries its status's colours and its black-and-white mark (palette.ts). `alsoInvalid` joins
 * 数据异常's rule, not a rule of its own: a sheet keeps to ten rules (WPS and old Excel slow past that).
 */
export function statusColourRules(t: ColourTarget): PlannedConditionalFormat[] {
  return COLOURED_STATUSES.map((s) => {
    const mark = STATUS_MARK[s];
    const own = `AND(${t.applies(t.topLeft)},${t.statusRef}="${STATUS_LABELS[s]}")`;
    const rule: PlannedConditionalFormat = {
      range: t.range,
      formula: s === "invalid" && t.alsoInvalid ? `OR(${own},${t.alsoInvalid(t.topLeft)})` : own,
      fill: STATUS_FILL[s].fill,
      fontColor: STATUS_FILL[s].font,
      bold: mark.bold,
    };
    if (mark.italic) rule.italic = true;
    if (mark.border) rule.border = { style: mark.border, color: MARK_BORDER_COLOUR };
    return rule;
  });
}
