import type { CheckReport } from "./CheckReport";
import { COVER_NAME, UNIT_CELL } from "./coverSheet";
import { a1 } from "./a1";
import { workbookProblem } from "./WorkbookProblem";

/**
 * `report` with its cover's 填报单位 (`typed`) said to be a slip for `unit`, the unit distribute named the file after
 * (cover_unit_slip, on the 填报说明 sheet's C4, so 问题清单 and check name the cell to correct). `listed`: the ledger or
 * --units lists `unit` and the return is counted as its (cycle/coverSlips): its reportingUnit becomes `unit`; else
 * (check, no list) only said, the unit left as the cover has it.
 */
export function coverSlipSaid(report: CheckReport, slip: { typed: string; unit: string }, listed: boolean): CheckReport {
  const problem = workbookProblem("cover_unit_slip", { sheet: COVER_NAME, cell: a1(UNIT_CELL.row, UNIT_CELL.col), typed: slip.typed, unit: slip.unit, ...(listed ? { listed: true as const } : {}) });
  return { ...report, ...(listed ? { reportingUnit: slip.unit } : {}), problems: [...report.problems, problem] };
}
