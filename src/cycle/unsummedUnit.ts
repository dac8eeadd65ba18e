import type { UnusableFile } from "./UnusableFile";

/**
 * The 填报单位 a file not summed is listed under on 问题清单 (summarize's `unsummed`): its unit where known (withUnits),
 * "" (shown —) for a unit the 报送台账 or --units do not list (`not_listed`: a stray return of the ended plan, no unit of
 * this cycle, trial26a). A unit not part of a summary given no list (`no_list`: its only files the ended plan's) is still
 * that unit's row, as its line names it, so a filter by unit finds it (trial42c F4).
 */
export function unsummedUnit(f: UnusableFile): string {
  return f.unlisted === "not_listed" ? "" : f.unit ?? "";
}
