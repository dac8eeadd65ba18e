import type { IndicatorGrade } from "./gradeIndicator";

/**
 * How a row graded 滞后于预期 with no forecast misses its target (evaluation-rules.md §6, our
 * reading): `how` above a ceiling, below a floor, short of another target, or by a reviewer's 人工评估
 * of a words-only one; `why` no trend can be forecast: the baseline already met the target (no
 * trajectory, §3), there is no baseline, or a 左右 target's baseline is the target itself (no trajectory, §3).
 */
export interface Breach {
  how: "ceiling" | "floor" | "target" | "assessed";
  why: "baseline_met" | "no_baseline" | "no_trend";
}

/** The breach of a row not met in Y that no trend can be forecast for, or null (met, on course, forecast, or not graded). */
export function breachOf(g: Pick<IndicatorGrade, "grade" | "forecast" | "result" | "baselineValue">): Breach | null {
  // a forecast withheld on a doubted value (数值待核实) is no 预警 either: to be verified first
  if (g.grade !== "behind" || g.forecast.meets !== null || g.forecast.withheld) return null;
  const kind = g.result.target.kind;
  if (kind === "text" || kind === "compound") return { how: "assessed", why: "no_trend" };
  const how = kind === "ceiling" || kind === "floor" ? kind : "target";
  const bounded = kind === "ceiling" || kind === "floor" || kind === "point";
  return { how, why: g.baselineValue === null ? "no_baseline" : bounded ? "baseline_met" : "no_trend" };
}
