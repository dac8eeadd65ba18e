import { cellText } from "../domain/CellValue";
import { a1 } from "./a1";
import { gridCell, type GridSheet } from "./Grid";
import { FIRST_DATA_ROW } from "./keys";
import { ownColumnsDeleted } from "./ownColumnsDeleted";
import { ownFormulaKeys } from "./ownFormulaKeys";
import { rowsReferred } from "./rowsReferred";
import type { Template } from "../templates/TemplateSchema";

/** At most this many cells of each kind are named; every row is counted. */
const NAMED = 5;
/** How many of the own formula columns (ownFormulaKeys: status and progress first) have their text read when rows moved. */
const SEEN = 2;

/**
 * The rows of a template's sheet whose own formulas (ownFormulaKeys) no longer compute that row: a
 * cell holding no formula (a value pasted over it, or cleared), or a formula that refers to another
 * row (rows inserted or deleted by a script that moves cells without rewriting formulas: openpyxl's
 * insert_rows). `missing`: the first such cells (A1) with what they hold (`found`, "" when blank);
 * `misread`: the first cells referring elsewhere with the row they read (`rows`); one cell a row,
 * the status cell first; `count`: the rows affected (`affected`, 1-based sheet rows). Null when every row is whole, or the reader
 * cannot tell where formulas are (GridSheet.formulaCells; where it read some columns only, GridSheet.formulaColumns, those are judged). The formulas' text is read only when an
 * id stands on another row than the template put it on (`rowsById` against the template's order),
 * since a formula cannot then be told by its place alone: a check of an untouched return reads none.
 * A visible column of ours deleted (ownColumnsDeleted: 方向, 说明, a year's; `deleted`, their headers one
 * per line, "" when none) leaves every formula reading the columns by their old letters, so every row is
 * affected, whatever the reader can tell of the formulas (trial s35 X2: every 当年状态 #VALUE! once recalculated).
 */
export function brokenFormulas(s: GridSheet, t: Template, keys: ReadonlyMap<string, number>, rowsById: ReadonlyMap<string, number>, year: number): { params: { missing: string; found: string; misread: string; rows: string; count: number; deleted?: string }; affected: ReadonlySet<number> } | null {
  const ids = t.kind === "indicators" ? t.indicators.map((d) => d.id) : t.kind === "projects" ? t.projects.map((p) => p.id) : t.reforms.map((r) => r.id);
  let moved = false;
  const rows: number[] = [];
  for (const [i, id] of ids.entries()) {
    const r = rowsById.get(id);
    if (r === undefined) continue;
    if (r !== FIRST_DATA_ROW + i) moved = true;
    rows.push(r);
  }
  const deleted = ownColumnsDeleted(t, keys, year);
  if (deleted.length > 0 && rows.length > 0) {
    return { params: { missing: "", found: "", misread: "", rows: "", count: rows.length, deleted: deleted.map((c) => c.header).join("\n") }, affected: new Set(rows) };
  }
  const at = s.formulaCells;
  if (!at) return null;
  // only the columns the reader looked in (GridSheet.formulaColumns: the task pane below ExcelApi 1.9)
  const seen = s.formulaColumns;
  const cols = ownFormulaKeys(t.kind, keys.keys()).flatMap((k) => { const c = keys.get(k); return c === undefined || (seen && !seen.includes(c - 1)) ? [] : [c]; });
  if (cols.length === 0) return null;
  const missing: string[] = [], found: string[] = [], misread: string[] = [], referred: number[] = [];
  const affected = new Set<number>();
  for (const r of rows) {
    const here = at[r - 1];
    let gone = -1;
    for (const col of cols) if (!here?.includes(col - 1)) { gone = col; break; }
    if (gone < 0) continue;
    affected.add(r);
    if (missing.length < NAMED) { missing.push(a1(r, gone)); found.push(cellText(gridCell(s, r, gone))); }
  }
  // the visible ones are read: a script moving rows moves every cell of them alike
  const read = cols.slice(0, SEEN);
  const texts = moved && s.formulaTexts ? s.formulaTexts(read.map((c) => c - 1)) : null;
  if (texts) for (const r of rows) {
    const line = texts[r - 1];
    for (const c of read) {
      const f = line?.[c - 1];
      const other = f ? rowsReferred(f.text, f.row, r).find((x) => x !== r) : undefined;
      if (other === undefined) continue;
      if (!affected.has(r) && misread.length < NAMED) { misread.push(a1(r, c)); referred.push(other); }
      affected.add(r);
      break;
    }
  }
  if (affected.size === 0) return null;
  return { params: { missing: missing.join("\n"), found: found.join("\n"), misread: misread.join("\n"), rows: referred.join("\n"), count: affected.size }, affected };
}
