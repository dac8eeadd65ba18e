import type { PlannedConditionalFormat } from "../../sheet/SheetPlan";
import { requestBytes } from "./requestSize";

/** Estimated request bytes of addConditionalFormat. */
export function conditionalFormatBytes(cf: PlannedConditionalFormat): number {
  return requestBytes(12, cf.range, `=${cf.formula}`, cf.fill, cf.fontColor, true);
}

/**
 * One custom-formula rule over the planned rectangle (never one per cell). The formula is
 * relative to the rectangle's top-left cell, as Excel reads a conditional format's formula.
 */
export function addConditionalFormat(ws: Excel.Worksheet, cf: PlannedConditionalFormat): void {
  const range = ws.getRange(cf.range);
  const rule = range.conditionalFormats.add("Custom");
  const formula = `=${cf.formula}`;
  rule.custom.rule.formula = formula;
  rule.custom.format.fill.color = `#${cf.fill}`;
  rule.custom.format.font.color = `#${cf.fontColor}`;
  rule.custom.format.font.bold = cf.bold ?? false;
  range.untrack();
}

/** Removes the conditional formats on one rectangle before the planned ones are added again. */
export function clearConditionalFormats(ws: Excel.Worksheet, address: string): void {
  const range = ws.getRange(address);
  range.conditionalFormats.clearAll();
  range.untrack();
}
