import type { Fix } from "./Fix";
import { shownRef } from "./shownRef";
import { shownValue } from "./shownValue";
import { t, type Lang, type MessageKey } from "./i18n";

const GUESS_NOTES = { scale: "confirm.guess", approximate: "confirm.guessApproximate", far: "confirm.guessFar" } as const satisfies Record<NonNullable<Fix["guess"]>, MessageKey>;

/**
 * One line of 确认修改: `sheet!cell（indicator）：old → new` in the pane's language. A cell holding
 * the text ` 12.5 ` shows as 「 12.5 」 → 12.5, and the text `96.5` (fix.text) as 「96.5」 → 96.5, not as a change from 96.5 to 96.5.
 */
export function fixLine(fix: Fix, lang: Lang): string {
  const line = t(lang, "confirm.line", { ref: shownRef(fix), name: fix.name, from: shownValue(fix.from, lang, fix.text), to: shownValue(fix.to, lang) });
  if (!fix.guess) return line;
  return `${line}${lang === "en" ? " " : ""}${t(lang, GUESS_NOTES[fix.guess])}`;
}
