import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import type { PlannedSheet } from "../sheet/SheetPlan";
import type { LockState } from "./applyLock";
import { diffReturns } from "./diffReturns";
import { ledgerSheet } from "./ledgerSheet";
import { ledgerState } from "./ledgerState";
import { returnValues } from "./returnValues";
import { reviewTally } from "./reviewTally";
import type { UnitFacts } from "./UnitFacts";
import { versionsSheet, type Resubmission } from "./versionsSheet";

/** A return given to `summary`, checked, with its lock state (applyLock) and when it arrived (file mtime, ms). */
export interface ArrivedReturn {
  file: string;
  report: CheckReport;
  grid: GridWorkbook;
  lock: LockState;
  receivedAt: number;
}

export interface CycleOptions {
  /** the units expected (from `--ledger` or `--units`), with their deadlines; none: no ledger sheet */
  units?: Array<{ unit: string; deadline: string }>;
  year: number;
  /** today, ISO date (the 催报 list is as of it) */
  asOf: string;
}

/**
 * The reporting cycle's part of a summary (issue 18.2, 18.4). Returns of one 填报单位 are
 * versions: the latest (by `receivedAt`, then by order given) is counted, and the values
 * changed between the two latest make the 版本变化 sheet. With `units`, the 报送台账 sheet
 * lists every expected unit (and any other that sent a return) with its facts. Returns with a
 * blank 填报单位 are never taken for versions of one another.
 */
export function summaryCycle<T extends ArrivedReturn>(arrived: T[], o: CycleOptions, link: (file: string, sheet: string, cell: string) => string): { counted: T[]; sheets: PlannedSheet[]; facts: UnitFacts[] | null; resubmissions: Resubmission[] } {
  const byUnit = new Map<string, T[]>();
  arrived.forEach((x, i) => {
    const unit = x.report.reportingUnit || `\u0000${i}`;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), x]);
  });
  const order = new Map(arrived.map((x, i) => [x, i]));
  const resubmissions: Resubmission[] = [];
  const latest = new Map<string, { x: T; versions: number; changes: number }>();
  for (const [unit, list] of byUnit) {
    const sorted = [...list].sort((a, b) => a.receivedAt - b.receivedAt || order.get(a)! - order.get(b)!);
    const last = sorted[sorted.length - 1]!;
    let changes = 0;
    if (sorted.length > 1) {
      const prev = sorted[sorted.length - 2]!;
      const diff = diffReturns(returnValues(prev.grid, prev.report), returnValues(last.grid, last.report));
      changes = diff.length;
      resubmissions.push({ unit, files: sorted.map((s) => s.file), changes: diff });
    }
    latest.set(unit, { x: last, versions: sorted.length, changes });
  }
  const counted = arrived.filter((x) => [...latest.values()].some((l) => l.x === x));
  const sheets: PlannedSheet[] = [];
  let facts: UnitFacts[] | null = null;
  if (o.units) {
    facts = [];
    const factOf = (unit: string, deadline: string, l: { x: T; versions: number; changes: number } | undefined, unlisted: boolean): UnitFacts => {
      if (!l) return { unit, deadline, state: "未报", errors: 0, unexplainedLags: 0, lock: "", versions: 0, changes: 0 };
      const issues = l.x.report.items.flatMap((i) => i.issues);
      const f: UnitFacts = {
        unit, deadline, file: l.x.file, state: ledgerState(l.x.lock, reviewTally(l.x.grid, l.x.report)),
        errors: issues.filter((i) => i.severity === "error").length, unexplainedLags: issues.filter((i) => i.code === "lagging_no_note").length,
        lock: !l.x.lock.locked ? "" : l.x.lock.intact ? "已锁定" : "锁定后被改动", versions: l.versions, changes: l.changes,
      };
      if (unlisted) f.unlisted = true;
      return f;
    };
    const listed = new Set(o.units.map((u) => u.unit));
    for (const u of o.units) facts!.push(factOf(u.unit, u.deadline, latest.get(u.unit), false));
    for (const [unit, l] of latest) if (!listed.has(unit)) facts!.push(factOf(l.x.report.reportingUnit || l.x.file, "", l, true));
    sheets.push(ledgerSheet(facts, o.year, o.asOf, (file) => link(file, "", "").replace(/#.*$/, "")));
  }
  if (resubmissions.length) sheets.push(versionsSheet(resubmissions, link));
  return { counted, sheets, facts, resubmissions };
}
