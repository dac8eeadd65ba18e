import { describeIssue } from "../domain/describeIssue";
import type { Issue } from "../domain/Issue";
import { EXPLAINABLE_CODES } from "../domain/explainWarnings";
import type { CheckReport } from "../sheet/CheckReport";
import { workbookProblem } from "../sheet/WorkbookProblem";
import type { GridWorkbook } from "../sheet/Grid";
import { readYear } from "../sheet/checkGrid";
import { fingerprintText, readLock, type LockRecord } from "./LockRecord";
import { sameLockedText } from "./sameLockedText";
import { returnEntries } from "./returnEntries";
import { returnValues, valueKey } from "./returnValues";
import { lockDay } from "./lockDay";

/**
 * What the lock of a return says: not locked; locked and intact; locked but edited since. Not
 * locked with `otherYear`: the workbook holds the lock record of another reporting year (rolled
 * to a new year by hand or by an older version of the pane), which does not apply to this one.
 */
export type LockState =
  | { locked: false; otherYear?: OtherYearLock }
  | { locked: true; intact: boolean; changed: number; lockedAt: string; reviewer: string; /** locked with no decision on the 审核 sheet (LockRecord.reviewed false): not 审核通过 */ unreviewed?: true };

/** A lock record of another year than the workbook's reporting year: its year, when and by whom it was locked. */
export interface OtherYearLock {
  year: number;
  /** the workbook's reporting year, to which it does not apply */
  reportingYear: number;
  lockedAt: string;
  reviewer: string;
}

/**
 * Compares a checked return with its lock record (LockRecord, on the metadata sheet) and adds
 * to the report what no longer matches: an issue `locked_value_changed` (error) on each item
 * whose value, or (a version 2 record) 说明 or 人工评估, differs from the accepted one (expected =
 * accepted, received = now, cell = where it is now, params.field the year or `note`/`assess`);
 * a version 1 record is read as it was written (values only). A coded problem in `problems` (lock_damaged, lock_fingerprint_mismatch,
 * lock_values_gone) when the record itself was edited or damaged (its
 * values no longer hash to its fingerprint). `sha256` is the host's hash (hex).
 *
 * A field whose value is unknown on one side only — its cell a formula with no result in the file (openpyxl re-saved it)
 * now, or when it was locked (LockRecord.uncalculated) — is not compared: check judges it not calculated, not changed.
 *
 * A record whose `year` is not the workbook's reporting year (readYear: the cover's, whatever
 * year a check was asked for) accepted another year's return: it is not compared (every value
 * of the new year would read as changed since) and the state says so once (`otherYear`), as
 * `rollover` leaves the record behind (cycleMessages rolled_review_left).
 *
 * A return locked for its year after review asks for no 说明 any more: its lagging_no_note issues become information
 * (severity "info", params.locked 1: nobody can write a 说明 into a locked return), so check and the pane's 校验
 * ask nothing, while summary still counts those lags as the reviewer accepted them (lagsOf). A return locked without
 * review (LockRecord.reviewed false) accepted nothing (trial40 F1: its lags read 审核人已认可 and summary stopped chasing
 * them): its lagging_no_note issues keep their severity and get params.locked and params.unreviewed 1, said so
 * (滞后，未写说明；锁定时未经审核), and stay 未说明的滞后 in every count (lagsOf). A §8 warning no 说明 keeps
 * (EXPLAINABLE_CODES: ±30%, far from the plan…) gets params.locked 1 on a return locked after review: still a warning,
 * said 已锁定，审核人已认可 instead of 请改正 (trial42a F4); locked without review it is left as it is.
 *
 * A row with a locked_value_changed issue was accepted as it stood at the lock, not as it stands: none of its issues is
 * marked (trial42a F10: a 说明 emptied after the lock read 审核人已认可 and summary stopped chasing it). Its lag asks for
 * a 说明 again and counts 未说明的滞后 until the reviewer decides on the row again (lagsOf, reviewTally), as without a lock.
 */
/**
 * Whether the lock recorded the field's cell as a formula with no result (LockRecord.uncalculated); in a record written
 * before that list, a text beginning with = (the formula as check quotes it; Excel keeps no typed text so).
 */
function unknownAtLock(rec: LockRecord, key: string): boolean {
  return Array.isArray(rec.uncalculated) ? rec.uncalculated.includes(key) : (rec.values[key] ?? "").startsWith("=");
}

export function applyLock(grid: GridWorkbook, report: CheckReport, sha256: (text: string) => string): LockState {
  const rec = readLock(grid);
  if (rec === null) return { locked: false };
  if ("error" in rec) {
    report.problems.push(workbookProblem("lock_damaged", {}));
    return { locked: true, intact: false, changed: 0, lockedAt: "", reviewer: "" };
  }
  const reportingYear = readYear(grid) ?? report.year;
  if (typeof rec.year === "number" && rec.year !== reportingYear) {
    return { locked: false, otherYear: { year: rec.year, reportingYear, lockedAt: rec.lockedAt ?? "", reviewer: rec.reviewer ?? "" } };
  }
  let changed = 0;
  const sealed = sha256(fingerprintText(rec.values)) === rec.fingerprint;
  if (!sealed) report.problems.push(workbookProblem("lock_fingerprint_mismatch", {}));
  const withTexts = rec.version === 2;
  const now = withTexts ? returnEntries(grid, report) : returnValues(grid, report);
  const seen = new Set<string>();
  for (const item of report.items) {
    const texts = withTexts ? ["note", "assess"].filter((field) => now.has(valueKey({ template: item.template, id: item.id, field }))) : [];
    for (const field of [...Object.keys(item.cells), ...texts]) {
      const key = valueKey({ template: item.template, id: item.id, field });
      seen.add(key);
      const accepted = rec.values[key];
      const v = now.get(key);
      const text = v?.text ?? "";
      // a value unknown on one side only (a formula with no result in the file, now or at the lock) is no change
      // either way: check judges it not calculated, and it is compared again once both sides are known
      if (!!v?.uncalculated !== unknownAtLock(rec, key)) continue;
      if (accepted === undefined ? text === "" : sameLockedText(accepted, text)) continue;
      changed++;
      const issue: Issue = { code: "locked_value_changed", severity: "error", sheet: item.sheet, expected: accepted ?? "", received: text, params: { field, lockedAt: rec.lockedAt, lockedOn: lockDay(rec.lockedAt), ...(rec.reviewed === false ? { unreviewed: 1 } : {}) } };
      if (v) issue.cell = v.cell;
      item.issues.push({ ...issue, message: describeIssue(issue, "zh"), messageEn: describeIssue(issue, "en") });
    }
  }
  // 滞后指标须填写说明 is the unit's duty while the return can still be edited: once locked nobody can write the 说明
  // (lock said the lags left unexplained when it locked them; trial36 tp F6: a reviewer's 人工评估 滞后 went on asking
  // the unit for one after the lock). The row stays 滞后; only the request goes (§ a lagging row's 说明, our reading),
  // kept as a fact: the lag went without a 说明 and lock accepted it (summary's 审核人已认可, lagsOf); a lock without
  // review accepted nothing, so the request stays a request, said as locked without review (trial40 F1). A §8 warning
  // (改正或说明) the lock accepted reads so too, not 请改正 (trial42a F4). A row changed since the lock was accepted as it
  // stood, not as it stands: its requests stay the unit's until the reviewer decides on it again (trial42a F10)
  for (const item of report.items) {
    if (item.issues.some((x) => x.code === "locked_value_changed")) continue;
    item.issues = item.issues.map((x) => (isAcceptable(x) ? acceptedAtLock(x, rec.reviewed === false) : x));
  }
  // an accepted value whose row or sheet is gone
  const gone = Object.entries(rec.values).filter(([k, t]) => !seen.has(k) && t !== "").length;
  if (gone) report.problems.push(workbookProblem("lock_values_gone", { count: gone }));
  changed += gone;
  return { locked: true, intact: sealed && changed === 0, changed, lockedAt: rec.lockedAt, reviewer: rec.reviewer, ...(rec.reviewed === false ? { unreviewed: true as const } : {}) };
}

/** A request the lock answers: a lag without a 说明, or a §8 warning (EXPLAINABLE_CODES) no 说明 keeps, not marked yet. */
function isAcceptable(x: Issue): boolean {
  if (x.params?.["locked"] !== undefined) return false;
  if (x.code === "lagging_no_note") return x.severity !== "info";
  return EXPLAINABLE_CODES.includes(x.code) && x.severity === "warning" && !x.params?.["noted"];
}

/**
 * A request once the return is locked after review (params.locked): a lag's 说明 request becomes information, a §8
 * warning stays a warning (the 审核 sheet lists it, as one kept by a 说明) said accepted (describeIssue); locked
 * `unreviewed`, a lag's request stays the request it was (its severity kept), said so (params.unreviewed), and a
 * warning is left as it is: a lock without review accepted nothing.
 */
function acceptedAtLock<T extends Issue>(x: T, unreviewed: boolean): T {
  if (unreviewed && x.code !== "lagging_no_note") return x;
  const i: T = unreviewed ? { ...x, params: { ...x.params, locked: 1, unreviewed: 1 } } : { ...x, ...(x.code === "lagging_no_note" ? { severity: "info" } : {}), params: { ...x.params, locked: 1 } };
  return { ...i, ...("message" in x ? { message: describeIssue(i, "zh") } : {}), ...("messageEn" in x ? { messageEn: describeIssue(i, "en") } : {}) };
}
