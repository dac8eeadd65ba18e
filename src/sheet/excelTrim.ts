/**
 * A formula for the text of `ref` trimmed as the engine trims it (String.prototype.trim): Excel's
 * TRIM takes only the ASCII space, so the others a person types or pastes (full-width U+3000 and
 * no-break U+00A0 spaces, tabs, line breaks) become spaces first. Shape: an A1 reference (or any
 * text expression) in, a formula expression without "=" out. Used wherever a sheet formula
 * compares typed text (说明, 项目/改革 状态, 佐证材料, 责任单位) so the sheet agrees with the engine.
 */
export function excelTrim(ref: string): string {
  const spaced = ["\u3000", "\u00A0"].reduce((x, ch) => `SUBSTITUTE(${x},"${ch}"," ")`, [9, 10, 13].reduce((x, n) => `SUBSTITUTE(${x},CHAR(${n})," ")`, ref));
  return `TRIM(${spaced})`;
}
