import type { TieCause } from "../domain/TieCause";
import type { UnusableFile } from "./UnusableFile";

/**
 * A unit's versions that nothing tells apart (versionOrder's `tied`, oldest first, and its `cause`) as one file
 * `summary`, `report` and `rollover` could not use: reason `versions_tied`, the unit known, the
 * first file named and the others beside it, so each command says it in one line (unusableFileLine), with the cause
 * that applied, and the unit is chased with the fix (review "新版" --replaces "旧版") rather than summed from either.
 */
export function tiedVersionsFile(unit: string, files: readonly string[], cause: TieCause): UnusableFile {
  const [file = "", ...others] = files;
  return { file, reason: "versions_tied", message: "", unit, others, tie: cause };
}
