import { completedDoubt } from "../domain/completedDoubt";
import { isClosedProject } from "../domain/isClosedProject";
import type { CheckItem } from "./CheckReport";

/**
 * Where a project of a return goes in the summary's investment sums (计划投资, 累计完成 and their groups;
 * evaluation-rules §4, our reading): `sums`, or why it is counted yet left out of both sums and said apart —
 * `withheld` (累计完成投资 read as 万元 or as a date: completedDoubt), `invalid` (数据异常 with a
 * 累计完成投资 that cannot be read, 1.5亿 or 85% typed), `closed` (已撤并 / 已转型: its 总投资 is no longer planned,
 * whatever was typed), `not_reported` (累计完成投资 blank while 总投资 is a number: 未填报 is no 0 completed, its 总投资
 * would lower every 完成率), `no_investment` (总投资 not a number, `/`, while 累计完成投资 is one: its amount would raise
 * 累计完成 against no 计划投资). `finished`: 已完工 (met) with 累计完成投资 blank, as rollover leaves it each year, and
 * check asks for none: in both sums, its 总投资 as its 累计完成 (trial47a F4: named 未填报 and out of the sums), and said
 * apart. One blank, or 0, on the other side adds nothing either way and stays in `sums`. The one home of this rule: the
 * 汇总 sheet, the terminal and `--json` read the lists SummaryTally keeps by it.
 */
export type ProjectSumsPlace = "sums" | "withheld" | "invalid" | "closed" | "finished" | "not_reported" | "no_investment";

export function projectSumsPlace(item: CheckItem): ProjectSumsPlace {
  if (completedDoubt(item.issues)) return "withheld";
  const typed = (item.value ?? "").trim();
  const completed = typed === "" ? null : Number(typed);
  if (completed !== null && !Number.isFinite(completed)) return item.status === "invalid" ? "invalid" : "sums";
  if (item.status === "not_applicable" && isClosedProject(item.state ?? "")) return "closed";
  const invested = typeof item.investment === "number" && Number.isFinite(item.investment);
  // a 0 on the other side adds nothing to either sum: nothing to leave out or say
  if (completed === null) {
    if (!invested || item.investment === 0) return "sums";
    return item.status === "met" && item.state === "已完工" ? "finished" : "not_reported";
  }
  return invested || completed === 0 ? "sums" : "no_investment";
}
