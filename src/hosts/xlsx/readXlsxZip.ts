import JSZip from "jszip";
import { EMPTY, type CellValue } from "../../domain/CellValue";
import type { CellComment, FormulaText, GridSheet, GridWorkbook } from "../../sheet/Grid";
import { lockedName } from "../lockedName";
import type { NumberFormatKind } from "../storedNumber";
import { pakoInflateRaw, type InflateRaw } from "./InflateRaw";
import { PackageParts, type Crc32 } from "./PackageParts";
import pakoCrc32 from "pako/lib/zlib/crc32";
import { parseComments } from "./parseComments";
import { parseDefinedNames } from "./parseDefinedNames";
import { parseSharedStrings } from "./parseSharedStrings";
import { parseSavedAt } from "./parseSavedAt";
import { parseStyles } from "./parseStyles";
import { parseWorkbookPart, type WorkbookPart } from "./parseWorkbookPart";
import { PartCache } from "./PartCache";
import { SheetTemplate } from "./SheetTemplate";
import { parseWorksheet, type SheetContext } from "./parseWorksheet";
import { parseRelationships, relsPartOf, type Relationship } from "./relationships";
import { sniffFileKind } from "./sniffFileKind";
import { xlsxProblem } from "./xlsxProblem";
import type { LoadZip } from "./zipOfBytes";
import { ZIP_LIMITS } from "./ZIP_LIMITS";
import { XlsxLimitError, type SheetLimit, type XlsxProblemCode } from "./XlsxReadError";
import { isOwnReportCore } from "./isOwnReportCore";
import { lastFilledRow } from "./lastFilledRow";

// the reader's public surface, in one place for its callers (CLI, task pane, review)
export { ZIP_LIMITS } from "./ZIP_LIMITS";
export { inflateChunkSize, pakoInflateRaw, type InflateRaw } from "./InflateRaw";
export type { Crc32 } from "./PackageParts";
export type { LoadZip } from "./zipOfBytes";
export { XlsxLimitError, XlsxReadError, type XlsxProblem, type XlsxProblemCode } from "./XlsxReadError";
export { describeXlsxProblem } from "./describeXlsxProblem";

export interface ReadXlsxOptions {
  inflateRaw?: InflateRaw;
  /** reads the zip's entries (default JSZip.loadAsync, as the pane does; the CLI passes zipOfBytes, which is node only) */
  loadZip?: LoadZip;
  /** checks each part read against the zip's CRC (default pako's, as the pane inflates; the CLI passes node's zlib.crc32) */
  crc32?: Crc32;
  /** also read each worksheet's comments (GridSheet.comments): rollover asks, check does not (it costs a part per sheet) */
  comments?: boolean;
  /**
   * Whether the command needs a sheet, told by its first rows (`head`) and the workbook's defined
   * names; asked only of a sheet past a limit (part size, rows, cells). A sheet not needed is
   * passed over (GridSheet.notRead) and the rest is read; one needed is XlsxLimitError
   * `sheet_too_big` by its tab, `ours` set. Without it every sheet is needed.
   */
  needs?: (head: GridSheet, names: GridWorkbook["names"]) => boolean;
}

/**
 * Reads the values of an .xlsx (cached formula results included) by the standard: the
 * workbook part is found through the package relationships (_rels/.rels → officeDocument),
 * its sheets, shared strings and styles through the workbook's relationships, part names
 * without regard to case; each part is parsed with saxen, namespace-aware (x:c is c). Blank cells of the dense grid
 * are one shared EMPTY value (cell values are never changed in place).
 * A number in a date style is a date (in the workbook's date system, 1900 or 1904), one in a
 * percent style a typed percentage (storedNumber); a formula without a stored result is
 * `uncalculated` (with its formula's text where short: parseWorksheet); `comments` adds each
 * worksheet's cell comments (GridSheet.comments). The task pane reads the county returns a person chooses with it (JSZip and
 * saxen, no ExcelJS), and the CLI reads with it too.
 *
 * Errors: XlsxReadError with a coded problem for what is not a readable .xlsx (empty, not a
 * zip, encrypted, an old .xls, another package, damaged zip or XML); XlsxLimitError (a
 * subclass) for a file past ZIP_LIMITS. Bounded in time and memory by ZIP_LIMITS.
 */
export async function readXlsxZip(data: ArrayBuffer | Uint8Array, options: ReadXlsxOptions = {}): Promise<GridWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniffFileKind(bytes);
  const { method, encrypted } = checkEntries(bytes);
  // a zip tool's password on the entries (not Excel's, which makes an OLE file): JSZip refuses them all as one "damaged" zip
  if (encrypted) throw passwordZip(encrypted);
  let zip: JSZip;
  try {
    zip = await (options.loadZip ?? jszipLoad)(bytes, { decodeFileName: entryName });
  } catch {
    // a whole zip whose parts were compressed another way than Excel's is no incomplete copy (trial42b F4: bzip2 called 不完整)
    throw xlsxProblem(method === undefined ? { code: "damaged_zip" } : { code: "zip_method", params: { method, kind: "recompressed" } });
  }
  const parts = new PackageParts(zip, options.inflateRaw ?? pakoInflateRaw, options.crc32 ?? ((b: Uint8Array) => pakoCrc32(0, b, b.length, 0)));
  // the package's own relationships: the workbook part and the core properties (when saved) hang from them
  const packageRels = await relationshipsOf(parts, "");
  const workbookPart = await findWorkbookPart(parts, packageRels);
  const workbook = await parts.parsed(workbookPart, WORKBOOKS, (b) => parseWorkbookPart(b, workbookPart));
  if (!workbook) throw xlsxProblem({ code: "no_workbook" });
  // a workbook part of another namespace lists no sheet we can read: not an empty workbook (trial42b F3)
  if (!workbook.spreadsheetML) throw xlsxProblem({ code: "no_sheets", params: { part: workbookPart, kind: (await parts.bytes(workbookPart).then(isBeta, () => false)) ? "beta" : "other" } });
  const rels = await relationshipsOf(parts, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const firstOf = (type: string): string | undefined => rels.find((r) => r.type === type)?.target;
  const sheetParts = workbook.sheets.map((s) => byId.get(s.relId));
  // without a relationship, the parts' usual names (ExcelJS-era writers and hand-made files rely on them)
  const usual = (part: string): string | undefined => (parts.has(part) ? part : undefined);
  const sharedPart = firstOf("sharedStrings") ?? usual("xl/sharedStrings.xml");
  const stylesPart = firstOf("styles") ?? usual("xl/styles.xml");
  // a sheet past the part limit is left to its own reading, where it may be passed over (`needs`)
  const sheetTargets = sheetParts.map((r) => r?.target).filter((p): p is string => p !== undefined && parts.declaredSize(p) <= ZIP_LIMITS.maxEntryBytes);
  parts.checkDeclaredTotal([sharedPart, stylesPart, ...sheetTargets].filter((p): p is string => p !== undefined));

  const sharedBytes = sharedPart ? await parts.bytes(sharedPart) : null;
  const shared = sharedBytes && sharedPart ? parseSharedStrings(sharedBytes, sharedPart) : [];
  const styles: readonly NumberFormatKind[] = (stylesPart ? await parts.parsed(stylesPart, STYLES, (b) => parseStyles(b, stylesPart)) : null) ?? [];

  // no sheet's part reachable (the workbook's relationships part missing, or part names written with backslashes as
  // old Windows zip tools did): the sheets are there but cannot be found, so the file is damaged, not empty (trial42b F3)
  const reached = sheetParts.some((r) => r !== undefined && (r.type !== "worksheet" || parts.has(r.target)));
  if (workbook.sheets.length && !reached) {
    const relsPart = relsPartOf(workbookPart);
    const part = parts.has(relsPart) ? sheetParts.find((r) => r !== undefined)?.target ?? relsPart : relsPart;
    throw xlsxProblem({ code: "no_sheets", params: { part } });
  }

  const counted = { cells: 0 };
  let grid = 0;
  const names = parseDefinedNames(workbook.definedNames);
  const sheets: GridSheet[] = [];
  for (const [i, s] of workbook.sheets.entries()) {
    const rel = sheetParts[i];
    // a chartsheet or dialogsheet has no cells; a sheet whose part is missing reads as empty
    const part = rel && rel.type === "worksheet" ? rel.target : null;
    const ctx = { name: s.name, shared, styles, date1904: workbook.date1904, counted };
    const [cells, dense] = [counted.cells, grid];
    // whether the sheet's part is there, and the bytes the sheet's part counted toward the file's total, taken back when it is passed over
    let found = false;
    let read = 0;
    let rows: CellValue[][];
    // the sheet's whole XML where it was inflated: a sheet past the row limit is counted from its last row (lastFilledRow)
    let whole: Uint8Array | null = null;
    const formulas = { cells: 0, at: [] as number[][] };
    const merges: string[] = [];
    const hiddenRows: number[] = [];
    try {
      if (part && parts.storedSize(part) <= SHEET_CACHE_BYTES) {
        // a small sheet (a return's 填报说明, its meta sheet) may be one read already in another file
        const template = await parts.parsed(part, SHEETS, (b) => {
          read = b.length;
          return SheetTemplate.parse(b, part, ctx);
        }, [styles, workbook.date1904]);
        found = template !== null;
        read = template ? template.size : 0;
        rows = template ? template.read(shared, counted, { formulas, merges, hiddenRows }) : [];
      } else {
        const xml = part ? await parts.bytes(part) : null;
        whole = xml;
        found = xml !== null;
        read = xml ? xml.length : 0;
        rows = xml && part ? parseWorksheet(xml, part, { ...ctx, formulas, merges, hiddenRows }) : [];
      }
      // the grid is dense: count the blanks it will hold before making them
      for (const row of rows) if (row && (grid += row.length) > ZIP_LIMITS.maxCells) throw tooManyCells();
      if ((grid += rows.length) > ZIP_LIMITS.maxCells) throw tooManyCells();
    } catch (e) {
      const over = part && e instanceof XlsxLimitError ? SHEET_LIMIT[e.problem.code] : undefined;
      if (!over || !part) throw e;
      // past a limit: the sheet is passed over when the command does not need it, else named by its tab
      counted.cells = cells;
      grid = dense;
      parts.uncount(read);
      // a small sheet read through its template (SHEETS) kept no XML: inflated again, cheaply, to be counted too (trial43c F4: 约 120,099 行)
      const xml = whole ?? (parts.storedSize(part) <= SHEET_CACHE_BYTES ? parts.again(part) : null);
      const head = sheetHead(parts, part, ctx, xml === null ? undefined : lastFilledRow(xml));
      whole = null;
      const ours = options.needs ? options.needs({ name: s.name, visible: s.visible, rows: head.rows }, names) : true;
      const limit = over === "bytes" ? ZIP_LIMITS.maxEntryBytes : over === "rows" ? ZIP_LIMITS.maxRows : ZIP_LIMITS.maxCells;
      // a row count at or under the row limit cannot be a sheet's past it (a stale dimension): not said
      const many = over === "rows" && (head.count ?? 0) <= ZIP_LIMITS.maxRows ? undefined : head.count;
      // a count read from the last filled row is said as it is, without 约 (rowCountText)
      const rows = many ? { rows: many, ...(head.exact ? { exact: true as const } : {}) } : {};
      if (ours) throw xlsxProblem({ code: "sheet_too_big", params: { sheet: s.name, over, limit, ...rows, ...(options.needs ? { ours: true } : {}) } });
      sheets.push({ name: s.name, visible: s.visible, rows: [], notRead: { over, ...rows } });
      continue;
    }
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] ?? (rows[r] = []);
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = EMPTY;
    }
    const comments = options.comments && found && part ? await commentsOf(parts, part) : [];
    // the formulas' text read again only when a check asks (its own formulas in doubt: GridSheet.formulaTexts)
    const texts = part ? (columns: readonly number[]): FormulaText[][] => formulaTexts(parts, part, ctx, columns) : undefined;
    const sheet: GridSheet = { name: s.name, visible: s.visible, rows, formulas: formulas.cells, formulaCells: formulas.at, ...(merges.length ? { merges } : {}), ...(hiddenRows.length ? { hiddenRows } : {}), ...(comments.length ? { comments } : {}) };
    // not enumerable: a way to read the file again, not what the sheet holds (grids are compared and copied as data)
    if (texts) Object.defineProperty(sheet, "formulaTexts", { value: texts, enumerable: false });
    sheets.push(sheet);
  }
  const savedAt = await savedAtOf(parts, packageRels);
  const linked = workbook.externalReferences.length ? await linkedBooksOf(parts, workbook.externalReferences, byId) : [];
  return { sheets, names, ...(workbook.date1904 ? { date1904: true as const } : {}), ...(savedAt === null ? {} : { savedAt }), ...(linked.length ? { linkedBooks: linked } : {}) };
}

/** Whether a workbook part is in Excel 2007's pre-release (beta) namespace, which the released format replaced. */
function isBeta(b: Uint8Array | null): boolean {
  return b !== null && new TextDecoder("latin1").decode(b.subarray(0, 4096)).includes("schemas.microsoft.com/office/excel/2006/2");
}

/** The formulas' text in some columns of a sheet read before (GridSheet.formulaTexts); none when its part cannot be inflated again. */
function formulaTexts(parts: PackageParts, part: string, ctx: Omit<SheetContext, "formulas" | "headRows" | "texts">, columns: readonly number[]): FormulaText[][] {
  const xml = parts.again(part);
  const texts: FormulaText[][] = [];
  if (xml) parseWorksheet(xml, part, { ...ctx, counted: { cells: 0 }, texts, textColumns: new Set(columns) });
  return texts;
}

/** A worksheet's comments, through its relationships (the comments part may have any name); none when it has no such part. */
async function commentsOf(parts: PackageParts, sheetPart: string): Promise<CellComment[]> {
  const out: CellComment[] = [];
  for (const r of await relationshipsOf(parts, sheetPart)) {
    if (r.type !== "comments" || !parts.has(r.target)) continue;
    const b = await parts.bytes(r.target);
    if (b) out.push(...parseComments(b, r.target));
  }
  return out;
}

/**
 * The file names of the other workbooks the formulas link to (GridWorkbook.linkedBooks; `refs`, the workbook's
 * externalReferences in order), each the last segment of the path its externalLink part's externalLinkPath (or Excel's
 * xlPathMissing) relationship gives, "" where the package does not name it. A part that cannot be read names nothing:
 * the names only say more in a warning (linkedValues), they never keep a workbook from being read.
 */
async function linkedBooksOf(parts: PackageParts, refs: readonly string[], byId: ReadonlyMap<string, Relationship>): Promise<string[]> {
  const out: string[] = [];
  for (const id of refs) {
    const part = byId.get(id)?.target;
    const relsPart = part === undefined ? "" : relsPartOf(part);
    let name = "";
    try {
      const b = part !== undefined && parts.has(relsPart) ? await parts.bytes(relsPart) : null;
      const all = b ? parseRelationships(b, relsPart, part ?? "", true) : [];
      const path = (all.find((r) => r.type === "externalLinkPath" || r.type === "xlPathMissing") ?? all[0])?.target;
      if (path !== undefined) name = bookName(path);
    } catch {
      name = "";
    }
    out.push(name);
  }
  return out;
}

/** A linked workbook's file name from the path or URL written (file:///D:/%E7%BB%9F%E8%AE%A1/a.xlsx, D:\统计\a.xlsx, a.xlsx): its last segment, %-escapes decoded. */
function bookName(path: string): string {
  const last = path.split(/[\\/]/).filter((x) => x !== "").pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** When the workbook was last saved (its core properties, found through the package relationships); null when not said. */
async function savedAtOf(parts: PackageParts, packageRels: readonly Relationship[]): Promise<number | null> {
  const core = packageRels.find((r) => r.type === "core-properties")?.target ?? "docProps/core.xml";
  return parts.has(core) ? await parts.parsed(core, SAVED_AT, (b) => parseSavedAt(b, core)).catch(() => null) : null;
}

// parts that county returns of one distribution share byte for byte, each parsed once a run (PartCache)
const WORKBOOKS = new PartCache<WorkbookPart>();
const STYLES = new PartCache<NumberFormatKind[]>();
const RELATIONSHIPS = new PartCache<Relationship[]>();
const SAVED_AT = new PartCache<number | null>();
// sheets read with the same styles in the same date system (their values depend on them)
const SHEETS = new PartCache<SheetTemplate>();
/** The largest sheet part (as stored) looked for in SHEETS: a 填报说明 is about 2 KB; a return's own sheet, differing in every file, is far larger */
const SHEET_CACHE_BYTES = 16 * 1024;

/** The limits a single sheet can pass, by the reader's code: such a sheet may be passed over (ReadXlsxOptions.needs). */
const SHEET_LIMIT: Partial<Record<XlsxProblemCode, SheetLimit>> = { part_too_big: "bytes", total_too_big: "bytes", too_many_rows: "rows", too_many_cells: "cells" };

/** How much of a sheet passed over is inflated, and how many of its rows read, to tell whether it is one of ours. */
const HEAD_BYTES = 1024 * 1024;
const HEAD_ROWS = 8;

/**
 * The first rows of a sheet too large to read, from its part's head (inflated no further than
 * HEAD_BYTES), and how many rows it has: `last`, the last filled row of the whole part where it was inflated
 * (lastFilledRow, exact), else the last row of its <dimension> (Excel, WPS and openpyxl write it first), else the rows
 * of the head, counted when the head is the whole part, else scaled to the part's declared size and rounded down to
 * two significant figures: an estimate, never above what the head's rows make of it (trial42d F3: 约 160,000 for 150,000).
 * `exact` only for `last`: a dimension may count rows only styled, and the head's rows are `<row>` elements, not row numbers.
 */
function sheetHead(parts: PackageParts, part: string, ctx: Omit<SheetContext, "formulas" | "headRows">, last?: number): { rows: CellValue[][]; count?: number; exact?: true } {
  const head = parts.head(part, HEAD_BYTES);
  if (!head) return { rows: [] };
  const rows = parseWorksheet(head, part, { ...ctx, counted: { cells: 0 }, headRows: HEAD_ROWS });
  for (const row of rows) if (row) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = EMPTY;
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  // read as bytes: only ASCII (tags, numbers) is looked for
  const text = new TextDecoder("latin1").decode(head);
  if (last !== undefined) return { rows, count: last, exact: true };
  const dim = /<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"/i.exec(text);
  if (dim?.[1]) return { rows, count: Number(dim[1]) };
  const ends = text.split("</row>").length - 1;
  const size = parts.declaredSize(part);
  if (ends === 0) return { rows };
  // the whole part was the head (a sheet past the rows, not the size): its rows, counted
  return { rows, count: size > head.length ? roundedDown((size / head.length) * ends) : ends };
}

/** `n` rounded down to two significant figures (161,234 → 160,000; 158,900 → 150,000): an estimate said as 约, never above it. */
function roundedDown(n: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.floor(n / step) * step;
}

/** JSZip's own loading, CRCs left to PackageParts (which checks each part it reads). */
const jszipLoad: LoadZip = (bytes, options) => JSZip.loadAsync(bytes, { checkCRC32: false, ...options });

const tooManyCells = (): Error => xlsxProblem({ code: "too_many_cells", params: { limit: ZIP_LIMITS.maxCells } });

async function relationshipsOf(parts: PackageParts, source: string): Promise<Relationship[]> {
  const relsPart = relsPartOf(source);
  // the targets are resolved against `source`, so it is part of what is compared
  return (await parts.parsed(relsPart, RELATIONSHIPS, (b) => parseRelationships(b, relsPart, source), [source])) ?? [];
}

/**
 * The workbook part: the package's officeDocument relationship (whatever the part is called).
 * A package without one is told by what it holds instead (.ods, .xlsb, .docx, .pptx); a zip
 * without a root relationships part falls back to xl/workbook.xml, which LibreOffice also reads.
 */
async function findWorkbookPart(parts: PackageParts, packageRels: readonly Relationship[]): Promise<string> {
  const main = packageRels.find((r) => r.type === "officeDocument")?.target;
  const kind = otherPackage(parts, main);
  // an .ods with a password keeps its manifest in the clear, saying how each part is encrypted
  if (kind === "ods" && (await odsEncrypted(parts))) throw xlsxProblem({ code: "encrypted", params: { kind } });
  // this tool's own evaluation report (a .docx easily picked from a folder listing beside the returns) is named as such
  if (kind === "docx" && (await ownReport(parts, packageRels))) throw xlsxProblem({ code: "other_package", params: { kind: "plan_report" } });
  if (kind) throw xlsxProblem({ code: "other_package", params: { kind } });
  const part = main ?? "xl/workbook.xml";
  // no package but a zip of spreadsheets: a return sent packed, named with what it holds (a zip of
  // anything else stays no_workbook: damaged, or no workbook at all)
  const inside = !main && !parts.has(part) && !parts.has("[Content_Types].xml") ? spreadsheetsIn(parts) : [];
  if (inside.length) throw xlsxProblem({ code: "archive", params: { kind: "zip", inside } });
  if (!parts.has(part)) throw xlsxProblem({ code: "no_workbook" });
  return part;
}

/** Whether a Word package's core properties name this tool its creator (isOwnReportCore). */
async function ownReport(parts: PackageParts, packageRels: readonly Relationship[]): Promise<boolean> {
  const core = packageRels.find((r) => r.type === "core-properties")?.target ?? "docProps/core.xml";
  const b = parts.has(core) ? await parts.bytes(core).catch(() => null) : null;
  return b !== null && isOwnReportCore(new TextDecoder("utf-8").decode(b));
}

/** Whether an OpenDocument package's manifest gives encryption data (a password to open). */
async function odsEncrypted(parts: PackageParts): Promise<boolean> {
  const b = parts.has("META-INF/manifest.xml") ? await parts.bytes("META-INF/manifest.xml").catch(() => null) : null;
  return b !== null && new TextDecoder("latin1").decode(b).includes("encryption-data");
}

/**
 * The spreadsheets an archive holds, by their names in it; not a Mac's __MACOSX copies, hidden files, nor the lock
 * files of Excel, WPS and LibreOffice (lockedName, by an entry's last part).
 */
function spreadsheetsIn(parts: PackageParts): string[] {
  return spreadsheetsNamed(parts.names());
}

function spreadsheetsNamed(names: readonly string[]): string[] {
  return names.filter((n) => /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|et|csv)$/i.test(n) && !/(^|\/)(__MACOSX\/|\.)/.test(n) && !lockedName(n.slice(n.lastIndexOf("/") + 1)));
}

/**
 * An entry's name without the zip's UTF-8 flag: UTF-8 when it is valid UTF-8, else GBK (a zip made on
 * a Chinese Windows names 2024-东港片区.xlsx so), else as bytes; JSZip's default, CP437, garbles both.
 */
function entryName(b: Uint8Array | string[] | string): string {
  if (typeof b === "string") return b;
  if (Array.isArray(b)) return b.join("");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    try {
      return new TextDecoder("gb18030").decode(b);
    } catch {
      return String.fromCharCode(...b);
    }
  }
}

function otherPackage(parts: PackageParts, main: string | undefined): string | null {
  const m = (main ?? "").toLowerCase();
  if (m.endsWith(".bin") || (!main && parts.has("xl/workbook.bin"))) return "xlsb";
  if (m.startsWith("word/") || (!main && parts.has("word/document.xml"))) return "docx";
  if (m.startsWith("ppt/") || (!main && parts.has("ppt/presentation.xml"))) return "pptx";
  if (!main && parts.has("mimetype") && parts.has("content.xml")) return "ods";
  // Apple's iWork (Numbers, Pages, Keynote): its Index/*.iwa in the zip, or an Index.zip where the document is a zipped bundle
  if (!main && parts.names().some((n) => /(^|\/)Index(\/Document\.iwa|\.zip)$/.test(n))) return "iwork";
  return null;
}

/**
 * A zip whose entries a zip tool protected with a password (7-Zip, WinRAR, zip -P): a return sent in a password-protected
 * archive is `archive` with `password` and the spreadsheets it holds (its names are in the clear); a package whose own parts
 * were so protected, or anything else, is `encrypted` of kind "zip" (not Excel's password to open, which Excel removes).
 */
function passwordZip(names: readonly string[]): Error {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  const inside = lower.has("[content_types].xml") || lower.has("_rels/.rels") ? [] : spreadsheetsNamed(names);
  return xlsxProblem(inside.length ? { code: "archive", params: { kind: "zip", inside, password: true } } : { code: "encrypted", params: { kind: "zip" } });
}

/**
 * Counts the central directory's entries, stopping past the limit, before JSZip builds an object for each; returns the
 * first compression method of an entry that is neither stored (0) nor deflated (8), the two Excel writes and JSZip reads
 * (bzip2 12, LZMA 14, Deflate64 9…: what a zip tool or a script may choose), undefined when there is none; WinZip's AES
 * encryption (99) is not counted as one (a password, not a compression). `encrypted`: the names of all entries when one
 * is protected by a password (PKWARE's general-purpose flag bit 0, which WinZip AES sets too; or method 99), else undefined.
 */
function checkEntries(b: Uint8Array): { method?: number; encrypted?: string[] } {
  const u32 = (o: number) => ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
  const u16 = (o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
  let eocd = -1;
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) {
    if (b[i] === 0x50 && u32(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return {}; // JSZip says what is wrong
  let at = u32(eocd + 16);
  if (at === 0xffffffff || at >= b.length) return {};
  let n = 0;
  let method: number | undefined;
  let locked = false;
  const names: string[] = [];
  while (at + 46 <= b.length && u32(at) === 0x02014b50) {
    if (++n > ZIP_LIMITS.maxEntries) throw xlsxProblem({ code: "too_many_entries", params: { limit: ZIP_LIMITS.maxEntries } });
    const m = u16(at + 10);
    if (method === undefined && m !== 0 && m !== 8 && m !== 99) method = m;
    if ((u16(at + 8) & 1) === 1 || m === 99) locked = true;
    const nameLength = u16(at + 28);
    names.push(entryName(b.subarray(at + 46, Math.min(b.length, at + 46 + nameLength))));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return { ...(method === undefined ? {} : { method }), ...(locked ? { encrypted: names } : {}) };
}
