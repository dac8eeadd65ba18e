import { withUnits, type UnusableFile } from "../cycle/UnusableFile";
import { folderArg } from "./subfolderLine";
import type { Subfolder } from "./workbookFiles";

/**
 * The units whose return sits only in a subfolder not read (`in_subfolder`, the subfolder as `where`):
 * by file name, of `units` (expected, or whose returns were read), one file per unit, none of a unit
 * in `used` (its return was read). They sent, so they are not chased as 未报 but told apart.
 */
export function subfolderReturns(subs: readonly Subfolder[], units: readonly string[], used: readonly string[]): UnusableFile[] {
  const files: UnusableFile[] = subs.flatMap((s) => s.files.map((file) => ({ file, reason: "in_subfolder" as const, message: "", where: folderArg(s.folder) })));
  const seen = new Set<string>();
  return withUnits(files, units, used).filter((f) => {
    if (f.unit === undefined || f.unitUsed || seen.has(f.unit)) return false;
    seen.add(f.unit);
    return true;
  });
}
