import type { Issue } from "../domain/Issue";
import { parseA1 } from "./a1";
import { cellFilled } from "./cellFilled";
import type { CheckItem } from "./CheckReport";
import { gridCell, type GridSheet } from "./Grid";
import type { OwedValue } from "./OwedValue";

/**
 * The values still owed from earlier years (`owed`, the workbook's metadata: an earlier return left them blank with a
 * reason, cycle/owedValues) whose cell on sheet `s` is still blank, one warning `earlier_year_owed` each on that cell
 * (params `year` and `note`, that year's 说明, whole), by row id of `items` (the sheet's checked rows of `template`): the
 * 说明 stays behind with its year, so without it nothing said again that the value is owed (evaluation-rules §6a, our
 * reading, session 46). Only for a year before `year` (the year's own blank is 未填报 already); once the cell holds anything
 * the warning goes (a text there is another issue's). Pure.
 */
export function owedIssues(owed: readonly OwedValue[] | undefined, template: string, items: readonly CheckItem[], s: GridSheet, year: number): Array<{ item: CheckItem; issue: Issue }> {
  if (!Array.isArray(owed) || owed.length === 0) return [];
  const byId = new Map(items.map((i) => [i.id, i] as const));
  // the metadata is ours, but read as any JSON: an entry of another shape is passed by
  return owed.filter(isOwedValue).flatMap((o) => {
    const item = o.template === template && o.year < year ? byId.get(o.id) : undefined;
    const cell = item?.kind === "indicator" ? item.cells[String(o.year)] : undefined;
    const at = cell === undefined ? null : parseA1(cell);
    if (!item || cell === undefined || !at || cellFilled(gridCell(s, at.row, at.col))) return [];
    return [{ item, issue: { code: "earlier_year_owed", severity: "warning", sheet: s.name, cell, params: { year: o.year, note: o.note } } }];
  });
}

function isOwedValue(o: unknown): o is OwedValue {
  const x = o as Partial<OwedValue> | null;
  return typeof x === "object" && x !== null && typeof x.template === "string" && typeof x.id === "string" && typeof x.year === "number" && typeof x.note === "string";
}
