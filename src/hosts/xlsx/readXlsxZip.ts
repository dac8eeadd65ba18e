import JSZip from "jszip";
import type { CellValue } from "../../domain/CellValue";
import type { GridSheet, GridWorkbook } from "../../sheet/Grid";
import { columnNumber } from "../../sheet/a1";
import { parseDefinedNames } from "./parseDefinedNames";

/** Limits for files chosen in the task pane: a county return is a few hundred KB. */
export const ZIP_LIMITS = { maxEntryBytes: 64 * 1024 * 1024, maxCells: 2_000_000 };

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITY[e] ?? "");
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : decode(m[1]);
}

/** The text of every <t> inside a fragment (shared strings and inline strings, rich text included). */
function texts(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decode(m[1] ?? "");
  return out;
}

async function entry(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  if (!f) return null;
  // refuse a zip bomb before inflating it: the central directory says how big the entry is
  const declared = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (declared !== undefined && declared > ZIP_LIMITS.maxEntryBytes) throw new Error(`${path} 解压后过大（${Math.round(declared / 1048576)} MB）`);
  const text = await f.async("string");
  if (text.length > ZIP_LIMITS.maxEntryBytes) throw new Error(`${path} 过大`);
  return text;
}

function cellValue(c: string, inner: string, shared: string[]): CellValue {
  const t = attr(c, "t");
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
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
      return Number.isFinite(n) ? { type: "number", value: n } : { type: "string", text: decode(v) };
    }
  }
}

/**
 * Reads the values of an .xlsx (cached formula results included) with JSZip alone, so the
 * task pane can read county returns the user chooses without ExcelJS and without touching
 * the open workbook, and the CLI reads with it too (ExcelJS's streaming reader drops error
 * values; its full reader expands validations cell by cell). Dates stay serial numbers.
 */
export async function readXlsxZip(data: ArrayBuffer | Uint8Array): Promise<GridWorkbook> {
  const zip = await JSZip.loadAsync(data);
  const workbook = await entry(zip, "xl/workbook.xml");
  if (workbook === null) throw new Error("缺少 xl/workbook.xml，不是 .xlsx 工作簿");
  const rels = (await entry(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const sharedXml = (await entry(zip, "xl/sharedStrings.xml")) ?? "";
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1] ?? ""));
  let cells = 0;
  const sheets: GridSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*\/?>/g)) {
    const name = attr(m[0], "name") ?? "";
    const path = targets.get(attr(m[0], "r:id") ?? "") ?? "";
    const xml = (await entry(zip, path)) ?? "";
    const rows: CellValue[][] = [];
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (++cells > ZIP_LIMITS.maxCells) throw new Error(`单元格超过 ${ZIP_LIMITS.maxCells} 个`);
      const ref = /^([A-Z]+)(\d+)$/.exec(attr(`<c${c[1] ?? ""}`, "r") ?? "");
      if (!ref?.[1] || !ref[2]) continue;
      const r = Number(ref[2]) - 1;
      const col = columnNumber(ref[1]) - 1;
      const row = rows[r] ?? (rows[r] = []);
      row[col] = cellValue(`<c${c[1] ?? ""}`, c[2] ?? "", shared);
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? (rows[i] = []);
      for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = { type: "empty" };
    }
    sheets.push({ name, visible: (attr(m[0], "state") ?? "visible") === "visible", rows });
  }
  const defined = [...workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)]
    .map((m) => ({ name: attr(`<d${m[1] ?? ""}`, "name") ?? "", ranges: [decode(m[2] ?? "")] }));
  return { sheets, names: parseDefinedNames(defined) };
}
