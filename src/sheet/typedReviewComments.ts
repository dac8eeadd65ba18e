import { cellText } from "../domain/CellValue";
import { a1, parseA1 } from "./a1";
import type { CheckItem, CheckReport } from "./CheckReport";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { keyColumn } from "./keyColumn";

/** What a reviewer typed in an item's own 审核意见 cell (column key `review`): its text and where, by `template|id`. */
export interface TypedReviewComment {
  text: string;
  kind: CheckItem["kind"];
  sheet: string;
  /** the 审核意见 cell, A1 */
  cell: string;
}

/**
 * The 审核意见 written beside each checked row of the indicator, project and reform sheets (the column keyed `review` in
 * the hidden key row), by `template|id`, trimmed; rows whose cell is empty are left out. Nothing reads that column but
 * review, which takes a comment into the row's empty 审核意见 on the 审核 sheet (trial44a F7: a reviewer who typed
 * there, as the guide once said to, was ignored). Read only: the sheet is never written.
 */
export function typedReviewComments(grid: GridWorkbook, report: Pick<CheckReport, "items">): Map<string, TypedReviewComment> {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const column = new Map<GridSheet, number | undefined>();
  const out = new Map<string, TypedReviewComment>();
  for (const item of report.items) {
    const s = sheets.get(item.sheet);
    const row = parseA1(item.statusCell)?.row;
    if (!s || row === undefined) continue;
    if (!column.has(s)) column.set(s, keyColumn(s, "review"));
    const col = column.get(s);
    if (col === undefined) continue;
    const text = cellText(gridCell(s, row, col)).trim();
    if (text) out.set(`${item.template}|${item.id}`, { text, kind: item.kind, sheet: s.name, cell: a1(row, col) });
  }
  return out;
}
