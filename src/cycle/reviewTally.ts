import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import { valueCell } from "../sheet/valueCell";
import type { PlannedSheet } from "../sheet/SheetPlan";
import type { GridWorkbook } from "../sheet/Grid";
import { FIRST_DATA_ROW, KEY_ROW } from "../sheet/keys";
import { decidedSinceRun, findReviewSheet, isDecision, readDecisions, REVIEW_STATES, reviewSheet } from "../sheet/reviewSheet";
import { rowContents } from "../sheet/rowContents";
import { lockErrors } from "./lockErrors";
import type { WorkbookProblem } from "../sheet/WorkbookProblem";
import { unreviewedChanges, type UnreviewedChange } from "./unreviewedChanges";
import { RECONFIRM_WORDS } from "./RECONFIRM_WORDS";
import { staleCells } from "../sheet/staleCells";

/** How the rows of a return's 审核 sheet stand against its values now. */
export interface ReviewTally {
  /** the return has a 审核 sheet of ours */
  reviewed: boolean;
  /** rows with a decision */
  decided: number;
  /** 退回修改 decisions still on the value they were made on (有效) */
  returned: number;
  /** their rows on the sheet as the return holds it (1-based, in order; a row the sheet does not have yet left out) */
  returnedRows: number[];
  /** those decisions' items, in sheet order (row 0: the sheet does not have it yet), so review can name them as it sends the return back */
  returnedItems: OpenRow[];
  /** flagged rows nobody decided on (待审核), a word typed outside the list counting as none */
  open: number;
  /** those rows, in sheet order: where the sheet has them and whether it shows them 待审核 yet (a value changed after review last ran) */
  openRows: OpenRow[];
  /** decisions made on another value (待复核: resubmitted since) */
  stale: number;
  /** the name of the return's 审核 sheet ("" without one) */
  sheet: string;
  /** the rows of that sheet (1-based, in its order) that are 待复核 now, so a reviewer can go to them */
  staleRows: number[];
  /**
   * of those, the rows the sheet does not show as 待复核 yet (values changed after review last ran), or shows so but
   * decided on again since on what it showed then (a 人工评估 changed in the same save as the decision, trial40f F2): review must run first
   */
  staleUnmarked: number;
  /** of staleRows, those whose 审核结论 is 退回修改: confirmed, it still holds and lock refuses (trial40f F2) */
  staleReturnedRows: number[];
  /** the items of staleRows (工作表, 位置 of the year's value, name, row, and the cells that changed: `changed`), in sheet order, so lock names each row 待复核 by its indicator and the cells changed */
  staleItems: OpenRow[];
  /**
   * the rows of the sheet as the return holds it (1-based, in order) whose 审核意见 already holds 已复核 (RECONFIRM_WORDS.mark):
   * on a row 待复核 or changed since a lock, that word is not seen written after the change, so lock and review say so rather than
   * ask for it (trial42a F2)
   */
  rechecked: number[];
  /** the items (template|id) whose 通过 or 已说明 holds (有效): the reviewer accepted the row as it stands, so it is not chased for a 说明 (lagsOf) */
  accepted: string[];
  /** each decided item's (template|id) 审核结论 as it stands now: 通过, 退回修改 or 已说明 in force, 待复核 when the row changed since (reviewMark) */
  marks: Record<string, ReviewMark>;
  /** the rows a 通过 or 已说明 holds on (有效) whose item still has an error (lockErrors): accepted, but not acceptable */
  acceptedWithErrors: AcceptedWithError[];
  /** values changed since the return was locked that no decision made after the change takes in (unreviewedChanges) */
  unreviewed: UnreviewedChange[];
  /** the texts under the sheet's 审核日期 column, row by row (none empty): when the reviewer decided, the return was there (receivedDate) */
  dates: string[];
  /** the 审核 sheet's rows sorted apart from their hidden keys (ReviewMemory.placement): decisions re-keyed by what each row shows, or (review_rows_out_of_place) none read */
  placement?: WorkbookProblem;
}

/** A row 待审核: the item (工作表, 位置 of its year, name) and its row on the 审核 sheet as the file holds it (0: none). */
export interface OpenRow {
  sheet: string; cell: string; name: string; row: number; /** the sheet shows it 待审核 */ marked: boolean;
  /** a row 待复核 (staleItems): the cells that changed since the decision (staleCells: its 说明's P7 where only that changed), on `sheet` */
  changed?: string[];
}

/** A row of the 审核 sheet as review would write it now: key (template|id|year), 审核结论, 复核状态, its row, the basis the decision rests on (ReviewBasis JSON, "" for none). */
export interface PlannedReviewRow {
  key: string; decision: string; state: string; row: number; basis: string; /** the 审核结论 cell (A1) */ decisionCell: string; /** the 审核意见 as written ("" for none or a number) */ comment: string;
  /** the row's content in the version a resubmission replaced (the hidden `since` column, stored: readContent; "" for none) */
  since: string;
}

/** A row's 审核结论 as summary's 问题清单 shows it: the decision in force, or 待复核 (REVIEW_STATES.stale) when the row changed since. */
export type ReviewMark = "通过" | "退回修改" | "已说明" | "待复核";

/** A row accepted (通过 or 已说明) on the 审核 sheet whose item still has an error. */
export interface AcceptedWithError { decision: string; sheet: string; cell: string; name: string; errors: number; /** its row on the planned 审核 sheet */ row: number }

/** Each row of a planned 审核 sheet: its key (template|id|year), 审核结论 and 复核状态. */
export function plannedReviewRows(sheet: PlannedSheet): PlannedReviewRow[] {
  const colOf = new Map<string, string>();
  const byAddress = new Map<string, string>();
  for (const c of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.address);
    if (!m) continue;
    if (Number(m[2]) === KEY_ROW && typeof c.value === "string") colOf.set(c.value, m[1]!);
    byAddress.set(c.address, typeof c.value === "string" ? c.value : "");
  }
  const [dec, rev, key, fp, comment, since] = [colOf.get("decision"), colOf.get("review"), colOf.get("key"), colOf.get("fingerprint"), colOf.get("comment"), colOf.get("since")];
  const rows: PlannedReviewRow[] = [];
  if (!dec || !rev || !key) return rows;
  for (let r = FIRST_DATA_ROW; byAddress.has(`${key}${r}`); r++) {
    rows.push({ key: byAddress.get(`${key}${r}`) ?? "", decision: byAddress.get(`${dec}${r}`) ?? "", state: byAddress.get(`${rev}${r}`) ?? "", row: r, basis: fp ? byAddress.get(`${fp}${r}`) ?? "" : "", decisionCell: `${dec}${r}`, comment: comment ? byAddress.get(`${comment}${r}`) ?? "" : "", since: since ? byAddress.get(`${since}${r}`) ?? "" : "" });
  }
  return rows;
}

/**
 * What the reviewer's decisions say of the items, one reading for the ledger, lock, review and
 * summary's 问题清单: the items whose 通过 or 已说明 holds (not chased for a 说明: a manager takes
 * the reviewer's acceptance, trial34 M4), each decided item's mark (a decision made on a value
 * changed since: 待复核), and the rows accepted (通过, 已说明) whose item still has an error (lockErrors).
 */
export function reviewerVerdicts(rows: ReadonlyArray<Pick<PlannedReviewRow, "key" | "decision" | "state" | "row">>, report: CheckReport): Pick<ReviewTally, "accepted" | "marks" | "acceptedWithErrors"> {
  const items = new Map<string, CheckItem>(report.items.map((i) => [`${i.template}|${i.id}|${report.year}`, i]));
  const out: Pick<ReviewTally, "accepted" | "marks" | "acceptedWithErrors"> = { accepted: [], marks: {}, acceptedWithErrors: [] };
  for (const row of rows) {
    const item = items.get(row.key);
    if (!item) continue;
    if (row.state === REVIEW_STATES.stale) out.marks[`${item.template}|${item.id}`] = REVIEW_STATES.stale;
    if (row.state !== REVIEW_STATES.valid) continue;
    if (isDecision(row.decision)) out.marks[`${item.template}|${item.id}`] = row.decision as ReviewMark;
    if (row.decision === "通过" || row.decision === "已说明") out.accepted.push(`${item.template}|${item.id}`);
    // the row's own errors: a sheet's (own_formulas_broken) is not the row's to accept, and lock tells it
    const errors = lockErrors({ ...report, items: [item], problems: [] });
    if ((row.decision === "通过" || row.decision === "已说明") && errors.length) {
      const cell = errors.find((x) => x.cell)?.cell ?? valueCell(item, report.year);
      out.acceptedWithErrors.push({ decision: row.decision, sheet: item.sheet, cell, name: item.name, errors: errors.length, row: row.row });
    }
  }
  return out;
}

/** A 审核 sheet about to be written (生成审核表, 带入上一版的审核结论): the plan and the name it is written under. */
export interface WrittenReview { sheet: PlannedSheet; name: string }

/**
 * Tallies a return's 审核 decisions as `review` would show them now: the sheet is planned
 * again from what the rows hold now (reviewSheet with rowContents), so a decision made on a
 * value, 说明 or 人工评估 that changed since counts as 待复核, not as what it said, and so does a
 * row `review --replaces` marked that nobody has decided on since. With `written` (the pane, before
 * its writer runs) the tally is of that sheet as written, each row where the plan puts it, not of
 * the one the grid holds (trial40f F3: the pane's outlook after 带入上一版的审核结论 was the workbook's before it).
 */
export function reviewTally(grid: GridWorkbook, report: CheckReport, written?: WrittenReview): ReviewTally {
  const own = written ? undefined : findReviewSheet(grid.sheets);
  const tally: ReviewTally = { reviewed: !!own || !!written, decided: 0, returned: 0, returnedRows: [], returnedItems: [], open: 0, openRows: [], stale: 0, sheet: written?.name ?? own?.name ?? "", staleRows: [], staleUnmarked: 0, staleReturnedRows: [], staleItems: [], rechecked: [], accepted: [], marks: {}, acceptedWithErrors: [], unreviewed: [], dates: [] };
  // without a 审核 sheet no decision takes a change since the lock in
  if (!own && !written) { tally.unreviewed = unreviewedChanges(report, [], () => undefined); return tally; }
  const memory = written ? undefined : readDecisions(grid.sheets, grid.date1904 === true, report);
  if (memory?.placement) tally.placement = memory.placement;
  // what the rows hold now: the sheet is planned on it; a sheet given as written (the pane's) reads it only for a row 待复核
  let contents = written ? undefined : rowContents(grid, report);
  const sheet = written?.sheet ?? reviewSheet(report, memory, { ...(contents ? { contents } : {}), date1904: grid.date1904 === true });
  const rows = plannedReviewRows(sheet);
  // the dates are summary's (receivedDate), read from files: a sheet not yet written has none to give
  tally.dates = memory ? [...memory.rows.values()].map((d) => d.date).filter(Boolean) : [];
  Object.assign(tally, reviewerVerdicts(rows, report));
  // where each row is on the sheet as the return holds it (a reviewer may have sorted it, its visible columns alone too), and what it shows
  const at = new Map<string, { row: number; state: string }>();
  // a row shown 待复核 and decided on again since review ran was decided on what the sheet showed then: not marked for what changed since
  if (memory) { for (const [k, d] of memory.rows) if (d.row > 0) at.set(k, { row: d.row, state: d.state === REVIEW_STATES.stale && decidedSinceRun(d) ? "" : d.state }); }
  else for (const r of rows) at.set(r.key, { row: r.row, state: r.state });
  tally.unreviewed = unreviewedChanges(report, rows, (k) => at.get(k));
  const items = new Map(report.items.map((i) => [`${i.template}|${i.id}|${report.year}`, i]));
  const stale: Array<{ row: number; marked: boolean; returned: boolean; item: CheckItem | undefined; changed: string[] }> = [];
  for (const { key, decision, state, comment, basis, since } of rows) {
    if (isDecision(decision)) tally.decided++;
    const w = at.get(key);
    if (w && comment.includes(RECONFIRM_WORDS.mark)) tally.rechecked.push(w.row);
    if (state === REVIEW_STATES.stale) {
      tally.stale++;
      const item = items.get(key);
      // named by what changed (a 说明 P7, not the value's K7: trial42d), as its 数值变化 says it
      contents ??= rowContents(grid, report);
      const changed = item ? staleCells(basis, since, contents.get(`${item.template}|${item.id}`), valueCell(item, report.year)) : [];
      if (w) stale.push({ row: w.row, marked: w.state === REVIEW_STATES.stale, returned: decision === "退回修改", item, changed });
      else tally.staleUnmarked++;
    }
    else if (state === REVIEW_STATES.open) {
      tally.open++;
      const item = items.get(key);
      if (item) tally.openRows.push({ sheet: item.sheet, cell: valueCell(item, report.year), name: item.name, row: w?.row ?? 0, marked: w?.state === REVIEW_STATES.open });
    }
    else if (state === REVIEW_STATES.valid && decision === "退回修改") {
      tally.returned++;
      const item = items.get(key);
      if (w) tally.returnedRows.push(w.row);
      if (item) tally.returnedItems.push({ sheet: item.sheet, cell: valueCell(item, report.year), name: item.name, row: w?.row ?? 0, marked: true });
    }
  }
  tally.staleRows = stale.map((x) => x.row).sort((a, b) => a - b);
  tally.staleReturnedRows = stale.filter((x) => x.returned).map((x) => x.row).sort((a, b) => a - b);
  tally.staleItems = stale.flatMap((x) => (x.item ? [{ sheet: x.item.sheet, cell: valueCell(x.item, report.year), name: x.item.name, row: x.row, marked: x.marked, changed: x.changed }] : [])).sort((a, b) => a.row - b.row);
  tally.returnedRows.sort((a, b) => a - b);
  tally.rechecked.sort((a, b) => a - b);
  tally.returnedItems.sort((a, b) => a.row - b.row);
  tally.staleUnmarked += stale.filter((x) => !x.marked).length;
  return tally;
}
