import { commonYear } from "./commonYear";
import { returnSetProblem, type ReturnSetProblem } from "../sheet/ReturnSetProblem";

/**
 * The year the chosen returns are taken as where no --year can be given (the pane's 汇总所选文件 and 评估所选文件;
 * evaluateReturnSet's `tie: "latest"`), from `years`, their own reporting years (yearsOnPlan): the year most give
 * (commonYear, a tie settled by the 报送台账's year when it is one of the tied years), else of two or more years as many
 * returns each the later, a manager's latest cycle (`picked`: that year, the years tied ascending, how many returns
 * each gave; the CLI asks for --year instead, trial34). `refused`: a `ledger` of another year than that one, its units
 * and deadlines that year's (ledger_year, saying how many of `years` give the year when not all, as `summary` and
 * `report` refuse it; `task` report: said of an evaluation). `year` undefined when `years` is empty.
 */
export function latestCommonYear(years: readonly number[], ledger: { file: string; year: number } | undefined, task: "summary" | "report"): { year: number | undefined; picked?: { year: number; tied: number[]; n: number }; refused?: ReturnSetProblem } {
  const common = commonYear(years, ledger?.year);
  if (common === null) return { year: undefined };
  const year = "tied" in common ? Math.max(...common.tied) : common.year;
  const most = years.filter((y) => y === year).length;
  const picked = "tied" in common ? { picked: { year, tied: common.tied, n: most } } : {};
  if (ledger === undefined || ledger.year === year) return { year, ...picked };
  const refused = returnSetProblem("ledger_year", { file: ledger.file, ledgerYear: ledger.year, year, ...(task === "report" ? { task } : {}), ...(most < years.length ? { most, of: years.length } : {}) });
  return { year, ...picked, refused };
}
