import { numberFormatKind, type NumberFormatKind } from "../storedNumber";
import { ElementPath } from "./ElementPath";
import { parseXmlPart, type XmlPartHandler } from "./parseXmlPart";

// Built-in number formats (ECMA-376 Part 1 §18.8.30): 1–4, 9 and 10 are fixed-decimals numbers and
// percentages, 49 the Text format (@), read by their codes (numberFormatKind, the one reading of a format); these show a
// date (27–31, 34–36 and 50–58 are the CJK locales' dates, as in a zh-CN Excel), and these a time
// of day, written as a zh-CN Excel writes them (what the cell shows is said: timeShown).
const BY_CODE: ReadonlyMap<number, string> = new Map([[1, "0"], [2, "0.00"], [3, "#,##0"], [4, "#,##0.00"], [9, "0%"], [10, "0.00%"], [49, "@"]]);
const DATE_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const TIME_CODES: ReadonlyMap<number, string> = new Map([
  [18, "h:mm AM/PM"], [19, "h:mm:ss AM/PM"], [20, "h:mm"], [21, "h:mm:ss"], [45, "mm:ss"], [46, "[h]:mm:ss"], [47, "mmss.0"],
  [32, 'h"时"mm"分"'], [33, 'h"时"mm"分"ss"秒"'], [55, '上午/下午h"时"mm"分"'], [56, '上午/下午h"时"mm"分"ss"秒"'],
]);

function builtinKind(id: number): NumberFormatKind {
  const time = TIME_CODES.get(id);
  const coded = BY_CODE.get(id);
  return coded !== undefined ? numberFormatKind(coded) : DATE_IDS.has(id) ? "date" : time !== undefined ? { time } : "plain";
}

/**
 * How each cell style (index into cellXfs, the `s` of a cell) makes a stored number read: a
 * date, a time, a typed percentage or a number; or that it is the Text format (a typed string's `textStyle`). A format the part defines (numFmt) wins over the
 * built-in of the same id; a literal % (0.0\%, 0.00"%") is not a percentage (numberFormatKind).
 */
export function parseStyles(bytes: Uint8Array, part: string): NumberFormatKind[] {
  let custom = new Map<number, string>();
  let xfIds: number[] = [];
  parseXmlPart(bytes, part, () => {
    custom = new Map();
    xfIds = [];
    return stylesReader(custom, xfIds);
  });
  return xfIds.map((id) => {
    const code = custom.get(id);
    return code === undefined ? builtinKind(id) : numberFormatKind(code);
  });
}

function stylesReader(custom: Map<number, string>, xfIds: number[]): XmlPartHandler {
  const path = new ElementPath();
  return {
    open(tag) {
      path.open(tag);
      if (path.is("styleSheet", "numFmts", "numFmt")) custom.set(Number(tag.attr("numFmtId")), tag.attr("formatCode") ?? "");
      else if (path.is("styleSheet", "cellXfs", "xf")) xfIds.push(Number(tag.attr("numFmtId") ?? 0));
    },
    close() { path.close(); },
  };
}
