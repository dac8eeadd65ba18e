import type { EvaluationReport } from "../sheet/EvaluationReport";

/** The one region (地区) of a report's plans, where every return's templates have one and it is the same; else undefined. */
export function reportRegion(r: Pick<EvaluationReport, "returns">): string | undefined {
  const regions = new Set(r.returns.flatMap((x) => x.regions));
  return regions.size === 1 && r.returns.every((x) => x.regions.length > 0) ? [...regions][0] : undefined;
}
