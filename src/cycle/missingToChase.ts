import type { UnitFacts } from "./UnitFacts";

/**
 * Of a unit's rows 未填报 (`missing`), those still to be filled in: the rows without a 说明
 * (`explainedMissing`, isExplainedMissing: left blank with the reason written, as check asks of 暂无,
 * are not chased). What isIncomplete asks and missingWords counts (evaluation-rules §6a, our reading).
 */
export function missingToChase(f: Pick<UnitFacts, "missing" | "explainedMissing">): number {
  return f.missing - (f.explainedMissing ?? 0);
}
