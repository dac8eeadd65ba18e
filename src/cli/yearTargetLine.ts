import type { Lang } from "../domain/describeIssue";
import { targetInText } from "../domain/targetInText";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import type { EvaluationReport } from "../sheet/EvaluationReport";
import { yearOwnTarget } from "../sheet/yearOwnTarget";

/**
 * `report`'s terminal line naming the rows graded by the reporting year's own target (yearOwnTarget),
 * each once over all returns, with the plan's target: 按 2024 年度目标评估 2 项（…）：常住人口城镇化率（%） 69.5（规划目标 72）；…
 * null when no row is. The paragraph speaks of the plan's targets only; a trial read 84.8% of 72.
 */
export function yearTargetLine(r: EvaluationReport, lang: Lang): string | null {
  const seen = new Map<string, { name: string; own: string; target: string }>();
  for (const ret of r.returns) {
    for (const i of ret.items) {
      const own = yearOwnTarget(i);
      if (own !== undefined) seen.set(`${i.template}\u0000${i.id}\u0000${own}\u0000${i.target}`, { name: i.name, own: targetInText(own, i.unit), target: targetInText(i.target, i.unit) });
    }
  }
  return seen.size ? EVALUATION_WORDS[lang].yearTargets(r.year, [...seen.values()]) : null;
}
