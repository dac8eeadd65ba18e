import { t, type Lang } from "./i18n";

/**
 * A cell's value as the pane's dialogs and lines show it, the one home of these words (trial41d F9: a refused fix
 * said 「」 where the confirm dialog said （空）): a plain number as it is, text quoted so spaces, commas and % are
 * seen (「 12.5 」 / " 12.5 "), a number stored as text (`text`) quoted too, and an empty cell 「（空）」 / "(empty)".
 */
export function shownValue(v: string | number, lang: Lang, text = false): string {
  if (typeof v === "number") return String(v);
  if (v === "") return t(lang, "flag.empty");
  if (!text && v.trim() !== "" && String(Number(v)) === v) return v;
  return lang === "en" ? `"${v}"` : `「${v}」`;
}
