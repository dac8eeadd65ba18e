import type { PassedOverVersion, TiedVersions } from "../cycle/planVersions";
import type { WorkbookProblem } from "./WorkbookProblem";

/**
 * The parameters of each return-set problem, by code. `file`, `first` and `other` are file
 * names as the user gave them (a CLI path, a name chosen in the pane); years are reporting
 * years; `templates` are template ids, sorted and joined by ",". The text is made only when
 * shown, from the zh/en catalogue (describeReturnSetProblem).
 */
export interface ReturnSetProblemParams {
  /** a chosen return cannot be checked (汇总所选文件): why, as a workbook problem */
  return_not_checked: { file: string; problem: WorkbookProblem };
  /** the open workbook cannot be checked (生成汇总, 生成评估, 生成审核表): why, as a workbook problem */
  workbook_not_checked: { problem: WorkbookProblem };
  /** summary: `file` reports `year`, the first return `first` reports `firstYear` */
  year_differs: { file: string; year: number; first: string; firstYear: number };
  /** summary: `file` carries the templates `templates`, the first return `first` carries `firstTemplates` */
  /** `templates`, `firstTemplates`: the template ids, sorted, joined by ","; `titles`, `firstTitles`: the plans' titles in that order, joined by "\n" (what the line names) */
  templates_differ: { file: string; templates: string; first: string; firstTemplates: string; titles: string; firstTitles: string };
  /**
   * summary, evaluation report: `file` carries the template `template` (titled `title`) that `first`
   * carries too, but with other rows (two versions of one imported plan)
   */
  template_rows_differ: { file: string; template: string; title: string; first: string };
  /**
   * summary, report over a folder: returns of as many units on each of two or more plans (`tied.reason`
   * other_plan) or versions of one plan (other_version), so none is the one to use (planVersions);
   * `chosen`: the files were chosen in the task pane (汇总所选文件), which has no folder: the advice is to choose again
   */
  plan_versions_tied: { task: "summary" | "report" | "rollover"; tied: TiedVersions; chosen?: boolean };
  /** summary, report: a file named on the command line (`chosen`: chosen in the task pane) is on another plan or version than most returns */
  plan_version_named: { task: "summary" | "report" | "rollover"; file: string; reason: PassedOverVersion["reason"]; version: PassedOverVersion["version"]; chosen?: boolean };
  /** summary: `file` gives the 填报单位 `unit` that `other` gave */
  unit_repeated: { file: string; unit: string; other: string };
  /**
   * 汇总所选文件 (评估所选文件: `task` report) with a 报送台账 chosen: `file`, the ledger of `ledgerYear`, beside returns of
   * `year` (`most` of the `of` returns when not all): its units and deadlines are another year's (as `summary --ledger`
   * and `report --ledger` refuse it: cycleMessages ledger_year)
   */
  ledger_year: { file: string; ledgerYear: number; year: number; most?: number; of?: number; task?: "summary" | "report" };
  /** summary: `file` holds the same return as `other` (same content, whatever its name or 填报单位) */
  duplicate_return: { file: string; other: string };
  /** summary over no return at all */
  no_returns_to_sum: Record<string, never>;
  /** evaluation report: `file` reports `year`, the first return `first` reports `firstYear` */
  evaluation_year_differs: { file: string; year: number; first: string; firstYear: number };
  /** evaluation report over no return at all */
  no_returns_to_evaluate: Record<string, never>;
  /** 生成评估: the open workbook has no indicator or project, the only rows the report grades */
  nothing_to_evaluate: Record<string, never>;
}

/** Why returns cannot be summed or evaluated together. */
export type ReturnSetProblemCode = keyof ReturnSetProblemParams;

/**
 * A refusal of `summary`, `report`, 生成汇总, 汇总所选文件, 生成评估 or 生成审核表, as coded
 * data: returns of different years or templates, a unit or a return given twice, nothing to
 * sum or grade, a workbook that cannot be checked. Shown through describeReturnSetProblem in
 * Chinese or English.
 */
export type ReturnSetProblem = { [C in ReturnSetProblemCode]: { code: C; params: ReturnSetProblemParams[C] } }[ReturnSetProblemCode];

/** A problem of the given code (keeps call sites short and typed). */
export function returnSetProblem<C extends ReturnSetProblemCode>(code: C, params: ReturnSetProblemParams[C]): ReturnSetProblem {
  return { code, params } as ReturnSetProblem;
}
