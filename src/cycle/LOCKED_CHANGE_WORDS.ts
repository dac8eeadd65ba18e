import { englishCount } from "../domain/englishCount";
import { quotedValue } from "../domain/quotedValue";
import type { LockedChange } from "./lockedChanges";

/** At most this many changes since the lock are named of a return (report's lines, the pane's, the written report's). */
export const LOCKED_CHANGES_NAMED = 10;

/** A change since the lock as its words name it: where, which row, the text accepted at the lock and the text now. */
export type NamedChange = Pick<LockedChange, "sheet" | "cell" | "name" | "was" | "now">;

/**
 * The words of a locked return changed since its lock and evaluated as it is now: `head`, of the unit and how many
 * changes (`n`, a number or its text as the catalogue's params carry it), ending in a colon; `change`, one of them.
 * Here, below the CLI, so that the CLI's catalogue (report_locked_changes, locked_change: the terminal's head and its
 * indented lines) and the written report (lockedChangesSentence: the .docx's 总体评估, the 评估 sheet's paragraph; trial38b
 * F3, the Word report never said it) share one wording.
 */
export const LOCKED_CHANGE_WORDS: Record<"zh" | "en", { head: (unit: string, n: number | string) => string; change: (c: NamedChange) => string }> = {
  zh: {
    head: (unit, n) => `注意：${unit}的填报已锁定，锁定后又被改动 ${n} 处，未重新审核锁定，评估按现在的值：`,
    change: (c) => `${c.sheet}!${c.cell} ${c.name} 锁定时为${quotedValue(c.was, "zh")}，现为${quotedValue(c.now, "zh")}`,
  },
  en: {
    head: (unit, n) => `Note: ${unit}'s return was locked and ${englishCount(n, "cell")} changed since, not reviewed and locked again; evaluated as ${Number(n) === 1 ? "it is" : "they are"} now:`,
    change: (c) => `${c.sheet}!${c.cell} ${c.name} ${quotedValue(c.was, "en")} when locked, now ${quotedValue(c.now, "en")}`,
  },
};

/**
 * The head and the first LOCKED_CHANGES_NAMED changes in one sentence, in `lang`, for a paragraph: "注意：东城区的填报已锁定，
 * 锁定后又被改动 1 处，未重新审核锁定，评估按现在的值：指标!K12 参保人数 锁定时为「326」，现为「330」。" (more than named:
 * "…等 12 处。", en "…; 12 in all."); "" when `changes` is empty.
 */
export function lockedChangesSentence(unit: string, changes: readonly NamedChange[], lang: "zh" | "en"): string {
  if (changes.length === 0) return "";
  const w = LOCKED_CHANGE_WORDS[lang];
  const named = changes.slice(0, LOCKED_CHANGES_NAMED).map((c) => w.change(c));
  const more = changes.length > named.length;
  return lang === "en"
    ? `${w.head(unit, changes.length)} ${named.join("; ")}${more ? `; ${changes.length} in all` : ""}.`
    : `${w.head(unit, changes.length)}${named.join("；")}${more ? `等 ${changes.length} 处` : ""}。`;
}
