import type { Lang } from "../domain/describeIssue";
import { parseA1 } from "./a1";

/** Cells of a template sheet that hold what the tool does not read (LooseCells, unreadCells), as named in a line. */
export interface UnreadPlace {
  sheet: string;
  /** the cells named (the first few, A1) */
  cells: string[];
  /** how many there are in all (at least `cells.length`) */
  count: number;
  /** the rows a person inserted inside the table among them (1-based); the rest are outside the table */
  inserted: number[];
  /** the first text among them on one line, "" when none */
  sample: string;
  /** columns a person added whose cells are among them, with their headers ("" none): named as added columns, not as outside */
  columns?: ReadonlyArray<{ column: string; header: string }>;
}

/**
 * The one wording of where such cells are, for `check`'s `cells_not_read` and `rollover`'s line
 * on what it leaves: 「表」插入的行（第 25 行）的 A25、B25 等 11 格有内容（如“…”）, or 表格以外的 AT24、AT30
 * for notes under or beside the table; a row inserted among the indicators is never called outside.
 */
export function unreadPlace(p: UnreadPlace, lang: Lang): string {
  const inside = new Set(p.inserted);
  const columns = p.columns ?? [];
  const added = new Set(columns.map((c) => c.column));
  const inAdded = (ref: string): boolean => added.has(ref.replace(/[0-9]+$/, ""));
  // a cell of an added column is named with its column; cells beyond those named may lie anywhere
  const beyond = p.count > p.cells.length && p.inserted.length === 0 && columns.length === 0;
  const outside = p.cells.some((c) => !inAdded(c) && !inside.has(parseA1(c)?.row ?? 0)) || beyond;
  const more = p.count > p.cells.length;
  const en = lang === "en";
  const parts: string[] = [];
  if (p.inserted.length) parts.push(en ? `in the inserted row${p.inserted.length > 1 ? "s" : ""} ${p.inserted.join(", ")}` : `插入的行（第 ${p.inserted.join("、")} 行）`);
  if (columns.length) {
    const named = columns.map((c) => (c.header ? (en ? `${c.column} (headed "${c.header}")` : `${c.column}（表头“${c.header}”）`) : c.column));
    parts.push(en ? `in the added column${columns.length > 1 ? "s" : ""} ${named.join(", ")}` : `自行添加的列 ${named.join("、")}`);
  }
  if (outside || parts.length === 0) parts.push(en ? "outside the template's table" : "表格以外");
  if (en) {
    const where = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
    return `"${p.sheet}": ${p.count} cell${p.count === 1 ? "" : "s"} ${where} ${p.count === 1 ? "is" : "are"} filled (${p.cells.join(", ")}${more ? ", …" : ""}${p.sample ? `; such as "${p.sample}"` : ""})`;
  }
  const where = parts.join("及");
  // a column's letter ends it (自行添加的列 AT): spaced from 的 as the cells are
  const spaced = /[A-Z]$/.test(where) ? " " : "";
  return `「${p.sheet}」${where}${spaced}的 ${p.cells.join("、")}${more ? ` 等 ${p.count} 格` : " "}有内容${p.sample ? `（如“${p.sample}”）` : ""}`;
}
