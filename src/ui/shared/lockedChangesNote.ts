import type { LockedChange } from "../../cycle/lockedChanges";
import { lockedChangesSentence } from "../../cycle/LOCKED_CHANGE_WORDS";
import type { Lang } from "./i18n";
import { OPEN_WORKBOOK } from "./summaryPlans";

/**
 * What the pane's 生成评估 adds to its result line for a locked return changed since (lockedChanges), in `lang`: the
 * sentence `report` and the written report give (lockedChangesSentence, one wording: LOCKED_CHANGE_WORDS) of the open
 * workbook, 本工作簿 / this workbook: 注意：本工作簿的填报已锁定，锁定后又被改动 n 处，未重新审核锁定，评估按现在的值：
 * `sheet!cell name 锁定时为「…」，现为「…」`, the first LOCKED_CHANGES_NAMED named, 等 n 处 past them (en "; n in all"),
 * ended. "" when nothing changed. Until session 39 the i18n catalogue worded it a second time, and named ten with no 等 n 处.
 */
export function lockedChangesNote(changes: readonly LockedChange[], lang: Lang): string {
  return lockedChangesSentence(lang === "en" ? "this workbook" : OPEN_WORKBOOK, changes, lang);
}
