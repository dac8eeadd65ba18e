import { completedDoubt } from "../domain/completedDoubt";
import { describeIssueBody } from "../domain/describeIssueBody";
import type { Issue } from "../domain/Issue";
import { labelColon } from "../domain/labelColon";
import type { CheckReport } from "../sheet/CheckReport";
import { valueCell } from "../sheet/valueCell";
import { METHOD_DOUBT } from "../domain/statusCountsText";
import { lagsOf } from "./lagsOf";
import type { ReviewTally } from "./reviewTally";
import type { UnassessedRow } from "./unassessedRows";
import { sameSheetRow } from "./sameSheetRow";

/**
 * What `lock` locks all the same but says (locked_unreviewed, lock_would_note), each kind counted and its first
 * `named` rows named: `open` rows the 审核 sheet shows 待审核 (`openRows`, `第 9 行 name`), of them `openAssess` still
 * 待人工评估 too (`openAssessRows`: counted among the 待审核, as the sheet's 复核状态 shows them, and said apart, as the
 * pane's 审核 list groups them; trial46b F4), `unlisted` flagged rows it
 * does not list yet (`unlistedRows`, by cell), `lags` lagging rows without a 说明 (`lagRows`, `sheet!cell name`, the
 * cell its 说明's), `missing` rows 未填报, `missingExplained` how many of them were left blank with their reason (§6a, our
 * reading), named apart: `missingExplainedRows` (the cell the year's value belongs in, then check's words on it) and
 * `missingRows` the others (trial46b F5: 其中 1 项已说明原因（L10…、L11… 等 41 项） named unexplained rows only, and
 * read as the explained one's), `doubts` rows whose value the
 * report does not grade (CheckItem.ungraded: 未能评估（数值待核实）, §6 our reading; a doubt on the plan's method left out, and
 * one whose row is decided 退回修改 in force: already sent back, as the note's way forward asks, s43) (`doubtRows`, `sheet!cell name：` check's words on it: trial41a F3, 850000 亿元 against 110 locked 通过 with no word).
 */
export interface LockNotes { open: number; openRows: string[]; openAssess: number; openAssessRows: string[]; unlisted: number; unlistedRows: string[]; lags: number; lagRows: string[]; missing: number; missingRows: string[]; missingExplained: number; missingExplainedRows: string[]; doubts: number; doubtRows: string[] }

/**
 * lock's notes on a return it would lock (LockNotes): `report` lock's check of it, `t` its 审核 sheet tallied against
 * that report and `unassessed` its rows still 待人工评估 (lockReading), `say` the words of a 审核 row (lock_open_row) and of a cell (lock_unassessed_row) in `lang`.
 * The one reading of them for `lock` (runLock) and the pane's outlook (lockOutlookLine), so the pane never says
 * 可以锁定 bare where lock would lock with a 注意 (trial39b F1). Pure.
 */
export function lockNotes(report: CheckReport, t: ReviewTally, unassessed: readonly UnassessedRow[], say: (code: "lock_open_row" | "lock_unassessed_row", p: Record<string, string | number>) => string, lang: "zh" | "en", named: number): LockNotes {
  // a lag the reviewer accepted (通过 or 已说明 in force) is not unexplained: the ledger's count (lagsOf)
  const lags = lagsOf(report, t.accepted);
  // a count alone sent the reviewer back to check to find them; a long list stops at `named`
  const [marked, unlisted] = [t.openRows.filter((o) => o.marked), t.openRows.filter((o) => !o.marked)];
  // a row 待审核 whose 人工评估 is still blank waits for both: one of the 待审核, named apart
  const assess = marked.filter((o) => unassessed.some((u) => sameSheetRow(u, o)));
  const missing = report.items.filter((i) => i.status === "missing");
  const isExplained = (i: CheckReport["items"][number]): boolean => i.issues.some((x) => x.code === "missing_explained");
  const missingRow = (i: CheckReport["items"][number]): string => {
    const cell = valueCell(i, report.year);
    const row = cell ? `${i.sheet}!${cell} ${i.name}` : `${i.sheet} ${i.name}`;
    // left blank with its reason (§6a): in check's words, so the reviewer sees it was explained and why
    const explained = i.issues.find((x) => x.code === "missing_explained");
    return explained ? `${row}${labelColon(lang)}${describeIssueBody(explained, lang)}` : row;
  };
  return {
    lags: lags.unexplained,
    // a sheet without its 说明 column has no cell to name (trial s35 X4 named the 当年状态 cell N5): the row by its name
    lagRows: lags.unexplainedRows.slice(0, named).map((i) => {
      const cell = i.issues.find((x) => x.code === "lagging_no_note")?.cell ?? i.noteCell;
      return cell === undefined ? `${i.sheet} ${i.name}` : `${i.sheet}!${cell} ${i.name}`;
    }),
    // 待审核 as the sheet shows it, named by row; flagged rows the sheet does not list yet said apart, by cell
    open: marked.length, openRows: marked.slice(0, named).map((o, i) => say("lock_open_row", { row: o.row, name: o.name, review: i === 0 ? t.sheet : "" })),
    openAssess: assess.length, openAssessRows: assess.slice(0, named).map((o) => say("lock_open_row", { row: o.row, name: o.name, review: "" })),
    unlisted: unlisted.length, unlistedRows: unlisted.slice(0, named).map((o) => say("lock_unassessed_row", { sheet: o.sheet, cell: o.cell, name: o.name })),
    // rows still 未填报 are accepted too (data not yet to hand), but said: the ledger shows the return 通过
    missing: report.counts.missing,
    // named as the lags are (trial29c F10: 1 项未填报 sent the reviewer to check to find K20); the explained ones apart
    missingRows: missing.filter((i) => !isExplained(i)).slice(0, named).map(missingRow),
    missingExplained: missing.filter(isExplained).length,
    missingExplainedRows: missing.filter(isExplained).slice(0, named).map(missingRow),
    // a value to verify stays 未能评估 in the report once locked, whatever the review decided (a 通过 accepts it, the
    // report's grade does not follow): said, with check's words on it, so the lock is not taken for a clean one; a row
    // already decided 退回修改 (in force) is on its way back to be corrected, the way forward this note gives (s43)
    ...doubtsOf(report, t, lang, named),
  };
}

/**
 * Whether the report withholds a row's value (未能评估（数值待核实）), and the issue it is withheld by: an indicator's
 * ungradedDoubt (a doubt on the plan's method left out), a project's completedDoubt (累计完成投资 read as 万元 or as a date:
 * trial47a F3, 156000 against 32.5 亿元 locked 通过, the row unnamed while 16 others were).
 */
function doubted(i: CheckReport["items"][number]): { issue?: Issue } | null {
  if (i.kind === "project") {
    const d = completedDoubt(i.issues);
    return d === null ? null : { issue: d.issue };
  }
  if (i.ungraded === undefined || i.ungraded === METHOD_DOUBT) return null;
  const issue = i.issues.find((x) => x.code === i.ungraded);
  return issue === undefined ? {} : { issue };
}

function doubtsOf(report: CheckReport, t: ReviewTally, lang: "zh" | "en", named: number): Pick<LockNotes, "doubts" | "doubtRows"> {
  const rows = report.items.filter((i) => doubted(i) !== null && t.marks[`${i.template}|${i.id}`] !== "退回修改");
  return {
    doubts: rows.length,
    doubtRows: rows.slice(0, named).map((i) => {
      const cell = valueCell(i, report.year);
      const row = cell ? `${i.sheet}!${cell} ${i.name}` : `${i.sheet} ${i.name}`;
      const why = doubted(i)?.issue;
      return why ? `${row}${labelColon(lang)}${describeIssueBody(why, lang)}` : row;
    }),
  };
}
