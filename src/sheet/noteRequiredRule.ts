import { STATUS_LABELS } from "../domain/Status";
import { MARK_BORDER_COLOUR, NOTE_REQUIRED } from "./palette";
import type { PlannedConditionalFormat } from "./SheetPlan";
import { excelTrim } from "./excelTrim";

/**
 * 滞后指标须填写说明 on the sheet itself: one rule over the 说明 column (`noteRange`, e.g.
 * `P4:P40`) marks a 说明 cell that is empty (or spaces only) while its row's status is 滞后 or
 * 严重滞后, as checkGrid's lagging_no_note does, so it shows without the add-in.
 * `statusRef` is the first row's status cell, column-absolute (`$L4`).
 * test/sheet/libreofficeAgreement proves it against the engine in LibreOffice and Gnumeric.
 */
export function noteRequiredRule(noteRange: string, statusRef: string): PlannedConditionalFormat {
  const topLeft = noteRange.split(":")[0] ?? noteRange;
  return {
    range: noteRange,
    // trimmed as the engine trims (excelTrim); TRIM of a number is its text (never empty); an error in 说明 is not empty to the engine either
    formula: `AND(OR(${statusRef}="${STATUS_LABELS.lagging}",${statusRef}="${STATUS_LABELS.severe}"),IFERROR(LEN(${excelTrim(topLeft)})=0,FALSE))`,
    fill: NOTE_REQUIRED.fill,
    fontColor: NOTE_REQUIRED.font,
    bold: true,
    border: { style: NOTE_REQUIRED.border, color: MARK_BORDER_COLOUR },
  };
}
