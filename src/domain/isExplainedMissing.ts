import type { Status } from "./Status";
import { isReasonWritten } from "./isReasonWritten";

/**
 * Whether a row is 未填报 with a 说明: left blank as `check` asks when a value is not available
 * (暂无: "请让此格空着（按未填报），在「说明」列写明原因"), the reason written. Its status stays
 * 未填报 (formulas, counts, grades unchanged), but it is 已说明: check says so (missing_explained),
 * the summary does not chase it to be filled in (missingToChase) and says it on its own line, the
 * pane shows its 说明. A 说明 that gives no reason (isReasonWritten: `/`, `—`, `无`, `暂无`, `略`,
 * punctuation or spaces only) explains nothing: the row is plain 未填报, chased as before. The one
 * home of the rule (evaluation-rules §6a, our reading).
 */
export function isExplainedMissing(item: { status: Status; note?: string | undefined }): boolean {
  return item.status === "missing" && isReasonWritten(item.note);
}
