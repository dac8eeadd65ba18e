import { readLedgerBook } from "../cycle/ledgerBook";
import type { CycleOptions } from "../cycle/summaryCycle";
import { deadlineProblem, splitUnits } from "./runDistribute";
import { loadWorkbookFile } from "./loadWorkbookFile";

/**
 * The cycle options of `summary` (issue 18.2): the expected units from `--ledger` (a
 * 报送台账 written by `distribute`, its deadlines with it) or `--units` (with `--deadline`),
 * and `--as-of` (default today, UTC) for the 催报 list. A usage message when they conflict
 * or cannot be read.
 */
export async function cycleOptions(o: { ledger?: string; units?: string; deadline?: string; asOf?: string }): Promise<{ ok: true; options: Omit<CycleOptions, "year"> } | { ok: false; message: string }> {
  const asOf = o.asOf ?? new Date().toISOString().slice(0, 10);
  for (const [flag, v] of [["--deadline", o.deadline], ["--as-of", o.asOf]] as const) {
    const p = v === undefined ? null : deadlineProblem(v);
    if (p) return { ok: false, message: p.replace("--deadline", flag) };
  }
  if (o.ledger !== undefined && o.units !== undefined) return { ok: false, message: "--ledger 与 --units 只能用其一" };
  if (o.ledger !== undefined) {
    const loaded = await loadWorkbookFile(o.ledger);
    if (!loaded.ok) return { ok: false, message: loaded.message };
    const book = readLedgerBook(loaded.grid);
    if (!book) return { ok: false, message: `${o.ledger}：不是报送台账（未找到 plan-returns 写出的「报送台账」表）` };
    return { ok: true, options: { asOf, units: book.units.map((u) => ({ unit: u.unit, deadline: o.deadline ?? u.deadline })) } };
  }
  if (o.units !== undefined) {
    const units = splitUnits(o.units);
    if (units.some((u) => !u)) return { ok: false, message: "--units 应为以逗号分隔的单位名称，不能有空项" };
    return { ok: true, options: { asOf, units: units.map((unit) => ({ unit, deadline: o.deadline ?? "" })) } };
  }
  return { ok: true, options: { asOf } };
}
