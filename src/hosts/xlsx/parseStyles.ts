import { numberFormatKind, type NumberFormatKind } from "../storedNumber";
import { ElementPath } from "./ElementPath";
import { parseXmlPart, type XmlPartHandler } from "./parseXmlPart";

// Built-in number formats (ECMA-376 Part 1 §18.8.30): 9 and 10 are 0% and 0.00%; these show a
// date or time (27–36 and 50–58 are the CJK locales' dates, as in a zh-CN Excel).
const PERCENT_IDS = new Set([9, 10]);
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function builtinKind(id: number): NumberFormatKind {
  return PERCENT_IDS.has(id) ? "percent" : DATE_IDS.has(id) ? "date" : "plain";
}

/**
 * How each cell style (index into cellXfs, the `s` of a cell) makes a stored number read: a
 * date, a typed percentage or a number. A format the part defines (numFmt) wins over the
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
