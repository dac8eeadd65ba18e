import type { HtmlTable } from "./htmlTables";
import { trimCell } from "./text";

/** A table continued on the next page as a table of its own: `续表`, `续表1`, `表1（续）`, `续上表`. */
const CONTINUED = /^(续表|续上表)|[(（]续[)）]$/;

/** One table of a document as read: the tables it was joined from, 0-based, and the rows each continuation gave. */
export interface ContinuedTable {
  table: HtmlTable;
  /** the document's tables read as this one, 0-based, the first one first */
  parts: number[];
  /** for each part after the first: its caption ("" when none) and the rows it added (its repeated header left out) */
  added: Array<{ caption: string; rows: number }>;
}

const width = (rows: ReadonlyArray<readonly string[]>): number => Math.max(0, ...rows.map((r) => r.length));
const same = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.some((c) => trimCell(c) !== "") && a.length === b.length && a.every((c, i) => trimCell(c) === trimCell(b[i] ?? ""));

/**
 * Table `at` of a document and the tables right after it that continue it (trial40b F14): a plan's table
 * broken at a page as Word users break it, a second table with nothing between but its caption (`续表1`),
 * with as many columns, and either that caption or the first one's header rows repeated at its top. The
 * repeated header rows are left out; the last part's notes are the table's notes (a part's notes end it).
 */
export function continuedTable(tables: readonly HtmlTable[], at: number): ContinuedTable | null {
  const first = tables[at];
  if (!first) return null;
  const rows = [...first.rows];
  const parts = [at];
  const added: ContinuedTable["added"] = [];
  let notes = first.notes;
  for (let k = at + 1; k < tables.length && notes.length === 0; k++) {
    const t = tables[k];
    if (!t || width(t.rows) !== width(first.rows) || t.paragraphsBefore.length > 1) break;
    const caption = t.paragraphsBefore[0] ?? "";
    let repeated = 0;
    while (repeated < t.rows.length - 1 && same(t.rows[repeated], first.rows[repeated])) repeated++;
    if (!CONTINUED.test(caption) && (repeated === 0 || caption !== "")) break;
    rows.push(...t.rows.slice(repeated));
    parts.push(k);
    added.push({ caption, rows: t.rows.length - repeated });
    notes = t.notes;
  }
  return { table: { ...first, rows, notes }, parts, added };
}
