import { readLedgerBook } from "../cycle/ledgerBook";
import type { CycleOptions } from "../cycle/summaryCycle";
import { deadlineProblem, splitUnits } from "./runDistribute";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The cycle options of `summary` (issue 18.2): the expected units from `--ledger` (a
 * 报送台账 written by `distribute`, its deadlines with it) or `--units` (with `--deadline`),
 * and `--as-of` (default today, UTC) for the 催报 list. A usage message when they conflict
 * or cannot be read, in `lang`.
 */
export async function cycleOptions(o: { ledger?: string; units?: string; deadline?: string; asOf?: string }, lang: Lang = "zh"): Promise<{ ok: true; options: Omit<CycleOptions, "year"> } | { ok: false; message: string }> {
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
    return { ok: true, options: { asOf, units: book.units.map((u) => ({ unit: u.unit, deadline: o.deadline ?? u.deadline })) } };
  }
  if (o.units !== undefined) {
    const units = splitUnits(o.units);
    if (units.some((u) => !u)) return { ok: false, message: cycleMessage("units_blank", {}, lang) };
    return { ok: true, options: { asOf, units: units.map((unit) => ({ unit, deadline: o.deadline ?? "" })) } };
  }
  return { ok: true, options: { asOf } };
}
