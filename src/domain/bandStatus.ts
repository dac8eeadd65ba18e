import { ge } from "./compare";
import { DEFAULT_LAG_BANDS, type LagBands } from "./LagBands";
import { statusLines } from "./statusLines";

/**
 * The status of a row that is not met, from its progress p and elapsed share s
 * (evaluation-rules.md §3 and the project's §7): on_track when p reaches the 滞后 line,
 * lagging when it reaches the 严重滞后 line, severe below (statusLines). The year a target is for (`ownYear`: a
 * yearly target's own year, or the plan's last year and after; s = 1) is never on track when not met: lagging or
 * severe by the 严重滞后 line alone (default: p ≥ 0.5).
 */
export function bandStatus(p: number, s: number, ownYear: boolean, bands: LagBands = DEFAULT_LAG_BANDS): "on_track" | "lagging" | "severe" {
  const lines = statusLines(s, ownYear, bands);
  if (lines.lagging !== null && ge(p, lines.lagging)) return "on_track";
  return ge(p, lines.severe) ? "lagging" : "severe";
}
