import type { LedgerBook } from "./ledgerBook";
import type { CycleOptions } from "./summaryCycle";

/** Why the 报送台账 given cannot be used, as coded data: `code` a cycleMessage code (cli/cycleMessages), `params` its values. */
export interface LedgerRefusal {
  code: "not_ledger" | "ledger_unit_twice" | "ledgers_unit_twice" | "ledgers_years_differ" | "ledgers_templates_differ" | "ledger_year";
  params: Record<string, string | number>;
}

/**
 * The reporting cycle one or more 报送台账 give (issue 18.2), for `summary --ledger` (cli/runSummaryCycle) and the pane's
 * 汇总所选文件 with a ledger chosen alike (one home): the units expected, in the order given (a province's cities' ledgers
 * merged), each with its ledger's 报送截止日期 unless `deadline` (ISO) overrides it and the 收到日期 typed there (if any), the templates distributed, and `asOf`
 * (ISO date of the 催报 list). `books`: each ledger's file and what readLedgerBook read of it (null: no ledger sheet).
 * Refused (LedgerRefusal) when a file is no ledger, a unit is in one twice or in two of them, their years or
 * templates differ, or the ledger is of another year than `year` (--year). Without `year` the ledger's own year comes
 * back as `ledgerYear`, to be set against the year most returns give (yearOfReturns); a ledger recording no year is taken as it is.
 */
export function ledgerCycle(books: ReadonlyArray<{ file: string; book: LedgerBook | null }>, o: { deadline?: string | undefined; asOf: string }, year?: number): { ok: true; options: Omit<CycleOptions, "year">; ledgerYear?: { file: string; year: number } } | { ok: false; refusal: LedgerRefusal } {
  const refuse = (code: LedgerRefusal["code"], params: LedgerRefusal["params"]): { ok: false; refusal: LedgerRefusal } => ({ ok: false, refusal: { code, params } });
  const read: Array<{ file: string; book: LedgerBook }> = [];
  for (const { file, book } of books) {
    if (!book) return refuse("not_ledger", { file });
    // a unit in two rows would be expected twice (应报 31 for 30 units)
    const twice = book.units.find((u, i) => book.units.findIndex((x) => x.unit === u.unit) !== i);
    if (twice) return refuse("ledger_unit_twice", { file, unit: twice.unit });
    for (const other of read) {
      const both = book.units.find((u) => other.book.units.some((x) => x.unit === u.unit));
      if (both) return refuse("ledgers_unit_twice", { unit: both.unit, a: other.file, b: file });
      if (book.year && other.book.year && book.year !== other.book.year) return refuse("ledgers_years_differ", { a: other.file, ya: other.book.year, b: file, yb: book.year });
      if (book.templates.length && other.book.templates.length && [...book.templates].sort().join(",") !== [...other.book.templates].sort().join(",")) {
        return refuse("ledgers_templates_differ", { a: other.file, ta: other.book.templates.join(","), b: file, tb: book.templates.join(",") });
      }
    }
    read.push({ file, book });
  }
  const dated = read.find((x) => x.book.year);
  const templates = read.find((x) => x.book.templates.length)?.book.templates ?? [];
  if (dated && year !== undefined && year !== dated.book.year) return refuse("ledger_year", { file: dated.file, ledgerYear: dated.book.year, year });
  const units = read.flatMap((x) => x.book.units.map((u) => ({ unit: u.unit, deadline: o.deadline ?? u.deadline, ...(u.received ? { received: u.received } : {}) })));
  return { ok: true, options: { asOf: o.asOf, units, ...(templates.length ? { templates } : {}) }, ...(dated && year === undefined ? { ledgerYear: { file: dated.file, year: dated.book.year } } : {}) };
}
