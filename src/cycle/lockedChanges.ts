import type { CheckReport } from "../sheet/CheckReport";

/** A value, 说明 or 人工评估 of a locked return that differs from the one accepted at the lock. */
export interface LockedChange {
  template: string;
  /** the row's indicator (or project, reform) id */
  id: string;
  sheet: string;
  /** where it is now (A1 on `sheet`); "" when its cell is gone */
  cell: string;
  name: string;
  /** the year (`"2024"`), `completed`/`state`/`evidence`, or `note` (说明) / `assess` (人工评估) */
  field: string;
  /** the text accepted at the lock and the text now ("" for an empty cell) */
  was: string;
  now: string;
}

/**
 * The changes since the lock that applyLock found (its `locked_value_changed` issues on `report`),
 * in item order: what `check` counts as 锁定后被改动, for the commands that use the values without
 * showing each issue (report, rollover, check --json's `lock`). A fresh user changed 11200 to 11500 after the lock: check
 * and summary said so, while report graded 11500 and rollover carried it without a word.
 */
export function lockedChanges(report: CheckReport): LockedChange[] {
  return report.items.flatMap((i) => i.issues.filter((x) => x.code === "locked_value_changed").map((x) => ({
    template: i.template, id: i.id, sheet: x.sheet ?? i.sheet, cell: x.cell ?? "", name: i.name,
    field: String(x.params?.["field"] ?? ""), was: x.expected ?? "", now: x.received ?? "",
  })));
}
