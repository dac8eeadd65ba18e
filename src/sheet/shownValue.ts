import type { CheckItem } from "./CheckReport";

const fmt = (n: number): string => String(Number(n.toPrecision(12)));

/**
 * The value a row shows beside 序时应达 in the summary's lagging list: the
 * year's actual, or for a cumulative target (§3) the running total it is judged on with the
 * year's own amount beside it (`累计 7.1（2023 年 2.4）`), so it is never one year's amount
 * set against a running total due. Shape: the item's `value` text as the check read it.
 */
export function shownValue(item: Pick<CheckItem, "value" | "cumulative">, year: number): string {
  if (item.cumulative === undefined) return item.value ?? "";
  return `累计 ${fmt(item.cumulative)}（${year} 年 ${item.value === undefined || item.value === "" ? "未填" : item.value}）`;
}
