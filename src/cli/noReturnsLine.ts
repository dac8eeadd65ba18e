import type { UnusableFile } from "../cycle/UnusableFile";
import { fileMessage, type Lang } from "./fileMessages";

/**
 * The last line of `summary` or `report` when `file` (a folder or file given) yields no return to use: when
 * returns of another reporting year were passed over (`other_year`, each named above with its fix), that it holds
 * no return of the year asked and which years its returns are of (a trial's `--year 2027` ended in 其中没有规划指标填报工作簿
 * though the folder held four 2026 returns); else that it holds no plan-returns workbook.
 */
export function noReturnsLine(file: string, skipped: readonly UnusableFile[], lang: Lang): string {
  const years = skipped.flatMap((x) => (x.reason === "other_year" && x.years ? [x.years] : []));
  const asked = years[0]?.asked;
  if (asked === undefined) return fileMessage({ code: "no_returns", file }, lang);
  const own = [...new Set(years.map((y) => y.own))].sort((a, b) => a - b);
  return fileMessage({ code: "no_returns_of_year", file, years: { asked, own } }, lang);
}
