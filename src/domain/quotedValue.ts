/** An empty cell as messages write it: （空） / (empty), never quoted (「空」 would read as the word typed). */
export const EMPTY_CELL: Readonly<Record<"zh" | "en", string>> = { zh: "（空）", en: "(empty)" };

/**
 * A cell's text as a message quotes it: 「3.2」 (en "3.2"), and an empty cell as EMPTY_CELL, so
 * 锁定时为「94.6」，现为（空） reads as the 数值变化 column and the import's lines write it.
 */
export function quotedValue(text: string, lang: "zh" | "en"): string {
  if (text === "") return EMPTY_CELL[lang];
  return lang === "zh" ? `「${text}」` : `"${text}"`;
}
