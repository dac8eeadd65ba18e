/** What stands for a line break in a text shown on one line: visible, so `a ⏎ b` is not read as `ab` or as two lines. */
export const LINE_BREAK_MARK = " ⏎ ";

/**
 * `text` on one line: each line break (CRLF, CR or LF, each one mark, so a blank line added is a change
 * that shows) becomes LINE_BREAK_MARK. For places that promise one line per item, such as `diff`'s
 * lines and the 版本变化 sheet's unwrapped cells; a multi-line 说明 spilled over several lines there.
 * Data (JSON) keeps the text as it is.
 */
export function oneLineText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, LINE_BREAK_MARK);
}
