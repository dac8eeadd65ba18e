import type { UnusableFile } from "./UnusableFile";

/**
 * A return whose own reporting year (`own`, its cover's) is not the year summed or evaluated
 * (`asked`), as a file passed over (reason `other_year`): never graded as `asked` (a trial's 2023
 * form was summed as 2024 unseen). `cover`: its 填报单位 ("" when blank), by which withUnits names its
 * unit when the file name names none.
 */
export function otherYearFile(file: string, cover: string, own: number, asked: number): UnusableFile {
  return { file, reason: "other_year", message: "", ...(cover ? { cover } : {}), years: { own, asked } };
}
