import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { rowContents } from "../sheet/rowContents";
import { valueKey, type EnteredValue } from "./returnValues";

/**
 * Everything a person wrote in the rows of a checked return, as `diff` and `review --replaces`
 * compare it: every input value (as returnValues, and whether its cell holds text), each row's
 * 说明 (field `note`) and an indicator's 人工评估 (field `assess`), keyed by valueKey, in plan order.
 */
export function returnEntries(grid: GridWorkbook, report: CheckReport): Map<string, EnteredValue> {
  const out = new Map<string, EnteredValue>();
  const contents = rowContents(grid, report);
  for (const item of report.items) {
    for (const [field, e] of Object.entries(contents.get(`${item.template}|${item.id}`) ?? {})) {
      const v: EnteredValue = { template: item.template, id: item.id, name: item.name, field, sheet: item.sheet, cell: e.cell, text: e.text, isText: e.isText, ...(e.stored === undefined ? {} : { stored: e.stored }), ...(e.typed === undefined ? {} : { typed: e.typed }), ...(e.uncalculated ? { uncalculated: true as const } : {}) };
      out.set(valueKey(v), v);
    }
  }
  return out;
}
