import type { Lang } from "../domain/describeIssue";
import { targetInText } from "../domain/targetInText";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import type { EvaluationReport } from "../sheet/EvaluationReport";
import { yearOwnTarget } from "../sheet/yearOwnTarget";

/**
 * `report`'s terminal line naming the rows graded by the reporting year's own target (yearOwnTarget),
 * each once over all returns, with the plan's target: 按 2024 年度目标评估 2 项（…）：常住人口城镇化率（%） 69.5（规划目标 72）；…
 * null when no row is. The paragraph speaks of the plan's targets only; a trial read 84.8% of 72.
 * Rows judged against a later milestone (2023 against 2025's, trial47b F3) are their own line, with the milestone's year
 * and the 序时进度's span; a year's own target before the plan's end says how meeting it is graded (F9: 基本符合预期).
 */
export function yearTargetLine(r: EvaluationReport, lang: Lang): string | null {
  const groups = new Map<string, { milestone?: number; from: number; end: boolean; items: Map<string, { name: string; own: string; target: string }> }>();
  for (const ret of r.returns) {
    for (const i of ret.items) {
      const own = yearOwnTarget(i);
      if (own === undefined) continue;
      const m = i.graded.milestone;
      const key = m === undefined ? "own" : `${m}\u0000${i.baselineYear}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { ...(m === undefined ? {} : { milestone: m }), from: i.baselineYear, end: r.year >= i.targetYear, items: new Map() }));
      if (r.year >= i.targetYear) g.end = true;
      g.items.set(`${i.template}\u0000${i.id}\u0000${own}\u0000${i.target}`, { name: i.name, own: targetInText(own, i.unit), target: targetInText(i.target, i.unit) });
    }
  }
  const w = EVALUATION_WORDS[lang];
  const lines = [...groups.values()].map((g) => (g.milestone === undefined ? w.yearTargets(r.year, [...g.items.values()], !g.end) : w.milestoneTargets(g.milestone, g.from, [...g.items.values()])));
  return lines.length ? lines.join("\n") : null;
}
