import type { TieCause } from "../domain/TieCause";
import type { LockBlockers } from "./lockBlockers";
import type { PlanVersionDetail, UnusableReason } from "../domain/UnusableReason";
import type { SavedAside } from "./receivedDate";

/** 报送状态 in the summary's ledger (issue 18): derived from the returns, never typed. */
export type LedgerState = "未报" | "已报" | "退回" | "通过";

/** A received return without the year's values: nothing entered ("file"), or other years only ("year"). */
export type ReturnBlank = "file" | "year";

/** What the summary's 报送台账 says about one unit. */
export interface UnitFacts {
  unit: string;
  /** 报送截止日期, ISO date, "" when none */
  deadline: string;
  /** the file counted (the latest version), absent for 未报 */
  file?: string;
  state: LedgerState;
  /** the errors that keep the counted return from being locked, added up from `blockers` (blockerCount): the ledger's 错误数 */
  errors: number;
  /**
   * what those errors are, as check's 不能锁定 line counts them (lockBlockers: 数据异常 rows, status
   * cells typed over, sheets whose own formulas no longer compute their rows…), so the ledger's
   * 退回改正 line names them (trial34 C3); absent when `errors` is 0
   */
  blockers?: LockBlockers;
  /** lagging or severe indicators without a 说明 (lagging_no_note) and without a reviewer's 通过 or 已说明 in force (lagsOf) */
  unexplainedLags: number;
  /** lagging indicators without a 说明 that the reviewer accepted (通过 or 已说明 in force on the 审核 sheet): not counted in unexplainedLags, shown as 审核已认可 */
  explainedByReviewer?: number;
  /**
   * the 审核 decisions alone would make the return 通过, but it still has this many errors
   * (lockErrors): lock refuses it, so it is 已报, and the ledger says 通过未生效 and why
   */
  held?: number;
  /**
   * rows of the counted return left 未填报 for the year (status missing), of `rows` checked: a
   * return sent half empty is 已报 all the same, and the unit must still complete it
   */
  missing: number;
  rows: number;
  /**
   * of `missing`, the rows left blank with a 说明 (isExplainedMissing: 已说明, e.g. 统计局尚未发布): still
   * 未填报, but not chased to be filled in (missingToChase); absent when none
   */
  explainedMissing?: number;
  /** of `missing`, the rows deleted from the return (check's row_missing; withMissingRows): absent when none */
  deleted?: number;
  /** 已锁定（未经审核）: locked with no decision on its 审核 sheet (LockState.unreviewed), so not 通过 */
  lock: "" | "已锁定" | "已锁定（未经审核）" | "锁定后被改动";
  /**
   * a 通过 return's indicators still 待人工评估 (unassessedRows: a words target with no conclusion in
   * its 人工评估 cell, locked so by `lock --accept-unassessed`): the ledger says 通过（N 项未评估）;
   * absent when none or when not 通过
   */
  unassessed?: number;
  /** files received for the unit */
  versions: number;
  /** values changed between the two latest versions */
  changes: number;
  /**
   * a file came back without the year's values (counted 未报, kept on the 催报 list): "file" with
   * nothing entered at all (收到空表), "year" with other years' values only (本年度未填)
   */
  blank?: ReturnBlank;
  /**
   * no return counted, but a file named after the unit came and could not be used (counted
   * received, 未报, chased with this reason rather than as late); `file` is that file
   */
  unusable?: UnusableReason;
  /** `unusable` other_version (other_plan): what differs from the version used, for the 催报 line (and whether an amendment superseded it) */
  unusableVersion?: PlanVersionDetail;
  /** `unusable` other_format: the kind of file the reader found (fileKindWords: docx, pdf…), for the 催报 line to say it as check does */
  unusableKind?: string;
  /** `unusable` versions_tied: what tied the versions (TieCause), for the 催报 line to say the cause that applied */
  unusableTie?: TieCause;
  /**
   * no return of its own counted, but its return came as a sheet of this other unit's workbook (a
   * city's merged workbook: mergedUnits): 未报, chased to send its own file, not as late
   */
  mergedIn?: string;
  /** received but not in the ledger's list of units */
  unlisted?: boolean;
  /**
   * the counted return's 填报说明 sheet was deleted (check's cover_deleted): its year, unit and signatures (填报人,
   * 单位负责人) are gone with it, so the unit is chased to copy it back (chaseOf restore_cover); absent when not
   */
  coverDeleted?: true;
  /**
   * of a unit whose return was counted (blank ones too): the day it was received, ISO, in China's calendar
   * (receivedDate: the ledger's 收到日期 where typed, else the workbook's save day made by the unit; with `receivedFrom`
   * "review", the day its review or lock records show it was there, on or before the deadline: received no later than
   * it); of a unit that sent several versions, its first (the oldest, versionOrder): a correction sent after the deadline
   * does not make a return that came on time late (trial43b F5); absent when not known
   */
  received?: string;
  /**
   * where `received` comes from: "ledger" (typed there), "saved" (the workbook's last save), "review" (the earliest day
   * its review or lock records hold), or why there is none: "unknown" (no save day, or one that is not the unit's:
   * `receivedAside`), "unread" (the typed text, `receivedTyped`, is no full date); absent for a unit with no return counted
   */
  receivedFrom?: "ledger" | "saved" | "review" | "unknown" | "unread";
  /** `receivedFrom` "unread": the 收到日期 text as typed */
  receivedTyped?: string;
  /** `receivedFrom` "unknown" with a save day that is not the received date: the day and why (receivedDate's SavedAside) */
  receivedAside?: SavedAside;
  /** whole days `received` is after `deadline` (overdueDays): the return came late (逾期 N 天); absent when on time, not known, or `blank` (still 未报, chased) */
  late?: number;
}
