import { unitFileName } from "./unitFileName";

/**
 * The unit a return whose cover names no 填报单位 was distributed to, told by its file name: the unit of
 * `listed` (the ledger's or --units) whose distributed name (`<year>-<unit>.xlsx`, unitFileName) is the file's own
 * name, compared case-insensitively and in NFC, as distribute refuses names that clash so; `year` is the return's own
 * reporting year. Undefined when none is (a renamed file, no list): the return then stays no unit's, never one made up.
 * A trial's 东湖区 cleared its cover's 填报单位 and was chased as not sent while its file was summed as 单位3（2026-东湖区.xlsx）.
 */
export function unitByFileName(file: string, year: number, listed: readonly string[]): string | undefined {
  const name = (file.split(/[\\/]/).pop() ?? file).normalize("NFC").toLowerCase();
  return listed.find((unit) => unitFileName(unit, year).toLowerCase() === name);
}
