import { resolve } from "node:path";
import { readLedgerBook, type LedgerBook } from "../cycle/ledgerBook";
import type { CycleOptions } from "../cycle/summaryCycle";
import { ledgerCycle } from "../cycle/ledgerCycle";
import { chinaDate } from "../cycle/chinaDate";
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
 * and `--as-of` (default today in China, UTC+8: chinaDate) for the 催报 list. A usage message when they conflict
 * or cannot be read, in `lang`. A ledger of another year than --year is refused (its units and
 * deadlines are that year's: the 催报 list would count days from last year's deadline); without
 * --year its year comes back as `ledgerYear`, for the command to set against the year most returns
 * give once they are read (yearOfReturns), not the first file's; a ledger that records no year is taken as it is.
 * Several ledgers (a province's, one per city) are merged, their units in the order given; refused when a
 * unit is in two of them or twice in one, when their years differ or they distributed other templates.
 * A unit named twice in --units is refused too (it was expected twice: 应报 15 for 14 units).
 * `unreadable`: a --ledger file that cannot be read (damaged, a password, a lock file…), a file problem that the command
 * exits 2 for, as for a --previous or --city file (cli-reference 退出码); every other refusal is the command line's (exit 1).
 */
export async function cycleOptions(o: { ledger?: string | readonly string[]; units?: string; deadline?: string; asOf?: string }, lang: Lang = "zh", returns?: LedgerReturns): Promise<{ ok: true; options: Omit<CycleOptions, "year">; ledgerYear?: { file: string; year: number } } | { ok: false; message: string; unreadable?: true }> {
  // today in China (chinaDate), the day deadlines and received dates are counted in: at 07:00 there it was yesterday in UTC
  const asOf = o.asOf ?? chinaDate(Date.now());
  for (const [flag, v] of [["--deadline", o.deadline], ["--as-of", o.asOf]] as const) {
    const p = v === undefined ? null : deadlineProblem(v, lang, flag);
    if (p) return { ok: false, message: p };
  }
  // the same ledger given twice is read once
  const ledgers = (typeof o.ledger === "string" ? [o.ledger] : o.ledger ?? []).filter((f, i, all) => all.findIndex((g) => resolve(g) === resolve(f)) === i);
  if (ledgers.length && o.units !== undefined) return { ok: false, message: cycleMessage("ledger_and_units", {}, lang) };
  if (ledgers.length) {
    // several ledgers (a province's cities' each): merged by ledgerCycle, the pane's rule too
    const books: Array<{ file: string; book: LedgerBook | null }> = [];
    for (const file of ledgers) {
      const loaded = await loadWorkbookFile(file, lang);
      if (!loaded.ok) return { ok: false, message: loaded.message, unreadable: true };
      books.push({ file, book: readLedgerBook(loaded.grid) });
    }
    const c = ledgerCycle(books, { deadline: o.deadline, asOf }, returns?.year);
    return c.ok ? c : { ok: false, message: cycleMessage(c.refusal.code, c.refusal.params, lang) };
  }
  if (o.units !== undefined) {
    const units = splitUnits(o.units);
    if (units.some((u) => !u)) return { ok: false, message: cycleMessage("units_blank", {}, lang) };
    // a unit named twice would be expected twice (应报 15 for 14 units)
    const twice = units.find((u, i) => units.indexOf(u) !== i);
    if (twice !== undefined) return { ok: false, message: cycleMessage("unit_twice", { unit: twice }, lang) };
    return { ok: true, options: { asOf, units: units.map((unit) => ({ unit, deadline: o.deadline ?? "" })) } };
  }
  return { ok: true, options: { asOf } };
}
