import { bandLines, DEFAULT_LAG_BANDS, type LagBands } from "./LagBands";

/**
 * The two progress lines a row not met is graded against (evaluation-rules §3, §7), as fractions:
 * p below `lagging` is behind (null for a year with its own target, s = 1: never on track), p below
 * `severe` is 严重滞后 (default s/2; a yearly-target year 0.5; an office's bands a·s − b).
 */
export interface StatusLines {
  lagging: number | null;
  severe: number;
}

/** The lines for elapsed share `s` (1 where `yearly`), under the office's `bands` (LagBands). */
export function statusLines(s: number, yearly: boolean, bands: LagBands = DEFAULT_LAG_BANDS): StatusLines {
  const { lagging, severe } = bandLines(bands);
  const share = yearly ? 1 : s;
  return { lagging: yearly ? null : lagging.a * share - lagging.b, severe: severe.a * share - severe.b };
}
