import type { ColumnRule } from "../ColumnRule";

/** A table with one column per year (2021年 … 2025年): each year's target, when the table has them. */
export const yearlyColumns: ColumnRule = (d) => {
  const { header } = d;
  if (header.yearlyYears.length === 0) return;
  const yearly: Record<string, string> = {};
  header.columns.forEach((c, j) => {
    if (c.year !== undefined && (c.kind === "yearly" || (c.kind === "target" && header.yearlyYears.includes(c.year)))) {
      yearly[String(c.year)] = d.row.values[j] ?? "";
    }
  });
  d.add.yearlyTargets = yearly;
};
