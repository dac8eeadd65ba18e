import { bandLines, DEFAULT_LAG_BANDS, type LagBands } from "./LagBands";

/**
 * The two progress lines a row not met is graded against (evaluation-rules §3, §7), as fractions:
 * p below `lagging` is behind (null for the year a target is for, s = 1: a yearly target's own year or the plan's last year; never on track), p below
 * `severe` is 严重滞后 (default s/2; a yearly-target year 0.5; an office's bands a·s − b).
 */
export interface StatusLines {
  lagging: number | null;
  severe: number;
}

/** The lines for elapsed share `s` (1 where `ownYear`: the year a target is for), under the office's `bands` (LagBands). */
export function statusLines(s: number, ownYear: boolean, bands: LagBands = DEFAULT_LAG_BANDS): StatusLines {
  const { lagging, severe } = bandLines(bands);
  const share = ownYear ? 1 : s;
  return { lagging: ownYear ? null : lagging.a * share - lagging.b, severe: severe.a * share - severe.b };
}
