import type { CheckReport } from "./CheckReport";
import { workbookProblem, type WorkbookProblemParams } from "./WorkbookProblem";

/**
 * `report` with its cover_deleted problem (the 填报说明 sheet deleted, a return of a known year) said with `how` the
 * unit is read: `unit` from the file's name (check, coverlessUnit) or `unread` where no name is read (the pane's open
 * workbook). Every other problem as it was.
 */
export function coverDeletedSaid(report: CheckReport, how: Pick<WorkbookProblemParams["cover_deleted"], "unit" | "unread">): CheckReport {
  return { ...report, problems: report.problems.map((p) => (p.code === "cover_deleted" && p.params.year !== undefined ? workbookProblem("cover_deleted", { ...p.params, ...how }) : p)) };
}
