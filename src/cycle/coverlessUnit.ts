import { unitByFileName } from "./unitByFileName";
import { distributedUnit } from "./distributedUnit";

/**
 * The one rule for the unit of a return whose cover names no 填报单位, used by check, summary, report, rollover and the
 * pane's 汇总所选文件 / 评估所选文件 (用户指南 §四: 填报单位按文件名读取). `file`: its path or name; `year`: its reporting
 * year; `listed`: the units expected (the ledger's or --units; [] when none); `coverDeleted`: its 填报说明 sheet was deleted
 * (check's cover_deleted), not its C4 left blank.
 * - units listed: the listed unit distribute named the file after (unitByFileName), else undefined;
 * - none listed, the 填报说明 sheet deleted: the unit of distribute's name `<year>-<unit>.xlsx` (unitFileName: the name
 *   distribute would give that unit), else undefined — there is no C4 to fill in, and check already reads it so;
 * - none listed, C4 left blank: undefined (a renamed file is never taken for a unit: cover_no_unit, fill C4 in).
 * Undefined: the return stays no unit's (coverlessUnitName).
 */
export function coverlessUnit(file: string, year: number, listed: readonly string[], coverDeleted: boolean): string | undefined {
  if (listed.length) return unitByFileName(file, year, listed);
  if (!coverDeleted) return undefined;
  // only a name distribute could have given (a unit of `\ / : * ? …`, a trailing dot, is written otherwise)
  return distributedUnit(file, year);
}
