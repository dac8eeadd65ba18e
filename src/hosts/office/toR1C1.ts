import { columnNumber } from "../../sheet/a1";

/**
 * An A1 formula (no leading '=') rewritten in R1C1 notation relative to the cell at
 * (row, col). Rows of a table whose formulas differ only by their row number then share
 * one R1C1 text, so a whole column can be written with a single value.
 *
 * Only A1 cell references are rewritten: text in "double quotes", sheet names in
 * 'single quotes', defined names (报告年份) and function names (LOG10) are left alone.
 */
export function toR1C1(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  let plain = "";
  const flush = (): void => {
    out += plain.replace(A1_REF, (_m, pre: string, cAbs: string, letters: string, rAbs: string, digits: string) => {
      const r = Number(digits);
      const c = columnNumber(letters);
      return pre + part("R", rAbs === "$", r, row) + part("C", cAbs === "$", c, col);
    });
    plain = "";
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      flush();
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) break;
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) { j += 2; continue; }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return out;
}

function part(axis: "R" | "C", absolute: boolean, n: number, at: number): string {
  if (absolute) return `${axis}${n}`;
  const d = n - at;
  return d === 0 ? axis : `${axis}[${d}]`;
}

/**
 * A cell reference not inside a longer name: not after a letter, digit, '_', '.' or '$',
 * not before a letter, digit, '_' or '(' (LOG10( is a function). Any non-ASCII character
 * counts as a letter (names such as 报告年份). The first group keeps the character before
 * the reference. No lookbehind or \p{…}: Office 2019 runs add-ins in EdgeHTML 18.
 */
const A1_REF = /(^|[^A-Za-z0-9_.$\u0080-\uffff])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(\u0080-\uffff])/g;
