/**
 * Which plan a return (or a 报送台账) is of, as summary, report and check tell plans apart: its templates' ids,
 * sorted, joined by "," (a version of the plan with rows added or dropped keeps its ids, so it is the same plan;
 * PlanVersions tells its versions apart by their rows). Returns of two plans are never versions of one return
 * (versionGroup), nor summed together (SummaryTally's templates_differ).
 */
export function planIdentity(ids: readonly string[]): string {
  return [...ids].sort().join(",");
}
