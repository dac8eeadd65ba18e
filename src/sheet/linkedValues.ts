import { cellText } from "../domain/CellValue";
import type { Issue } from "../domain/Issue";
import { a1 } from "./a1";
import { gridCell, type GridSheet } from "./Grid";
import { linkedWorkbook } from "./linkedWorkbook";

/** The longest formula quoted whole in the warning; a longer one is cut and ends in …. */
const QUOTED = 60;

/**
 * The value cells of a template's sheet whose formula links to another workbook (linkedWorkbook; `books`,
 * GridWorkbook.linkedBooks), each with its warning `linked_formula` (evaluation-rules §2, our reading), by A1
 * reference: the figure read is the result the file saved (params.saved, as the cell shows it; absent where it
 * saved none or an error, which the value's own issue says), and Excel replaces it when it updates the link
 * (#REF! where that workbook is not found), so the unit is asked to paste values only. `columns`: the sheet's
 * value columns (1-based: the indicators' year inputs, the projects' 累计完成投资); `rows`: its plan's rows
 * (1-based). The one home of the rule: check, review, summary and report read the issue from the check.
 * Their formulas' text is read (GridSheet.formulaTexts: the sheet's part read again) only where one of
 * those cells holds a formula, which a return's value cells do not: a check of an ordinary return reads
 * none. Empty where the reader cannot tell where formulas are (the task pane below ExcelApi 1.9); the pane's
 * reader gives the value columns' texts read beforehand (readWorkbookGrid's readValueFormulas).
 */
export function linkedValues(s: GridSheet, columns: readonly number[], rows: Iterable<number>, books: readonly string[]): Map<string, Issue> {
  const out = new Map<string, Issue>();
  const at = s.formulaCells;
  if (!at || !s.formulaTexts || columns.length === 0) return out;
  const held: Array<[number, number]> = [];
  for (const r of rows) {
    const here = at[r - 1];
    if (here) for (const c of columns) if (here.includes(c - 1)) held.push([r, c]);
  }
  if (held.length === 0) return out;
  const texts = s.formulaTexts(columns.map((c) => c - 1));
  for (const [r, c] of held) {
    const f = texts[r - 1]?.[c - 1];
    const link = f ? linkedWorkbook(f.text, books) : null;
    if (!f || !link) continue;
    const v = gridCell(s, r, c);
    const saved = v.type === "number" || v.type === "string" ? cellText(v).trim() : "";
    const formula = `=${f.text}`;
    const cell = a1(r, c);
    // a shared formula's cell (a formula filled down) has its group's text, written for another row: not quoted as this cell's
    const quoted = f.row !== r ? {} : { received: formula.length > QUOTED ? `${formula.slice(0, QUOTED)}…` : formula };
    out.set(cell, {
      code: "linked_formula", severity: "warning", sheet: s.name, cell, ...quoted,
      params: { ...(link.book ? { book: link.book } : {}), ...(saved ? { saved } : {}) },
    });
  }
  return out;
}
