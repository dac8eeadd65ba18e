/**
 * A small fake of the Excel JavaScript API, for the Office host's tests.
 *
 * Like Excel: every call is queued and runs at context.sync(), in order; a batch is not
 * transactional (what ran before a failure stays); reading a property that was not loaded
 * (and synced) throws; getItem of a missing sheet fails the sync; adding a sheet or a name
 * that exists fails the sync; a string written through `values` that starts with = + - @ is
 * parsed as a formula and one that looks like a number becomes a number, unless the cell's
 * number format is text ("@"); a single value written to a range applies to every cell;
 * APIs above the supported ExcelApi version throw when called.
 *
 * Unlike Excel: formulas are stored, not calculated (a formula cell reads as empty, like an
 * .xlsx without cached results); calls on a null object (…OrNullObject) throw, so the host
 * cannot rely on behaviour this fake does not model.
 *
 * It counts syncs and estimates each request as Excel on the web would count it: per action
 * an envelope of ACTION bytes plus the JSON (UTF-8) of its arguments; and each response as
 * the JSON of the loaded values.
 */
import { r1c1ToA1 } from "./fakeR1C1";
import { toR1C1 } from "../../src/hosts/office/toR1C1";

export const ACTION = 100;

// ---------------------------------------------------------------------------------------
// addresses

export interface FRect { r0: number; c0: number; r1: number; c1: number }
const MAX_ROW = 1048576;
const MAX_COL = 16384;

function colNum(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseAddress(address: string): FRect {
  const a = address.replace(/\$/g, "").trim();
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (m && m[1] && m[2]) {
    const r0 = Number(m[2]);
    const c0 = colNum(m[1]);
    const r1 = m[4] ? Number(m[4]) : r0;
    const c1 = m[3] ? colNum(m[3]) : c0;
    return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (m && m[1] && m[2]) return { r0: 1, r1: MAX_ROW, c0: colNum(m[1]), c1: colNum(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m && m[1] && m[2]) return { r0: Number(m[1]), r1: Number(m[2]), c0: 1, c1: MAX_COL };
  throw new Error(`InvalidArgument: bad address "${address}"`);
}

export function rectA1(r: FRect): string {
  const tl = `${colLetters(r.c0)}${r.r0}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? tl : `${tl}:${colLetters(r.c1)}${r.r1}`;
}

const key = (row: number, col: number): number => row * 16384 + col;

function intersects(a: FRect, b: FRect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function inside(a: FRect, b: FRect): boolean {
  return a.r0 >= b.r0 && a.r1 <= b.r1 && a.c0 >= b.c0 && a.c1 <= b.c1;
}

function bytesOf(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? "", "utf8");
}

// ---------------------------------------------------------------------------------------
// workbook state

export interface FakeCellFormat {
  fontName?: string; fontSize?: number; bold?: boolean; fontColor?: string; fill?: string;
  wrapText?: boolean; horizontalAlignment?: string; verticalAlignment?: string; borders?: Record<string, Record<string, unknown>>;
  /**
   * the cell's own sides (top, bottom, left, right) each border edge landed on, as Excel draws them: EdgeTop on the
   * range's top row only, InsideHorizontal between its rows, and so on (`borders` keeps the edge names as set)
   */
  sides?: Record<string, Record<string, unknown>>;
  /** Range.format.protection.locked as set; a cell never set is locked, as in Excel */
  locked?: boolean;
}

export interface FakeCell {
  value?: string | number | boolean;
  error?: string;
  /** A1, with the leading "=" */
  formula?: string;
  numberFormat?: string;
  format: FakeCellFormat;
  /** Range.hyperlink as set (ExcelApi 1.7) */
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };
}

export interface FakeChartSeries { name: string; values?: string; xValues?: string; fill?: string }
/** `plotVisibleOnly`: false when the chart draws data in hidden rows and columns too (汇总's 各单位状态分布: summarySheets) */
export interface FakeChart { type: string; source: string; seriesBy: string; title?: string; legend?: string; plotVisibleOnly?: boolean; position?: { start: string; end: string }; series: FakeChartSeries[] }

/** `anchor`: the top-left cell of the range the rule was set on (a custom formula is relative to it) */
export interface FakeValidation { rule?: Record<string, unknown>; anchor?: { row: number; col: number }; prompt?: Record<string, unknown>; errorAlert?: Record<string, unknown>; ignoreBlanks?: boolean }

export interface FakeConditionalFormat { id: number; range: FRect; type: string; formula?: string; numFmt?: string; fill?: string; fontColor?: string; bold?: boolean; italic?: boolean; borders?: Record<string, { style?: string; color?: string }> }

/** The WorksheetProtectionOptions flag that lets a protected sheet take each kind of change (guard's `what`). */
const ALLOWED_BY: Readonly<Record<string, string>> = {
  format: "allowFormatCells", numberFormat: "allowFormatCells", clear: "allowFormatCells",
  columns: "allowFormatColumns", rows: "allowFormatRows",
  hyperlink: "allowInsertHyperlinks", chart: "allowEditObjects",
};

/** An error as office.js rejects a sync with (OfficeExtension.Error): `code` one of Excel.ErrorCodes, where it failed in debugInfo. */
export function officeError(code: string, message: string, location?: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, debugInfo: { code, message, ...(location ? { errorLocation: location } : {}) } });
}

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  /** rows autofitRows made fit their content: no fixed height, so Excel refits them on edit */
  readonly fittedRows = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly merges: string[] = [];
  freeze: { rows: number; columns: number } | null = null;
  /** cell → validation record (a record shared by cells is one validation "region") */
  readonly validationOf = new Map<number, FakeValidation>();
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  /**
   * Worksheet.protection (ExcelApi 1.2). `options` as WorksheetProtectionOptions; `password` as
   * protect() was given it (a file's hashed password: a text no unprotect() call gives).
   */
  protection: { protected: boolean; options?: Record<string, unknown>; password?: string } = { protected: false };
  constructor(public name: string, readonly id: number) {}

  /**
   * Excel's refusal (AccessDenied) of a write to a protected sheet. `cellsOnly`: a write of cell
   * content (values, formulas, a link's text), refused on a locked cell (every cell is locked
   * unless format.protection.locked was set false). Otherwise `what` names the kind of change:
   * format and numberFormat are refused on any cell unless the protection allows formatting cells,
   * columns (widths, hidden) and rows (heights, hidden) unless it allows formatting those, a
   * hyperlink unless it allows inserting them, a chart unless it allows editing objects; anything
   * else (validation, conditional formats, merges, a cell's locked state) on any cell.
   */
  guard(rect: FRect, what: string, cellsOnly = false): void {
    if (!this.protection.protected) return;
    const fail = (r: number, c: number): never => {
      throw officeError("AccessDenied", `The cell or chart that you are trying to change is protected and therefore read-only. (${what} on the protected sheet "${this.name}", ${colLetters(c)}${r})`, what);
    };
    if (cellsOnly) {
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) if (this.peek(r, c)?.format.locked !== false) fail(r, c);
      return;
    }
    const allowedBy = ALLOWED_BY[what];
    if (allowedBy && this.protection.options?.[allowedBy] === true) return;
    fail(rect.r0, rect.c0);
  }

  cell(row: number, col: number): FakeCell {
    const k = key(row, col);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { format: {} }));
    return c;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** The rule that applies to one cell, a custom formula rebased from its anchor to that cell (as Excel shows it). */
  validationRuleAt(row: number, col: number): Record<string, unknown> | undefined {
    const rec = this.validationOf.get(key(row, col));
    const custom = rec?.rule?.custom as { formula?: string } | undefined;
    if (!rec?.rule || !custom?.formula || !rec.anchor) return rec?.rule;
    return { custom: { formula: `=${r1c1ToA1(toR1C1(custom.formula.slice(1), rec.anchor.row, rec.anchor.col), row, col)}` } };
  }

  /** number of distinct validation records still applied to some cell */
  validationCount(): number {
    return new Set(this.validationOf.values()).size;
  }

  usedRect(valuesOnly: boolean): FRect | null {
    let r: FRect | null = null;
    for (const [k, c] of this.cells) {
      const hasValue = c.formula !== undefined || c.error !== undefined || (c.value !== undefined && c.value !== "");
      if (!hasValue && (valuesOnly || (c.numberFormat === undefined && Object.keys(c.format).length === 0))) continue;
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      r = r ? { r0: Math.min(r.r0, row), c0: Math.min(r.c0, col), r1: Math.max(r.r1, row), c1: Math.max(r.c1, col) } : { r0: row, c0: col, r1: row, c1: col };
    }
    return r;
  }
}

export interface FormulaRecord { sheet: string; address: string; formula: string; via: "values" | "formulas" | "formulasR1C1" }

interface Pending { name: string; bytes: number; exec: () => number | void }

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { name: string; formula: string }>();
  /** the highest ExcelApi minor version the fake host supports (1.8 = Office 2019) */
  maxMinor = 8;
  /** the workbook's date system: serial 0 is 1904-01-01 (Mac workbooks) */
  date1904 = false;
  /** getSpecialCells fails the sync (as Excel may for a sheet of too many areas) */
  refuseSpecialCells = false;
  syncs = 0;
  /** the active sheet and the selected range, as Worksheet.activate and Range.select leave them */
  selection: { sheet: string; address: string } | null = null;
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  readonly formulaLog: FormulaRecord[] = [];
  readonly calls: string[] = [];
  untracked = 0;
  suspendCalls = 0;
  private pending: Pending[] = [];
  private nextSheetId = 1;
  private nextCfId = 1;
  readonly context: Excel.RequestContext;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheetState(n);
    const workbook = new FWorkbook(this);
    const application = new FApplication(this);
    this.context = { workbook, application, sync: () => this.sync(), trackedObjects: { add() {}, remove() {} } } as unknown as Excel.RequestContext;
  }

  /** For Office.context.requirements.isSetSupported and OfficeHostOptions.isSetSupported. */
  readonly isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return false;
    const [maj = 0, min = 0] = version.split(".").map(Number);
    return maj < 1 || (maj === 1 && min <= this.maxMinor);
  };

  requireApi(version: string, what: string): void {
    if (!this.isSetSupported("ExcelApi", version)) throw new Error(`ApiNotFound: ${what} needs ExcelApi ${version}; this host supports 1.${this.maxMinor}`);
  }

  get maxRequestBytes(): number { return Math.max(0, ...this.requestBytes); }
  get maxResponseBytes(): number { return Math.max(0, ...this.responseBytes); }
  get queuedBytes(): number { return this.pending.reduce((n, p) => n + p.bytes, 0); }

  enqueue(name: string, args: unknown[], exec: () => number | void): void {
    this.calls.push(name);
    this.pending.push({ name, bytes: ACTION + args.reduce<number>((n, a) => n + (a === undefined ? 0 : bytesOf(a)), 0), exec });
  }

  /** a proxy created by navigation or a method: an object path and its instantiation */
  chargePath(name: string, args: unknown[] = []): void {
    this.enqueue(`path:${name}`, args, () => undefined);
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.syncs++;
    this.requestBytes.push(batch.reduce((n, p) => n + p.bytes, 0));
    let response = 0;
    try {
      for (const p of batch) response += p.exec() ?? 0;
    } finally {
      this.responseBytes.push(response);
    }
  }

  addSheetState(name?: string): FakeSheet {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    if (this.findSheet(n)) throw new Error(`ItemAlreadyExists: a sheet named "${n}" exists`);
    if (n.length > 31 || /[\\/?*[\]:]/.test(n)) throw new Error(`InvalidArgument: bad sheet name "${n}"`);
    const s = new FakeSheet(n, this.nextSheetId++);
    this.sheets.push(s);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`test: no sheet ${name}`);
    return s;
  }

  newCfId(): number { return this.nextCfId++; }

  /** What a person typing into a General cell gets (no sync: it happens between actions). */
  userType(sheetName: string, address: string, typed: string | number): void {
    const { r0, c0 } = parseAddress(address);
    writeCell(this, this.sheet(sheetName), r0, c0, typed, "values");
  }

  /** A cell's content as a test reads it. */
  content(sheetName: string, address: string): { value?: string | number | boolean; formula?: string; error?: string; numberFormat?: string } {
    const { r0, c0 } = parseAddress(address);
    const c = this.sheet(sheetName).peek(r0, c0);
    if (!c) return {};
    const out: { value?: string | number | boolean; formula?: string; error?: string; numberFormat?: string } = {};
    if (c.value !== undefined) out.value = c.value;
    if (c.formula !== undefined) out.formula = c.formula;
    if (c.error !== undefined) out.error = c.error;
    if (c.numberFormat !== undefined) out.numberFormat = c.numberFormat;
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// Excel's reading of what is written to a cell

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;
const DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

function writeCell(fx: FakeExcel, s: FakeSheet, row: number, col: number, v: unknown, via: FormulaRecord["via"]): void {
  if (v === null || v === undefined) return; // null in a 2-D array leaves the cell as it is
  s.guard({ r0: row, c0: col, r1: row, c1: col }, via, true);
  const c = s.cell(row, col);
  delete c.value; delete c.formula; delete c.error;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`InvalidArgument: ${v} at ${colLetters(col)}${row}`);
    c.value = v;
    return;
  }
  if (typeof v === "boolean") { c.value = v; return; }
  if (typeof v !== "string") throw new Error(`InvalidArgument: ${typeof v} at ${colLetters(col)}${row}`);
  if (v === "") return;
  if (c.numberFormat === "@") { c.value = v; return; }
  const first = v[0];
  if (first === "=" || first === "@" || ((first === "+" || first === "-") && !NUMBER.test(v))) {
    let f = first === "=" ? v : `=${first === "@" ? v.slice(1) : v}`;
    if (via === "formulasR1C1") f = r1c1ToA1(f, row, col);
    c.formula = f;
    fx.formulaLog.push({ sheet: s.name, address: `${colLetters(col)}${row}`, formula: f, via });
    return;
  }
  // Excel also gives a General cell the format of what was typed: 40% → 0%, a date → a date format
  const general = c.numberFormat === undefined || c.numberFormat === "General";
  if (NUMBER.test(v)) {
    c.value = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
    if (v.endsWith("%") && general && via === "values") c.numberFormat = "0%";
    return;
  }
  const d = DATE.exec(v);
  if (d && Number(d[2]) >= 1 && Number(d[2]) <= 12) {
    c.value = Math.round((Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3] ?? 1)) - (fx.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86400000);
    if (general && via === "values") c.numberFormat = "yyyy/m/d";
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(v)) { c.value = v.toUpperCase() === "TRUE"; return; }
  if (ERRORS.has(v)) { c.error = v; return; }
  c.value = v;
}

function cellValue(c: FakeCell | undefined): string | number | boolean {
  if (!c) return "";
  if (c.error !== undefined) return c.error;
  // formulas are not calculated: one written here has no value and reads empty; one opened from a file keeps the
  // result the file stored (openInFake)
  return c.value ?? "";
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shownText } = require("../ui/fakeOffice.js") as { shownText(v: { type: string; value?: unknown; text?: string }, code: string): string };

/**
 * Range.text: the value as its number format shows it (General, Text and the fixed-decimals styles 0.00, 0%, 0.0%,
 * #,##0: the fake Office host's, test/ui/fakeOffice.js); a number in any other format throws, not modelled
 */
function cellShown(c: FakeCell | undefined): string {
  const v = cellValue(c);
  if (c?.error !== undefined || typeof v !== "number") return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
  return shownText({ type: "number", value: v }, c?.numberFormat ?? "General");
}

function cellType(c: FakeCell | undefined): string {
  if (!c || c.formula !== undefined) return "Empty";
  if (c.error !== undefined) return "Error";
  if (c.value === undefined || c.value === "") return "Empty";
  return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
}

// ---------------------------------------------------------------------------------------
// proxies

function parseLoad(props?: string | string[]): string[] {
  const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter(Boolean);
}

abstract class FObject {
  protected readonly loaded = new Map<string, unknown>();
  protected isNull = false;
  protected nullResolved = false;
  constructor(protected readonly fx: FakeExcel, protected readonly kind: string) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${this.kind}.${prop} was not loaded (load it and sync first)`);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (!this.nullResolved) throw new Error(`PropertyNotLoaded: ${this.kind}.isNullObject needs a load and a sync`);
    return this.isNull;
  }

  /** value of a loadable property at execution time */
  protected snapshot(prop: string): unknown {
    throw new Error(`fake: ${this.kind}.${prop} cannot be loaded`);
  }

  /** called at execution, before running anything on this object */
  protected prepare(): void {}

  load(props?: string | string[]): this {
    const list = parseLoad(props);
    this.fx.enqueue(`${this.kind}.load`, [list], () => {
      this.prepare();
      this.nullResolved = true;
      if (this.isNull) return 20;
      let n = 0;
      for (const p of list) {
        const v = this.snapshot(p);
        this.loaded.set(p, v);
        n += bytesOf(v) + p.length + 4;
      }
      return n;
    });
    return this;
  }

  protected call(name: string, args: unknown[], exec: () => void): void {
    this.fx.enqueue(`${this.kind}.${name}`, args, () => {
      this.prepare();
      if (this.isNull) throw new Error(`fake: ${this.kind}.${name} on a null object is not modelled`);
      exec();
    });
  }

  protected setter(prop: string, value: unknown, exec: () => void): void {
    this.call(`set:${prop}`, [value], exec);
  }

  untrack(): this { this.fx.untracked++; return this; }
  track(): this { return this; }
}

class FApplication extends FObject {
  constructor(fx: FakeExcel) { super(fx, "Application"); }
  suspendApiCalculationUntilNextSync(): void {
    this.fx.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.call("suspendApiCalculationUntilNextSync", [], () => { this.fx.suspendCalls++; });
  }
}

class FWorkbook extends FObject {
  readonly worksheets: FWorksheets;
  readonly names: FNames;
  constructor(fx: FakeExcel) {
    super(fx, "Workbook");
    this.worksheets = new FWorksheets(fx);
    this.names = new FNames(fx);
  }
  get functions(): FFunctions {
    this.fx.requireApi("1.2", "Workbook.functions");
    return new FFunctions(this.fx);
  }
}

/** Workbook.functions: only DATE, in the workbook's date system. */
class FFunctions extends FObject {
  constructor(fx: FakeExcel) { super(fx, "Functions"); }
  date(y: number, m: number, d: number): FFunctionResult {
    this.fx.chargePath("Functions.date", [y, m, d]);
    return new FFunctionResult(this.fx, () => (Date.UTC(y, m - 1, d) - (this.fx.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86400000);
  }
}

class FFunctionResult extends FObject {
  constructor(fx: FakeExcel, private readonly compute: () => number) { super(fx, "FunctionResult"); }
  protected override snapshot(prop: string): unknown {
    return prop === "value" ? this.compute() : prop === "error" ? null : super.snapshot(prop);
  }
  get value(): number { return this.read("value"); }
}

/**
 * Range.getSpecialCellsOrNullObject (ExcelApi 1.9): Formulas only. The fake does not calculate,
 * so no formula has a result: with a value type (Text, Numbers…) no cell is found.
 */
class FRangeAreas extends FObject {
  constructor(fx: FakeExcel, private readonly cells: () => { sheet: FakeSheet; refs: string[] } | null) { super(fx, "RangeAreas"); }
  protected override prepare(): void {
    const c = this.cells();
    this.isNull = c === null || c.refs.length === 0;
  }
  protected override snapshot(prop: string): unknown {
    const c = this.cells();
    if (prop !== "address" || !c) return super.snapshot(prop);
    const n = c.sheet.name;
    const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`;
    return c.refs.map((r) => `${q}!${r}`).join(",");
  }
  get address(): string { return this.read("address"); }
}

class FWorksheets extends FObject {
  constructor(fx: FakeExcel) { super(fx, "WorksheetCollection"); }
  get items(): FWorksheet[] { return this.read("items"); }

  override load(props?: string | string[]): this {
    // "items/name, items/visibility" → one items snapshot with both
    const list = parseLoad(props);
    const subs = list.filter((p) => p.startsWith("items")).map((p) => (p.includes("/") ? p.slice(p.indexOf("/") + 1) : "name"));
    this.fx.enqueue("WorksheetCollection.load", [list], () => {
      const items = this.fx.sheets.map((s) => new FWorksheet(this.fx, () => s));
      let n = 0;
      for (const ws of items) for (const sub of subs) n += ws.loadNow(sub);
      this.loaded.set("items", items);
      return n;
    });
    return this;
  }

  add(name?: string): FWorksheet {
    this.fx.chargePath("Worksheets.add", [name ?? null]);
    let created: FakeSheet | undefined;
    const ws = new FWorksheet(this.fx, () => {
      if (!created) throw new Error("fake: worksheet used before its add ran");
      return created;
    });
    this.fx.enqueue("WorksheetCollection.add", [name ?? null], () => { created = this.fx.addSheetState(name); });
    return ws;
  }

  getItem(name: string): FWorksheet {
    this.fx.chargePath("Worksheets.getItem", [name]);
    return new FWorksheet(this.fx, () => {
      const s = this.fx.findSheet(name);
      if (!s) throw new Error(`ItemNotFound: no worksheet "${name}"`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FWorksheet {
    this.fx.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    this.fx.chargePath("Worksheets.getItemOrNullObject", [name]);
    return new FWorksheet(this.fx, () => this.fx.findSheet(name) ?? null);
  }
}

class FWorksheet extends FObject {
  private resolved: FakeSheet | null | undefined;
  constructor(fx: FakeExcel, private readonly resolve: () => FakeSheet | null) { super(fx, "Worksheet"); }

  get target(): FakeSheet | null | undefined { return this.resolved; }

  protected override prepare(): void {
    if (this.resolved === undefined) this.resolved = this.resolve();
    this.isNull = this.resolved === null;
  }

  state(): FakeSheet {
    this.prepare();
    if (!this.resolved) throw new Error("fake: worksheet call on a null object is not modelled");
    return this.resolved;
  }

  /** loads one property now (used by collection loads); returns response bytes */
  loadNow(prop: string): number {
    this.prepare();
    this.nullResolved = true;
    const v = this.snapshot(prop);
    this.loaded.set(prop, v);
    return bytesOf(v) + prop.length + 4;
  }

  protected override snapshot(prop: string): unknown {
    const s = this.state();
    switch (prop) {
      case "name": return s.name;
      case "visibility": return s.visibility;
      case "id": return String(s.id);
      case "position": return this.fx.sheets.indexOf(s);
      default: return super.snapshot(prop);
    }
  }

  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.setter("name", v, () => {
      const s = this.state();
      const other = this.fx.findSheet(v);
      if (other && other !== s) throw new Error(`ItemAlreadyExists: a sheet named "${v}" exists`);
      s.name = v;
    });
  }

  // ExcelApi 1.1: the zero-based place in the tab order; the others move up or down, as Excel does
  get position(): number { return this.read("position"); }
  set position(v: number) {
    this.setter("position", v, () => {
      const s = this.state();
      const list = this.fx.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= list.length) throw new Error(`InvalidArgument: position ${v}`);
      list.splice(list.indexOf(s), 1);
      list.splice(v, 0, s);
    });
  }

  get visibility(): string { return this.read("visibility"); }
  set visibility(v: string) {
    this.setter("visibility", v, () => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw new Error(`InvalidArgument: visibility ${v}`);
      this.state().visibility = v;
    });
  }

  activate(): void {
    this.call("activate", [], () => { this.fx.selection = { sheet: this.state().name, address: "A1" }; });
  }

  delete(): void {
    this.call("delete", [], () => {
      const s = this.state();
      const i = this.fx.sheets.indexOf(s);
      if (i >= 0) this.fx.sheets.splice(i, 1);
    });
  }

  getRange(address?: string): FRange {
    this.fx.chargePath("Worksheet.getRange", [address ?? ""]);
    return new FRange(this.fx, () => ({ sheet: this.state(), rect: address ? parseAddress(address) : { r0: 1, c0: 1, r1: MAX_ROW, c1: MAX_COL } }));
  }

  getUsedRange(valuesOnly?: boolean): FRange {
    this.fx.chargePath("Worksheet.getUsedRange", [valuesOnly ?? false]);
    return new FRange(this.fx, () => ({ sheet: this.state(), rect: this.state().usedRect(valuesOnly ?? false) ?? { r0: 1, c0: 1, r1: 1, c1: 1 } }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FRange {
    this.fx.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    this.fx.chargePath("Worksheet.getUsedRangeOrNullObject", [valuesOnly ?? false]);
    return new FRange(this.fx, () => {
      const s = this.state();
      const r = s.usedRect(valuesOnly ?? false);
      return r ? { sheet: s, rect: r } : null;
    });
  }

  private ch: FCharts | undefined;
  get charts(): FCharts {
    if (!this.ch) { this.fx.chargePath("Worksheet.charts"); this.ch = new FCharts(this.fx, () => this.state()); }
    return this.ch;
  }

  private fp: FFreezePanes | undefined;
  get freezePanes(): FFreezePanes {
    this.fx.requireApi("1.7", "Worksheet.freezePanes");
    if (!this.fp) { this.fx.chargePath("Worksheet.freezePanes"); this.fp = new FFreezePanes(this.fx, () => this.state()); }
    return this.fp;
  }

  private pr: FWorksheetProtection | undefined;
  get protection(): FWorksheetProtection {
    this.fx.requireApi("1.2", "Worksheet.protection");
    if (!this.pr) { this.fx.chargePath("Worksheet.protection"); this.pr = new FWorksheetProtection(this.fx, () => this.state()); }
    return this.pr;
  }

  private pl: FPageLayout | undefined;
  get pageLayout(): FPageLayout {
    this.fx.requireApi("1.9", "Worksheet.pageLayout");
    if (!this.pl) { this.fx.chargePath("Worksheet.pageLayout"); this.pl = new FPageLayout(this.fx, () => this.state()); }
    return this.pl;
  }
}

class FWorksheetProtection extends FObject {
  constructor(fx: FakeExcel, private readonly sheet: () => FakeSheet) { super(fx, "WorksheetProtection"); }
  /**
   * "Fails if the worksheet has already been protected" (WorksheetProtection.protect): options are
   * read-only, so a protected sheet's options change only by unprotect, then protect.
   */
  protect(options?: Record<string, unknown>, password?: string): void {
    this.call("protect", [options ?? null, password ?? null], () => {
      const s = this.sheet();
      if (s.protection.protected) throw officeError("InvalidOperation", `The sheet "${s.name}" is already protected.`, "WorksheetProtection.protect");
      s.protection = { protected: true, ...(options ? { options } : {}), ...(password ? { password } : {}) };
    });
  }
  /** A sheet protected with a password stays protected without it (Excel's refusal). */
  unprotect(password?: string): void {
    this.call("unprotect", [password ?? null], () => {
      const s = this.sheet();
      if (s.protection.protected && s.protection.password !== undefined && s.protection.password !== password) {
        throw officeError("InvalidArgument", `The password to unprotect "${s.name}" is wrong or missing.`, "WorksheetProtection.unprotect");
      }
      s.protection = { protected: false };
    });
  }
  get protected(): boolean { return this.read("protected"); }
  get options(): Record<string, unknown> { return this.read("options"); }
  protected override snapshot(prop: string): unknown {
    if (prop === "options") return { ...(this.sheet().protection.options ?? {}) };
    return prop === "protected" ? this.sheet().protection.protected : super.snapshot(prop);
  }
}

class FFreezePanes extends FObject {
  constructor(fx: FakeExcel, private readonly sheet: () => FakeSheet) { super(fx, "FreezePanes"); }
  freezeAt(range: string): void {
    this.call("freezeAt", [range], () => { const r = parseAddress(range); this.sheet().freeze = { rows: r.r1, columns: r.c1 }; });
  }
  freezeRows(n: number): void { this.call("freezeRows", [n], () => { this.sheet().freeze = { rows: n, columns: 0 }; }); }
  freezeColumns(n: number): void { this.call("freezeColumns", [n], () => { this.sheet().freeze = { rows: 0, columns: n }; }); }
  unfreeze(): void { this.call("unfreeze", [], () => { this.sheet().freeze = null; }); }
}

class FPageLayout extends FObject {
  constructor(fx: FakeExcel, private readonly sheet: () => FakeSheet) {
    super(fx, "PageLayout");
    for (const p of ["paperSize", "orientation", "centerHorizontally", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "zoom", "printOrder"]) {
      Object.defineProperty(this, p, {
        get: () => this.read(p),
        set: (v: unknown) => this.setter(p, v, () => { this.sheet().pageLayout[p] = v; }),
      });
    }
  }
  setPrintTitleRows(rows: string): void { this.call("setPrintTitleRows", [rows], () => { this.sheet().pageLayout.printTitleRows = rows; }); }
  setPrintTitleColumns(cols: string): void { this.call("setPrintTitleColumns", [cols], () => { this.sheet().pageLayout.printTitleColumns = cols; }); }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const set = (v: string): void => this.setter("centerFooter", v, () => { this.sheet().pageLayout.centerFooter = v; });
    return { defaultForAllPages: { set centerFooter(v: string) { set(v); }, get centerFooter(): string { throw new Error("PropertyNotLoaded: centerFooter"); } } };
  }
}

interface RangeTarget { sheet: FakeSheet; rect: FRect }

function eachCell(t: RangeTarget, f: (row: number, col: number, i: number, j: number) => void): void {
  const { r0, c0, r1, c1 } = t.rect;
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > 5_000_000) throw new Error(`fake: ${rectA1(t.rect)} is too big to touch cell by cell`);
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) f(r, c, r - r0, c - c0);
}

/** A single value, or a 2-D array of exactly the range's size. */
function cellInput(t: RangeTarget, v: unknown, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(v)) {
    if (v === null || v === undefined) throw new Error(`InvalidArgument: ${what} cannot be set to null`);
    return () => v;
  }
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const cols = t.rect.c1 - t.rect.c0 + 1;
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new Error(`InvalidArgument: ${what} is ${v.length}×${Array.isArray(v[0]) ? v[0].length : "?"}, range ${rectA1(t.rect)} is ${rows}×${cols}`);
  }
  return (i, j) => (v[i] as unknown[])[j];
}

class FRange extends FObject {
  private resolved: RangeTarget | null | undefined;
  constructor(fx: FakeExcel, private readonly resolve: () => RangeTarget | null) { super(fx, "Range"); }

  protected override prepare(): void {
    if (this.resolved === undefined) this.resolved = this.resolve();
    this.isNull = this.resolved === null;
  }

  t(): RangeTarget {
    this.prepare();
    if (!this.resolved) throw new Error("fake: range call on a null object is not modelled");
    return this.resolved;
  }

  select(): void {
    this.call("select", [], () => { const t = this.t(); this.fx.selection = { sheet: t.sheet.name, address: rectA1(t.rect) }; });
  }

  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the bounding box of the used cells inside this range. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FRange {
    this.fx.requireApi("1.4", "Range.getUsedRangeOrNullObject");
    this.fx.chargePath("Range.getUsedRangeOrNullObject", [valuesOnly ?? false]);
    return new FRange(this.fx, () => {
      const t = this.t();
      let r: FRect | null = null;
      for (const [k, c] of t.sheet.cells) {
        const row = Math.floor(k / 16384);
        const col = k % 16384;
        if (row < t.rect.r0 || row > t.rect.r1 || col < t.rect.c0 || col > t.rect.c1) continue;
        const hasValue = c.formula !== undefined || c.error !== undefined || (c.value !== undefined && c.value !== "");
        if (!hasValue && (valuesOnly || (c.numberFormat === undefined && Object.keys(c.format).length === 0))) continue;
        r = r ? { r0: Math.min(r.r0, row), c0: Math.min(r.c0, col), r1: Math.max(r.r1, row), c1: Math.max(r.c1, col) } : { r0: row, c0: col, r1: row, c1: col };
      }
      return r ? { sheet: t.sheet, rect: r } : null;
    });
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FRangeAreas {
    this.fx.requireApi("1.9", "Range.getSpecialCellsOrNullObject");
    if (cellType !== "Formulas") throw new Error(`fake: getSpecialCells ${cellType} is not modelled`);
    this.fx.chargePath("Range.getSpecialCellsOrNullObject", [cellType, cellValueType ?? ""]);
    return new FRangeAreas(this.fx, () => {
      if (this.fx.refuseSpecialCells) throw new Error("GeneralException: getSpecialCells refused");
      const t = this.t();
      if (cellValueType !== undefined && cellValueType !== "All") return { sheet: t.sheet, refs: [] }; // nothing is calculated
      const refs: string[] = [];
      for (const [k, c] of t.sheet.cells) {
        const row = Math.floor(k / 16384);
        const col = k % 16384;
        if (c.formula !== undefined && row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1) refs.push(`${colLetters(col)}${row}`);
      }
      return { sheet: t.sheet, refs };
    });
  }

  protected override snapshot(prop: string): unknown {
    const t = this.t();
    const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] => {
      const out: unknown[][] = [];
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(f(t.sheet.peek(r, c)));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "values": return grid(cellValue);
      case "valueTypes": return grid(cellType);
      case "formulas": return grid((c) => c?.formula ?? cellValue(c));
      case "numberFormat": return grid((c) => c?.numberFormat ?? "General");
      case "text": return grid(cellShown);
      case "address": {
        const n = t.sheet.name;
        return `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`}!${rectA1(t.rect)}`;
      }
      case "rowIndex": return t.rect.r0 - 1;
      case "columnIndex": return t.rect.c0 - 1;
      case "rowCount": return t.rect.r1 - t.rect.r0 + 1;
      case "columnCount": return t.rect.c1 - t.rect.c0 + 1;
      default: return super.snapshot(prop);
    }
  }

  get values(): unknown[][] { return this.read("values"); }
  set values(v: unknown[][]) { this.write("values", v); }
  get formulas(): unknown[][] { return this.read("formulas"); }
  set formulas(v: unknown[][]) { this.write("formulas", v); }
  get formulasR1C1(): unknown[][] { return this.read("formulasR1C1"); }
  set formulasR1C1(v: unknown[][]) {
    this.fx.requireApi("1.2", "Range.formulasR1C1");
    this.write("formulasR1C1", v);
  }
  get valueTypes(): string[][] { return this.read("valueTypes"); }
  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }

  get text(): string[][] { return this.read("text"); }
  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  set numberFormat(v: unknown[][]) {
    this.setter("numberFormat", v, () => {
      const t = this.t();
      const at = cellInput(t, v, "numberFormat");
      t.sheet.guard(t.rect, "numberFormat");
      eachCell(t, (r, c, i, j) => {
        const f = at(i, j);
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw new Error("InvalidArgument: numberFormat must be text");
        t.sheet.cell(r, c).numberFormat = f;
      });
    });
  }

  private write(prop: FormulaRecord["via"], v: unknown): void {
    this.setter(prop, v, () => {
      const t = this.t();
      const at = cellInput(t, v, prop);
      // Excel refuses the whole write when any cell it would change is locked: nothing is written
      eachCell(t, (r, c, i, j) => { if (at(i, j) !== null && at(i, j) !== undefined) t.sheet.guard({ r0: r, c0: c, r1: r, c1: c }, prop, true); });
      eachCell(t, (r, c, i, j) => writeCell(this.fx, t.sheet, r, c, at(i, j), prop));
    });
  }

  get hyperlink(): FakeCell["hyperlink"] { return this.read("hyperlink"); }
  set hyperlink(v: FakeCell["hyperlink"]) {
    this.fx.requireApi("1.7", "Range.hyperlink");
    this.setter("hyperlink", v, () => {
      const t = this.t();
      if (!v || (v.address === undefined && v.documentReference === undefined)) throw new Error("InvalidArgument: a hyperlink needs an address or a documentReference");
      t.sheet.guard(t.rect, "hyperlink");
      if (v.textToDisplay !== undefined) t.sheet.guard(t.rect, "hyperlink", true);
      eachCell(t, (r, c) => {
        const cell = t.sheet.cell(r, c);
        cell.hyperlink = { ...v };
        if (v.textToDisplay !== undefined) { delete cell.formula; delete cell.error; cell.value = v.textToDisplay; }
      });
    });
  }

  /** the range as "A1:B2" on its sheet, at execution (for chart sources) */
  rectText(): { sheet: FakeSheet; address: string } {
    const t = this.t();
    return { sheet: t.sheet, address: rectA1(t.rect) };
  }

  set columnHidden(v: boolean) {
    this.setter("columnHidden", v, () => {
      const { rect, sheet } = this.t();
      sheet.guard(rect, "columns");
      for (let c = rect.c0; c <= rect.c1; c++) { if (v) sheet.hiddenColumns.add(c); else sheet.hiddenColumns.delete(c); }
    });
  }
  get columnHidden(): boolean { return this.read("columnHidden"); }
  set rowHidden(v: boolean) {
    this.setter("rowHidden", v, () => {
      const { rect, sheet } = this.t();
      sheet.guard(rect, "rows");
      for (let r = rect.r0; r <= rect.r1; r++) { if (v) sheet.hiddenRows.add(r); else sheet.hiddenRows.delete(r); }
    });
  }
  get rowHidden(): boolean { return this.read("rowHidden"); }

  merge(across?: boolean): void {
    this.call("merge", [across ?? false], () => {
      const t = this.t();
      t.sheet.guard(t.rect, "merge");
      const a = rectA1(t.rect);
      if (!t.sheet.merges.includes(a)) t.sheet.merges.push(a);
    });
  }

  clear(): void {
    this.call("clear", [], () => {
      const t = this.t();
      // contents and formats: a locked cell's contents, and any cell's format unless formatting is allowed
      t.sheet.guard(t.rect, "clear", true);
      t.sheet.guard(t.rect, "clear");
      eachCell(t, (r, c) => t.sheet.cells.delete(key(r, c)));
    });
  }

  private fmt: FRangeFormat | undefined;
  get format(): FRangeFormat {
    if (!this.fmt) { this.fx.chargePath("Range.format"); this.fmt = new FRangeFormat(this.fx, () => this.t()); }
    return this.fmt;
  }

  private dv: FDataValidation | undefined;
  get dataValidation(): FDataValidation {
    this.fx.requireApi("1.8", "Range.dataValidation");
    if (!this.dv) { this.fx.chargePath("Range.dataValidation"); this.dv = new FDataValidation(this.fx, () => this.t()); }
    return this.dv;
  }

  private cfs: FConditionalFormats | undefined;
  get conditionalFormats(): FConditionalFormats {
    this.fx.requireApi("1.6", "Range.conditionalFormats");
    if (!this.cfs) { this.fx.chargePath("Range.conditionalFormats"); this.cfs = new FConditionalFormats(this.fx, () => this.t()); }
    return this.cfs;
  }
}

class FRangeFormat extends FObject {
  readonly borders: { getItem: (edge: string) => FCellPart };
  private readonly cells: (f: (c: FakeCell) => void) => void;
  private fontPart: FCellPart | undefined;
  private fillPart: FCellPart | undefined;
  get font(): FCellPart {
    return (this.fontPart ??= new FCellPart(this.fx, "RangeFont", { name: "fontName", size: "fontSize", bold: "bold", color: "fontColor" }, this.cells));
  }
  get fill(): FCellPart {
    return (this.fillPart ??= new FCellPart(this.fx, "RangeFill", { color: "fill" }, this.cells));
  }
  constructor(fx: FakeExcel, private readonly target: () => RangeTarget) {
    super(fx, "RangeFormat");
    const cells = (f: (c: FakeCell) => void): void => { const t = this.target(); t.sheet.guard(t.rect, "format"); eachCell(t, (r, c) => f(t.sheet.cell(r, c))); };
    this.cells = cells;
    // an edge's sides of each cell: where the line is drawn
    const edgeCells = (edge: string) => (f: (c: FakeCell, sides?: string[]) => void): void => {
      const t = this.target();
      t.sheet.guard(t.rect, "format");
      const { r0, c0, r1, c1 } = t.rect;
      eachCell(t, (r, c) => f(t.sheet.cell(r, c), [
        ...(edge === "EdgeTop" && r === r0) || (edge === "InsideHorizontal" && r > r0) ? ["top"] : [],
        ...(edge === "EdgeBottom" && r === r1) || (edge === "InsideHorizontal" && r < r1) ? ["bottom"] : [],
        ...(edge === "EdgeLeft" && c === c0) || (edge === "InsideVertical" && c > c0) ? ["left"] : [],
        ...(edge === "EdgeRight" && c === c1) || (edge === "InsideVertical" && c < c1) ? ["right"] : [],
      ]));
    };
    let bordersCharged = false;
    this.borders = {
      getItem: (edge: string) => {
        if (!bordersCharged) { fx.chargePath("RangeFormat.borders"); bordersCharged = true; }
        return new FCellPart(fx, "RangeBorder", { style: "style", color: "color", weight: "weight" }, edgeCells(edge), edge, [edge]);
      },
    };
    for (const p of ["wrapText", "horizontalAlignment", "verticalAlignment"] as const) {
      Object.defineProperty(this, p, {
        get: () => this.read(p),
        set: (v: unknown) => this.setter(p, v, () => cells((c) => { (c.format as Record<string, unknown>)[p] = v; })),
      });
    }
  }
  set columnWidth(v: number) {
    this.setter("columnWidth", v, () => { const { rect, sheet } = this.target(); sheet.guard(rect, "columns"); for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, v); });
  }
  get columnWidth(): number { return this.read("columnWidth"); }
  set rowHeight(v: number) {
    this.setter("rowHeight", v, () => { const { rect, sheet } = this.target(); sheet.guard(rect, "rows"); for (let r = rect.r0; r <= rect.r1; r++) { sheet.rowHeights.set(r, v); sheet.fittedRows.delete(r); } });
  }
  get rowHeight(): number { return this.read("rowHeight"); }
  /** RangeFormat.autofitRows (ExcelApi 1.2): the rows fit what they hold, and keep fitting (no fixed height) */
  autofitRows(): void {
    this.fx.requireApi("1.2", "RangeFormat.autofitRows");
    this.call("autofitRows", [], () => { const { rect, sheet } = this.target(); sheet.guard(rect, "rows"); for (let r = rect.r0; r <= rect.r1; r++) { sheet.rowHeights.delete(r); sheet.fittedRows.add(r); } });
  }
  private prot: FCellPart | undefined;
  get protection(): FCellPart {
    this.fx.requireApi("1.2", "RangeFormat.protection");
    // `locked` loads as Excel reads it: the top-left cell's, locked unless set otherwise
    const topLeft = (field: string): unknown => { const t = this.target(); const f = t.sheet.peek(t.rect.r0, t.rect.c0)?.format as Record<string, unknown> | undefined; return f?.[field] ?? true; };
    // a cell's locked state is no format a protection lets through: refused while the sheet is protected
    const lockable = (f: (c: FakeCell) => void): void => { const t = this.target(); t.sheet.guard(t.rect, "format.protection"); eachCell(t, (r, c) => f(t.sheet.cell(r, c))); };
    return (this.prot ??= new FCellPart(this.fx, "FormatProtection", { locked: "locked" }, lockable, undefined, [], topLeft));
  }
}

/** font, fill or one border edge: each property lands on every cell's format record */
class FCellPart extends FObject {
  /** `loads`: reads a field for load() (only parts that Excel lets the add-in read: protection.locked) */
  constructor(fx: FakeExcel, kind: string, private readonly fields: Record<string, string>, cells: (f: (c: FakeCell, sides?: string[]) => void) => void, edge?: string, pathArgs: unknown[] = [], private readonly loads?: (field: string) => unknown) {
    super(fx, kind);
    fx.chargePath(kind, pathArgs);
    for (const [prop, field] of Object.entries(fields)) {
      Object.defineProperty(this, prop, {
        get: () => this.read(prop),
        set: (v: unknown) => this.setter(prop, v, () => cells((c, sides) => {
          if (edge) {
            const b = (c.format.borders ??= {});
            (b[edge] ??= {})[field] = v;
            for (const side of sides ?? []) ((c.format.sides ??= {})[side] ??= {})[field] = v;
          } else (c.format as Record<string, unknown>)[field] = v;
        })),
      });
    }
  }
  protected override snapshot(prop: string): unknown {
    const field = this.fields[prop];
    return this.loads && field !== undefined ? this.loads(field) : super.snapshot(prop);
  }
}

class FDataValidation extends FObject {
  constructor(fx: FakeExcel, private readonly target: () => RangeTarget) { super(fx, "DataValidation"); }

  private records(f: (old: FakeValidation | undefined) => FakeValidation): void {
    const t = this.target();
    t.sheet.guard(t.rect, "dataValidation");
    const copies = new Map<FakeValidation | undefined, FakeValidation>();
    eachCell(t, (r, c) => {
      const k = key(r, c);
      const old = t.sheet.validationOf.get(k);
      let next = copies.get(old);
      if (!next) copies.set(old, (next = f(old)));
      t.sheet.validationOf.set(k, next);
    });
  }

  set rule(v: Record<string, unknown>) {
    this.setter("rule", v, () => {
      const t = this.target();
      if ("list" in v) {
        eachCell(t, (r, c) => {
          if (t.sheet.validationOf.get(key(r, c))?.prompt) throw new Error("InvalidOperation: list rule set after a prompt on an overlapping range (office-js #2594)");
        });
      }
      // Excel refuses a rule over cells whose validations differ (office-js #2594's InvalidArgument)
      const seen = new Set<FakeValidation | undefined>();
      eachCell(t, (r, c) => { seen.add(t.sheet.validationOf.get(key(r, c))); });
      if (seen.size > 1) throw new Error("InvalidArgument: rule set over cells with different validations (office-js #2594)");
      this.records(() => ({ rule: v, anchor: { row: t.rect.r0, col: t.rect.c0 } }));
    });
  }
  get rule(): Record<string, unknown> { return this.read("rule"); }
  set prompt(v: Record<string, unknown>) { this.setter("prompt", v, () => this.records((old) => ({ ...old, prompt: v }))); }
  get prompt(): Record<string, unknown> { return this.read("prompt"); }
  set errorAlert(v: Record<string, unknown>) { this.setter("errorAlert", v, () => this.records((old) => ({ ...old, errorAlert: v }))); }
  get errorAlert(): Record<string, unknown> { return this.read("errorAlert"); }
  set ignoreBlanks(v: boolean) { this.setter("ignoreBlanks", v, () => this.records((old) => ({ ...old, ignoreBlanks: v }))); }
  get ignoreBlanks(): boolean { return this.read("ignoreBlanks"); }

  clear(): void {
    this.call("clear", [], () => { const t = this.target(); t.sheet.guard(t.rect, "dataValidation.clear"); eachCell(t, (r, c) => t.sheet.validationOf.delete(key(r, c))); });
  }
}

class FConditionalFormats extends FObject {
  constructor(fx: FakeExcel, private readonly target: () => RangeTarget) { super(fx, "ConditionalFormatCollection"); }

  add(type: string): FConditionalFormat {
    this.fx.chargePath("ConditionalFormatCollection.add", [type]);
    const rec: FakeConditionalFormat = { id: this.fx.newCfId(), range: { r0: 0, c0: 0, r1: 0, c1: 0 }, type };
    this.call("add", [type], () => {
      const t = this.target();
      t.sheet.guard(t.rect, "conditionalFormats.add");
      rec.range = { ...t.rect };
      t.sheet.conditionalFormats.push(rec);
    });
    return new FConditionalFormat(this.fx, rec);
  }

  /** removes the rules lying inside the range (a rule reaching beyond it is kept: not modelled) */
  clearAll(): void {
    this.call("clearAll", [], () => {
      const t = this.target();
      t.sheet.guard(t.rect, "conditionalFormats.clearAll");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !(inside(cf.range, t.rect)));
    });
  }

  getCount(): { value: number } {
    const result = { loadedValue: undefined as number | undefined, get value(): number { if (this.loadedValue === undefined) throw new Error("PropertyNotLoaded: ClientResult.value needs a sync"); return this.loadedValue; } };
    this.fx.enqueue("ConditionalFormatCollection.getCount", [], () => {
      const t = this.target();
      result.loadedValue = t.sheet.conditionalFormats.filter((cf) => intersects(cf.range, t.rect)).length;
      return 8;
    });
    return result;
  }

  get items(): Array<{ type: string }> { return this.read("items"); }
  protected override snapshot(prop: string): unknown {
    if (prop !== "items" && !prop.startsWith("items/")) return super.snapshot(prop);
    const t = this.target();
    return t.sheet.conditionalFormats.filter((cf) => intersects(cf.range, t.rect)).map((cf) => ({ type: cf.type }));
  }
}

class FConditionalFormat extends FObject {
  readonly custom: { rule: { formula: string }; format: { numberFormat: string; fill: { color: string }; font: { color: string; bold: boolean; italic: boolean }; borders: { getItem(edge: string): { style: string; color: string } } } };
  constructor(fx: FakeExcel, rec: FakeConditionalFormat) {
    super(fx, "ConditionalFormat");
    const set = (prop: string, v: unknown, apply: () => void): void => this.setter(prop, v, () => {
      if (rec.type !== "Custom") throw new Error(`InvalidOperation: ${prop} on a ${rec.type} rule`);
      apply();
    });
    fx.chargePath("ConditionalFormat.custom");
    const noRead = (p: string): never => { throw new Error(`PropertyNotLoaded: ${p}`); };
    this.custom = {
      rule: { set formula(v: string) { set("formula", v, () => { rec.formula = v; }); }, get formula(): string { return noRead("formula"); } },
      format: {
        set numberFormat(v: string) { set("numberFormat", v, () => { rec.numFmt = v; }); }, get numberFormat(): string { return noRead("numberFormat"); },
        fill: { set color(v: string) { set("fill.color", v, () => { rec.fill = v; }); }, get color(): string { return noRead("fill.color"); } },
        font: {
          set color(v: string) { set("font.color", v, () => { rec.fontColor = v; }); }, get color(): string { return noRead("font.color"); },
          set bold(v: boolean) { set("font.bold", v, () => { rec.bold = v; }); }, get bold(): boolean { return noRead("font.bold"); },
          set italic(v: boolean) { set("font.italic", v, () => { rec.italic = v; }); }, get italic(): boolean { return noRead("font.italic"); },
        },
        // ConditionalRangeBorderCollection (ExcelApi 1.6): the four edges only, style and colour
        borders: {
          getItem: (edge: string) => {
            if (!["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"].includes(edge)) throw new Error(`InvalidArgument: conditional border ${edge}`);
            fx.chargePath("ConditionalRangeBorderCollection.getItem", [edge]);
            const at = (): { style?: string; color?: string } => ((rec.borders ??= {})[edge] ??= {});
            return {
              set style(v: string) { set("border.style", v, () => { at().style = v; }); }, get style(): string { return noRead("border.style"); },
              set color(v: string) { set("border.color", v, () => { at().color = v; }); }, get color(): string { return noRead("border.color"); },
            };
          },
        },
      },
    };
  }
}

class FNames extends FObject {
  constructor(fx: FakeExcel) { super(fx, "NamedItemCollection"); }
  get items(): FNamedItem[] { return this.read("items"); }

  override load(props?: string | string[]): this {
    const list = parseLoad(props);
    const subs = list.filter((p) => p.startsWith("items")).map((p) => (p.includes("/") ? p.slice(p.indexOf("/") + 1) : "name"));
    this.fx.enqueue("NamedItemCollection.load", [list], () => {
      let n = 0;
      const items = [...this.fx.names.values()].map((nm) => {
        const it = new FNamedItem(this.fx);
        for (const s of subs) n += it.loadNow(s, nm);
        return it;
      });
      this.loaded.set("items", items);
      return n;
    });
    return this;
  }

  getItem(name: string): FNamedItem {
    this.fx.chargePath("NamedItemCollection.getItem", [name]);
    return new FNamedItem(this.fx, () => {
      const n = this.fx.names.get(name.toLowerCase());
      if (!n) throw new Error(`ItemNotFound: no name "${name}"`);
      return n;
    });
  }

  add(name: string, reference: string): void {
    this.fx.requireApi("1.4", "NamedItemCollection.add");
    this.call("add", [name, reference], () => {
      if (this.fx.names.has(name.toLowerCase())) throw new Error(`ItemAlreadyExists: name "${name}"`);
      if (typeof reference !== "string" || !reference.startsWith("=")) throw new Error("InvalidArgument: reference must be a formula");
      const m = /^='?(.+?)'?!\$?[A-Z]+\$?\d+$/.exec(reference);
      if (m && m[1] && !this.fx.findSheet(m[1].replace(/''/g, "'"))) throw new Error(`InvalidArgument: name ${name} refers to a missing sheet`);
      this.fx.names.set(name.toLowerCase(), { name, formula: reference });
    });
  }
}

class FNamedItem extends FObject {
  constructor(fx: FakeExcel, private readonly named?: () => { name: string; formula: string }) { super(fx, "NamedItem"); }
  /** the one cell the name refers to (ExcelApi 1.3) */
  getRange(): FRange {
    this.fx.requireApi("1.3", "NamedItem.getRange");
    this.fx.chargePath("NamedItem.getRange");
    return new FRange(this.fx, () => {
      const n = this.named?.();
      const m = n && /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(n.formula);
      const sheet = m?.[1] ? this.fx.findSheet(m[1].replace(/''/g, "'")) : undefined;
      if (!m || !sheet) throw new Error("fake: only a name of one cell on an existing sheet is modelled");
      const a = parseAddress(`${m[2]}${m[3]}`);
      return { sheet, rect: a };
    });
  }
  loadNow(prop: string, n: { name: string; formula: string }): number {
    this.nullResolved = true;
    let v: unknown;
    switch (prop) {
      case "name": v = n.name; break;
      case "type": v = "Range"; break;
      case "value": v = n.formula.slice(1).replace(/^'(.+)'!/, (_m, s: string) => `${s.replace(/''/g, "'")}!`); break;
      case "formula":
        this.fx.requireApi("1.7", "NamedItem.formula");
        v = n.formula;
        break;
      default: throw new Error(`fake: NamedItem.${prop} cannot be loaded`);
    }
    this.loaded.set(prop, v);
    return bytesOf(v) + prop.length + 4;
  }
  get name(): string { return this.read("name"); }
  get type(): string { return this.read("type"); }
  get value(): string { return this.read("value"); }
  get formula(): string { return this.read("formula"); }
}

// ---------------------------------------------------------------------------------------
// charts (ExcelApi 1.1; series.add, setValues and setXAxisValues 1.7)

function rangeOn(sheet: FakeSheet, r: unknown, what: string): string {
  if (!(r instanceof FRange)) throw new Error(`InvalidArgument: ${what} needs a Range`);
  const { sheet: s, address } = r.rectText();
  if (s !== sheet) throw new Error(`fake: ${what} on another sheet is not modelled`);
  return address;
}

class FCharts extends FObject {
  constructor(fx: FakeExcel, private readonly sheet: () => FakeSheet) { super(fx, "ChartCollection"); }
  add(type: string, source: FRange, seriesBy?: string): FChart {
    this.fx.chargePath("ChartCollection.add", [type, seriesBy ?? "Auto"]);
    const rec: FakeChart = { type, source: "", seriesBy: seriesBy ?? "Auto", series: [] };
    this.call("add", [type, seriesBy ?? "Auto"], () => {
      const s = this.sheet();
      s.guard({ r0: 1, c0: 1, r1: 1, c1: 1 }, "chart");
      rec.source = rangeOn(s, source, "charts.add");
      if (seriesBy !== "Columns") throw new Error("fake: only seriesBy Columns is modelled");
      const { c0, c1 } = parseAddress(rec.source);
      for (let c = c0; c <= c1; c++) rec.series.push({ name: `系列${rec.series.length + 1}`, values: rec.source });
      s.charts.push(rec);
    });
    return new FChart(this.fx, rec, this.sheet);
  }
}

class FChart extends FObject {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: { getItemAt(i: number): FChartSeries; add(name?: string): FChartSeries };
  /** ExcelApi 1.8: whether only visible cells are drawn (its data in hidden columns needs false) */
  set plotVisibleOnly(v: boolean) {
    this.fx.requireApi("1.8", "Chart.plotVisibleOnly");
    this.setter("plotVisibleOnly", v, () => { this.rec.plotVisibleOnly = v; });
  }

  constructor(fx: FakeExcel, private readonly rec: FakeChart, sheet: () => FakeSheet) {
    super(fx, "Chart");
    const set = (p: string, v: unknown, f: () => void): void => this.setter(p, v, f);
    this.title = { set text(v: string) { set("title.text", v, () => { rec.title = v; }); }, get text(): string { throw new Error("PropertyNotLoaded: title.text"); } };
    this.legend = { set position(v: string) { set("legend.position", v, () => { rec.legend = v; }); }, get position(): string { throw new Error("PropertyNotLoaded: legend.position"); } };
    this.series = {
      getItemAt: (i: number) => {
        fx.chargePath("ChartSeriesCollection.getItemAt", [i]);
        return new FChartSeries(fx, () => {
          const s = rec.series[i];
          if (!s) throw new Error(`ItemNotFound: series ${i}`);
          return s;
        }, sheet);
      },
      add: (name?: string) => {
        fx.requireApi("1.7", "ChartSeriesCollection.add");
        fx.chargePath("ChartSeriesCollection.add", [name ?? ""]);
        let created: FakeChartSeries | undefined;
        fx.enqueue("ChartSeriesCollection.add", [name ?? ""], () => { created = { name: name ?? `系列${rec.series.length + 1}` }; rec.series.push(created); });
        return new FChartSeries(fx, () => {
          if (!created) throw new Error("fake: series used before its add ran");
          return created;
        }, sheet);
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.call("setPosition", [start, end ?? ""], () => {
      parseAddress(start);
      if (end !== undefined) parseAddress(end);
      this.rec.position = { start, end: end ?? start };
    });
  }
}

class FChartSeries extends FObject {
  readonly format: { fill: { setSolidColor(c: string): void } };
  constructor(fx: FakeExcel, private readonly rec: () => FakeChartSeries, private readonly sheet: () => FakeSheet) {
    super(fx, "ChartSeries");
    fx.chargePath("ChartSeries.format");
    this.format = {
      fill: {
        setSolidColor: (c: string) => this.call("fill.setSolidColor", [c], () => {
          if (!/^#[0-9A-Fa-f]{6}$/.test(c)) throw new Error(`InvalidArgument: colour ${c}`);
          this.rec().fill = c;
        }),
      },
    };
  }
  set name(v: string) { this.setter("name", v, () => { this.rec().name = v; }); }
  get name(): string { return this.read("name"); }
  setValues(r: FRange): void {
    this.fx.requireApi("1.7", "ChartSeries.setValues");
    this.call("setValues", [], () => { this.rec().values = rangeOn(this.sheet(), r, "setValues"); });
  }
  setXAxisValues(r: FRange): void {
    this.fx.requireApi("1.7", "ChartSeries.setXAxisValues");
    this.call("setXAxisValues", [], () => { this.rec().xValues = rangeOn(this.sheet(), r, "setXAxisValues"); });
  }
}
