/**
 * The other workbook a formula links to, its text as stored (no leading =): `[1]Sheet1!D12` or `[1]!名称` (Excel
 * writes an index into the workbook's external references, `books`: GridWorkbook.linkedBooks), or a name written in,
 * as a script keeps what was typed: `'[县统计快报2025.xlsx]Sheet1'!$C$5`, `'D:\统计\[财政决算.xlsx]收入'!B7`,
 * `[a.xlsx]Sheet1!A1`, `'D:\统计\a.xlsx'!名称`. `book`: its file name, "" where an index names none of `books`.
 * Null where the formula refers to this workbook only: a structured reference (表1[列], [@列]), brackets within a
 * string ("[注]"), a sheet of its own ('第 2 表'!A1). The first such reference is the one named.
 */
export function linkedWorkbook(formula: string, books: readonly string[]): { book: string } | null {
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "\"") {
      i = closing(formula, i, "\"");
    } else if (ch === "'") {
      const end = closing(formula, i, "'");
      if (formula[end + 1] === "!") {
        const inside = formula.slice(i + 1, end).split("''").join("'");
        const book = bracketed(inside) ?? (BOOK_FILE.test(inside) ? lastSegment(inside) : null);
        if (book !== null) return { book: named(book, books) };
      }
      i = end;
    } else if (ch === "[" && !(i > 0 && isNameChar(formula.charCodeAt(i - 1)))) {
      // a structured reference's bracket follows its table's name (表1[列]) or another bracket; a link's stands alone
      const close = formula.indexOf("]", i + 1);
      if (close < 0) return null;
      let j = close + 1;
      while (j < formula.length && isNameChar(formula.charCodeAt(j))) j++;
      if (formula[j] === "!") return { book: named(formula.slice(i + 1, close), books) };
      i = close;
    }
  }
  return null;
}

/** a quoted path naming a workbook itself, for a defined name in it ('D:\统计\a.xlsx'!名称) */
const BOOK_FILE = /\.(xlsx|xlsm|xlsb|xls|xltx|xltm|ods|et|csv)$/i;

/** Where the quoted run opened at `from` ends (its closing quote; a doubled quote is one within it); the text's end when unclosed. */
function closing(s: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < s.length) {
    if (s[i] === quote) {
      if (s[i + 1] !== quote) return i;
      i += 2;
    } else i++;
  }
  return s.length;
}

/** The name within brackets of a quoted sheet reference ('D:\统计\[财政决算.xlsx]收入' → 财政决算.xlsx), or null. */
function bracketed(inside: string): string | null {
  const open = inside.indexOf("[");
  const close = open < 0 ? -1 : inside.indexOf("]", open + 1);
  return close < 0 ? null : inside.slice(open + 1, close);
}

function lastSegment(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** An index (`1`) named by `books`, "" where it names none; a name as written. */
function named(ref: string, books: readonly string[]): string {
  if (!/^\d+$/.test(ref)) return ref;
  return books[Number(ref) - 1] ?? "";
}

/** A character of an unquoted sheet or table name: a letter, digit, `_`, `.`, `\`, or any beyond ASCII (汉字). */
function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 92 || c > 127;
}
