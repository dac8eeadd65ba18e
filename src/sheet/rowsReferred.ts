/**
 * The 1-based rows the cell references of a formula point at when it stands in row `at`, having
 * been written for row `from` (a shared formula's cells: GridSheet.formulaTexts): a relative row
 * moves by `at − from`, an absolute one ($7) does not. References on another sheet (Sheet2!A1,
 * '表 1'!A1), inside a string ("P0"), or that are a function's name (LOG10() are not counted;
 * a defined name (报告年份) is no reference. A1 style only, as .xlsx stores formulas.
 */
export function rowsReferred(text: string, from: number, at: number): number[] {
  const out = new Set<number>();
  const shift = at - from;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (ch === '"') {
      // a string; "" inside it is a quote
      for (i++; i < n; i++) if (text[i] === '"') { if (text[i + 1] === '"') i++; else break; }
      i++;
      continue;
    }
    if (ch === "'") {
      // a quoted sheet name: what follows its ! is on another sheet
      for (i++; i < n; i++) if (text[i] === "'") { if (text[i + 1] === "'") i++; else break; }
      i = skipQualified(text, i + 1);
      continue;
    }
    REF.lastIndex = i;
    const m = REF.exec(text);
    if (m && m.index === i && !WORD.test(text[i - 1] ?? "")) {
      const next = text[i + m[0].length] ?? "";
      if (next === "!") { i = skipQualified(text, i + m[0].length); continue; }
      if (next !== "(" && !WORD.test(next) && m[2] !== undefined) {
        const row = Number(m[2]);
        out.add(m[1] === "$" ? row : row + shift);
      }
      i += m[0].length;
      continue;
    }
    i++;
  }
  return [...out];
}

// a column and row (A1, $B$7), or any other word (a function's or a name's), taken whole
const REF = /\$?[A-Za-z]{1,3}(\$?)(\d{1,7})|[A-Za-z_\\][\w.]*/y;
const WORD = /[\w.$\u0080-\uffff]/;

/** Past the reference after a sheet name's `!` (at `i`), ranges included. */
function skipQualified(text: string, i: number): number {
  let j = text[i] === "!" ? i + 1 : i;
  while (j < text.length && /[\w$:.]/.test(text[j] as string)) j++;
  return j;
}
