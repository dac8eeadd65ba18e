import type { UnusableReason } from "../domain/UnusableReason";
import { isUnitFile, type UnusableFile } from "./UnusableFile";

/**
 * How the year's return of a unit left without one is to be made: `roll`, from its latest return of the plan (rollover,
 * rolled_missing_roll); `roll_this_plan`, the same, but the file in hand is a return on another plan that is still running
 * (other_plan), so the return to roll over is its latest on this plan, never that file (rolling it over makes the other
 * plan's form of the year: rolled_why_other_plan); `distribute`, the plan's form of the year sent (distribute,
 * rolled_missing_other_period): the unit's file is a return of another plan period, which rollover refuses (it stays within
 * a plan period).
 */
export type UnrolledStep = "roll" | "roll_this_plan" | "distribute";

/**
 * The unit a file a folder's rollover could not use (`x`, its unit told by withUnits) keeps in the new 报送台账, the
 * step that makes its return of the year, and the file (a unit's, UnusableReason); undefined when the file keeps none there. `done`: the units with a return of the
 * year already (rolled over, or sent of that year), whose other files change nothing; `listed`: the old ledger's units
 * (undefined: no old ledger).
 *
 * A return of another plan (`other_plan`), or of a plan whose period does not hold the year (`outside_plan`: the ended
 * 十四五's 2025 return beside the current plan's), is no unit of the plan rolled over unless the old ledger lists it, as
 * summary and report leave such a unit unchased (withUnits' `unlisted`; session 43: the ended plan's 定海区, 普陀区 were
 * written into the new ledger and told to `rollover` the return rollover refuses). Listed, the `outside_plan` unit is sent
 * the plan's form (`distribute`), the `other_plan` unit rolls over its latest return on this plan (`roll_this_plan`: told
 * `rollover "<latest return>"`, a manager took the other plan's return in hand and wrote that plan's form into the new
 * folder, session 44); any other file's unit rolls its latest return over (its earlier years' values carried).
 */
export function unrolledUnit(x: UnusableFile, done: ReadonlySet<string>, listed: readonly string[] | undefined): { unit: string; step: UnrolledStep; file: UnusableFile & { reason: UnusableReason } } | undefined {
  if (x.unit === undefined || done.has(x.unit) || !isUnitFile(x)) return undefined;
  const otherPlan = x.reason === "other_plan" || x.reason === "outside_plan";
  if (otherPlan && !(listed ?? []).includes(x.unit)) return undefined;
  return { unit: x.unit, step: x.reason === "outside_plan" ? "distribute" : x.reason === "other_plan" ? "roll_this_plan" : "roll", file: x };
}
