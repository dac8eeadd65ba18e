import type { LockState } from "../cycle/applyLock";
import { lockedChanges } from "../cycle/lockedChanges";
import type { CheckReport } from "../sheet/CheckReport";
import { lockDay } from "../cycle/lockDay";

/** One value, 说明 or 人工评估 of a locked return that differs from the one accepted. */
export interface LockChangeJson {
  template: string;
  id: string;
  sheet: string;
  /** where the text is now (A1 on `sheet`); null when its cell is gone */
  cell: string | null;
  /** the year (`"2024"`), `completed`/`state`/`evidence`, or `note` (说明) / `assess` (人工评估) */
  field: string;
  /** the text accepted at the lock, "" when blank */
  locked: string;
  /** the text now, "" when blank */
  now: string;
}

/** `check --json`'s `lock` when the return is locked (architecture.md, CLI). */
export interface LockJson {
  /** the ISO date-time recorded by `lock`, "" when the record is damaged */
  lockedAt: string;
  /** its day, YYYY-MM-DD, as the title shows it ("" when not recorded) */
  date: string;
  /** `lock --reviewer`, "" when none */
  reviewer: string;
  /** false: locked with no decision on the 审核 sheet (未经审核, not 审核通过); true for a lock after review and for records written before this field */
  reviewed: boolean;
  /** the record hashes to its fingerprint and nothing accepted changed */
  intact: boolean;
  /** values, 说明 and 人工评估 changed since the lock, counting accepted ones whose row or sheet is gone (not in `changes`) */
  changed: number;
  /** each `locked_value_changed` issue of the report, in item order (lockedChanges) */
  changes: LockChangeJson[];
}

/**
 * The `lock` of `check --json`: null for a return never locked; else when and by whom, and what
 * changed since, read from applyLock's state and the `locked_value_changed` issues it added to
 * `report` (the same facts as the terminal title's 已锁定（date, reviewer） and the totals'
 * 锁定后被改动 N).
 */
export function lockJson(lock: LockState, report: CheckReport): LockJson | null {
  if (!lock.locked) return null;
  const changes = lockedChanges(report).map((c): LockChangeJson => ({
    template: c.template, id: c.id, sheet: c.sheet, cell: c.cell || null, field: c.field, locked: c.was, now: c.now,
  }));
  return { lockedAt: lock.lockedAt, date: lockDay(lock.lockedAt), reviewer: lock.reviewer, reviewed: !lock.unreviewed, intact: lock.intact, changed: lock.changed, changes };
}
