import { unitByFileName } from "./unitByFileName";

/** A return counted for the listed unit its distributed file name names, its cover's 填报单位 (`typed`) a slip for it. */
export interface CoverSlip {
  file: string;
  /** the 填报单位 on its cover, on no list: 兰西市 */
  typed: string;
  /** the unit of the list distribute named the file after, the one it is counted for: 兰溪市 */
  unit: string;
}

/**
 * The returns whose cover names a unit known nowhere while the file is the one distribute sent a listed unit (evaluation-rules
 * §6, our reading: a unit's own name misspelt on the cover, 兰西市 in 2023-兰溪市.xlsx). One rule for summary, report, the
 * ledger and the pane's 汇总所选文件 / 评估所选文件; each said once, with the fix (correct C4). A return is such a slip when:
 * - units are listed (`listed`: the ledger's or --units; none: no unit is known to be misspelt, nothing is);
 * - its cover names a unit (`unit`, the 填报单位 as read; a blank one is coverlessUnit's) on no list and on no other return's
 *   cover (a unit that sent a file of its own is a unit, whatever the ledger says);
 * - its file's name is distribute's for a listed unit (unitByFileName: `<own year>-<unit>.xlsx`; a renamed file tells nothing);
 * - no other return's cover names that unit (then two files claim it and which is whose is the manager's to find:
 *   misnamedReturns says so, as it does when the cover names another known unit, a county that filled its neighbour's file).
 * `arrived[].unit`: each return's cover unit (or the one its file's name gives a blank cover, coverlessUnit); `own`: its year.
 */
export function coverSlips(arrived: ReadonlyArray<{ file: string; unit: string; own: number }>, listed: readonly string[]): CoverSlip[] {
  if (!listed.length) return [];
  const out: CoverSlip[] = [];
  for (const x of arrived) {
    if (x.unit === "" || listed.includes(x.unit)) continue;
    const others = arrived.filter((y) => y.file !== x.file);
    if (others.some((y) => y.unit === x.unit)) continue;
    const unit = unitByFileName(x.file, x.own, listed);
    if (unit === undefined || others.some((y) => y.unit === unit)) continue;
    out.push({ file: x.file, typed: x.unit, unit });
  }
  return out;
}
