import { carriedInputs } from "../sheet/carriedInputs";
import { checkGrid } from "../sheet/checkGrid";
import type { GridWorkbook } from "../sheet/Grid";
import type { WorkbookPlan } from "../sheet/SheetPlan";
import { carriedInvalid, type CarriedInvalidValue } from "./carriedInvalid";

/**
 * The values a change of year from `from` to `to` in the workbook itself (the pane's roll-over) would
 * carry that the new year's check calls unusable: carriedInvalid, the one rule `rollover` applies to the
 * file it wrote, applied before anything is written to `grid` checked as of `to` (its cells stay where
 * they are: the pane rebuilds each sheet under its own name and keeps its values). `plan` is the load's
 * plan (planLoad), which finds the values carried by template id, row id and column key. [] when the
 * workbook does not check (its refusal is the load's to say). Pure. (trial34p Q1: the pane said only
 * 「说明 1 条已清空」 where rollover named K9 「待统计」.)
 */
export function rolledInvalid(grid: GridWorkbook, plan: WorkbookPlan, from: number, to: number): CarriedInvalidValue[] {
  const checked = checkGrid(grid, to);
  if (!checked.ok) return [];
  // a 累计完成投资 is emptied, as rollover leaves it (carriedInputs' references, rolledReferences): not carried, never unusable
  return carriedInvalid(carriedInputs(grid, plan).inputs, checked.report.items, from);
}
