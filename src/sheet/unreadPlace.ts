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
}

/**
 * The one wording of where such cells are, for `check`'s `cells_not_read` and `rollover`'s line
 * on what it leaves: 「表」插入的行（第 25 行）的 A25、B25 等 11 格有内容（如“…”）, or 表格以外的 AT24、AT30
 * for notes under or beside the table; a row inserted among the indicators is never called outside.
 */
export function unreadPlace(p: UnreadPlace, lang: Lang): string {
  const inside = new Set(p.inserted);
  const outside = p.cells.some((c) => !inside.has(parseA1(c)?.row ?? 0)) || p.count > p.cells.length && p.inserted.length === 0;
  const more = p.count > p.cells.length;
  if (lang === "en") {
    const rows = p.inserted.join(", ");
    const where = p.inserted.length
      ? `in the inserted row${p.inserted.length > 1 ? "s" : ""} ${rows}${outside ? " and outside the template's table" : ""}`
      : "outside the template's table";
    return `"${p.sheet}": ${p.count} cell${p.count === 1 ? "" : "s"} ${where} ${p.count === 1 ? "is" : "are"} filled (${p.cells.join(", ")}${more ? ", …" : ""}${p.sample ? `; such as "${p.sample}"` : ""})`;
  }
  const where = p.inserted.length ? `插入的行（第 ${p.inserted.join("、")} 行）${outside ? "及表格以外" : ""}` : "表格以外";
  return `「${p.sheet}」${where}的 ${p.cells.join("、")}${more ? ` 等 ${p.count} 格` : " "}有内容${p.sample ? `（如“${p.sample}”）` : ""}`;
}
