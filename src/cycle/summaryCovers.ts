import type { UnusableFile } from "./UnusableFile";

/**
 * A summary workbook found among the returns (a city's 汇总.xlsx sent up to the province) with the units
 * it covers (`covers`, read by summaryScope) that have no return of their own used (`wanted`); and
 * for each such unit an `in_summary` file (`where`: the summary's name), so the unit is told apart
 * (只在汇总表中) rather than chased as plain 逾期未报: a summary cannot be summed again.
 */
export function summaryCovers(skipped: readonly UnusableFile[], used: readonly string[]): { skipped: UnusableFile[]; elsewhere: UnusableFile[] } {
  const elsewhere: UnusableFile[] = [];
  const out = skipped.map((x) => {
    if (x.reason !== "summary" || !x.covers?.length) return x;
    const wanted = x.covers.filter((u) => !used.includes(u));
    for (const unit of wanted) if (!elsewhere.some((e) => e.unit === unit)) elsewhere.push({ file: x.file, reason: "in_summary", message: "", unit, where: x.file.split(/[\\/]/).pop() ?? x.file });
    return { ...x, wanted };
  });
  return { skipped: out, elsewhere };
}
