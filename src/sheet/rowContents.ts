import { typedText } from "../domain/typedText";
import { a1, parseA1 } from "./a1";
import type { CheckReport } from "./CheckReport";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { keyColumn } from "./keyColumn";
import type { RowContent } from "./RowContent";

/**
 * What each row of a checked return holds (RowContent), by `template|id`: the inputs the check
 * located (`item.cells`, in their order), then the 说明 where the sheet has one and the
 * 人工评估 where the sheet has that column (found by its key in the hidden key row). Empty
 * fields are kept (text ""), so a field filled in later compares with its place. A formula never
 * calculated reads as check quotes it (typedText: `=#DIV/0!`), not as empty: review marked a cell
 * re-saved by openpyxl 待复核 "#DIV/0! → （空）" where check said 公式「=#DIV/0!」未计算 (trial31), and is marked
 * `uncalculated`: its value is unknown to check, so review takes it for no change (sameBasis).
 */
export function rowContents(grid: GridWorkbook, report: CheckReport): Map<string, RowContent> {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const assessCol = new Map<GridSheet, number | undefined>();
  const out = new Map<string, RowContent>();
  for (const item of report.items) {
    const s = sheets.get(item.sheet);
    if (!s) continue;
    if (!assessCol.has(s)) assessCol.set(s, keyColumn(s, "assess"));
    const at: Array<[string, string]> = Object.entries(item.cells);
    if (item.noteCell) at.push(["note", item.noteCell]);
    const row = parseA1(item.statusCell)?.row;
    const ac = assessCol.get(s);
    if (item.kind === "indicator" && ac !== undefined && row !== undefined) at.push(["assess", a1(row, ac)]);
    const content: RowContent = {};
    for (const [field, cell] of at) {
      const p = parseA1(cell);
      if (!p) continue;
      const v = gridCell(s, p.row, p.col);
      const typed = typedText(v);
      const text = typed.trim();
      content[field] = { cell, text, isText: v.type === "string" && text !== "", ...(v.type === "string" && text !== "" && typed !== text ? { typed } : {}), ...(v.type === "date" && v.serial !== undefined ? { stored: String(v.serial) } : {}), ...(v.type === "uncalculated" ? { uncalculated: true as const } : {}) };
    }
    out.set(`${item.template}|${item.id}`, content);
  }
  return out;
}
