import { STATUS_LABELS } from "../domain/Status";
import { MARK_BORDER_COLOUR, NOTE_REQUIRED } from "./palette";
import type { PlannedConditionalFormat } from "./SheetPlan";
import { reasonMissingFormula } from "./reasonMissingFormula";

/**
 * 滞后指标须填写说明 on the sheet itself: one rule over the 说明 column (`noteRange`, e.g.
 * `P4:P40`) marks a 说明 cell that gives no reason (isReasonWritten: empty, spaces, `/`, `—`, `无`,
 * `暂无` …; reasonMissingFormula) while its row's status is 滞后 or 严重滞后, as checkGrid's
 * lagging_no_note does, so it shows without the add-in.
 * `statusRef` is the first row's status cell, column-absolute (`$L4`).
 * test/sheet/libreofficeAgreement proves it against the engine in LibreOffice and Gnumeric.
 */
export function noteRequiredRule(noteRange: string, statusRef: string): PlannedConditionalFormat {
  const topLeft = noteRange.split(":")[0] ?? noteRange;
  return {
    range: noteRange,
    // the 说明 judged as the engine judges it (isReasonWritten, from its own ranges and words)
    formula: `AND(OR(${statusRef}="${STATUS_LABELS.lagging}",${statusRef}="${STATUS_LABELS.severe}"),${reasonMissingFormula(topLeft)})`,
    fill: NOTE_REQUIRED.fill,
    fontColor: NOTE_REQUIRED.font,
    bold: true,
    border: { style: NOTE_REQUIRED.border, color: MARK_BORDER_COLOUR },
  };
}
