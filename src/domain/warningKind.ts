import type { Breach } from "./breachOf";
import { BINDING } from "./BINDING";
import type { Grade } from "./Grade";

/**
 * Why a row is a 预警 (evaluation-rules.md §6 and our reading): only binding (约束性) rows are.
 * `not_achieved`: its plan has ended by Y (`ended`) and it is graded and not 已实现; before then,
 * `forecast`: 预计难以完成; `breached`: not met in Y and no trend to forecast (breachOf). Null
 * otherwise. The 预警 list's marked lines, the county table's 预警 column and `--json`'s
 * `warning` are counted by it, so they agree.
 */
export type WarningKind = "not_achieved" | "forecast" | "breached";

export function warningKind(i: { attribute?: string | null | undefined; grade: Grade; forecast: { meets: boolean | null }; breach?: Breach | null | undefined }, ended: boolean): WarningKind | null {
  if (i.attribute !== BINDING) return null;
  if (ended) return i.grade !== "achieved" && i.grade !== "not_graded" ? "not_achieved" : null;
  if (i.forecast.meets === false) return "forecast";
  return i.breach ? "breached" : null;
}
