import type { AcceptedWithError } from "../cycle/reviewTally";
import { cycleMessage } from "./cycleMessages";
import type { Lang } from "./fileMessages";

/**
 * The line `review` prints, and the pane's 生成审核表 shows, for a row decided 通过 (or 已说明) whose cell still has an
 * error (reviewerVerdicts' acceptedWithErrors): 注意：工作表「审核」第 24 行（…）的审核结论为“通过”，但该格仍有 1 处错误，这份填报不能锁定…
 * (cycleMessages review_accepted_error). `review` is the 审核 sheet's name as written (审核(2) beside a sheet of the user's),
 * which names the row as every line naming its rows does (reviewRows; s46: 审核表第 24 行 said no sheet).
 */
export function acceptedErrorLine(a: AcceptedWithError, review: string, lang: Lang): string {
  return cycleMessage("review_accepted_error", { row: a.row, review, sheet: a.sheet, cell: a.cell, name: a.name, decision: a.decision, n: a.errors }, lang);
}
