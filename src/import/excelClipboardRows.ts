/**
 * Text copied from Excel or WPS (their text/plain clipboard, or a .txt saved from it) as rows of
 * cells, when it is that: cells split by tabs, and a cell holding a line break (Alt+Enter, as in a
 * header `2020年⏎基数` or a name `单位GDP二氧化碳⏎排放降低`), a tab or a quote written in double quotes,
 * inner quotes doubled (`"森林""覆盖率"""`). Such a paste read line by line would cut the cell, and with
 * it its row, in two; as rows it goes through gridLines as a sheet's rows do. Once the text is quoted so,
 * every quoted cell is read as Excel wrote it (`"82.5"` is 82.5).
 * Null when no quoted cell holds a line break, a tab or a doubled quote (a quote needed quoting), or a
 * quote does not close a cell (`"十四五"规划` typed with straight quotes is text, not a quoted cell):
 * read as pasted. (Own code: the project's one CSV reader, fast-csv inside ExcelJS, is no dependency of
 * its own, is not in the pane's bundle, and refuses such a straight-quoted paste where it must be text.)
 * `lines`: for each row, the 1-based lines of the paste it spans, first and last (`[3, 7]` for a row whose
 * cells hold four line breaks), so what is said of a row can name the lines a person sees in the source.
 */
export function excelClipboardRows(text: string): { cells: string[][]; lines: Array<[number, number]> } | null {
  const rows: string[][] = [];
  const lines: Array<[number, number]> = [];
  let row: string[] = [];
  let i = 0;
  let needed = false;
  // the paste's line at i, and the one the current row starts on
  let line = 1;
  let first = 1;
  const s = text.replace(/\r\n?/g, "\n");
  for (;;) {
    let cell = "";
    if (s[i] === '"') {
      // a quoted cell: up to the quote that is not doubled, which must end the cell
      i++;
      for (;;) {
        if (i >= s.length) return null;
        if (s[i] === '"') {
          if (s[i + 1] === '"') { cell += '"'; i += 2; needed = true; continue; }
          i++;
          break;
        }
        if (s[i] === "\n") line++;
        cell += s[i];
        i++;
      }
      if (i < s.length && s[i] !== "\t" && s[i] !== "\n") return null;
      if (/[\n\t]/.test(cell)) needed = true;
    } else {
      while (i < s.length && s[i] !== "\t" && s[i] !== "\n") cell += s[i++];
    }
    row.push(cell);
    if (i >= s.length) break;
    if (s[i] === "\n") {
      rows.push(row);
      lines.push([first, line]);
      row = [];
      line++;
      first = line;
    }
    i++;
  }
  rows.push(row);
  lines.push([first, line]);
  return needed ? { cells: rows, lines } : null;
}
