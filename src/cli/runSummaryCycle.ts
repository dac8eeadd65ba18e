import { readLedgerBook } from "../cycle/ledgerBook";
import { readMeta, readYear } from "../sheet/checkGrid";
import type { CycleOptions } from "../cycle/summaryCycle";
import { deadlineProblem, splitUnits } from "./runDistribute";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";
import { workbookFiles } from "./workbookFiles";

/** The returns a command reads with the ledger: their paths (files or folders) and its --year, if given. */
export interface LedgerReturns {
  paths: readonly string[];
  year?: number | undefined;
}

/**
 * The reporting year of `returns`: --year when given (the returns are checked as of it), else
 * the first readable return's own; null when none can be read (the command then says why).
 */
async function returnsYear(returns: LedgerReturns, ledger: string): Promise<number | null> {
  if (returns.year !== undefined) return returns.year;
  for (const file of workbookFiles(returns.paths, [ledger]).files) {
    const loaded = await loadWorkbookFile(file);
    if (!loaded.ok || readMeta(loaded.grid) === null) continue;
    const year = readYear(loaded.grid);
    if (year !== null) return year;
  }
  return null;
}

/**
 * The cycle options of `summary` (issue 18.2): the expected units from `--ledger` (a
 * 报送台账 written by `distribute`, its deadlines with it) or `--units` (with `--deadline`),
 * and `--as-of` (default today, UTC) for the 催报 list. A usage message when they conflict
 * or cannot be read, in `lang`. With `returns`, a ledger of another year than theirs is refused
 * (its units and deadlines are that year's: the 催报 list would count days from last year's
 * deadline); a ledger that records no year is taken as it is.
 */
export async function cycleOptions(o: { ledger?: string; units?: string; deadline?: string; asOf?: string }, lang: Lang = "zh", returns?: LedgerReturns): Promise<{ ok: true; options: Omit<CycleOptions, "year"> } | { ok: false; message: string }> {
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
    const year = book.year && returns ? await returnsYear(returns, o.ledger) : null;
    if (year !== null && year !== book.year) return { ok: false, message: cycleMessage("ledger_year", { file: o.ledger, ledgerYear: book.year, year }, lang) };
    return { ok: true, options: { asOf, units: book.units.map((u) => ({ unit: u.unit, deadline: o.deadline ?? u.deadline })) } };
  }
  if (o.units !== undefined) {
    const units = splitUnits(o.units);
    if (units.some((u) => !u)) return { ok: false, message: cycleMessage("units_blank", {}, lang) };
    return { ok: true, options: { asOf, units: units.map((unit) => ({ unit, deadline: o.deadline ?? "" })) } };
  }
  return { ok: true, options: { asOf } };
}
