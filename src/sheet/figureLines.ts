const NBSP = "\u00a0";

/**
 * A shown value (shownValue: `累计 190.66（2024 年 38.52）`) as a table cell prints it: a running
 * total on its own line, the year's amount on the next (`累计 190.66` / `（2024 年 38.52）`), with
 * no-break spaces inside `累计 190.66` and `2024 年`, so a narrow column wraps it only before the
 * year's amount, never inside a number or between a number and the word that qualifies it.
 * LibreOffice finds no break between a digit and a full-width （, so a long one was cut mid-number
 * (`8.1` / `7（2024 年`). Any other text is returned as it is. Shape: text with at most one "\n".
 */
export function figureLines(shown: string): string {
  const m = /^累计 (\S+)（(\d{4}) 年 ([\s\S]*)$/.exec(shown);
  if (!m) return shown;
  return `累计${NBSP}${m[1]}\n（${m[2]}${NBSP}年 ${m[3]}`;
}
