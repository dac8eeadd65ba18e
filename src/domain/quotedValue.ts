/** An empty cell as messages write it: （空） / (empty), never quoted (「空」 would read as the word typed). */
export const EMPTY_CELL: Readonly<Record<"zh" | "en", string>> = { zh: "（空）", en: "(empty)" };
/** A cell holding only spaces (half- or full-width), named, not quoted: 「 」 read as nothing at all (trial31p #12). */
export const SPACES_ONLY: Readonly<Record<"zh" | "en", string>> = { zh: "（仅空格）", en: "(spaces only)" };

/**
 * A cell's text as a message quotes it: 「3.2」 (en "3.2"), and an empty cell as EMPTY_CELL, so
 * 锁定时为「94.6」，现为（空） reads as the 数值变化 column and the import's lines write it; a cell of
 * spaces only as SPACES_ONLY.
 */
export function quotedValue(text: string, lang: "zh" | "en"): string {
  if (text === "") return EMPTY_CELL[lang];
  if (text.trim() === "") return SPACES_ONLY[lang];
  return lang === "zh" ? `「${text}」` : `"${text}"`;
}
