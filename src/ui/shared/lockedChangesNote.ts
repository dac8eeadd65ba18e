import { quotedValue } from "../../domain/quotedValue";
import type { LockedChange } from "../../cycle/lockedChanges";
import { LOCKED_CHANGES_NAMED } from "../../cycle/LOCKED_CHANGE_WORDS";
import { t, type Lang } from "./i18n";

/**
 * What the pane's 生成评估 adds to its result line for a locked return changed since (lockedChanges):
 * the note `report` prints for the same file (注意：…锁定后又被改动 n 处，未重新审核锁定，评估按现在的值：),
 * each change as `sheet!cell name 锁定时为「…」，现为「…」`, the first LOCKED_CHANGES_NAMED named as `report` names
 * them, the count of them all. "" when nothing changed.
 */
export function lockedChangesNote(changes: readonly LockedChange[], lang: Lang): string {
  if (changes.length === 0) return "";
  const text = (x: string): string => quotedValue(x, lang);
  const named = changes.slice(0, LOCKED_CHANGES_NAMED).map((c) => t(lang, "msg.lockedChange", { ref: `${c.sheet}!${c.cell}`, name: c.name, was: text(c.was), now: text(c.now) }));
  return t(lang, "msg.evaluatedLocked", { n: changes.length, changes: named.join(lang === "en" ? "; " : "；") });
}
