import type { Lang } from "../domain/describeIssue";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import type { WorkbookProblem } from "../sheet/WorkbookProblem";

/**
 * One line for a workbook that could not be checked: the file, then why, in `lang`. A coded
 * refusal (CheckOutcome's `problem`: not_plan_returns, bad_meta, no_year) is written from the
 * catalogue; one without a code (a --city of another year) as its message says. In Chinese it
 * is `<file>：<message>`, as before.
 */
export function checkFailureText(file: string, r: { message: string; problem?: WorkbookProblem }, lang: Lang): string {
  return `${file}${lang === "en" ? ": " : "："}${r.problem ? describeWorkbookProblem(r.problem, lang) : r.message}`;
}
