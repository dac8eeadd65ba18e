import { cellText } from "../domain/CellValue";
import type { CheckReport } from "../sheet/CheckReport";
import { gridCell, type GridWorkbook } from "../sheet/Grid";

/** One value a filer entered, located by template id, item id and field, never by position. */
export interface EnteredValue {
  template: string;
  id: string;
  name: string;
  /** a year (`2023`) for an indicator; `completed` / `state` / `evidence` for a project or reform */
  field: string;
  sheet: string;
  /** where it sits now, A1 */
  cell: string;
  /** as the check reads it (cellText: 95% for a percent style, an ISO date for a date) */
  text: string;
  /** the cell holds text, not a number or date (set where a reader tells them apart: returnEntries) */
  isText?: boolean;
  /** a date cell's stored number (RowEntry.stored), where a reader gives it: returnEntries */
  stored?: string;
  /** a text cell's text as typed, spaces kept, where spaces were typed around it (RowEntry.typed): returnEntries */
  typed?: string;
  /** the cell holds a formula with no result in the file (RowEntry.uncalculated): its value unknown to check (formula_uncalculated) */
  uncalculated?: true;
}

/** `template|id|field`: the key a value keeps whatever row or sheet it moves to. */
export const valueKey = (v: Pick<EnteredValue, "template" | "id" | "field">): string => `${v.template}|${v.id}|${v.field}`;

/**
 * Every input value of a checked return (each item's `cells`: every year of an indicator, a
 * project's 完成投资 and 状态, a reform's 状态 and 佐证), keyed by valueKey, in plan order.
 */
export function returnValues(grid: GridWorkbook, report: CheckReport): Map<string, EnteredValue> {
  const out = new Map<string, EnteredValue>();
  for (const item of report.items) {
    const sheet = grid.sheets.find((s) => s.name === item.sheet);
    for (const [field, cell] of Object.entries(item.cells)) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      if (!sheet || !m) continue;
      let col = 0;
      for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
      const at = gridCell(sheet, Number(m[2]), col);
      const v: EnteredValue = { template: item.template, id: item.id, name: item.name, field, sheet: item.sheet, cell, text: cellText(at).trim(), ...(at.type === "uncalculated" ? { uncalculated: true as const } : {}) };
      out.set(valueKey(v), v);
    }
  }
  return out;
}
