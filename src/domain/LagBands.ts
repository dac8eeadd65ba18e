/**
 * The 亮灯 bands (evaluation-rules.md §3, and §7 of the project's own rules): where 滞后 and
 * 严重滞后 begin, as an office sets them. Two forms, both in percent:
 * - `share`: a row lags below `lagging`% of 序时进度 s, and lags severely below `severe`% of s
 *   (the rules' default: 100 and 50, i.e. p < s and p < s/2; 三亚: 100 and 50);
 * - `points`: a row lags more than `lagging` points below s, severely more than `severe`
 *   points below (银川: 10 and 30, i.e. p < s − 0.10 and p < s − 0.30).
 * Each threshold is the line a·s − b, so the engine and the sheet formulas read one shape
 * (hidden cells la, lb, sa, sb of an indicator sheet hold a and b).
 */
export interface LagBands {
  form: "share" | "points";
  /** percent of s (share) or points below s (points) where 滞后 begins */
  lagging: number;
  /** percent of s (share) or points below s (points) where 严重滞后 begins */
  severe: number;
}

/** The rules' own bands: 滞后 below s, 严重滞后 below s/2. */
export const DEFAULT_LAG_BANDS: LagBands = { form: "share", lagging: 100, severe: 50 };

/** A threshold on progress p as the line a·s − b of the elapsed share s. */
export interface BandLine { a: number; b: number }

/** The two thresholds of a band: p ≥ lagging line is on track, p ≥ severe line is 滞后. */
export function bandLines(bands: LagBands = DEFAULT_LAG_BANDS): { lagging: BandLine; severe: BandLine } {
  const line = (v: number): BandLine => (bands.form === "share" ? { a: v / 100, b: 0 } : { a: 1, b: v / 100 });
  return { lagging: line(bands.lagging), severe: line(bands.severe) };
}

/**
 * Why a band cannot be used, or null: numbers from 0 to 100, and 严重滞后 no nearer to
 * 序时进度 than 滞后 (share: severe ≤ lagging; points: severe ≥ lagging).
 */
export function lagBandsProblem(bands: LagBands): string | null {
  const ok = (v: number): boolean => Number.isFinite(v) && v >= 0 && v <= 100;
  if (!ok(bands.lagging) || !ok(bands.severe)) return "bands: lagging and severe are numbers from 0 to 100";
  if (bands.form === "share" ? bands.severe > bands.lagging : bands.severe < bands.lagging) {
    return bands.form === "share" ? "bands: severe (% of 序时进度) must not be above lagging" : "bands: severe (points below 序时进度) must not be below lagging";
  }
  return null;
}
