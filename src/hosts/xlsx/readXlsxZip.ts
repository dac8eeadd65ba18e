import JSZip from "jszip";
import { Inflate } from "pako";
import type { CellValue } from "../../domain/CellValue";
import type { GridSheet, GridWorkbook } from "../../sheet/Grid";
import { columnNumber } from "../../sheet/a1";
import { parseDefinedNames } from "./parseDefinedNames";
import { numberFormatKind, storedNumber } from "../storedNumber";

/**
 * Limits for files read with this reader (docs/LIMITS.md): a county return is a few hundred KB,
 * a few hundred rows and a few thousand cells, so these only stop hostile or broken files.
 */
export const ZIP_LIMITS = {
  /** entries in the zip's central directory */
  maxEntries: 10_000,
  /** inflated size of one part (declared or real, whichever is met first) */
  maxEntryBytes: 64 * 1024 * 1024,
  /** inflated size of all the parts read, together */
  maxTotalBytes: 200 * 1024 * 1024,
  /** cells held in the grid, blanks between filled cells included */
  maxCells: 2_000_000,
  /** highest row number in a sheet */
  maxRows: 100_000,
  /** highest column (XFD, Excel's own limit) */
  maxColumns: 16_384,
  /** entries in sharedStrings.xml */
  maxSharedStrings: 500_000,
};

/** A file that breaks one of ZIP_LIMITS; the message (Chinese) names the limit. */
export class XlsxLimitError extends Error {
  override name = "XlsxLimitError";
}

/**
 * Inflates raw deflate data, giving up once the output would pass maxBytes: returns null then.
 * The default (pako, streaming) runs in the browser; the CLI passes node's zlib.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

export interface ReadXlsxOptions {
  inflateRaw?: InflateRaw;
}

const MB = 1024 * 1024;

export const pakoInflateRaw: InflateRaw = (data, maxBytes) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const over = new Error("over");
  const inf = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  inf.onData = (chunk: Uint8Array | number[] | string) => {
    const c = chunk as Uint8Array;
    total += c.length;
    if (total > maxBytes) throw over;
    chunks.push(c);
  };
  try {
    inf.push(data, true);
  } catch (e) {
    if (e === over) return null;
    throw e;
  }
  if (inf.err) throw new Error(`解压失败（${inf.msg || inf.err}）`);
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
};

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (!e.startsWith("#")) return ENTITY[e] ?? "";
    const n = e.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return n <= 0x10ffff ? String.fromCodePoint(n) : "\ufffd";
  });
}

const ATTR = new Map<string, RegExp>();
function attr(tag: string, name: string): string | undefined {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m?.[1] === undefined ? undefined : decode(m[1]);
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Every `<tag …/>` or `<tag …>inner</tag>` in xml, as [attributes, inner (undefined when
 * self-closing)], scanning once: nested, unclosed or endless tags cost linear time, where the
 * lazy regexes this replaces went quadratic. `inner` is the text up to the first `</tag>`,
 * and an element never closed is skipped, as the regexes did. With `open` only the opening
 * tags are given (inner undefined).
 */
function* elements(xml: string, tag: string, open = false): Generator<[string, string | undefined]> {
  const start = `<${tag}`;
  const close = `</${tag}>`;
  let pos = 0;
  let nextGt = -1;
  let nextClose = -1;
  for (;;) {
    const i = xml.indexOf(start, pos);
    if (i < 0) return;
    const a = i + start.length;
    if (isNameChar(xml.charCodeAt(a))) { pos = a; continue; }
    if (nextGt < a) { nextGt = xml.indexOf(">", a); if (nextGt < 0) return; }
    const gt = nextGt;
    if (open) { yield [xml.slice(a, gt), undefined]; pos = gt + 1; continue; }
    if (xml.charCodeAt(gt - 1) === 47 && gt - 1 >= a) { yield [xml.slice(a, gt - 1), undefined]; pos = gt + 1; continue; }
    if (nextClose !== Infinity && nextClose <= gt) { const k = xml.indexOf(close, gt + 1); nextClose = k < 0 ? Infinity : k; }
    if (nextClose === Infinity) { pos = gt + 1; continue; }
    yield [xml.slice(a, gt), xml.slice(gt + 1, nextClose)];
    pos = nextClose + close.length;
  }
}

/** The text of every <t> inside a fragment (shared strings and inline strings, rich text included). */
function texts(xml: string): string {
  let out = "";
  for (const [, inner] of elements(xml, "t")) if (inner !== undefined) out += decode(inner);
  return out;
}

/** Counts the central directory's entries, stopping past the limit, before JSZip builds an object for each. */
function checkEntryCount(b: Uint8Array): void {
  const u32 = (o: number) => ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
  const u16 = (o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
  let eocd = -1;
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) {
    if (b[i] === 0x50 && u32(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return; // JSZip says what is wrong
  let at = u32(eocd + 16);
  if (at === 0xffffffff || at >= b.length) return;
  let n = 0;
  while (at + 46 <= b.length && u32(at) === 0x02014b50) {
    if (++n > ZIP_LIMITS.maxEntries) throw new XlsxLimitError(`压缩包内文件超过 ${ZIP_LIMITS.maxEntries.toLocaleString("en")} 个上限`);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
}

type Compressed = { uncompressedSize?: number; compressedContent?: unknown; compression?: { magic?: string } };

class Entries {
  private used = 0;
  private readonly utf8 = new TextDecoder("utf-8");
  constructor(private readonly zip: JSZip, private readonly inflate: InflateRaw) {}

  async text(path: string): Promise<string | null> {
    const f = this.zip.file(path);
    if (!f) return null;
    const left = ZIP_LIMITS.maxTotalBytes - this.used;
    const cap = Math.min(ZIP_LIMITS.maxEntryBytes, left);
    const tooBig = (): XlsxLimitError => cap === left
      ? new XlsxLimitError(`文件解压后超过 ${ZIP_LIMITS.maxTotalBytes / MB} MB 上限（可能是压缩炸弹）`)
      : new XlsxLimitError(`${path} 解压后超过 ${ZIP_LIMITS.maxEntryBytes / MB} MB 上限（可能是压缩炸弹）`);
    // refuse a zip bomb before inflating it: the central directory says how big the entry is…
    const d = (f as unknown as { _data?: Compressed })._data;
    if (d?.uncompressedSize !== undefined && d.uncompressedSize > cap) throw tooBig();
    // …and inflate with a cap, in case it lies
    let bytes: Uint8Array | null;
    const raw = d?.compressedContent;
    if (raw instanceof Uint8Array && d?.compression?.magic === "\x08\x00") bytes = this.inflate(raw, cap);
    else if (raw instanceof Uint8Array && d?.compression?.magic === "\x00\x00") bytes = raw.length > cap ? null : raw;
    else bytes = await f.async("uint8array"); // not from a loaded zip: the declared size was checked
    if (bytes === null || bytes.length > cap) throw tooBig();
    this.used += bytes.length;
    return this.utf8.decode(bytes);
  }
}

// Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the CJK ones).
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * The cell styles (index into cellXfs) that format a date. A date is stored as a serial
 * number; the engine must see it as a date (evaluation-rules.md §2: a date is an error).
 */
function dateStyles(styles: string): Set<number> {
  return stylesWhere(styles, (id, code) => DATE_IDS.has(id) || numberFormatKind(code) === "date");
}

/** The cell styles that show a percentage: a typed `40%` is kept by Excel as 0.4 in such a style. */
function percentStyles(styles: string): Set<number> {
  return stylesWhere(styles, (id, code) => id === 9 || id === 10 || numberFormatKind(code) === "percent");
}

function stylesWhere(styles: string, test: (id: number, code: string) => boolean): Set<number> {
  const custom = new Map<number, string>();
  for (const [a] of elements(styles, "numFmt", true)) custom.set(Number(attr(a, "numFmtId")), attr(a, "formatCode") ?? "");
  const out = new Set<number>();
  const from = styles.indexOf("<cellXfs");
  const to = styles.indexOf("</cellXfs>", from);
  if (from < 0 || to < 0) return out;
  let i = 0;
  for (const [a] of elements(styles.slice(from + 8, to), "xf", true)) {
    const id = Number(attr(a, "numFmtId") ?? 0);
    if (test(id, custom.get(id) ?? "")) out.add(i);
    i++;
  }
  return out;
}

function cellValue(c: string, inner: string, shared: string[], dates: Set<number>, percents: Set<number>): CellValue {
  const t = attr(c, "t");
  const v = inner.includes("<v>") ? /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] : undefined;
  switch (t) {
    case "s": return v === undefined ? { type: "empty" } : ((s) => (s === "" ? { type: "empty" } : { type: "string", text: s }))(shared[Number(v)] ?? "");
    case "inlineStr": { const s = texts(inner); return s === "" ? { type: "empty" } : { type: "string", text: s }; }
    case "str": { const s = decode(v ?? ""); return s === "" ? { type: "empty" } : { type: "string", text: s }; }
    case "b": return { type: "boolean", value: v === "1" };
    case "e": return { type: "error", code: decode(v ?? "#VALUE!") };
    case "d": return { type: "date", iso: decode(v ?? "").slice(0, 10) };
    default: {
      if (v === undefined) return { type: "empty" };
      const n = Number(v);
      if (!Number.isFinite(n)) return { type: "string", text: decode(v) };
      const style = Number(attr(c, "s") ?? -1);
      return storedNumber(n, dates.has(style) ? "date" : percents.has(style) ? "percent" : "plain");
    }
  }
}

const tooManyCells = (): XlsxLimitError => new XlsxLimitError(`单元格超过 ${ZIP_LIMITS.maxCells.toLocaleString("en")} 个上限`);

/**
 * Reads the values of an .xlsx (cached formula results included) with JSZip alone, so the
 * task pane can read county returns the user chooses without ExcelJS and without touching
 * the open workbook, and the CLI reads with it too (ExcelJS's streaming reader drops error
 * values; its full reader expands validations cell by cell). A number in a date style is a date.
 * Bounded in time and memory by ZIP_LIMITS: a breach throws XlsxLimitError.
 */
export async function readXlsxZip(data: ArrayBuffer | Uint8Array, options: ReadXlsxOptions = {}): Promise<GridWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkEntryCount(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Entries(zip, options.inflateRaw ?? pakoInflateRaw);
  const workbook = await entries.text("xl/workbook.xml");
  if (workbook === null) throw new Error("缺少 xl/workbook.xml，不是 .xlsx 工作簿");
  const rels = (await entries.text("xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const [tag] of elements(rels, "Relationship", true)) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const sharedXml = (await entries.text("xl/sharedStrings.xml")) ?? "";
  const shared: string[] = [];
  for (const [, inner] of elements(sharedXml, "si")) {
    if (shared.length >= ZIP_LIMITS.maxSharedStrings) throw new XlsxLimitError(`共享字符串超过 ${ZIP_LIMITS.maxSharedStrings.toLocaleString("en")} 个上限`);
    shared.push(inner === undefined ? "" : texts(inner));
  }
  const stylesXml = (await entries.text("xl/styles.xml")) ?? "";
  const dates = dateStyles(stylesXml);
  const percents = percentStyles(stylesXml);
  let cells = 0;
  let grid = 0;
  const sheets: GridSheet[] = [];
  for (const [tag] of elements(workbook, "sheet", true)) {
    const name = attr(tag, "name") ?? "";
    const path = targets.get(attr(tag, "r:id") ?? "") ?? "";
    const xml = (path && (await entries.text(path))) || "";
    const rows: CellValue[][] = [];
    for (const [a, inner] of elements(xml, "c")) {
      if (++cells > ZIP_LIMITS.maxCells) throw tooManyCells();
      const ref = /^([A-Z]{1,3})(\d{1,7})$/.exec(attr(a, "r") ?? "");
      if (!ref?.[1] || !ref[2]) continue;
      const r = Number(ref[2]) - 1;
      const col = columnNumber(ref[1]) - 1;
      if (r >= ZIP_LIMITS.maxRows) throw new XlsxLimitError(`工作表「${name}」超过 ${ZIP_LIMITS.maxRows.toLocaleString("en")} 行上限`);
      if (col >= ZIP_LIMITS.maxColumns || r < 0 || col < 0) continue;
      const row = rows[r] ?? (rows[r] = []);
      row[col] = cellValue(a, inner ?? "", shared, dates, percents);
    }
    // the grid is dense: count the blanks it will hold before making them
    for (const row of rows) if (row && (grid += row.length) > ZIP_LIMITS.maxCells) throw tooManyCells();
    if ((grid += rows.length) > ZIP_LIMITS.maxCells) throw tooManyCells();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? (rows[i] = []);
      for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = { type: "empty" };
    }
    sheets.push({ name, visible: (attr(tag, "state") ?? "visible") === "visible", rows });
  }
  const defined: Array<{ name: string; ranges: string[] }> = [];
  for (const [a, inner] of elements(workbook, "definedName")) {
    if (inner !== undefined) defined.push({ name: attr(a, "name") ?? "", ranges: [decode(inner)] });
  }
  return { sheets, names: parseDefinedNames(defined) };
}
