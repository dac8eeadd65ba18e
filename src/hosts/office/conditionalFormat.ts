import type { PlannedConditionalFormat } from "../../sheet/SheetPlan";
import { requestBytes } from "./requestSize";

/** Estimated request bytes of addConditionalFormat. */
export function conditionalFormatBytes(cf: PlannedConditionalFormat): number {
  return requestBytes(12 + (cf.italic ? 1 : 0) + (cf.border ? 13 : 0), cf.range, `=${cf.formula}`, cf.fill ?? "", cf.fontColor ?? "", cf.numFmt ?? "", true, ...(cf.border ? [cf.border.style, cf.border.color] : []));
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
  if (cf.fill !== undefined) rule.custom.format.fill.color = `#${cf.fill}`;
  if (cf.fontColor !== undefined) {
    rule.custom.format.font.color = `#${cf.fontColor}`;
    rule.custom.format.font.bold = cf.bold ?? false;
  }
  // a number format only (progressDigitsRules: more decimals on a 进度 cell near a line; ExcelApi 1.6)
  if (cf.numFmt !== undefined) rule.custom.format.numberFormat = cf.numFmt;
  if (cf.italic) rule.custom.format.font.italic = true;
  // the black-and-white mark (ExcelApi 1.6, as the rule itself): a thin line on each edge
  if (cf.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
      const b = rule.custom.format.borders.getItem(edge);
      b.style = cf.border.style === "dashed" ? "Dash" : "Continuous";
      b.color = `#${cf.border.color}`;
    }
  }
  range.untrack();
}

/** Removes the conditional formats on one rectangle before the planned ones are added again. */
export function clearConditionalFormats(ws: Excel.Worksheet, address: string): void {
  const range = ws.getRange(address);
  range.conditionalFormats.clearAll();
  range.untrack();
}
