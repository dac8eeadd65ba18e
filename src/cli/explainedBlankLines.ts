import type { ExplainedBlank } from "../cycle/explainedBlanks";
import { briefNote } from "../domain/briefNote";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/** Up to this many such rows get a line each (with their 说明); more are one line naming the first this many. */
const ONE_BY_ONE = 5;

/**
 * rollover's lines for the rows the old return left blank with a reason (explainedBlanks), in `lang`: one
 * rolled_explained_blank a row (its 说明 quoted as the report quotes one: briefNote), or, past ONE_BY_ONE, one
 * rolled_explained_blanks naming the first ONE_BY_ONE cells. [] when none.
 */
export function explainedBlankLines(rows: readonly ExplainedBlank[], lang: Lang): string[] {
  if (rows.length === 0) return [];
  if (rows.length <= ONE_BY_ONE) return rows.map((r) => cycleMessage("rolled_explained_blank", { sheet: r.sheet, cell: r.cell, name: r.name, year: r.year, note: briefNote(r.note) }, lang));
  const named = rows.slice(0, ONE_BY_ONE).map((r) => `${r.sheet}!${r.cell} ${r.name}`).join(lang === "en" ? ", " : "、");
  // the rows' years: the old return's own, and an earlier one still owed
  const years = [...new Set(rows.map((r) => r.year))].sort().join(lang === "en" ? ", " : "、");
  return [cycleMessage("rolled_explained_blanks", { n: rows.length, year: years, rows: named, more: 1 }, lang)];
}
