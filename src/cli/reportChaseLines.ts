import type { UnitFacts } from "../cycle/UnitFacts";
import type { CycleOptions } from "../cycle/summaryCycle";
import type { EvaluationReport } from "../sheet/EvaluationReport";
import { notSentLines } from "./notSentLines";
import type { Lang } from "./fileMessages";

/**
 * `report`'s 催报 lines (trial38 F7), in `lang`, in summary's words: the units listed (`--ledger`, `--units`) counted 未报
 * and due as of `asOf` (ISO date, `--as-of`, the pane's today; chaseOf's `not_sent`, the one rule summary's lines and the ledger sheet's
 * 催报 list use: deadline past, today or near, or none), first those that sent nothing, then those whose file came
 * (blank, unusable, merged), each with why (summary_unsent_unit); then those not sent whose deadline is not yet near.
 * `cycle`: the units listed with their 报送截止日期 (ISO, "" when none) and `asOf`, as cycleOptions (`report --ledger`, `--units`)
 * and chosenLedger (the pane's 评估所选文件) read them. A unit outside the list is not chased. The lines on what to
 * complete, correct, re-check and explain are summary's only: report grades returns, it does not review them.
 * [] when nothing is to be said (no list, everyone sent).
 */
export function reportChaseLines(report: EvaluationReport, cycle: Pick<CycleOptions, "units" | "asOf">, lang: Lang): string[] {
  const { asOf } = cycle;
  const deadlines = new Map((cycle.units ?? []).map((u) => [u.unit, u.deadline]));
  // each listed unit counted 未报, as summary's ledger counts it: no return, or a return without the year's values
  const unsent = report.units.filter((u) => deadlines.has(u.unit) && (!u.ret || u.ret.blank)).map((u) => {
    const facts: UnitFacts = {
      unit: u.unit, deadline: deadlines.get(u.unit) ?? "", state: "未报", errors: 0, unexplainedLags: 0, missing: 0, rows: 0, lock: "", versions: 0, changes: 0,
      ...(u.ret?.blank ? { blank: u.ret.blank } : {}), ...(!u.ret && u.unusable ? { unusable: u.unusable.reason } : {}), ...(!u.ret && !u.unusable && u.mergedIn ? { mergedIn: u.mergedIn.file } : {}),
    };
    return { facts, own: u.unusable?.reason === "other_year" ? u.unusable.years?.own : undefined };
  });
  const years = new Map(unsent.flatMap((x) => (x.own !== undefined ? [[x.facts.unit, x.own] as const] : [])));
  return notSentLines(unsent.map((x) => x.facts), asOf, lang, (x) => years.get(x.unit), "report");
}
