import { isReasonWritten } from "../domain/isReasonWritten";
import type { CheckItem } from "./CheckReport";

/**
 * Whether a checked return holds nothing for its year: no row has a value for the year, and no row's 说明 gives a
 * reason (isReasonWritten). Such a return is received but 未报 (收到空表 / 本年度未填, cycle/blankOf's kinds). A return
 * that leaves every value blank and explains them (南山镇: 数据待县水利局核定后补报 on each row) is a return sent: its
 * rows are 未填报（已说明） as §6a says, never 空表 (evaluation-rules §6a, our reading, trial35 X3). The one home of the
 * test: the summary's counts and 汇总范围 line (SummaryTally), the ledger and its chase (blankOf) ask it.
 */
export function holdsNothingForYear(items: ReadonlyArray<Pick<CheckItem, "value" | "note">>): boolean {
  return items.every((i) => (i.value ?? "") === "" && !isReasonWritten(i.note));
}
