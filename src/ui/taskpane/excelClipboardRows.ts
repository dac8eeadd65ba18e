/**
 * Text copied from Excel or WPS (their text/plain clipboard) as rows of cells, when it is that:
 * cells split by tabs, and a cell holding a line break (Alt+Enter, as in a header `2020年⏎基数`)
 * written in double quotes with inner quotes doubled. Such a paste read line by line would cut
 * the cell, and with it the header, in two; as rows it goes through gridToText like 读取选中区域.
 * Null when the text has no quoted cell with a line break, or a quote that does not close a
 * cell (`"十四五"规划` typed with straight quotes is text, not a quoted cell): read as pasted.
 */
export function excelClipboardRows(text: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let quotedBreak = false;
  const s = text.replace(/\r\n?/g, "\n");
  for (;;) {
    let cell = "";
    if (s[i] === '"') {
      // a quoted cell: up to the quote that is not doubled, which must end the cell
      i++;
      for (;;) {
        if (i >= s.length) return null;
        if (s[i] === '"') {
          if (s[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i++;
          break;
        }
        cell += s[i];
        i++;
      }
      if (i < s.length && s[i] !== "\t" && s[i] !== "\n") return null;
      if (cell.includes("\n")) quotedBreak = true;
    } else {
      while (i < s.length && s[i] !== "\t" && s[i] !== "\n") cell += s[i++];
    }
    row.push(cell);
    if (i >= s.length) break;
    if (s[i] === "\n") { rows.push(row); row = []; }
    i++;
  }
  rows.push(row);
  return quotedBreak ? rows : null;
}
