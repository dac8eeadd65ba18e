import type { PlannedValidation } from "../../sheet/SheetPlan";
import { rangeBytes } from "./requestSize";

/** Excel's own limits for the input message and error alert. */
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

const ALERT_STYLE = { warning: "Warning", stop: "Stop", information: "Information" } as const;

function ruleOf(v: PlannedValidation): Excel.DataValidationRule | undefined {
  switch (v.type) {
    case "any": return undefined;
    case "list": return { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } };
    case "custom": return { custom: { formula: `=${v.formula ?? "TRUE"}` } };
    case "decimal": return { decimal: { formula1: v.min ?? -1e15, formula2: v.max ?? 1e15, operator: "Between" } };
  }
}

function parts(v: PlannedValidation): { rule: Excel.DataValidationRule | undefined; errorAlert: Excel.DataValidationErrorAlert; prompt: Excel.DataValidationPrompt } {
  return {
    rule: ruleOf(v),
    errorAlert: { showAlert: true, style: ALERT_STYLE[v.errorStyle], title: v.errorTitle.slice(0, TITLE_MAX), message: v.error.slice(0, MESSAGE_MAX) },
    prompt: { showPrompt: true, title: v.promptTitle.slice(0, TITLE_MAX), message: v.prompt.slice(0, MESSAGE_MAX) },
  };
}

/** Estimated request bytes of addValidation: the range, its validation, three sets (one for "any"). */
export function validationBytes(v: PlannedValidation): number {
  const p = parts(v);
  return p.rule ? rangeBytes(v.range, 1, 3, p.rule, p.errorAlert, p.prompt) : rangeBytes(v.range, 1, 1, p.prompt);
}

/** Estimated request bytes of addSharedRule over `address`. */
export function sharedRuleBytes(v: PlannedValidation, address: string): number {
  const p = parts(v);
  return rangeBytes(address, 1, 2, p.rule, p.errorAlert);
}

/** Estimated request bytes of addPrompt. */
export function promptBytes(v: PlannedValidation): number {
  return rangeBytes(v.range, 1, 1, parts(v).prompt);
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
  // "any": no rule (Excel's "any value"), so no alert either; the prompt alone
  if (p.rule) {
    dv.rule = p.rule;
    dv.errorAlert = p.errorAlert;
  }
  dv.prompt = p.prompt;
  range.untrack();
}

/**
 * The rule and error alert that a column of rows shares, set once over all of them (`v` is
 * the first row's validation; its formula is relative to the block's top-left cell, which is
 * its own). Each row's prompt follows with addPrompt on the row's own range: Excel keeps one
 * validation per distinct prompt, so the rows end up with their own prompt and the shared
 * rule, as if each had been set whole, for a third of the bytes.
 */
export function addSharedRule(ws: Excel.Worksheet, v: PlannedValidation, address: string): void {
  const range = ws.getRange(address);
  const dv = range.dataValidation;
  const p = parts(v);
  if (p.rule) dv.rule = p.rule;
  dv.errorAlert = p.errorAlert;
  range.untrack();
}

/** One row's prompt, on a range that already carries its shared rule (set after the rule: #2594). */
export function addPrompt(ws: Excel.Worksheet, v: PlannedValidation): void {
  const range = ws.getRange(v.range);
  range.dataValidation.prompt = parts(v).prompt;
  range.untrack();
}

/** Removes every validation on one rectangle (the user's own included: field notes). */
export function clearValidation(ws: Excel.Worksheet, address: string): void {
  const range = ws.getRange(address);
  range.dataValidation.clear();
  range.untrack();
}
