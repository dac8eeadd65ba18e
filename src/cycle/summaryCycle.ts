import type { TieCause } from "../domain/TieCause";
import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import type { PlannedSheet } from "../sheet/SheetPlan";
import type { LockState } from "./applyLock";
import { ledgerSheet } from "./ledgerSheet";
import { lagsOf } from "./lagsOf";
import { lockBlockers, type LockBlockers } from "./lockBlockers";
import { blockerCount } from "./blockerCount";
import { ledgerStanding } from "./ledgerState";
import { reviewTally, type ReviewMark } from "./reviewTally";
import { returnEntries } from "./returnEntries";
import { blankOf } from "./blankOf";
import { isExplainedMissing } from "../domain/isExplainedMissing";
import { unassessedRows } from "./unassessedRows";
import type { LedgerState, ReturnBlank, UnitFacts } from "./UnitFacts";
import { standingFile } from "../domain/UnusableReason";
import { isUnitFile, type UnusableFile } from "./UnusableFile";
import { versionFacts } from "./versionFacts";
import type { TableContent } from "./tableContent";
import { receivedDate } from "./receivedDate";
import { overdueDays } from "./overdueDays";
import { versionOrder, type VersionBasis } from "./versionOrder";
import { versionGroup, type ReturnIdentity } from "./versionGroup";
import { versionsSheet, type Resubmission } from "./versionsSheet";

/**
 * What the cycle keeps of a return given to `summary` (issue 18, issue 19): a few facts, not
 * the return, so a summary over a thousand returns stays flat in memory. `receivedAt` is when
 * it arrived (file mtime, ms), `savedAt` when the workbook says it was last saved (ms; versionOrder);
 * `unit` its 填报单位 ("" when blank).
 */
export interface ArrivedReturn {
  file: string;
  unit: string;
  receivedAt: number;
  savedAt?: number;
  /** what it holds (returnContent), and what the version it replaces held, as its 审核 sheet records (review --replaces) */
  content?: string;
  replaces?: string;
  /** what its table holds by indicator and year, values and 说明 (tableContent's `table`): versions alike in it are one return (versionOrder) */
  table?: string;
  lock: LockState;
  state: LedgerState;
  errors: number;
  /** what the errors are, as check's 不能锁定 line counts them (lockBlockers); absent when `errors` is 0 */
  blockers?: LockBlockers;
  /** lagging rows without a 说明 and without a reviewer's 已说明 (lagsOf) */
  unexplainedLags: number;
  /** lagging rows without a 说明 whose 已说明 holds on the 审核 sheet */
  explainedByReviewer: number;
  /** the decisions alone would say 通过 but these errors remain (ledgerStanding): lock refuses it */
  held: number;
  /** rows left 未填报 for the year, of `rows` checked */
  missing: number;
  /** of `missing`, rows left blank with a 说明 (isExplainedMissing); absent as 0 */
  explainedMissing?: number;
  /** of `missing`, rows deleted from the return (withMissingRows' row_missing); absent as 0 */
  deleted?: number;
  /** of a 通过 return, the indicators still 待人工评估 (unassessedRows); 0 otherwise */
  unassessed: number;
  rows: number;
  /**
   * no value for the reporting year: not a return of the year (未报, chased), though a file came
   * ("file": nothing entered, a distributed file sent back untouched; "year": earlier years only)
   */
  blank: ReturnBlank | null;
  /** each decided row's 审核结论 now (reviewerVerdicts' marks, template|id → 通过/退回修改/已说明/待复核), for 问题清单; absent when none */
  marks?: Record<string, ReviewMark>;
  /** other units whose returns came merged into this workbook as sheets named after them (mergedUnits); absent when none */
  merged?: { units: string[]; read?: string };
  /** the 审核日期 texts typed on its 审核 sheet (reviewTally's `dates`): with its lock, what says the return was there by then (receivedDate); absent when none */
  reviewDates?: string[];
  /** its 填报说明 sheet was deleted (check's cover_deleted): the unit is chased to copy it back (chaseOf restore_cover); absent when not */
  coverDeleted?: true;
}

/** The facts of one checked return (its lock already applied to `report`); `content` its returnContent and `table` its tableContent where the caller has them. */
export function arrivedReturn(file: string, grid: GridWorkbook, report: CheckReport, lock: LockState, receivedAt: number, content?: string, table?: TableContent): ArrivedReturn {
  const tally = reviewTally(grid, report);
  // the count is the sum of what its words name (blockerCount: a sheet's broken formulas by their rows, a
  // status cell on such a row among them), never a count of issues beside them (trial s35 X5)
  const blockers = lockBlockers(report);
  // a value changed since the lock is to be corrected or accepted too: counted and named with them, as the ledger's 锁定 column says
  const several = new Set(report.items.map((i) => i.sheet)).size > 1;
  const changed = [...new Set(report.items.flatMap((i) => i.issues.filter((x) => x.code === "locked_value_changed").map((x) => `${several ? `${i.sheet}!` : ""}${x.cell ?? i.statusCell ?? ""}`)))];
  if (changed.length) blockers.changed = changed;
  const errors = blockerCount(blockers);
  const { state, held } = ledgerStanding(lock, tally, errors);
  const lags = lagsOf(report, tally.accepted);
  return {
    file, unit: report.reportingUnit, receivedAt, ...versionFacts(grid, report, content, table), lock, state, held,
    errors, ...(errors > 0 ? { blockers } : {}), unexplainedLags: lags.unexplained, explainedByReviewer: lags.explainedByReviewer,
    missing: report.items.filter((i) => i.status === "missing").length, rows: report.items.length,
    deleted: report.items.filter((i) => i.status === "missing" && i.issues.some((x) => x.code === "row_missing")).length,
    explainedMissing: report.items.filter(isExplainedMissing).length,
    // read only of a return 通过: its 人工评估 cells, locked with it, stay as they were accepted; a list's rows by their 审核结论
    unassessed: state === "通过" ? unassessedRows(report, returnEntries(grid, report), tally.accepted).length : 0,
    blank: blankOf(grid, report),
    ...(Object.keys(tally.marks).length ? { marks: tally.marks } : {}),
    ...(tally.dates.length ? { reviewDates: tally.dates } : {}),
    ...(report.problems.some((p) => p.code === "cover_deleted") ? { coverDeleted: true as const } : {}),
  };
}

export interface CycleOptions {
  /** the units expected (from `--ledger` or `--units`), with their deadlines and the 收到日期 typed in the ledger (receivedDate); none: no ledger sheet */
  units?: Array<{ unit: string; deadline: string; received?: string }>;
  /** the template ids the ledger records as distributed (the plan the returns are to be on: planVersions) */
  templates?: string[];
  year: number;
  /** today, ISO date (the 催报 list is as of it) */
  asOf: string;
}

/**
 * Returns of one 填报单位, plan and reporting year are versions (issue 18.4; versionGroup): the latest (by
 * versionOrder: a recorded replacement, else when saved, else `receivedAt`) is counted. `versions` lists, for each
 * return sent two or more times, its files oldest first and what they were ordered `by`. `tied`: each whose
 * latest could not be told (versionOrder's `tied`, oldest first, and its `cause`): none of its versions is counted
 * nor listed in `versions`, so the caller says which and how to tell them. Returns with a blank
 * 填报单位 are never taken for versions of one another, nor a unit's returns of two plans or years (`check`
 * on a folder holding both). Any record with `unit` and `receivedAt` (`summary`'s ArrivedReturn, `report`'s
 * evaluated returns, both of one plan and year; `check`'s files, with their `plan` and `year`): one rule for all.
 */
export function latestVersions<T extends Pick<ArrivedReturn, "unit" | "receivedAt" | "savedAt" | "content" | "replaces" | "table"> & ReturnIdentity>(arrived: readonly T[]): { counted: T[]; versions: Array<{ unit: string; files: T[]; by: VersionBasis }>; tied: Array<{ unit: string; files: T[]; cause: TieCause }> } {
  const groups = new Map<string, T[]>();
  arrived.forEach((x, i) => {
    const key = versionGroup(x) ?? `\u0000${i}`;
    groups.set(key, [...(groups.get(key) ?? []), x]);
  });
  const latest = new Set<T>();
  const versions: Array<{ unit: string; files: T[]; by: VersionBasis }> = [];
  const tied: Array<{ unit: string; files: T[]; cause: TieCause }> = [];
  for (const list of groups.values()) {
    // a group of two or more has a unit (a blank one is a group of its own)
    const unit = list[0]!.unit;
    const order = versionOrder(list);
    if (order.tied && order.cause) { tied.push({ unit, files: order.tied, cause: order.cause }); continue; }
    const sorted = [...list].sort((a, b) => order.rank(a) - order.rank(b));
    latest.add(sorted[sorted.length - 1]!);
    if (sorted.length > 1) versions.push({ unit, files: sorted, by: order.by });
  }
  return { counted: arrived.filter((x) => latest.has(x)), versions, tied };
}

/**
 * The reporting cycle's sheets of a summary (issue 18.2, 18.4): with `units`, the 报送台账 sheet
 * lists every expected unit (and any other that sent a return) with its facts; with
 * resubmissions (the values changed between a unit's two latest versions), the 版本变化 sheet.
 * `unusable`: files of the folder that could not be summed; a listed unit with no return but such
 * a file named after it is received-but-unusable (未报, the file and the reason said).
 */
export function summaryCycle(arrived: readonly ArrivedReturn[], resubmissions: Resubmission[], o: CycleOptions, link: (file: string, sheet: string, cell: string) => string, unusable: readonly UnusableFile[] = []): { sheets: PlannedSheet[]; facts: UnitFacts[] | null } {
  const { counted, versions } = latestVersions(arrived);
  // a unit that sent several versions came when its first did (trial43b F5: a county sent back and sending its correction
  // after the deadline was 逾期, though its first return came on time): the oldest version's dates say when it was received
  const firstOf = new Map(versions.map((v) => [v.unit, v.files[0]!]));
  const versionsOf = (x: ArrivedReturn): number => (x.unit ? arrived.filter((a) => a.unit === x.unit).length : 1);
  const changesOf = (x: ArrivedReturn): number => resubmissions.find((r) => r.unit === x.unit && x.unit)?.changes.length ?? 0;
  const latest = new Map(counted.map((x, i) => [x.unit || `\u0000${i}`, x]));
  const sheets: PlannedSheet[] = [];
  let facts: UnitFacts[] | null = null;
  if (o.units) {
    const list: UnitFacts[] = [];
    // a return counted: when it came, and how late (the ledger's 收到日期 typed, else its save day made before review and
    // as of --as-of, else what its review and lock records say: receivedDate), read of the unit's first version (firstOf)
    const cameOn = (counted: ArrivedReturn, deadline: string, typed = ""): Pick<UnitFacts, "received" | "receivedFrom" | "receivedTyped" | "receivedAside" | "late"> => {
      const x = firstOf.get(counted.unit) ?? counted;
      const dates = { ...(x.savedAt === undefined ? {} : { savedAt: x.savedAt }), ...(x.lock.locked && x.lock.lockedAt ? { lockedAt: x.lock.lockedAt } : {}), ...(x.reviewDates ? { reviewDates: x.reviewDates } : {}) };
      const r = receivedDate(typed, dates, { asOf: o.asOf, deadline });
      if (r.date === null) return { receivedFrom: r.from, ...(r.from === "unread" ? { receivedTyped: r.typed } : {}), ...(r.from === "unknown" && r.aside ? { receivedAside: r.aside } : {}) };
      const late = overdueDays(r.date, deadline);
      return { received: r.date, receivedFrom: r.from, ...(late > 0 ? { late } : {}) };
    };
    const factOf = (unit: string, deadline: string, x: ArrivedReturn | undefined, unlisted: boolean, typed?: string): UnitFacts => {
      if (!x) {
        // it sent something that cannot be used: chased for that reason, not as late (the latest file of the year named)
        const bad = standingFile(unusable.filter((f) => f.unit === unit));
        const none: UnitFacts = { unit, deadline, state: "未报", errors: 0, unexplainedLags: 0, missing: 0, rows: 0, lock: "", versions: 0, changes: 0 };
        if (bad && isUnitFile(bad)) return { ...none, file: bad.file, unusable: bad.reason, ...(bad.fileKind ? { unusableKind: bad.fileKind } : {}), ...(bad.version ? { unusableVersion: bad.version } : {}), ...(bad.tie ? { unusableTie: bad.tie } : {}) };
        // its return came as a sheet of another unit's workbook: 未报 all the same, chased to send its own file
        const host = counted.find((r) => r.merged?.units.includes(unit));
        return host ? { ...none, mergedIn: host.file } : none;
      }
      // a file without the year's values is received but still to be chased: 未报, the file named, when it came
      // said but not how late (it is not the year's return: the 催报 line says how late that is)
      if (x.blank) return { unit, deadline, file: x.file, state: "未报", errors: 0, unexplainedLags: 0, missing: x.missing, rows: x.rows, lock: "", versions: versionsOf(x), changes: 0, blank: x.blank, ...(x.coverDeleted ? { coverDeleted: true } : {}), ...(unlisted ? { unlisted: true } : {}), ...cameOn(x, "", typed) };
      const f: UnitFacts = {
        unit, deadline, file: x.file, state: x.state, errors: x.errors, ...(x.blockers ? { blockers: x.blockers } : {}), unexplainedLags: x.unexplainedLags, missing: x.missing, rows: x.rows,
        ...(x.deleted ? { deleted: x.deleted } : {}), ...(x.explainedMissing ? { explainedMissing: x.explainedMissing } : {}),
        lock: !x.lock.locked ? "" : !x.lock.intact ? "锁定后被改动" : x.lock.unreviewed ? "已锁定（未经审核）" : "已锁定", versions: versionsOf(x), changes: changesOf(x),
        ...(x.explainedByReviewer ? { explainedByReviewer: x.explainedByReviewer } : {}), ...(x.held ? { held: x.held } : {}),
        ...(x.state === "通过" && x.unassessed ? { unassessed: x.unassessed } : {}),
        ...(x.coverDeleted ? { coverDeleted: true } : {}),
        ...cameOn(x, deadline, typed),
      };
      if (unlisted) f.unlisted = true;
      return f;
    };
    const listed = new Set(o.units.map((u) => u.unit));
    for (const u of o.units) list.push(factOf(u.unit, u.deadline, latest.get(u.unit), false, u.received));
    for (const [unit, x] of latest) if (!listed.has(unit)) list.push(factOf(x.unit || x.file, "", x, true));
    sheets.push(ledgerSheet(list, o.year, o.asOf, (file) => link(file, "", "").replace(/#.*$/, "")));
    facts = list;
  }
  if (resubmissions.length) sheets.push(versionsSheet(resubmissions, link));
  return { sheets, facts };
}
