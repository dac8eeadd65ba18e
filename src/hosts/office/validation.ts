import type { PlannedValidation } from "../../sheet/SheetPlan";
import { requestBytes } from "./requestSize";

/** Excel's own limits for the input message and error alert. */
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

const ALERT_STYLE = { warning: "Warning", stop: "Stop", information: "Information" } as const;

function ruleOf(v: PlannedValidation): Excel.DataValidationRule {
  return v.type === "list"
    ? { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } }
    : { decimal: { formula1: v.min ?? -1e15, formula2: v.max ?? 1e15, operator: "Between" } };
}

function parts(v: PlannedValidation): { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert; prompt: Excel.DataValidationPrompt } {
  return {
    rule: ruleOf(v),
    errorAlert: { showAlert: true, style: ALERT_STYLE[v.errorStyle], title: v.errorTitle.slice(0, TITLE_MAX), message: v.error.slice(0, MESSAGE_MAX) },
    prompt: { showPrompt: true, title: v.promptTitle.slice(0, TITLE_MAX), message: v.prompt.slice(0, MESSAGE_MAX) },
  };
}

/** Estimated request bytes of addValidation. */
export function validationBytes(v: PlannedValidation): number {
  const p = parts(v);
  return requestBytes(5, v.range, p.rule, p.errorAlert, p.prompt);
}

/**
 * One planned validation over its one rectangle (ExcelApi 1.8). The rule is set before the
 * prompt: setting a list rule after a prompt on an overlapping range throws (office-js #2594).
 * Blank cells are allowed, as in the .xlsx host: that is Excel's default (ignoreBlanks),
 * so it is not sent; 5,000 rows would spend half a megabyte saying so.
 */
export function addValidation(ws: Excel.Worksheet, v: PlannedValidation): void {
  const range = ws.getRange(v.range);
  const dv = range.dataValidation;
  const p = parts(v);
  dv.rule = p.rule;
  dv.errorAlert = p.errorAlert;
  dv.prompt = p.prompt;
  range.untrack();
}

/** Removes every validation on one rectangle (the user's own included: field notes). */
export function clearValidation(ws: Excel.Worksheet, address: string): void {
  const range = ws.getRange(address);
  range.dataValidation.clear();
  range.untrack();
}
