import { titleWithRegion } from "../templates/titleWithRegion";
import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import { valueCell } from "./valueCell";
import { blankGroups } from "../cycle/blankGroups";
import type { ReturnBlank } from "../cycle/UnitFacts";
import { fileCount } from "../cycle/UnusableFile";
import { toVerifyLine } from "./toVerifyLine";
import { TO_VERIFY_ROW, toVerifyByStatus } from "../domain/statusCountsText";
import { projectsLeftOutLines } from "./projectsLeftOutLines";
import { UNCLASSIFIED } from "../templates/UNCLASSIFIED";
import { shownValue } from "./shownValue";
import { STATUS_CODES, STATUS_LABELS, type Status } from "../domain/Status";
import { a1, quoteSheet } from "./a1";
import { COLOURED, STATUS_FILL } from "./palette";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedCell, PlannedSheet, StyleKey, WorkbookPlan } from "./SheetPlan";
import { goodShare, type Counts, type SummaryFigures, type ListedRow } from "./summarize";
import type { CheckItem } from "./CheckReport";
import { flagReason } from "./flagReason";
import { problemSite } from "./problemSite";
import { EMPTY_CELL } from "../domain/quotedValue";
import { oneLineWidth } from "./oneLineWidth";
import { fitToWidthScale } from "./fitToWidthScale";
import { MIN_SCALE } from "./printSetup";
import { wrappedLines } from "./wrappedLines";
import { figureLines } from "./figureLines";
import { progressBeside } from "./progressBeside";
import { PROGRESS_FORMAT, progressFormat, sharePattern } from "./progressFormat";
import { namesThatFit } from "./namesThatFit";
import { markedStatus } from "../domain/markedStatus";
import { overdueEnd } from "../domain/overdueEnd";
import { namedApart } from "./namedApart";

export const SUMMARY_SHEET = "汇总";
export const FLAGS_SHEET = "问题清单";
/** the full list of units, when the 汇总范围 line had to be shortened */
export const UNITS_SHEET = "汇总范围";

/** Where a row's cell is, as a link; the CLI points into the county files, the add-in into the open workbook. */
export type LinkTo = (file: string, sheet: string, cell: string) => string;

/**
 * A sheet being written, row after row (rows only ever grow): a SheetBuilder collects a
 * PlannedSheet (the pane), the CLI's streaming writer commits each row as it goes (issue 19).
 * Columns, print setup and freeze are set before the first value.
 */
export interface SheetTarget {
  readonly sheet: PlannedSheet;
  addColumn(key: string, width: number, hidden?: boolean): number;
  value(row: number, col: number, value: string | number | null, style?: StyleKey, extra?: Partial<PlannedCell>): void;
}

const pct = "0.0%";
const money = "#,##0.00";
/** Excel's limit for a cell's text; the 汇总范围 line stays far below it */
export const MAX_CELL_TEXT = 32767;
/** one bar per county up to this many; beyond it a chart cannot be read */
export const MAX_CHART_BARS = 60;

/**
 * Widths of 汇总's twelve columns (characters), at least. Their sum (118) prints on A4 landscape at 100%
 * in Excel (≈ 890 px of 1,045) and in LibreOffice (whose characters are wider, ≈ 1,035 px); columns widened
 * for their content (a template's title, a file's name, a 位置) print smaller, and the page breaks computed
 * below are counted at the scale printed (fitToWidthScale).
 */
const WIDTHS = [20, 13, 8, 8, 8, 8, 8, 8, 8, 8, 6, 15];
/** printable height of an A4 landscape page with our margins (595 pt − 0.5 in − 0.6 in), less a safety line, at 100 % */
const PAGE_PT = 500;
/**
 * A bar chart's height per bar (0.6 cm) and for its title, axis and legend: at 27 units in a chart of a fixed 26
 * rows LibreOffice labelled every other bar (trial37b F2); at 0.6 cm each bar keeps its label.
 */
const BAR_PT = (0.6 / 2.54) * 72;
const CHART_FRAME_PT = 90;
const LINE_PT = 13.5;
const ROW_PT = 18;

/** Height of a row whose wrapped cells are `cells` ([text, column width]), so nothing overprints or is clipped. */
export function wrappedHeight(cells: Array<[string, number]>, min = ROW_PT): number {
  const lines = Math.max(1, ...cells.map(([t, w]) => wrappedLines(t, w)));
  return Math.max(min, Math.ceil(lines * LINE_PT + 5));
}

/** The 汇总范围 line: units named as far as namesThatFit goes, the rest counted (the full list is on UNITS_SHEET). */
export function scopeLine(units: ReadonlyArray<{ unit: string; yearBlank?: ReturnBlank }>, unsummed = 0): { text: string; shortened: boolean } {
  const names = namesThatFit(units.map((u) => u.unit));
  const shortened = names.length < units.length;
  // a return without the year's values is counted among the returns received, and named as the ledger names it (未报 there)
  const blank = blankGroups(units, (u) => u.yearBlank);
  const many = blank.reduce((n, g) => n + g.items.length, 0) > 3;
  const which = blank.length === 0 ? "" : many ? `，其中 ${blank.map((g) => `${g.items.length} 份${BLANK_WORDS.zh[g.blank]}`).join("、")}`
    : `，其中${blank.map((g) => `${g.items.map((u) => u.unit).join("、")}${BLANK_WORDS.zh[g.blank]}`).join("，")}`;
  // files received and not summed are counted here, and each is a row of 问题清单
  const others = unsummed > 0 ? `；另有 ${unsummed} 个文件未汇总，见「${FLAGS_SHEET}」表` : "";
  const text = shortened ? `汇总范围：${names.join("、")}等 ${units.length} 个单位（完整名单见「${UNITS_SHEET}」表${which}${others}）` : `汇总范围：${names.join("、")}（${units.length} 份${which}${others}）`;
  return { text, shortened };
}

/**
 * The managers' summary workbook as a plan: 汇总 (counties as rows, figures, lists, a native
 * chart), 问题清单 (every flag) and, when the units do not fit on 汇总's 汇总范围 line, 汇总范围.
 */
export function summaryWorkbookPlan(f: SummaryFigures, link: LinkTo): WorkbookPlan {
  const sheets: PlannedSheet[] = [];
  const rows = writeSummarySheets(f, link, (name) => {
    const b = new SheetBuilder(name, "template");
    sheets.push(b.sheet);
    return b;
  });
  while (!rows.next().done) continue;
  return { sheets, names: [] };
}

/**
 * Writes the summary's sheets in order through `open` (a new sheet each call; the previous one
 * is done). A generator: it pauses after each listed row, so a streaming writer can let its
 * output drain (the lists may hold hundreds of thousands of rows).
 */
export function* writeSummarySheets(f: SummaryFigures, link: LinkTo, open: (name: string) => SheetTarget): Generator<void> {
  const scope = scopeLine(f.units, fileCount(f.unsummed ?? []));
  yield* summarySheet(f, link, open(SUMMARY_SHEET), scope.text);
  yield* flagsSheet(f, link, open(FLAGS_SHEET));
  if (scope.shortened) yield* unitsSheet(f, link, open(UNITS_SHEET));
}

/**
 * Rows in order with their heights, breaking pages by hand so that a table continued on the
 * next page starts with its header row again (a sheet repeats one set of title rows only,
 * and 汇总 has several tables).
 */
/**
 * A table's body rows as the pager needs them ahead (their number, each one's height in points by index), so it keeps
 * a small table whole and never strands its first or last rows (trial37c F2): asked lazily, the lists can be long.
 */
export interface TableBody { n: number; height: (i: number) => number }
/** A table of at most this many body rows moves whole to the next page when it fits there (trial37c F2). */
const SMALL_TABLE = 10;
/** The rows a table starts and ends with, kept on one page: never one or two alone under a header (trial37c F2). */
const TOGETHER = 3;

/** The body rows `from`..`to` (exclusive)'s height, in points. */
function bodyHeight(body: TableBody, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += body.height(i);
  return sum;
}

/**
 * A long list's body as the pager asks it (TableBody): the heights of its first SMALL_TABLE and last TOGETHER rows,
 * found in one pass (the list is iterable only, and may be long); the rows between are never asked for.
 */
function edgeRows<T>(rows: Iterable<T> & { readonly length: number }, height: (row: T) => number): TableBody {
  const n = rows.length;
  const known = new Map<number, number>();
  let i = 0;
  for (const row of rows) {
    if (i < SMALL_TABLE || i >= n - TOGETHER) known.set(i, height(row));
    i++;
  }
  return { n, height: (k) => known.get(k) ?? ROW_PT };
}

class Pager {
  row = 1;
  private y = 0;
  /** the table being written's body rows, and how many of them are written */
  private body: TableBody | null = null;
  private at = 0;
  /** the section title just written (kept with the table under it), while nothing follows it yet */
  private title: { row: number; h: number } | null = null;
  private header: ((r: number) => number) | null = null;
  /** the repeated header's height */
  private headH = 0;
  /** the row of a table's header just written, while no row of its table follows it yet; its height */
  private lone: { row: number; h: number } | null = null;
  /** the rows' points a printed page holds: PAGE_PT at the sheet's print scale */
  readonly page: number;
  /** `widths`: the sheet's column widths, as set (a header's height is its wrapped lines in them; their sum, the print scale) */
  constructor(private readonly t: SheetTarget, private readonly widths: readonly number[]) {
    this.page = PAGE_PT / fitToWidthScale(widths);
  }

  private breakHere(): void {
    (this.t.sheet.rowBreaks ??= []).push(this.row - 1);
    this.y = 0;
  }


  /** Writes one row of height `h`; `keep` more points must fit below it on the same page. */
  line(h: number, write: (r: number) => void, keep = 0): void {
    const lone = this.lone;
    this.lone = null;
    this.title = null;
    if (this.body) {
      // a table's last TOGETHER rows on one page (a 合计 with its 其中 row, never the last row alone under a repeated
      // header), as long as they fit a page under the header
      const i = this.at++;
      const tail = i >= this.body.n - TOGETHER ? bodyHeight(this.body, i + 1, this.body.n) : 0;
      if (h + tail + (this.header ? this.headH : 0) <= this.page) keep = Math.max(keep, tail);
    }
    if (this.y > 0 && this.y + h + keep > this.page && lone && this.y > lone.h) {
      // a first row taller than the room the header kept for it (a wrapped name): the header goes to the
      // next page with it, never left alone at a page's foot and written again (trial35 TP9)
      (this.t.sheet.rowBreaks ??= []).push(lone.row - 1);
      this.y = lone.h;
    } else if (this.y > 0 && this.y + h + keep > this.page) {
      this.breakHere();
      if (this.header) {
        const hh = this.header(this.row);
        this.t.sheet.rowHeights[this.row] = hh;
        this.row++;
        this.y += hh;
      }
    }
    this.t.sheet.rowHeights[this.row] = h;
    write(this.row);
    this.row++;
    this.y += h;
  }

  /** A section's title, kept on the page of the table under it (table). */
  sectionTitle(h: number, write: (r: number) => void, keep: number): void {
    this.line(h, write, keep);
    this.title = { row: this.row - 1, h };
  }

  /** A gap of one empty row (dropped at the top of a page). */
  gap(): void {
    if (this.y === 0) return;
    this.line(8, () => undefined);
  }

  /** A block (a chart) as `n` rows `h` high kept on one page, `write` given each one (its index, its row); returns its first row. */
  block(n: number, h = ROW_PT, write: (i: number, r: number) => void = () => undefined): number {
    const first = this.row;
    for (let i = 0; i < n; i++) this.line(h, (r) => write(i, r), i === 0 ? (n - 1) * h : 0);
    return this.rowAfterBreak(first, n);
  }

  private rowAfterBreak(first: number, n: number): number {
    return this.row - n >= first ? this.row - n : first;
  }

  /**
   * A table's header row, written now and again at the top of each page the table runs onto;
   * `spans` are [first, last] columns merged under one heading.
   */
  table(cells: Array<[number, string]>, spans: Array<[number, number]> = [], whole?: number, body?: TableBody): void {
    const h = this.headHeight(cells);
    // a small table (SMALL_TABLE rows) kept whole where a page holds it; a longer one starts with TOGETHER rows
    const all = body && body.n <= SMALL_TABLE ? bodyHeight(body, 0, body.n) : undefined;
    const start = body ? (all !== undefined && h + all <= this.page ? all : bodyHeight(body, 0, Math.min(TOGETHER, body.n))) : undefined;
    // a chart's source (`whole` = its rows' height) stays one contiguous range: it starts on a
    // new page when that keeps it whole, and is never interrupted by a repeated header
    const keep = whole ?? (start !== undefined && h + start <= this.page ? start : undefined);
    if (keep !== undefined && this.y > 0 && this.y + h + keep > this.page && h + keep <= this.page) {
      // the section's title goes over with its table, never left at a page's foot
      const title = this.title;
      if (title && this.y > title.h) {
        (this.t.sheet.rowBreaks ??= []).push(title.row - 1);
        this.y = title.h;
      } else this.breakHere();
    }
    const writeHead = (r: number): number => {
      const all = new Map(cells);
      for (const [a, b] of spans) for (let c = a + 1; c <= b; c++) all.set(c, "");
      for (const [c, t] of [...all].sort((x, y) => x[0] - y[0])) this.t.value(r, c, t, "header");
      for (const [a, b] of spans) this.t.sheet.merges.push(`${colLetter(a)}${r}:${colLetter(b)}${r}`);
      return h;
    };
    this.header = null;
    this.body = null;
    this.line(h, (r) => void writeHead(r), ROW_PT);
    this.header = whole === undefined ? writeHead : null;
    this.headH = h;
    this.lone = { row: this.row - 1, h };
    this.body = body ?? null;
    this.at = 0;
  }

  /** The height of a header row of `cells`: their wrapped lines in their columns. */
  headHeight(cells: Array<[number, string]>): number {
    return wrappedHeight(cells.map(([c, t]) => [t, this.widths[c - 1] ?? 9]), 20);
  }

  endTable(): void {
    this.header = null;
    this.lone = null;
    this.body = null;
  }
}

/** A status cell, coloured as the sheets colour it; with `attribute` a binding row's status is marked as check marks it (markedStatus), and an `overdue` project's. */
function statusCell(t: SheetTarget, r: number, c: number, s: Status, attribute?: string, overdue = false): void {
  t.value(r, c, markedStatus(s, attribute, "zh", overdue), "status", COLOURED.includes(s) ? { fill: STATUS_FILL[s].fill } : {});
}

const statusCol = (s: Status): number => 3 + STATUS_CODES.indexOf(s);
const TOTAL_COL = 3 + STATUS_CODES.length;
const SHARE_COL = TOTAL_COL + 1;
const countHeads = (): Array<[number, string]> => [...STATUS_CODES.map((s): [number, string] => [statusCol(s), STATUS_LABELS[s]]), [TOTAL_COL, "合计"], [SHARE_COL, "达标或符合进度占比"]];

/**
 * Under a 合计 row: of each count, the rows the report does not grade (values to verify, statusCountsText's words in
 * numbers), only when there are any: a trial's 已达标 3 held two ×1000 slips. Blank where none.
 */
function toVerifyRow(p: Pager, t: SheetTarget, f: Pick<SummaryFigures, "toVerify">): void {
  const { by, n } = toVerifyCounts(f);
  if (n === 0) return;
  p.line(ROW_PT, (r) => {
    t.value(r, 1, TO_VERIFY_ROW, "text");
    for (const s of STATUS_CODES) if (by[s]) t.value(r, statusCol(s), by[s]!, "number");
    t.value(r, TOTAL_COL, n, "number");
  });
}

/** The rows under a count table's body: its 合计, and its 其中数值待核实 row when there are values to verify. */
const totalRows = (f: Pick<SummaryFigures, "toVerify">): number => (toVerifyCounts(f).n > 0 ? 2 : 1);

/** The values to verify by status, and their number (0: no 其中数值待核实 row). */
function toVerifyCounts(f: Pick<SummaryFigures, "toVerify">): { by: Partial<Record<Status, number>>; n: number } {
  const by = toVerifyByStatus((f.toVerify ?? []).map((x) => ({ status: x.status, ungraded: x.verify })));
  return { by, n: STATUS_CODES.reduce((a, s) => a + (by[s] ?? 0), 0) };
}

function countCells(t: SheetTarget, r: number, c: Counts, bold = false): void {
  for (const s of STATUS_CODES) t.value(r, statusCol(s), c[s], "number");
  t.value(r, TOTAL_COL, STATUS_CODES.reduce((a, s) => a + c[s], 0), bold ? "header" : "number");
  t.value(r, SHARE_COL, goodShare(c), "number", { numFmt: pct });
}

/** The shown name of a unit's file (its last path part). */
const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/**
 * Column B's width: its usual 13, or wide enough for the longest file name of 按单位统计 on one line, up to
 * FILE_WIDTH_MAX and to the room the other columns (`widths`, the sheet's, B's ignored) leave for the sheet to print at
 * MIN_SCALE or more; a longer name wraps (Excel) and its row is as tall as its lines. At 26 a renamed file
 * printed cut: 开化县2023年度规划指标填报（终稿）.x (trial37b F1).
 */
function fileColumnWidth(files: readonly string[], widths: readonly number[]): number {
  let room = FILE_WIDTH_MAX;
  while (room > WIDTHS[1]! && fitToWidthScale(widths.map((w, i) => (i === 1 ? room : w))) < MIN_SCALE) room--;
  return oneLineWidth(files.map(fileName), WIDTHS[1]!, room);
}
const FILE_WIDTH_MAX = 40;

/**
 * The sheets of listed rows, each with its longest cell (standing for its others in a 位置's
 * width): the rows are read once more for it (a spool in the CLI: a pass over lines written).
 */
function placesOf(items: Iterable<{ item: CheckItem; cell?: string }>, year: number): Map<string, string> {
  const longest = new Map<string, string>();
  for (const { item, cell: own } of items) {
    const cell = own ?? cellOf(item, year);
    if (cell.length > (longest.get(item.sheet) ?? "").length) longest.set(item.sheet, cell);
  }
  return longest;
}

/**
 * A 位置 column's width: `min`, or wide enough for each `Sheet!K8` on one line up to
 * PLACE_WIDTH_MAX, wrapped beyond (a long sheet name printed 衢州市主要指标目 in 问题清单, and
 * 衢州市主要指标目标表!K7 on two lines in 汇总).
 */
function placeWidth(places: Map<string, string>, min: number): number {
  return oneLineWidth([...places].map(([sheet, cell]) => `${sheet}!${cell}`), min, PLACE_WIDTH_MAX);
}
const PLACE_WIDTH_MAX = 32;

/**
 * Column A's width: `min`, or wide enough for each template's title (按模板与领域统计's 模板) and unit on one line up
 * to TITLE_WIDTH_MAX, wrapped beyond: at 20 six of the seven catalogue titles broke after a dozen characters
 * (“十四五”公共服务主要指标⏎目标表). The sheet still prints one page wide at about 100 % (its columns ≈ 143 digits).
 */
/** A summed plan's title as the return's sheets print it: its region in front where the title does not name it (titleWithRegion). */
const planTitle = (x: SummaryFigures["templates"][number]): string => titleWithRegion({ title: x.title, region: x.region ?? "" });

function titleWidth(f: SummaryFigures, min: number): number {
  return oneLineWidth([...f.templates.map(planTitle), ...f.units.map((u) => u.unit)], min, TITLE_WIDTH_MAX);
}
const TITLE_WIDTH_MAX = 44;

function* summarySheet(f: SummaryFigures, link: LinkTo, t: SheetTarget, scope: string): Generator<void> {
  // the widths as set: rows are as tall as their lines in these, not in the usual WIDTHS (a unit
  // in a widened column B was given a line more than it prints in)
  const widths = WIDTHS.map((w, i) => (i === 0 ? titleWidth(f, w) : i === 11 ? placeWidth(placesOf(f.lagging, f.year), w) : i === SHOWN_COLUMN ? shownWidth(f.lagging, f.year, w) : w));
  // column B as wide as its file names where the others leave room (fileColumnWidth)
  if (f.units.length > 1) widths[1] = fileColumnWidth(f.units.map((u) => u.file), widths);
  // a line of the whole table's width (汇总范围, 模板, 待核实): merged across it and wrapped, never running past its last
  // column, which made the page print smaller than its breaks were made for (trial37b F1)
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const lastCol = colLetter(widths.length);
  const acrossTable = (text: string, style: StyleKey): void => p.line(wrappedHeight([[text, tableWidth]]), (r) => {
    t.value(r, 1, text, style);
    t.sheet.merges.push(`A${r}:${lastCol}${r}`);
  });
  widths.forEach((w, i) => t.addColumn(`c${i + 1}`, w));
  // 按单位统计's chart draws from a copy of its rows in hidden columns beside the chart (written with it, below), so the
  // table is free to run onto more pages with its header repeated (trial37b F1: 27 units continued on page 2 without it)
  const charted = f.units.length > 1 && f.units.length <= MAX_CHART_BARS;
  const copyCol = widths.length + 1;
  if (charted) for (let i = 0; i <= COLOURED.length; i++) t.addColumn(`chart${i}`, 8, true);
  t.sheet.freeze = { rows: 0, columns: 0 };
  t.sheet.print = { landscape: true, fitToWidth: true, footer: "第 &P 页，共 &N 页" };
  const p = new Pager(t, widths);
  const multi = f.units.length > 1;
  const sections = ["一", "二", "三", "四", "五", "六"];
  let sn = 0;
  const section = (title: string, keep: number): void => {
    p.gap();
    p.sectionTitle(22, (r) => t.value(r, 1, `${sections[sn++] ?? ""}、${title}`, "section"), keep);
  };
  p.line(30, (r) => t.value(r, 1, `${f.year}年度规划指标填报汇总`, "title"));
  // the plan as every return's sheet title names it, its region in front where the title lacks it (trial39a F8)
  const templates = `模板：${f.templates.map(planTitle).join("；")}`;
  // the scope line names units as far as namesThatFit goes (scopeLine, the rest on 汇总范围), wrapped within the table
  acrossTable(scope, "subtitleWrap");
  acrossTable(templates, "subtitleWrap");
  // rows counted by the sheets' status that the report will not grade: said, so 已达标 never silently disagrees (§6)
  const verify = toVerifyLine(f, "zh", "below");
  // it names each row, so it can be long: wrapped within the table's width, never a line that widens the printed page
  if (verify) acrossTable(verify, "textWrap");

  // 按单位: one row per county (issue 19: counties as rows, not columns)
  const chartSeries = (col: (s: Status) => number, first: number, last: number, catCol: string) => COLOURED.map((s) => ({
    name: STATUS_LABELS[s], values: `${colLetter(col(s))}${first}:${colLetter(col(s))}${last}`, colour: STATUS_FILL[s].fill,
  })).map((x) => ({ ...x, categories: `${catCol}${first}:${catCol}${last}` }));
  let chart: { title: string; categories: string; series: Array<{ name: string; values: string; colour: string }> } | null = null;

  // the bars draw the coloured statuses only: the title says what they leave out, so no bar reads short
  const uncharted = STATUS_CODES.filter((s) => !COLOURED.includes(s) && f.totals[s] > 0).map((s) => `${STATUS_LABELS[s]} ${f.totals[s]} 项`);
  const chartTitle = (base: string): string => (uncharted.length ? `${base}（图中不含${uncharted.join("、")}）` : base);
  if (multi) {
    section("按单位统计", 3 * ROW_PT);
    // its name and its file's name wrapped in their columns
    const unitHeight = (u: SummaryFigures["units"][number]): number => wrappedHeight([[u.unit, widths[0]!], [fileName(u.file), widths[1]!]]);
    p.table([[1, "填报单位"], [2, "文件"], ...countHeads()], [], undefined, { n: f.units.length + totalRows(f), height: (i) => { const u = f.units[i]; return u ? unitHeight(u) : ROW_PT; } });
    for (const u of f.units) {
      p.line(unitHeight(u), (r) => {
        t.value(r, 1, u.unit, "textWrap");
        t.value(r, 2, fileName(u.file), "textWrap", { hyperlink: fileOnly(link, u.file) });
        countCells(t, r, u.counts);
      });
      yield;
    }
    p.line(ROW_PT, (r) => {
      t.value(r, 1, "合计", "header");
      t.value(r, 2, `${f.units.length} 份`, "header");
      countCells(t, r, f.totals, true);
    });
    toVerifyRow(p, t, f);
    p.endTable();
  }

  // 按模板与领域
  section("按模板与领域统计", 3 * ROW_PT);
  const title = (id: string): string => { const x = f.templates.find((y) => y.id === id); return x ? planTitle(x) : id; };
  const domainRows = f.byDomain.map((d, i) => {
    const tt = i > 0 && f.byDomain[i - 1]?.template === d.template ? "" : title(d.template);
    return { d, tt, h: wrappedHeight([[tt, widths[0]!], [d.domain || `（${UNCLASSIFIED}）`, widths[1]!]]) };
  });
  const domainChart = !multi && f.byDomain.length > 0 && f.byDomain.length <= MAX_CHART_BARS;
  p.table([[1, "模板"], [2, "领域"], ...countHeads()], [], domainChart ? domainRows.reduce((a, x) => a + x.h, toVerifyCounts(f).n > 0 ? 2 * ROW_PT : ROW_PT) : undefined, { n: domainRows.length + totalRows(f), height: (i) => domainRows[i]?.h ?? ROW_PT });
  const firstDomain = p.row;
  for (const { d, tt, h } of domainRows) {
    p.line(h, (r) => {
      t.value(r, 1, tt, "textWrap");
      t.value(r, 2, d.domain || `（${UNCLASSIFIED}）`, "textWrap");
      countCells(t, r, d.counts);
    });
  }
  const lastDomain = p.row - 1;
  p.line(ROW_PT, (r) => {
    t.value(r, 1, "合计", "header");
    t.value(r, 2, "", "header");
    countCells(t, r, f.totals, true);
  });
  toVerifyRow(p, t, f);
  p.endTable();
  if (domainChart) {
    const s = chartSeries(statusCol, firstDomain, lastDomain, "B");
    chart = { title: chartTitle("各领域状态分布"), categories: s[0]?.categories ?? "", series: s };
  }
  if (chart || charted) {
    const bars = multi ? f.units.length : f.byDomain.length;
    // as tall as its bars need (BAR_PT each), at least 12 rows, at most a printed page
    const rows = Math.min(Math.floor((p.page - 30) / ROW_PT), Math.max(12, Math.ceil((bars * BAR_PT + CHART_FRAME_PT) / ROW_PT)));
    // the units' copy takes a row each: more units than rows make the rows lower, the block as high
    const n = charted ? Math.max(rows, bars) : rows;
    const h = Math.floor(((rows * ROW_PT) / n) * 100) / 100;
    p.gap();
    const from = p.block(n, h, (i, r) => {
      const u = charted ? f.units[i] : undefined;
      if (!u) return;
      t.value(r, copyCol, u.unit, "text");
      COLOURED.forEach((s, k) => t.value(r, copyCol + 1 + k, u.counts[s], "number"));
    });
    if (charted) {
      const col = (s: Status): number => copyCol + 1 + COLOURED.indexOf(s);
      const s = chartSeries(col, from, from + bars - 1, colLetter(copyCol));
      chart = { title: chartTitle("各单位状态分布"), categories: s[0]?.categories ?? "", series: s };
    }
    if (chart) {
      t.sheet.charts = [{
        title: chart.title, kind: "barStacked", categories: chart.categories,
        series: chart.series.map(({ name, values, colour }) => ({ name, values, colour })),
        from: { col: 0, row: from - 1 }, to: { col: WIDTHS.length - 2, row: from - 1 + n },
      }];
    }
  }

  // 滞后与严重滞后指标
  section("滞后与严重滞后指标（约束性指标优先）", 3 * ROW_PT);
  const lagHeads: Array<[number, string]> = [[1, "指标"], [2, "填报单位"], [3, "属性"], [4, "当年值"], [5, "序时应达"], [6, "进度"], [7, "序时进度"], [8, "状态"], [9, "说明"], [12, "位置"]];
  const noteWidth = WIDTHS[8]! + WIDTHS[9]! + WIDTHS[10]!;
  // a running total reads 累计 3.2 / （2024 年 1）: wrapped in its column (figureLines), never clipped in print
  const lagHeight = ({ unit, item }: ListedRow): number => {
    const shown = shownCell(item, f.year);
    const wrapShown: Array<[string, number]> = typeof shown === "string" ? [[shown, widths[SHOWN_COLUMN]!]] : [];
    return wrappedHeight([[namedApart(item), widths[0]!], [unit, widths[1]!], [item.note ?? "", noteWidth], [`${item.sheet}!${cellOf(item, f.year)}`, widths[11]!], ...wrapShown]);
  };
  p.table(lagHeads, [[9, 11]], undefined, f.lagging.length ? edgeRows(f.lagging, lagHeight) : { n: 1, height: () => ROW_PT });
  // projects that lag are counted in 一 with the indicators but listed under 项目, the next section: a bare （无）
  // under counts of 滞后 1 read as a contradiction (trial47d F6)
  const noneLagging = f.projects.lagging.length > 0 && f.projects.count > 0 ? `（无；滞后项目见下文${sections[sn] ?? ""}）` : "（无）";
  if (f.lagging.length === 0) p.line(ROW_PT, (r) => t.value(r, 1, noneLagging, "text"));
  for (const lag of f.lagging) {
    const { unit, file, item } = lag;
    const note = item.note ?? "";
    const shown = shownCell(item, f.year);
    p.line(lagHeight(lag), (r) => {
      // 森林覆盖率（生态）: the plan has the name under another 领域 too (namedApart)
      t.value(r, 1, namedApart(item), "textWrap");
      t.value(r, 2, unit, "textWrap");
      t.value(r, 3, item.attribute ?? "", "text");
      t.value(r, 4, shown, typeof shown === "string" ? "textWrap" : "number");
      // a strict target in the year it is for is to be passed, not reached: written with its operator, <9 (§3, our reading)
      if (item.expectedStrict && typeof item.expectedValue === "number") t.value(r, 5, `${item.expectedStrict}${round(item.expectedValue)}`, "text");
      else t.value(r, 5, item.expectedValue === undefined || item.expectedValue === null ? "" : round(item.expectedValue), "number");
      // §3a: a negative progress reads 倒退, one above 999% >999%; a 滞后 one that would read as its
      // 序时进度 gets the decimals that tell them apart (progressBeside)
      const digits = progressBeside(item)?.digits;
      t.value(r, 6, item.progress, "number", { numFmt: digits === undefined ? PROGRESS_FORMAT : progressFormat(digits) });
      t.value(r, 7, item.expected, "number", { numFmt: digits === undefined ? pct : sharePattern(digits) });
      statusCell(t, r, 8, item.status);
      t.value(r, 9, note, "textWrap");
      t.value(r, 10, "", "textWrap");
      t.value(r, 11, "", "textWrap");
      t.sheet.merges.push(`I${r}:K${r}`);
      linkCell(t, r, 12, file, item, link, f.year, "textWrap");
    });
    yield;
  }
  p.endTable();

  // 项目 (left out when the templates hold no projects)
  const pr = f.projects;
  if (pr.count > 0) {
    section("项目", 4 * ROW_PT);
    const line = `项目 ${pr.count} 个；计划投资 ${round(pr.planned)} 亿元；累计完成 ${round(pr.completed)} 亿元；完成率 ${pr.planned > 0 ? Math.round((pr.completed / pr.planned) * 1000) / 10 : 0}%`;
    p.line(ROW_PT, (r) => t.value(r, 1, line, "subtitle"));
    // 累计完成投资 read as 万元, and 数据异常 projects: out of the sums above and the groups below, said with each (§4, our reading)
    for (const said of projectsLeftOutLines(pr, "zh")) {
      acrossTable(said, "textWrap");
    }
    for (const [label, rows] of [["按类别", pr.byCategory], ["按责任单位", pr.byOwner]] as const) {
      p.gap();
      p.table([[1, label], [2, "项目数"], [3, "计划投资(亿元)"], [4, "累计完成(亿元)"], [5, "完成率"]]);
      for (const g of rows) {
        p.line(wrappedHeight([[g.key, widths[0]!]]), (r) => {
          t.value(r, 1, g.key, "textWrap");
          t.value(r, 2, g.count, "number");
          t.value(r, 3, round(g.planned), "number", { numFmt: money });
          t.value(r, 4, round(g.completed), "number", { numFmt: money });
          t.value(r, 5, g.planned > 0 ? g.completed / g.planned : null, "number", { numFmt: pct });
        });
      }
      p.endTable();
    }
    p.gap();
    // the 说明 the filer wrote, as the indicators' list gives it (a lagging project must have one)
    p.table([[1, "滞后与逾期项目"], [2, "填报单位"], [3, "状态"], [4, "累计完成(亿元)"], [5, "总投资(亿元)"], [6, "说明"], [9, "位置"]], [[6, 8], [9, 11]]);
    if (pr.lagging.length === 0) p.line(ROW_PT, (r) => t.value(r, 1, "（无）", "text"));
    for (const { unit, file, item } of pr.lagging) {
      const note = item.note ?? "";
      p.line(wrappedHeight([[item.name, widths[0]!], [unit, widths[1]!], [note, widths[5]! + widths[6]! + widths[7]!], [`${item.sheet}!${cellOf(item, f.year)}`, widths[8]! + widths[9]! + widths[10]!]]), (r) => {
        t.value(r, 1, item.name, "textWrap");
        t.value(r, 2, unit, "textWrap");
        // 逾期 said as check says it (overdueEnd: the row keeps its project_overdue), not a plain 严重滞后 beside 97.8%
        statusCell(t, r, 3, item.status, undefined, overdueEnd(item.issues) !== null);
        t.value(r, 4, numberOrText(item.value), "number");
        t.value(r, 5, numberOrText(item.target), "number");
        t.value(r, 6, note, "textWrap");
        t.value(r, 7, "", "textWrap");
        t.value(r, 8, "", "textWrap");
        t.sheet.merges.push(`F${r}:H${r}`);
        linkCell(t, r, 9, file, item, link, f.year, "textWrap");
        t.value(r, 10, "", "textWrap");
        t.value(r, 11, "", "textWrap");
        t.sheet.merges.push(`I${r}:K${r}`);
      });
      yield;
    }
    p.endTable();
  }

  // 改革 (left out when the templates hold no reforms)
  if (f.reforms.length > 0) {
    section("改革进展", 3 * ROW_PT);
    p.table([[1, "进展状态"], [2, "项数"]]);
    for (const x of f.reforms) {
      p.line(wrappedHeight([[x.state, widths[0]!]]), (r) => {
        t.value(r, 1, x.state, "textWrap");
        t.value(r, 2, x.count, "number");
      });
    }
    p.endTable();
    // counted by status (§5): what makes each 数据异常, as check says it
    if (f.reformsInvalid.length > 0) {
      p.gap();
      p.table([[1, "数据异常的改革事项"], [2, "填报单位"], [3, "进展状态"], [4, "问题"], [9, "位置"]], [[4, 8], [9, 11]]);
      for (const { unit, file, item, message: why } of f.reformsInvalid) {
        p.line(wrappedHeight([[item.name, widths[0]!], [why, widths[3]! + widths[4]! + widths[5]! + widths[6]! + widths[7]!]]), (r) => {
          t.value(r, 1, item.name, "textWrap");
          t.value(r, 2, unit, "textWrap");
          t.value(r, 3, item.value ?? "", "textWrap");
          t.value(r, 4, why, "textWrap");
          for (const c of [5, 6, 7, 8, 10, 11]) t.value(r, c, "", "textWrap");
          t.sheet.merges.push(`D${r}:H${r}`);
          linkCell(t, r, 9, file, item, link, f.year, "textWrap");
          t.sheet.merges.push(`I${r}:K${r}`);
        });
        yield;
      }
      p.endTable();
    }
  }
}

/** 填报单位 of a line of the plan's own (isPlanIssue): said once for all units, as the template's */
const PLAN_NOTE_UNIT = "规划模板（各单位相同）";

const FLAG_COLUMNS: Array<[string, number]> = [["填报单位", 14], ["工作表", 16], ["位置", 12], ["指标/项目", 34], ["当年值", 13], ["状态", 12], ["问题", 50], ["审核结论", 10]];
/** 审核结论 (1-based): the row's decision on the return's 审核 sheet now, 待复核 when its value changed since (FlagRow.review, trial34 M4) */
const REVIEW_COLUMN = 8;
/** 工作表's, 位置's and 当年值's indexes in FLAG_COLUMNS: their widths are their content's (sheetColumnWidth, placeWidth, shownWidth) */
const SHEET_COLUMN = 1;
const PLACE_COLUMN = 2;
const FLAG_SHOWN_COLUMN = 4;
/** 状态's index: as wide as its longest status (符合序时进度, up to 待人工评估（约束性）), never wrapped */
const FLAG_STATUS_COLUMN = 5;
const STATUS_WIDTH_MAX = 20;
/**
 * 工作表 of 问题清单 is as wide as its longest sheet name within these bounds, a longer name
 * wrapped (衢州市主要指标目标表 took two lines at 16, so every row did)
 */
const SHEET_WIDTH = { min: 8, max: 20 } as const;

function* flagsSheet(f: SummaryFigures, link: LinkTo, t: SheetTarget): Generator<void> {
  const places = placesOf(f.flags, f.year);
  // the statuses shown (a binding row's marked, markedStatus), gathered in shownWidth's pass over the rows
  const statuses = new Set<string>();
  const shown = shownWidth(f.flags, f.year, FLAG_COLUMNS[FLAG_SHOWN_COLUMN]?.[1] ?? 0, statuses);
  const widths = FLAG_COLUMNS.map(([, w], i) => (i === PLACE_COLUMN ? placeWidth(places, w) : i === SHEET_COLUMN ? oneLineWidth(places.keys(), SHEET_WIDTH.min, SHEET_WIDTH.max) : i === FLAG_SHOWN_COLUMN ? shown
    : i === FLAG_STATUS_COLUMN ? oneLineWidth(statuses, w, STATUS_WIDTH_MAX) : w));
  widths.forEach((w, i) => t.addColumn(`c${i}`, w));
  t.sheet.freeze = { rows: 1, columns: 0 };
  t.sheet.print = { landscape: true, fitToWidth: true, titleRows: "1:1", footer: "第 &P 页，共 &N 页" };
  t.sheet.rowHeights[1] = 20;
  FLAG_COLUMNS.forEach(([h], i) => t.value(1, i + 1, h, "header"));
  let r = 2;
  // the plan's own issues first, once for every unit (no county can fix them): the template's row, its message
  for (const x of f.planNotes ?? []) {
    const said = x.message;
    t.sheet.rowHeights[r] = wrappedHeight([[PLAN_NOTE_UNIT, widths[0]!], [x.item.name, widths[3]!], [said, widths[6]!]]);
    t.value(r, 1, PLAN_NOTE_UNIT, "textWrap");
    t.value(r, 2, x.item.sheet, "textWrap");
    t.value(r, 3, "", "textWrap");
    t.value(r, 4, x.item.name, "textWrap");
    t.value(r, 7, said, "textWrap");
    r++;
    yield;
  }
  for (const x of f.flags) {
    if (x.workbook) {
      // the sheet's own problem: its line whole (it names its cells), no row, value or status
      t.sheet.rowHeights[r] = wrappedHeight([[x.unit, widths[0]!], [x.item.sheet, widths[1]!], [x.message, widths[6]!]]);
      t.value(r, 1, x.unit, "textWrap");
      t.value(r, 2, x.item.sheet, "textWrap");
      linkCell(t, r, PLACE_COLUMN + 1, x.file, x.item, link, f.year, "textWrap", x.item.statusCell);
      t.value(r, 4, "（整张工作表）", "textWrap");
      t.value(r, 7, x.message, "textWrap");
      r++;
      yield;
      continue;
    }
    // the cell the problem is about, as check names it (an earlier year's J22, the 说明 Q4), and what stands beside it
    // (problemSite): another year's cell with its year, its own value and no status of the year's (trial33 T12)
    const site = problemSite(x.item, x.code === undefined ? undefined : { ...(x.cell === undefined ? {} : { cell: x.cell }), severity: x.severity ?? "warning" }, f.year);
    const cell = site.cell;
    // the message without its 工作表「…」I22： (the 工作表 and 位置 columns say it); a message naming no place is whole
    const place = `工作表「${x.item.sheet}」`;
    const said = x.message.startsWith(place) ? x.message.slice(x.message.indexOf("：", place.length) + 1)
      : x.message.startsWith("工作表「") ? x.message.replace(/^[^：]*：/, "") : x.message;
    const other = site.year;
    // a row flagged by its status alone says what the status does not (the target missed, the assessment awaited)
    const message = (other !== undefined && !said.startsWith(`${other} 年`) ? `${other} 年：${said}` : said) || (flagReason(x.item, f.year) ?? STATUS_LABELS[x.item.status]);
    // the year's value, or nothing: a status word is the 状态 column's; another year's cell: its value, with its year
    const shown = other !== undefined ? otherYearValue(other, site.value) : x.item.status === "missing" ? "" : shownCell(x.item, f.year);
    // a running total (累计 11（2023 年 4）) wraps in its column: the row is as tall as its lines
    const width = (i: number): number => widths[i]!;
    t.sheet.rowHeights[r] = wrappedHeight([[x.unit, width(0)], [x.item.sheet, width(1)], [`${x.item.sheet}!${cell}`, width(PLACE_COLUMN)], [namedApart(x.item), width(3)], [message, width(6)], ...(typeof shown === "string" ? [[shown, width(4)] as [string, number]] : [])]);
    t.value(r, 1, x.unit, "textWrap");
    t.value(r, 2, x.item.sheet, "textWrap");
    // as wide as its 位置 (placeWidth), wrapped beyond, never cut by the name beside it
    linkCell(t, r, PLACE_COLUMN + 1, x.file, x.item, link, f.year, "textWrap", cell);
    t.value(r, 4, namedApart(x.item), "textWrap");
    t.value(r, 5, shown, typeof shown === "string" ? "textWrap" : "number");
    if (site.status === null) t.value(r, 6, NO_STATUS, "text");
    // 严重滞后（约束性）, as check's table says it: the binding rows read apart in the list (session 44)
    else statusCell(t, r, 6, site.status, x.item.attribute);
    t.value(r, 7, message, "textWrap");
    if (x.review) t.value(r, REVIEW_COLUMN, x.review, "text");
    r++;
    yield;
  }
  // files not summed, after every return's rows: the unit (where known), the file, why and what to do
  for (const x of f.unsummed ?? []) {
    const name = x.file.split(/[\\/]/).pop() ?? x.file;
    t.sheet.rowHeights[r] = wrappedHeight([[x.unit, widths[0]!], [name, widths[PLACE_COLUMN]!], [x.message, widths[6]!]]);
    t.value(r, 1, x.unit || "—", "textWrap");
    t.value(r, 2, "—", "textWrap");
    t.value(r, PLACE_COLUMN + 1, name, "textWrap");
    t.value(r, 4, x.subfolder ? "（子文件夹未读取）" : "（文件未汇总）", "textWrap");
    t.value(r, 7, x.message, "textWrap");
    r++;
    yield;
  }
}

/** 状态 of a 问题清单 line about another year's cell that a warning names: that year has no status (problemSite) */
const NO_STATUS = "—";

/** 当年值 of a 问题清单 line about another year's cell: that year and the value in the cell (`2021 年 0.1`, `2021 年（空）`). */
function otherYearValue(year: number, value: string): string {
  return `${year} 年 ${value === "" ? EMPTY_CELL.zh : value}`;
}

/** 汇总范围: every unit summed, in order, with its file (the 汇总 sheet names only the first few). */
function* unitsSheet(f: SummaryFigures, link: LinkTo, t: SheetTarget): Generator<void> {
  [["序号", 8], ["填报单位", 40], ["文件", 60]].forEach(([, w], i) => t.addColumn(`c${i}`, Number(w)));
  t.sheet.freeze = { rows: 1, columns: 0 };
  t.sheet.print = { landscape: false, fitToWidth: true, titleRows: "1:1", footer: "第 &P 页，共 &N 页" };
  ["序号", "填报单位", "文件"].forEach((h, i) => t.value(1, i + 1, h, "header"));
  let r = 2;
  for (const u of f.units) {
    t.value(r, 1, r - 1, "number");
    t.value(r, 2, u.unit, "textWrap");
    t.value(r, 3, u.file.split(/[\\/]/).pop() ?? u.file, "text", { hyperlink: fileOnly(link, u.file) });
    r++;
    yield;
  }
}

/** A link to a unit's file itself (the link's cell part dropped); the file name when the link stays inside this workbook. */
function fileOnly(link: LinkTo, file: string): string {
  return link(file, "A", "A1").replace(/#.*$/, "") || file;
}

/** 当年值's index in WIDTHS (汇总's lagging list) */
const SHOWN_COLUMN = 3;
/** the widest a 当年值 column grows for its running totals; a longer line wraps at its spaces */
const SHOWN_WIDTH_MAX = 16;

/** A row's 当年值 as its cell holds it: a number, or text on the lines figureLines gives it. */
function shownCell(item: CheckItem, year: number): string | number {
  const v = numberOrText(shownValue(item, year));
  return typeof v === "string" ? figureLines(v) : v;
}

/**
 * A 当年值 column's width: `min`, or wide enough for each line of its running totals
 * (`累计 190.66`, `（2024 年 38.52）`) up to SHOWN_WIDTH_MAX: at 8 wide LibreOffice cut
 * 180.82（2 / 024 年 mid-number. Plain values and other text leave it as it is. With `statuses`, each row's status as
 * 问题清单 shows it is added there, for its 状态 column's width.
 */
function shownWidth(items: Iterable<{ item: CheckItem; workbook?: boolean }>, year: number, min: number, statuses?: Set<string>): number {
  const lines: string[] = [];
  for (const { item, workbook } of items) {
    if (item.cumulative !== undefined) lines.push(...figureLines(shownValue(item, year)).split("\n"));
    // 问题清单's 状态, in the same pass (a spooled list is read once for both)
    if (statuses && !workbook) statuses.add(markedStatus(item.status, item.attribute, "zh"));
  }
  return oneLineWidth(lines, min, SHOWN_WIDTH_MAX);
}

/** The cell the row's value is named by (valueCell); "" for a row deleted from the return (withMissingRows: no cell). */
function cellOf(item: CheckItem, year: number): string {
  return valueCell(item, year);
}

/**
 * `Sheet!K8`, linked to that cell (the row's cell for the year unless `cell` is given); a row with no cell (deleted from
 * the return) is 位置 —, linked nowhere, as a file not summed: the row is not in the file, and where it stood before it was
 * deleted is not known from the return (trial43b F7: the link opened A1, the sheet's title).
 */
function linkCell(t: SheetTarget, r: number, c: number, file: string, item: CheckItem, link: LinkTo, year: number, style: StyleKey = "text", cell = cellOf(item, year)): void {
  if (cell === "") { t.value(r, c, NO_PLACE, style); return; }
  t.value(r, c, `${item.sheet}!${cell}`, style, { hyperlink: link(file, item.sheet, cell) });
}

/** 位置 of a row deleted from the return: it has no cell (linkCell). */
const NO_PLACE = "—";

function numberOrText(v: string | undefined): string | number {
  if (v === undefined) return "";
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : v;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

function colLetter(c: number): string {
  return a1(1, c).replace(/\d+$/, "");
}

/** A link inside one workbook. */
export function internalLink(sheet: string, cell: string): string {
  return `#${quoteSheet(sheet)}!${cell}`;
}

export type { Counts };
