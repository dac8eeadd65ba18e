import { twoUnits } from "./twoUnits";

/**
 * Whether two returns of the same content (returnContent) whose covers name units `a` and `b` are one return given twice
 * that cannot be counted once: one cover left blank (a copy with its unit blanked is no unit's version, versionGroup).
 * Two units' covers are two returns (twoUnits); the same unit's are its versions, a copy counted once (versionOrder's
 * `copy`, trial39c F5: a file downloaded twice refused the whole summary). `summary` refuses such a pair (duplicate_return)
 * and the pane's 汇总所选文件 (findDuplicateReturn) as well.
 */
export function blankedCopy(a: string, b: string): boolean {
  return !twoUnits(a, b) && (a.trim() === "" || b.trim() === "");
}
