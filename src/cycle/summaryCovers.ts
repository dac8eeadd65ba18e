import type { UnusableFile } from "./UnusableFile";

/**
 * A summary workbook found among the returns (a city's 汇总.xlsx sent up to the province) with the units
 * it covers (`covers`, read by summaryScope) that have no return of their own used (`wanted`); and
 * for each such unit an `in_summary` file (`where`: the summary's name), so the unit is told apart
 * (只在汇总表中) rather than chased as plain 逾期未报: a summary cannot be summed again. A unit that sent
 * a file of its own that cannot be used (last period's form, an .xls) is not wanted here: it is chased
 * for that file (a trial's 江山市, whose 2026 return was the 十四五 form, read 只在汇总表中 from last year's summary).
 */
export function summaryCovers(skipped: readonly UnusableFile[], used: readonly string[]): { skipped: UnusableFile[]; elsewhere: UnusableFile[] } {
  const elsewhere: UnusableFile[] = [];
  const sent = new Set(skipped.flatMap((x) => (x.unit !== undefined && x.reason !== "summary" && x.reason !== "ledger" ? [x.unit] : [])));
  const out = skipped.map((x) => {
    if (x.reason !== "summary" || !x.covers?.length) return x;
    const wanted = x.covers.filter((u) => !used.includes(u) && !sent.has(u));
    for (const unit of wanted) if (!elsewhere.some((e) => e.unit === unit)) elsewhere.push({ file: x.file, reason: "in_summary", message: "", unit, where: x.file.split(/[\\/]/).pop() ?? x.file });
    return { ...x, wanted };
  });
  return { skipped: out, elsewhere };
}
