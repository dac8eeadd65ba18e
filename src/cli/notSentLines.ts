import { chaseOf } from "../cycle/chaseOf";
import type { UnitFacts } from "../cycle/UnitFacts";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";
import { unitsNamed } from "./unitsNamed";

/**
 * The 催报 lines of the units a ledger (or --units) lists, one layout for summary's ledger lines and report's (trial38 F7):
 * 未报，请催报 naming first the units that sent nothing, then those whose file came but counts 未报 (blank, cannot be summed,
 * merged into another's workbook), each with why (summary_unsent_unit); then 未报，截止日期未临近，暂不催报 naming those not
 * sent whose deadline is not yet near. Who is chased is chaseOf's `not_sent` as of `asOf` (ISO date), the one rule the
 * ledger sheet's 催报 list uses too. `own(x)`: the year of the return a unit sent instead, when its file was another year's.
 * Many units are named as unitsNamed shortens them, the full list being `where` ("ledger": the summary's 报送台账 sheet;
 * "report": the evaluation report). [] when nobody is to be named.
 */
export function notSentLines(units: readonly UnitFacts[], asOf: string, lang: Lang, own: (x: UnitFacts) => number | undefined = () => undefined, where: "ledger" | "report" = "ledger"): string[] {
  const chased = units.filter((x) => chaseOf(x, asOf).includes("not_sent"));
  const came = (x: UnitFacts): boolean => x.blank !== undefined || x.unusable !== undefined || x.mergedIn !== undefined;
  const withWhy = (x: UnitFacts): string => {
    const year = own(x);
    return cycleMessage("summary_unsent_unit", { unit: x.unit, ...(x.blank ? { blank: x.blank } : year !== undefined ? { own: year } : { reason: x.unusable ?? "merged" }) }, lang);
  };
  // the units that sent nothing first (the sheet says how late), then those whose file came, each with why
  const due = [...chased.filter((x) => !came(x)).map((x) => x.unit), ...chased.filter(came).map(withWhy)];
  // those whose deadline is not yet near are named apart, as the sheet does not chase them yet
  const notDue = units.filter((x) => x.state === "未报" && !came(x) && !x.unlisted && !chased.includes(x)).map((x) => x.unit);
  return [
    ...(due.length ? [cycleMessage("summary_not_sent", { units: unitsNamed(due, lang, where) }, lang)] : []),
    ...(notDue.length ? [cycleMessage("summary_not_due", { units: unitsNamed(notDue, lang, where) }, lang)] : []),
  ];
}
