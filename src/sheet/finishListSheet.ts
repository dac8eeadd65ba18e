import { FIRST_DATA_ROW, HEADER_ROW } from "./keys";
import { printSetup } from "./printSetup";
import type { SheetBuilder } from "./SheetBuilder";
import type { PlannedValidation } from "./SheetPlan";
import { statusColourRules } from "./statusColourRules";

/**
 * The shared tail of project and reform sheets: the state list validation, status colours
 * from the first input column through the status column, frozen panes and print setup.
 */
export function finishListSheet(b: SheetBuilder, lastRow: number, firstInputKey: string, state: Omit<PlannedValidation, "range" | "type" | "errorStyle">): void {
  b.sheet.validations.push({ range: `${b.letter("state")}${FIRST_DATA_ROW}:${b.letter("state")}${lastRow}`, type: "list", errorStyle: "stop", ...state });
  const left = b.letter(firstInputKey);
  b.sheet.conditionalFormats.push(...statusColourRules({
    range: `${left}${FIRST_DATA_ROW}:${b.letter("status")}${lastRow}`, topLeft: `${left}${FIRST_DATA_ROW}`,
    statusRef: `$${b.letter("status")}${FIRST_DATA_ROW}`, applies: () => "TRUE",
  }));
  b.sheet.freeze = { rows: HEADER_ROW, columns: b.col("name") };
  b.sheet.print = printSetup(b.sheet, b.col("name"));
}
