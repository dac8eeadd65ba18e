import { namesThatFit } from "../sheet/namesThatFit";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * Units (or a unit's words: 定海区 2 处（…）) as one line names them: all, joined (、 / , ), where they fit, else the first
 * namesThatFit gives and the count, with where the full list is (`where`: "ledger", the summary's 报送台账 sheet, whose 催办
 * column names every unit; "summary", the summary workbook; "report", the evaluation report): 「县1、县2…等 300 个单位（完整名单见
 * 汇总表的「报送台账」表）」 (units_more). trial39c F8: a summary over 300 units printed 300 names on one line.
 * The items named are joined by 、 / , (逾期报送 names each unit with its own days, never one day after several names: trial43b F5).
 */
export function unitsNamed(items: readonly string[], lang: Lang, where: "ledger" | "summary" | "report"): string {
  const words = (shown: readonly string[]): string => shown.join(lang === "en" ? ", " : "、");
  const shown = namesThatFit(items);
  if (shown.length === items.length) return words(items);
  return cycleMessage("units_more", { names: words(shown), n: items.length, more: items.length - shown.length, where }, lang);
}
