import { readLedgerBook } from "../cycle/ledgerBook";
import type { CycleOptions } from "../cycle/summaryCycle";
import { deadlineProblem, splitUnits } from "./runDistribute";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/** The returns a command reads with the ledger: its --year, if given. */
export interface LedgerReturns {
  year?: number | undefined;
}

/**
 * The cycle options of `summary` (issue 18.2): the expected units from `--ledger` (a
 * 报送台账 written by `distribute`, its deadlines with it) or `--units` (with `--deadline`),
 * and `--as-of` (default today, UTC) for the 催报 list. A usage message when they conflict
 * or cannot be read, in `lang`. A ledger of another year than --year is refused (its units and
 * deadlines are that year's: the 催报 list would count days from last year's deadline); without
 * --year its year comes back as `ledgerYear`, for the command to set against the year most returns
 * give once they are read (yearOfReturns), not the first file's; a ledger that records no year is taken as it is.
 */
export async function cycleOptions(o: { ledger?: string; units?: string; deadline?: string; asOf?: string }, lang: Lang = "zh", returns?: LedgerReturns): Promise<{ ok: true; options: Omit<CycleOptions, "year">; ledgerYear?: { file: string; year: number } } | { ok: false; message: string }> {
  const asOf = o.asOf ?? new Date().toISOString().slice(0, 10);
  for (const [flag, v] of [["--deadline", o.deadline], ["--as-of", o.asOf]] as const) {
    const p = v === undefined ? null : deadlineProblem(v, lang, flag);
    if (p) return { ok: false, message: p };
  }
  if (o.ledger !== undefined && o.units !== undefined) return { ok: false, message: cycleMessage("ledger_and_units", {}, lang) };
  if (o.ledger !== undefined) {
    const loaded = await loadWorkbookFile(o.ledger, lang);
    if (!loaded.ok) return { ok: false, message: loaded.message };
    const book = readLedgerBook(loaded.grid);
    if (!book) return { ok: false, message: cycleMessage("not_ledger", { file: o.ledger }, lang) };
    const year = returns?.year;
    if (book.year && year !== undefined && year !== book.year) return { ok: false, message: cycleMessage("ledger_year", { file: o.ledger, ledgerYear: book.year, year }, lang) };
    return { ok: true, options: { asOf, units: book.units.map((u) => ({ unit: u.unit, deadline: o.deadline ?? u.deadline })), ...(book.templates.length ? { templates: book.templates } : {}) }, ...(book.year && year === undefined ? { ledgerYear: { file: o.ledger, year: book.year } } : {}) };
  }
  if (o.units !== undefined) {
    const units = splitUnits(o.units);
    if (units.some((u) => !u)) return { ok: false, message: cycleMessage("units_blank", {}, lang) };
    return { ok: true, options: { asOf, units: units.map((unit) => ({ unit, deadline: o.deadline ?? "" })) } };
  }
  return { ok: true, options: { asOf } };
}
