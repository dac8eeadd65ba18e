import { linesHeight } from "../sheet/linesHeight";
import { wrappedLines } from "../sheet/wrappedLines";

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * A worksheet part with each row raised to the height its wrapped text needs (linesHeight of
 * wrappedLines at the column's width), where a cell named in `texts` (A1 → the text it holds)
 * has a cell format in `wraps` (cellXfs indices). LibreOffice (7.4) never refits a row when it
 * opens an .xlsx and keeps the height it finds on a re-save, and openpyxl or a script writes no
 * height: a person's three-line 说明 printed over the rows below. Only raised, never lowered (a
 * person's taller row stays), and only for text of more than one line; hidden rows, and every
 * other byte of the part, stay as they were. A cell of a merged range is measured across the
 * range's columns when the range is one row, and not at all when it spans rows (its rows' heights
 * together are the person's layout: a trial's note merged over P10:P11, 45 pt, had row 10 raised
 * from 15 to 44 pt for nothing).
 */
export function fitWrappedRows(xml: string, wraps: ReadonlySet<number>, texts: ReadonlyMap<string, string>): string {
  if (!texts.size || !wraps.size) return xml;
  const p = /<([\w.-]+:)?sheetData\b/.exec(xml)?.[1] ?? "";
  const format = new RegExp(`<${p}sheetFormatPr\\b[^>]*>`).exec(xml)?.[0] ?? "";
  // Excel's defaults when the part says none: 8.43 characters, 15 pt
  const defaultWidth = Number(attr(format, "defaultColWidth") ?? Number(attr(format, "baseColWidth") ?? 8) + 0.43);
  const defaultHeight = Number(attr(format, "defaultRowHeight") ?? 15);
  const widths = new Map<number, number>();
  for (const [col] of xml.matchAll(new RegExp(`<${p}col\\b[^>]*>`, "g"))) {
    const width = Number(attr(col, "width"));
    for (let c = Number(attr(col, "min")); c <= Number(attr(col, "max")) && Number.isFinite(width); c++) widths.set(c, width);
  }
  // merged ranges, 1-based: [left, top, right, bottom]
  const merges: Array<[number, number, number, number]> = [];
  for (const [tag] of xml.matchAll(new RegExp(`<${p}mergeCell\\b[^>]*>`, "g"))) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(attr(tag, "ref") ?? "");
    if (m) merges.push([columnNumber(m[1]!), Number(m[2]), columnNumber(m[3]!), Number(m[4])]);
  }
  // the width a cell's text is laid out in: its column's, a one-row range's columns' from its
  // top-left, none (undefined: not measured) in any other cell of a range
  const widthAt = (col: number, row: number): number | undefined => {
    const m = merges.find(([l, t, r, b]) => col >= l && col <= r && row >= t && row <= b);
    if (!m) return widths.get(col) ?? defaultWidth;
    const [l, t, r, b] = m;
    if (col !== l || row !== t || t !== b) return undefined;
    let across = 0;
    for (let c = l; c <= r; c++) across += widths.get(c) ?? defaultWidth;
    return across;
  };
  const rowRe = new RegExp(`<${p}row\\b[^>]*[^/]>([\\s\\S]*?)</${p}row>`, "g");
  return xml.replace(rowRe, (row, body: string) => {
    const tag = row.slice(0, row.indexOf(">") + 1);
    if (/\shidden="(1|true)"/.test(tag)) return row;
    let need = 0;
    for (const [cell] of body.matchAll(new RegExp(`<${p}c\\b[^>]*>`, "g"))) {
      const ref = attr(cell, "r") ?? "";
      const text = texts.get(ref);
      if (!text || !wraps.has(Number(attr(cell, "s") ?? 0))) continue;
      const at = /^([A-Z]+)(\d+)$/.exec(ref);
      const width = at ? widthAt(columnNumber(at[1]!), Number(at[2])) : undefined;
      if (width === undefined) continue;
      const lines = wrappedLines(text, width);
      // one line fits any row (linesHeight(1) is a point above Excel's 15): that row stays
      if (lines > 1) need = Math.max(need, linesHeight(lines));
    }
    const ht = attr(tag, "ht");
    if (need <= Number(ht ?? defaultHeight)) return row;
    const raised = ht === undefined ? tag.replace(/(\sr="[^"]*")/, `$1 ht="${need}"`) : tag.replace(/(\sht=")[^"]*(")/, `$1${need}$2`);
    return raised + row.slice(tag.length);
  });
}
