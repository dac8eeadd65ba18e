import { shownTarget } from "./shownTarget";
import { markedStatus } from "../domain/markedStatus";
import { overdueEnd } from "../domain/overdueEnd";
import { reviewIssue } from "./reviewIssue";
import { valueCell } from "./valueCell";
import { shownDue } from "./shownDue";
import { shownValue } from "./shownValue";
import { cellText, type CellValue } from "../domain/CellValue";
import type { CheckItem, CheckReport } from "./CheckReport";
import { gridCell, type GridSheet } from "./Grid";
import { columnLetter } from "./a1";
import { APP_MARK, FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from "./keys";
import { COLOURED, STATUS_FILL } from "./palette";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedSheet } from "./SheetPlan";
import { isFlagged } from "./isFlagged";
import { gradedByAssessment } from "./gradedByAssessment";
import { basisOf, describeBasisChange, describeFieldChanges, knownChanges, readBasis, type ReviewBasis, readContent, sameBasis, storeBasis, storeContent } from "./reviewBasis";
import { reviewerCell } from "./reviewerCell";
import type { RowContent } from "./RowContent";
import { internalLink } from "./summarySheets";
import { wrappedLines } from "./wrappedLines";
import { linesHeight } from "./linesHeight";
import { fnv1a } from "../templates/fnv1a";
import { EMPTY_CELL } from "../domain/quotedValue";
import { oneLineWidth } from "./oneLineWidth";
import { changeWords } from "./changeWords";
import { printSetup } from "./printSetup";
import { reviewRowsOutOfPlace } from "./reviewRowsOutOfPlace";
import { workbookProblem, type WorkbookProblem } from "./WorkbookProblem";
import { carriedReviewComment } from "./carriedReviewComment";
import { figureCell } from "./figureCell";
import { cellAsText } from "../domain/cellAsText";

export const REVIEW_SHEET = "审核";
/** A2 of our 审核 sheet: the sheet is recognised by this mark, never by its name. */
export const REVIEW_MARK = `${APP_MARK}:review`;
export const DECISIONS = ["通过", "退回修改", "已说明"] as const;
/** Whether a 审核结论 is one of the list (DECISIONS), as the cell's drop-down offers them. */
export function isDecision(word: string): boolean {
  return (DECISIONS as readonly string[]).includes(word);
}
/** 复核状态: no decision yet; a decision that still holds; the value changed since; the flag is gone. */
export const REVIEW_STATES = { open: "待审核", valid: "有效", stale: "待复核", gone: "已消除" } as const;

/** 需审核 of a flagged row (blank for the others), so a reviewer can filter on it. */
export const FLAG_MARK = "是";

/** The columns the sheet shows, in order: [key, header, width] (工作表's width is the report's, sheetWidth). */
const SHOWN: Array<[string, string, number]> = [
  ["sheet", "工作表", 14], ["cell", "位置", 6], ["name", "指标/项目", 28], ["flag", "需审核", 7], ["status", "状态", 11], ["attribute", "属性", 7],
  ["value", "当年值", 10],
  ["baseline", "基期", 9], ["target", "目标", 10], ["due", "序时应达", 9], ["issue", "问题", 36], ["note", "填报说明", 20],
];
/** The reviewer's columns: kept across runs by the row's key. */
const REVIEWER: Array<[string, string, number]> = [["decision", "审核结论", 10], ["comment", "审核意见", 24], ["reviewer", "审核人", 9], ["date", "审核日期", 11]];
/** 数值变化 names each field changed with its cell (`2023年 K7：「3.2」（文本） → 3.2`): wrapped, not cut at the page edge */
const CHANGE_WIDTH = 30;
const AFTER: Array<[string, string, number]> = [["review", "复核状态", 9], ["change", "数值变化（审核时 → 现在）", CHANGE_WIDTH]];
/**
 * Hidden: the row's key (template|id|year); `fingerprint`, the ReviewBasis a decision was made
 * on (value, status and what the row held); `shown`, the basis at the last run; `seen`, the
 * reviewer's columns as written at the last run (a difference means the reviewer decided again,
 * on what was shown then); `since`, what the row held in the version a resubmission replaced
 * (review --replaces), kept until someone decides on it; `wrote`, the texts as written of the shown columns a person types words over (wroteOf),
 * so a text a person typed over one of them is told from ours and kept (KEPT_EDITS).
 */
const HIDDEN = ["key", "fingerprint", "shown", "seen", "since", "replaces"] as const;
/** `wrote` goes last, after the person's own columns, so that none of theirs is moved for it (a column of theirs stood right after ours) */
const WROTE = "wrote";
/**
 * Hidden, after `wrote` (added later, so none of the person's columns moves for it): the change a reviewer decided again
 * on, JSON [zh, en] (`2.1 → 2.3`), taken when they change their columns of a row 待复核; 数值变化 says it beside the
 * decision that took it in while that decision holds (trial44a F7: once decided again the row read 有效 with 数值变化 blank,
 * and what the value had been when first decided was left to `diff`).
 */
const REDECIDED = "redecided";
/**
 * Hidden, after `redecided` (added later, so none of the person's columns moves for it): which 审核意见 typed beside the
 * row in its own sheet this sheet has had (carriedReviewComment's record), so one a reviewer emptied here stays empty
 * though the indicator sheet still holds it (session 46: each run carried it back).
 */
const CARRIED = "carried";
/**
 * The column, of the person's own, that keeps what a person typed over a generated column (问题, 状态 …) before it was
 * written again from the check (trial33 P12: typed into 问题 and silently rewritten): `问题：text`, one per cell, kept as
 * their own column's text is, run after run.
 */
export const KEPT_EDITS = "改写过的生成内容（已按核对结果重写）";
/**
 * The shown columns written as numbers where they hold a plain figure (figureCell: `3.76`, `0.60`, a typed `95%` as the return
 * shows it), text otherwise (`≥50`, `[15]`, `/`, `累计 8.4（2023 年 4.2）`, `<9`): a text figure could not be sorted, summed or
 * compared, and Excel marked each "number stored as text". 目标 too: a bare target is the figure 当年值 is compared with, and
 * one written with its condition (≥, 左右, []) stays the plan's words. Read back as shown (cellAsText), so `wrote` still agrees.
 */
export const FIGURES: ReadonlySet<string> = new Set(["value", "baseline", "target", "due"]);
/** The shown columns whose text wraps (a long 目标 or 当年值 such as 累计 11（2023 年 4） is never clipped in print). */
const WRAP = new Set(["sheet", "name", "value", "baseline", "target", "due", "issue", "note"]);
/** 工作表 is as wide as the report's longest sheet name within these bounds; a longer name wraps. */
const SHEET_WIDTH = { min: 8, max: 16 } as const;
const OURS = new Set([...SHOWN, ...REVIEWER, ...AFTER].map(([k]) => k).concat(HIDDEN, WROTE, REDECIDED, CARRIED));
const EXTRA = "extra:";
/** an empty column kept so a person's own column stands where they put it (no key is written for it) */
const GAP = "gap:";

/** A person's own column of the 审核 sheet that could not stay where they put it (our columns now take its place): its header, from and to (X → Z). */
export interface MovedColumn { header: string; from: string; to: string }

/** A row read back from an earlier 审核 sheet. */
export interface Decision {
  key: string;
  /** JSON [value, status] the decision was made on ("" = no decision yet) */
  fingerprint: string;
  shownFingerprint: string;
  seen: string;
  decision: string;
  comment: string;
  reviewer: string;
  date: string;
  /** the shown columns as last written, kept for a row whose item is gone (`flag` is 是 on a sheet older than the column: it listed flagged rows only) */
  shown: Record<string, string>;
  /**
   * a figure column's number as the number's own text, its format aside (FIGURES: 3.76 in a cell the person set to 0.0, which
   * shows 3.8), where the cell holds a number: a cell whose number is still the one written is no edit of theirs (editedShown)
   */
  numbers?: Record<string, string>;
  /** 复核状态 as last written */
  state: string;
  /** the row's content in the version a resubmission replaced, stored (readContent), while nobody has decided on the row since */
  since: string;
  /** the shown columns' texts as last written, hashed (JSON of fnv1a per SHOWN column; "" on older sheets) */
  wrote: string;
  /** 数值变化 as last written */
  change: string;
  /** the change the decision was made again on (REDECIDED: JSON [zh, en]; "" when none or on older sheets) */
  redecided: string;
  /** which 审核意见 typed beside the row in its own sheet the row has had (CARRIED: carriedReviewComment's record; "" when none or on older sheets) */
  carried: string;
  /** text in the person's own columns, by column header */
  extras: Record<string, string>;
  /** the cells of the reviewer's columns and the person's own (by key, or by header for their own) as read, so a date or number is written back as one */
  cells: Record<string, CellValue>;
  /** the sheet row (1-based) whose visible columns these are, as the file holds it (a row sorted apart from its key: the row that shows the item); 0 for none */
  row: number;
}

/** What an earlier 审核 sheet holds: its rows by key in sheet order, the person's own columns and free rows. */
export interface ReviewMemory {
  rows: Map<string, Decision>;
  extraColumns: string[];
  /** where each of the person's own columns stood (1-based, by header), so it is written back there (trial27a: X moved to R) */
  extraAt?: Record<string, number>;
  /** rows without a key that hold text (notes under the table), cells by 0-based column */
  freeRows: string[][];
  /** the workbook read counts dates from 1904: its date cells' serials mean other days in a 1900 workbook */
  date1904?: true;
  /** review --replaces: what the version this return replaces held (returnContent), kept from run to run */
  replaces?: string;
  /**
   * rows whose visible columns were sorted without the hidden key columns (reviewRowsOutOfPlace,
   * read with the report only): `review_rows_rekeyed`, each decision taken for the item its row
   * shows; `review_rows_out_of_place`, some row shows no one item, and no decision is read (`rows`
   * empty): review and lock refuse, summary and report count the return as not decided
   */
  placement?: WorkbookProblem;
}

const sig = (d: Pick<Decision, "decision" | "comment" | "reviewer" | "date">): string => JSON.stringify([d.decision, d.comment, d.reviewer, d.date]);

/** Whether the reviewer's columns of a row read back changed since review last wrote it (a decision made on what the sheet showed then). */
export function decidedSinceRun(d: Pick<Decision, "decision" | "comment" | "reviewer" | "date" | "seen">): boolean {
  return d.seen !== sig(d);
}
/** A row someone decided on or wrote on: a 审核结论, 审核意见, 审核人 or 审核日期. */
export const hasDecision = (d: Decision): boolean => !!(d.decision || d.comment || d.reviewer || d.date);

/** The fingerprint of an older sheet (`value|status`, `received|value|status`) in today's form. */
function normaliseFingerprint(fp: string): string {
  if (!fp || fp.startsWith("[")) return fp;
  const parts = fp.split("|");
  return JSON.stringify([parts[parts.length - 2] ?? "", parts[parts.length - 1] ?? ""]);
}

/** Finds our 审核 sheet among the sheets, by its mark. */
export function findReviewSheet(sheets: GridSheet[]): GridSheet | undefined {
  return sheets.find((x) => cellText(gridCell(x, KEY_ROW, 1)) === REVIEW_MARK);
}

/**
 * What the version this return replaces held (review --replaces; returnContent), as our 审核 sheet
 * records it: the header cell of its hidden `replaces` column, a row no decision uses. Undefined
 * when there is no such sheet or record.
 */
export function replacedContent(sheets: GridSheet[]): string | undefined {
  const s = findReviewSheet(sheets);
  const c = s ? (s.rows[KEY_ROW - 1] ?? []).findIndex((v, i) => i > 0 && cellText(v).trim() === "replaces") : -1;
  const t = s && c > 0 ? cellText(gridCell(s, HEADER_ROW, c + 1)).trim() : "";
  return t || undefined;
}

/**
 * Reads what an earlier 审核 sheet of ours holds (found by its mark, whatever it is called):
 * decisions by key (older sheets' per-flag keys merged into one per item), the person's own
 * columns and any text typed in rows of their own.
 */
export function readDecisions(sheets: GridSheet[], date1904 = false, report?: Pick<CheckReport, "items" | "year">): ReviewMemory {
  const memory: ReviewMemory = { rows: new Map(), extraColumns: [], freeRows: [], ...(date1904 ? { date1904: true as const } : {}) };
  const s = findReviewSheet(sheets);
  if (!s) return memory;
  const keys = new Map<string, number>();
  const extras: Array<[string, number]> = [];
  const width = Math.max(...s.rows.map((r) => r?.length ?? 0), 0);
  for (let c = 1; c <= width; c++) {
    const k = cellText(gridCell(s, KEY_ROW, c)).trim();
    const header = cellText(gridCell(s, HEADER_ROW, c)).trim();
    if (c > 1 && OURS.has(k)) keys.set(k, c);
    else if (c > 1 && (k.startsWith(EXTRA) || !k)) {
      const name = k.startsWith(EXTRA) ? k.slice(EXTRA.length) : header || `列${c}`;
      if (k || s.rows.some((row, i) => i + 1 > HEADER_ROW && cellText(row?.[c - 1] ?? { type: "empty" }).trim())) extras.push([name, c]);
    }
  }
  if (!keys.has("sheet")) keys.set("sheet", 1);
  memory.extraColumns = extras.map(([n]) => n);
  // a sheet from before 属性 (trial42a F5): our columns after 状态 now stand one further right, and a person's column
  // after them with them, so it is not said to have moved (X stays right after our columns, now Y)
  const before = !keys.has("attribute") && keys.has("status") ? keys.get("status")! : Infinity;
  memory.extraAt = Object.fromEntries(extras.map(([n, c]) => [n, c > before ? c + 1 : c]));
  const replaces = replacedContent(sheets);
  if (replaces) memory.replaces = replaces;
  const get = (r: number, k: string): string => {
    const c = keys.get(k);
    // a figure as its number format shows it (0.6 in 0.00 is 0.60): the text it was written from (FIGURES)
    return c === undefined ? "" : (FIGURES.has(k) ? cellAsText : cellText)(gridCell(s, r, c)).trim();
  };
  // each keyed row read apart: its hidden columns go with its key, the visible ones (what the reviewer read and wrote) with the row
  const read: Array<{ row: number; key: string; hidden: Pick<Decision, "fingerprint" | "shownFingerprint" | "seen" | "since" | "wrote" | "redecided" | "carried">; visible: Omit<Decision, "key" | "fingerprint" | "shownFingerprint" | "seen" | "since" | "wrote" | "redecided" | "carried"> }> = [];
  let perFlag = false;
  for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) {
    const raw = get(r, "key");
    if (!raw) {
      const texts = (s.rows[r - 1] ?? []).map((v) => cellText(v));
      if (texts.some((t) => t.trim())) memory.freeRows.push(texts);
      continue;
    }
    if (raw.split("|").length > 3) perFlag = true;
    const key = raw.split("|").slice(0, 3).join("|");
    const shown = Object.fromEntries(SHOWN.map(([k]) => [k, get(r, k)]));
    const numbers = Object.fromEntries([...FIGURES].flatMap((k) => {
      const v = keys.has(k) ? gridCell(s, r, keys.get(k)!) : undefined;
      return v?.type === "number" ? [[k, cellAsText({ type: "number", value: v.value, ...(v.percentStyle ? { percentStyle: true as const } : {}) })]] : [];
    }));
    if (!keys.has("flag")) shown["flag"] = FLAG_MARK; // a sheet from before 需审核 held flagged rows only
    const ex = Object.fromEntries(extras.map(([n, c]) => [n, cellText(gridCell(s, r, c)).trim()]).filter(([, v]) => v));
    const cells: Record<string, CellValue> = Object.fromEntries([
      ...REVIEWER.flatMap(([k]) => (keys.has(k) ? [[k, gridCell(s, r, keys.get(k)!)] as const] : [])),
      ...extras.map(([n, c]) => [EXTRA + n, gridCell(s, r, c)] as const),
    ]);
    read.push({
      row: r, key,
      hidden: { fingerprint: normaliseFingerprint(get(r, "fingerprint")), shownFingerprint: normaliseFingerprint(get(r, "shown")), seen: get(r, "seen"), since: get(r, "since"), wrote: get(r, WROTE), redecided: get(r, REDECIDED), carried: get(r, CARRIED) },
      visible: { row: r, decision: get(r, "decision"), comment: get(r, "comment"), reviewer: get(r, "reviewer"), date: get(r, "date"), shown, numbers, state: get(r, "review"), change: get(r, "change"), extras: ex, cells },
    });
  }
  // the visible columns sorted without the hidden ones (a partial sort): each decision goes with the 位置 and name beside it
  type Visible = (typeof read)[number]["visible"];
  const moved = new Map<string, Visible | null>();
  if (report && !perFlag && keys.has("cell") && keys.has("name")) {
    const { rekeyed, unresolved } = reviewRowsOutOfPlace(read.map((x) => ({ row: x.row, key: x.key, sheet: x.visible.shown["sheet"] ?? "", cell: x.visible.shown["cell"] ?? "", name: x.visible.shown["name"] ?? "" })), report.items, report.year);
    const first = (list: Array<{ row: number }>): string => list.slice(0, 5).map((x) => x.row).join("\n");
    if (unresolved.length) {
      // no decision is read: each would be kept for another item, or for none
      memory.placement = workbookProblem("review_rows_out_of_place", { sheet: s.name, rows: first(unresolved), count: unresolved.length, row: unresolved[0]!.row, seen: unresolved[0]!.seen });
      return memory;
    }
    const byRow = new Map(read.map((x) => [x.row, x] as const));
    // a key whose row now shows another item keeps no decision, unless a row shows its item
    for (const m of rekeyed) moved.set(byRow.get(m.row)!.key, null);
    for (const m of rekeyed) moved.set(m.key, byRow.get(m.row)!.visible);
    if (rekeyed.length) memory.placement = workbookProblem("review_rows_rekeyed", { sheet: s.name, rows: first(rekeyed), count: rekeyed.length });
  }
  const none: Visible = { row: 0, decision: "", comment: "", reviewer: "", date: "", shown: {}, state: "", change: "", extras: {}, cells: {} };
  for (const { key, hidden, visible } of read) {
    const v = moved.has(key) ? moved.get(key) ?? none : visible;
    const d: Decision = { key, ...hidden, ...v };
    if (!keys.has("seen")) { d.seen = sig(d); d.shownFingerprint = d.fingerprint; } // an older sheet: its fingerprint is the decision's
    const old = memory.rows.get(key);
    if (!old) { memory.rows.set(key, d); continue; }
    // an older sheet had a row per flag: one decision per item, comments kept together
    if (!old.decision) old.decision = d.decision;
    for (const f of ["comment", "reviewer", "date"] as const) if (d[f] && !old[f].split("；").includes(d[f])) old[f] = old[f] ? `${old[f]}；${d[f]}` : d[f];
    Object.assign(old.extras, d.extras);
  }
  return memory;
}

/** What review knows of a return beyond its check report. */
export interface ReviewInputs {
  /** what each row holds now (rowContents), by template|id: a decision remembers it, and a change names its year and cell */
  contents?: ReadonlyMap<string, RowContent>;
  /** review --replaces: what each row held in the version this return replaces (rowContents of that file), by template|id */
  replaced?: ReadonlyMap<string, RowContent>;
  /**
   * review --replaces: the 审核 decisions of the version this return replaces (readDecisions of that
   * file). A decision still as it was there was made on that version or an earlier one, so a row
   * changed since that version is 待复核 even when it is back to what the decision was made on (a
   * 人工评估 given after the decision and left out of the new file: the decision rested on it).
   */
  replacedDecisions?: ReviewMemory;
  /** the workbook the sheet is written into counts dates from 1904 */
  date1904?: boolean;
  /** review --replaces: what the version replaced holds (returnContent), recorded so summary, report and rollover take this one as the newer */
  replaces?: string;
  /**
   * the 审核意见 typed beside each row in its own sheet (typedReviewComments' texts), by template|id: taken into the row's
   * 审核意见 here where that is empty, so nothing a reviewer typed is ignored (trial44a F7), once: the row's hidden
   * `carried` records it, so one emptied here stays empty, and only a new or changed text is taken again
   * (carriedReviewComment); it decides nothing, and a decision stands or is 待复核 as it was (the row's `seen` takes it
   * in, so the next run sees no change of the reviewer's). Without it, each row's record is kept as read.
   */
  typedComments?: ReadonlyMap<string, string>;
}



/**
 * The 审核 sheet, one row per item of every template in the report, in plan order (its status,
 * value, 基期, 目标, 序时应达, the filer's 说明 and every problem together), with a link to its
 * cell and the reviewer's columns. Flagged rows say 是 under 需审核 and 待审核 under 复核状态
 * (the others leave both blank), so a reviewer can filter. Decisions are kept by key
 * (template|id|year): one made on another value is 待复核 (old → new shown); one on a row whose
 * flag is gone keeps its row and decision as 已消除; a row whose item left the report stays
 * after its predecessor as 已消除. The person's own columns and notes are kept. Statuses are the
 * report's, so they equal `check`'s for the same file.
 *
 * With `inputs.contents` a decision rests on everything the row holds (each year's value, text
 * or number, its 说明 and 人工评估), and 数值变化 names each field changed (`2023年 K7：「3.2」（文本） → 3.2`).
 * `inputs.replaced` (review --replaces) is what the rows held in the version this one replaces:
 * a row that changed since is 待复核 with what changed, and stays so, run after run, until
 * someone decides on it (a decision made on what the row holds now) or its content is back to
 * what it was; a decision made on what the row holds now needs no such mark. A changed row with no
 * decision, here or in the version replaced, has none to re-confirm: it is 待审核 (a first decision),
 * what changed still said in 数值变化, until someone decides on it.
 */
export function reviewSheet(report: CheckReport, previous: ReviewMemory = { rows: new Map(), extraColumns: [], freeRows: [] }, inputs: ReviewInputs = {}): PlannedSheet {
  return reviewSheetInEnglish(report, previous, inputs).sheet;
}

/**
 * reviewSheet, and by row key (template|id|year) what the row's 数值变化, else its 问题, says in
 * English (`english`), and its 问题 alone (`englishIssue`): the words the pane lists in English (reviewToDo) while the sheet stays Chinese. A
 * 数值变化 carried over as written from an earlier run (its content unknown now) stays as written.
 */
export function reviewSheetInEnglish(report: CheckReport, previous: ReviewMemory = { rows: new Map(), extraColumns: [], freeRows: [] }, inputs: ReviewInputs = {}): { sheet: PlannedSheet; english: Map<string, string>; englishIssue: Map<string, string>; moved: MovedColumn[]; takenComments: string[] } {
  const english = new Map<string, string>();
  const englishIssue = new Map<string, string>();
  const b = new SheetBuilder(REVIEW_SHEET, "template");
  // a reviewer's date is written back as a date of the workbook it goes into
  const dates = { from1904: previous.date1904 === true, to1904: inputs.date1904 === true };
  const widths = new Map([...SHOWN, ...REVIEWER, ...AFTER].map(([k, , w]) => [k, w]));
  // a trial user's 某县“十四五”教育事业发展规划 was cut at 14 and ran into 位置
  widths.set("sheet", sheetWidth([...report.items.map((i) => i.sheet), ...[...previous.rows.values()].map((d) => d.shown["sheet"] ?? "")]));
  for (const [k, , w] of [...SHOWN, ...REVIEWER, ...AFTER]) b.addColumn(k, widths.get(k) ?? w);
  for (const k of HIDDEN) b.addColumn(k, 10, true);
  // the person's own columns where they stood; one whose place our columns now take goes after them (movedColumns)
  const movedColumns: MovedColumn[] = [];
  // the rows (template|id|year) whose 审核意见 was taken from the one typed beside the row in its own sheet (inputs.typedComments)
  const takenComments: string[] = [];
  // texts a person typed over our generated columns since the last run: kept in a column of their own (KEPT_EDITS)
  const edits = editedShown(previous);
  const extraColumns = edits.size > 0 && !previous.extraColumns.includes(KEPT_EDITS) ? [...previous.extraColumns, KEPT_EDITS] : previous.extraColumns;
  const placed = [...extraColumns].sort((x, y) => (previous.extraAt?.[x] ?? Infinity) - (previous.extraAt?.[y] ?? Infinity));
  for (const n of placed) {
    const at = previous.extraAt?.[n];
    if (at !== undefined) while (b.sheet.columns.length < at - 1) b.addColumn(`${GAP}${b.sheet.columns.length + 1}`, 9);
    const col = b.addColumn(EXTRA + n, 16);
    if (at !== undefined && col !== at) movedColumns.push({ header: n, from: columnLetter(at), to: columnLetter(col) });
  }
  b.addColumn(WROTE, 10, true);
  b.addColumn(REDECIDED, 10, true);
  b.addColumn(CARRIED, 10, true);
  b.value(1, 1, `${report.year}年度审核（${report.reportingUnit || "未填写填报单位"}）`, "title");
  b.sheet.rowHeights[1] = 28;
  for (const [key, col] of b.columnKeys()) if (!key.startsWith(GAP)) b.value(KEY_ROW, col, col === 1 ? REVIEW_MARK : key, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);
  [...SHOWN, ...REVIEWER, ...AFTER].forEach(([, label], i) => b.value(HEADER_ROW, i + 1, label, "header"));
  extraColumns.forEach((n) => b.value(HEADER_ROW, b.col(EXTRA + n), n, "header"));
  const replaces = inputs.replaces ?? previous.replaces;
  if (replaces) b.value(HEADER_ROW, b.col("replaces"), replaces, "hidden");
  b.sheet.rowHeights[HEADER_ROW] = 30;

  const items = new Map<string, CheckItem>();
  for (const item of report.items) items.set(`${item.template}|${item.id}|${report.year}`, item);
  // plan order; a kept earlier row whose item left the report goes after its predecessor there
  const order = [...items.keys()];
  let at = 0;
  for (const [k, d] of previous.rows) {
    if (items.has(k)) { at = order.indexOf(k) + 1; continue; }
    if (hasDecision(d) || Object.keys(d.extras).length || edits.has(k)) order.splice(at++, 0, k);
  }

  let r = FIRST_DATA_ROW;
  for (const key of order) {
    const item = items.get(key);
    const prev = previous.rows.get(key);
    const decided = prev && hasDecision(prev) ? prev : undefined;
    // a 审核意见 typed beside the row in its own sheet, new to this sheet: written here where the row's is empty (or
    // still the one last carried), deciding nothing; one the sheet has had is not carried again (carriedReviewComment)
    const carry = item && inputs.typedComments ? carriedReviewComment(inputs.typedComments.get(`${item.template}|${item.id}`) ?? "", prev?.comment ?? "", prev?.carried ?? "") : { record: prev?.carried ?? "" };
    const typedBeside = carry.write ?? "";
    if (typedBeside) takenComments.push(key);
    const content = item ? inputs.contents?.get(`${item.template}|${item.id}`) : undefined;
    const nowBasis = item ? basisOf(item, content) : undefined;
    const cur = nowBasis ? storeBasis(nowBasis) : prev?.shownFingerprint ?? "";
    // a reviewer who changed their columns since the last run decided on what was shown then
    const decidedOn = !decided ? "" : decided.seen !== sig(decided) ? decided.shownFingerprint : decided.fingerprint;
    const then = readBasis(decidedOn) ?? { value: "", status: "" };
    const now = nowBasis ?? readBasis(cur) ?? { value: "", status: "" };
    // a 人工评估 conclusion is listed for the reviewer to confirm, as a problem is (gradedByAssessment, trial35 X1)
    const flagged = item ? isFlagged(item) || gradedByAssessment(item) : false;
    // the flag a decision was made on is gone (and stays so until the row is flagged again)
    const flagGone = !flagged && !!decided && (!item || decided.shown["flag"] === FLAG_MARK || decided.state === REVIEW_STATES.gone);
    const shown: Record<string, string> = item ? shownOf(item, report.year, flagged) : { ...(prev?.shown ?? {}), flag: "" };
    // changed since the version a resubmission replaced (review --replaces), and nobody has decided on the row since
    let since = "";
    let sinceText = "";
    let sinceEn = "";
    // a decision made on what the row holds now needs no mark, unless it is the replaced version's own
    // decision, unchanged (made on that version or before it), or it already carries the mark and the
    // reviewer has not decided again since: then what counts is what the row held in that version
    const carried = !!decided && !!inputs.replacedDecisions && sig(inputs.replacedDecisions.rows.get(key) ?? { decision: "", comment: "", reviewer: "", date: "" }) === sig(decided);
    const marked = !!decided && !!prev?.since && decided.seen === sig(decided);
    // a row whose flag is gone is 已消除 whatever changed since the version replaced, as when the same file is fixed (trial40f F1)
    if (item && !flagGone && !(decided && then.content && sameBasis(then, now) && !carried && !marked)) {
      const was = prev?.since || (inputs.replaced ? storeContent(inputs.replaced.get(`${item.template}|${item.id}`) ?? {}) : "");
      const wasContent = readContent(was);
      if (wasContent && content) {
        // a formula not calculated now is no change (knownChanges), as for a decision (sameBasis)
        const changes = knownChanges(wasContent, content);
        if (changes.length) { since = was; sinceText = describeFieldChanges(changes, report.year, shown["cell"] ?? ""); sinceEn = describeFieldChanges(changes, report.year, shown["cell"] ?? "", "en"); }
      } else if (prev?.since) {
        // what the row holds now is not known here: the mark stays as written
        since = prev.since;
        sinceText = prev.change;
        sinceEn = prev.change;
      }
    }
    // 待复核 re-confirms a decision: a changed row nobody ever decided on (here or in the version replaced) is 待审核, a
    // first decision, what changed said beside it (trial40a: 5 such rows were 待复核 and the reviewer told to add 已复核)
    const everDecided = !!decided?.decision || !!inputs.replacedDecisions?.rows.get(key)?.decision;
    // a row is decided by its 审核结论 alone: an 审核意见 or 审核人 without one (待核实) is kept, the row still to decide
    const held = since ? (everDecided ? REVIEW_STATES.stale : REVIEW_STATES.open) : !item || flagGone ? REVIEW_STATES.gone : !decided?.decision ? (flagged ? REVIEW_STATES.open : "") : sameBasis(then, now) && decidedOn !== "" ? REVIEW_STATES.valid : REVIEW_STATES.stale;
    // a word typed past the cell's list (同意, by openpyxl or a paste: no validation ran) decides nothing
    const state = held === REVIEW_STATES.valid && !!decided?.decision && !isDecision(decided.decision) ? REVIEW_STATES.open : held;
    for (const [k] of SHOWN) {
      const c = b.col(k);
      const extra = k === "cell" && item ? { hyperlink: internalLink(item.sheet, shown["cell"] ?? "") }
        : k === "status" && item && COLOURED.includes(item.status) ? { fill: STATUS_FILL[item.status].fill } : {};
      // a figure is a number cell showing it as written (FIGURES), so a reviewer can sort, sum and compare; the look is the column's
      // a year's value typed as text in the return (「3.70」, 数据异常 there) stays text here, as the return holds it
      const typedAsText = k === "value" && !!content && Object.values(content).some((e) => e.cell === shown["cell"] && e.isText);
      const figure = FIGURES.has(k) && !typedAsText ? figureCell(shown[k] ?? "") : null;
      if (figure) b.value(r, c, figure.value, WRAP.has(k) ? "textWrap" : "text", { ...extra, numFmt: figure.numFmt });
      else b.value(r, c, shown[k] ?? "", WRAP.has(k) ? "textWrap" : "text", extra);
    }
    // a row whose flag is gone (已消除) says what its value became since the decision too: a 退回修改 answered with another
    // number than the one asked (应填 95, typed 68.4) is the reviewer's to see, in place or as a new version (trial41a F2)
    const goneMoved = state === REVIEW_STATES.gone && !!item && !!decided && valueMoved(then, now);
    // the change a decision was made again on: taken when the reviewer changed their columns of a row 待复核 (what it
    // was when last decided → what it was decided again on), kept while a decision stands, said while it holds (有效)
    const redecided = !decided?.decision || !prev ? "" : prev.state === REVIEW_STATES.stale && decidedSinceRun(prev) ? redecidedChange(prev, nowBasis, report.year, shown["cell"] ?? "") : prev.redecided;
    const trail = state === REVIEW_STATES.valid ? readRedecided(redecided) : undefined;
    const stated = since ? sinceText : state === REVIEW_STATES.stale || goneMoved ? describeBasisChange(then, now, report.year, shown["cell"] ?? "") : "";
    const statedEn = since ? sinceEn : state === REVIEW_STATES.stale || goneMoved ? describeBasisChange(then, now, report.year, shown["cell"] ?? "", "en") : "";
    const change = stated || (trail ? changeWords("zh").redecided(trail.zh) : "");
    const changeEn = statedEn || (trail ? changeWords("en").redecided(trail.en) : "");
    const issueEn = item ? reviewIssue(item, shown["cell"] ?? "", flagged, "en", report.year) : "";
    english.set(key, changeEn || issueEn);
    englishIssue.set(key, issueEn);
    // wrapped text gets room (LibreOffice does not grow a row for it when opening), all of it: a
    // 问题 of 13 lines in a row held at 120 pt printed from its middle, its first cell (I7：) cut (trial32)
    const wrapped: Array<[string, number]> = [...SHOWN.filter(([k]) => WRAP.has(k)).map(([k, , w]): [string, number] => [shown[k] ?? "", widths.get(k) ?? w]), [change, CHANGE_WIDTH]];
    const lines = Math.max(1, ...wrapped.map(([t, w]) => wrappedLines(t, w)));
    if (lines > 1) b.sheet.rowHeights[r] = linesHeight(lines);
    for (const [k] of REVIEWER) {
      const typed = k === "comment" && typedBeside ? { value: typedBeside, numFmt: undefined } : reviewerCell(decided?.cells[k], decided?.[k as "decision"] ?? "", dates);
      b.value(r, b.col(k), typed.value, "inputText", typed.numFmt ? { numFmt: typed.numFmt } : {});
    }
    const fills: Partial<Record<string, string>> = { [REVIEW_STATES.stale]: "FFE699", [REVIEW_STATES.gone]: "E7E6E6" };
    b.value(r, b.col("review"), state, "status", fills[state] ? { fill: fills[state] } : {});
    b.value(r, b.col("change"), change, "textWrap");
    for (const n of extraColumns) {
      const edit = n === KEPT_EDITS ? edits.get(key) : undefined;
      // what was kept before, then what was typed over our columns since
      const typed = edit ? { value: [prev?.extras[n] ?? "", edit].filter(Boolean).join("；"), numFmt: undefined } : reviewerCell(prev?.cells[EXTRA + n], prev?.extras[n] ?? "", dates);
      b.value(r, b.col(EXTRA + n), typed.value, "inputText", typed.numFmt ? { numFmt: typed.numFmt } : {});
    }
    b.value(r, b.col("key"), key, "hidden");
    b.value(r, b.col("fingerprint"), decided ? decidedOn : cur, "hidden");
    b.value(r, b.col("shown"), cur, "hidden");
    const written = { ...(decided ?? { decision: "", comment: "", reviewer: "", date: "" }), ...(typedBeside ? { comment: typedBeside } : {}) };
    b.value(r, b.col("seen"), sig(written), "hidden");
    b.value(r, b.col("since"), since, "hidden");
    b.value(r, b.col(WROTE), wroteOf(shown), "hidden");
    b.value(r, b.col(REDECIDED), redecided, "hidden");
    b.value(r, b.col(CARRIED), carry.record, "hidden");
    r++;
  }
  const lastRow = Math.max(r - 1, FIRST_DATA_ROW);
  // in Excel the rows are fitted to their wrapped text by one autofit (PlannedSheet.fitRows); files keep the heights above
  if (r - 1 >= FIRST_DATA_ROW) b.sheet.fitRows = { from: FIRST_DATA_ROW, to: r - 1 };
  if (previous.freeRows.length) {
    r++;
    for (const row of previous.freeRows) {
      row.forEach((t, i) => { if (t.trim()) b.value(r, i + 1, t, "note"); });
      r++;
    }
  }
  b.sheet.validations.push({
    range: `${b.letter("decision")}${FIRST_DATA_ROW}:${b.letter("decision")}${lastRow}`, type: "list", list: [...DECISIONS], errorStyle: "stop",
    promptTitle: "审核结论", prompt: "通过 / 退回修改 / 已说明", errorTitle: "审核结论", error: "请从列表中选择审核结论。",
  });
  b.sheet.freeze = { rows: HEADER_ROW, columns: 0 };
  // as a return prints: A4 landscape at ≥ 85 %, pages wide as it takes with 工作表, 位置 and the name
  // repeated (17 columns fitted to one page printed at about 5 pt)
  b.sheet.print = printSetup(b.sheet, b.col("name"));
  return { sheet: b.sheet, english, englishIssue, moved: movedColumns, takenComments };
}

/**
 * The change a reviewer decided again on, JSON [zh, en] for REDECIDED: what the row held when last decided (the decision's
 * basis, or the version a resubmission replaced) → what it holds now, when that is what the sheet showed at the last run
 * (the decision was made on it; the live content names each field's cell); else the 数值变化 they read, as written. ""
 * when there is none.
 */
function redecidedChange(prev: Decision, now: ReviewBasis | undefined, year: number, cell: string): string {
  const was = readContent(prev.since);
  const shown = readBasis(prev.shownFingerprint);
  const then = readBasis(prev.fingerprint);
  const onNow = !!now && !!shown && sameBasis(shown, now);
  const say = (lang: "zh" | "en"): string =>
    !onNow || !now ? "" : was && now.content ? describeFieldChanges(knownChanges(was, now.content), year, cell, lang)
    : then && !sameBasis(then, now) ? describeBasisChange(then, now, year, cell, lang) : "";
  // a record of what was decided on, no longer a request: a 人工评估 left out is not asked for again here
  const told = (lang: "zh" | "en"): string => say(lang).split(changeWords(lang).giveAgain).join("");
  const zh = told("zh") || prev.change;
  return zh ? JSON.stringify([zh, told("en") || zh]) : "";
}

/** REDECIDED as written back: its zh and en texts, or undefined (none, or not ours). */
function readRedecided(text: string): { zh: string; en: string } | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string" && v[0] ? { zh: v[0], en: v[1] } : undefined;
  } catch { return undefined; }
}

/**
 * Whether what the row holds moved since `then` (a decision's basis): a field of its content where both know it (a
 * formula not calculated now is no change: knownChanges), else the year's value; a status alone moving is not.
 */
function valueMoved(then: ReviewBasis, now: ReviewBasis): boolean {
  return then.content && now.content ? knownChanges(then.content, now.content).length > 0 : then.value !== now.value;
}

/**
 * The texts as written of the shown columns a person types words over (WROTE: 状态, 当年值, 问题, 填报说明): the first
 * WROTE_DIGITS hex digits of fnv1a of each (trimmed, as read back), in WROTE's order, one run. Short, as every row of a
 * 5,000-row 审核 carries it: the write stays one request under the host's size, so 生成审核表 stays at 2 syncs (a full
 * hash of every shown column, in JSON, made a third); an edit then goes unseen once in 65,536. Text typed over the
 * other shown columns (工作表, 位置, the name, 基期, 目标…) is rewritten unkept, as before.
 */
function wroteOf(shown: Record<string, string>): string {
  return WROTE_COLUMNS.map((k) => wroteHash((shown[k] ?? "").trim())).join("");
}

const WROTE_COLUMNS: readonly string[] = ["status", "value", "issue", "note"];
const WROTE_DIGITS = 4;
const wroteHash = (text: string): string => fnv1a(text).slice(0, WROTE_DIGITS);

/**
 * By row key, what a person typed over the shown columns since they were last written (a cell whose text no longer
 * hashes to `wrote`): `问题：their text` (（空） for a cell cleared), one per cell, joined by ；. None for rows of an
 * older sheet (no `wrote`).
 */
function editedShown(previous: ReviewMemory): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, d] of previous.rows) {
    // one hash per shown column, as wroteOf writes them; anything else (an older sheet, a cell typed over) is no record
    if (d.wrote.length !== WROTE_COLUMNS.length * WROTE_DIGITS || !/^[0-9a-f]+$/.test(d.wrote)) continue;
    const typed = WROTE_COLUMNS.flatMap((k, i) => {
      const text = d.shown[k] ?? "";
      const label = SHOWN.find(([c]) => c === k)?.[1] ?? k;
      const was = d.wrote.slice(i * WROTE_DIGITS, (i + 1) * WROTE_DIGITS);
      // a figure whose number is the one written, shown with other decimals (the person's format), is no edit
      const number = d.numbers?.[k];
      return wroteHash(text) !== was && (number === undefined || wroteHash(number) !== was) ? [`${label}：${text || EMPTY_CELL.zh}`] : [];
    });
    // text kept before is not kept twice
    const fresh = typed.filter((t) => !(d.extras[KEPT_EDITS] ?? "").split("；").includes(t));
    if (fresh.length) out.set(key, fresh.join("；"));
  }
  return out;
}

/** The width of 工作表: its longest name on one line where the bounds allow. */
function sheetWidth(names: readonly string[]): number {
  return oneLineWidth(names, SHEET_WIDTH.min, SHEET_WIDTH.max);
}

/**
 * The shown columns of an item (问题 blank for one not flagged). 位置 is the row's cell for the year (valueCell: an
 * indicator's reporting-year cell, a project's 完成投资, a reform's 状态), the cell `check` names in its 单元格 column,
 * whose value and status 当年值 and 状态 are, whatever cell a problem is about (trial33 T12: 位置 I18, the 2021 cell,
 * stood beside 2023's value and status while check named K18; fu10 issue 10 had put another year's cell there). 问题
 * names each other cell before its words (issueText), as check's 问题 does: an earlier year's I18, a value typed ahead
 * in M11. A sheet written with such a 位置 still reads: its rows agree with their items by any cell of the row
 * (reviewRowsOutOfPlace), and decisions are keyed by the row (template|id|year), never by 位置.
 */
function shownOf(item: CheckItem, year: number, flagged: boolean): Record<string, string> {
  const cell = valueCell(item, year);
  const due = item.kind === "project" ? projectDue(item) : item.expectedValue ?? null;
  // a cumulative row is due a running total, the one 当年值 reads beside its own amount
  const reached = item.cumulative ?? (item.value !== undefined && item.value.trim() !== "" && Number.isFinite(Number(item.value)) ? Number(item.value) : null);
  return {
    sheet: item.sheet, cell, name: item.name, flag: flagged ? FLAG_MARK : "",
    // 逾期 marked as check's table marks it (markedStatus; 属性 has its own column, so a binding row's is not)
    status: markedStatus(item.status, undefined, "zh", overdueEnd(item.issues) !== null),
    // 约束性 / 预期性 as the plan gives it (blank for a project, a reform, or a plan without it), beside 状态 to filter on (trial42a F5)
    attribute: item.attribute ?? "", value: shownValue(item, year),
    // a project has no 基期: its column holds the 建设年限, said so (trial47a F6: 2021-2023 under 基期 read as a base year)
    baseline: item.kind === "project" && item.baseline.trim() !== "" ? `建设年限 ${item.baseline}` : item.baseline, target: shownTarget(item, "zh"), due: due === null ? "" : shownDue(due, { value: reached, status: item.status }, item.expectedStrict),
    // check's words: a message said of four cells once, naming them (it read four times, no cell named)
    issue: reviewIssue(item, cell, flagged, "zh", year), note: item.note ?? "",
  };
}

/**
 * A project's 序时应达: the investment its time share s calls for by now, s × 总投资 (§4: q = C / I against s), as an
 * indicator's is the value its straight line calls for (trial47a F6: the column was blank on every project row); null
 * where either is unknown (总投资 “/”, a status §4 gives no s: 不适用, 已完工, 未填报).
 */
function projectDue(item: CheckItem): number | null {
  const s = item.expected, total = item.investment;
  return s === null || total === undefined || total === null || !Number.isFinite(total) ? null : s * total;
}

/** How many rows of a review sheet are in each 复核状态 (for the command's one-line summary). */
export function reviewCounts(sheet: PlannedSheet): { rows: number; stale: number; open: number } {
  const states = sheet.cells.filter((c) => c.style === "status" && typeof c.value === "string" && (Object.values(REVIEW_STATES) as string[]).includes(c.value));
  return { rows: states.length, stale: states.filter((c) => c.value === REVIEW_STATES.stale).length, open: states.filter((c) => c.value === REVIEW_STATES.open).length };
}
