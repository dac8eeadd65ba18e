import { cellText, type CellValue } from "./CellValue";
import type { Issue } from "./Issue";
import { issuePlace } from "./issuePlace";
import { REFORM_STATES } from "./ProjectInput";
import { reformDeadline } from "./reformDeadline";
import { stateMeant } from "./stateMeant";
import type { Status } from "./Status";

export interface ReformInput {
  leadUnit: string;
  state: CellValue;
  evidence: CellValue;
  /** 完成时限 as the template keeps it (ReformSchema.deadline); absent or unread: no time node (§5) */
  deadline?: string;
}

export interface ReformResult {
  status: Status;
  issues: Issue[];
}

/**
 * Status of a reform for reporting year Y (evaluation-rules.md §5): qualitative, judged by state and evidence; a reform
 * with a 完成时限 not 已完成 by the end of its deadline's year is 逾期 (`severe`, as a project past its end year), one
 * 已完成 in a later year's return says it was reported after the deadline (§5, our reading).
 */
export function evaluateReform(r: ReformInput, year: number, cells: { state?: string; evidence?: string; leadUnit?: string } = {}, sheet?: string): ReformResult {
  const issues: Issue[] = [];
  const at = (c: string | undefined): Pick<Issue, "cell" | "sheet"> => issuePlace(c, sheet);
  const state = cellText(r.state).trim();
  const evidence = cellText(r.evidence).trim();
  if (r.leadUnit.trim() === "") issues.push({ code: "reform_no_lead", severity: "error", ...at(cells.leadUnit), expected: "牵头单位", received: "" });
  if (state !== "" && !(REFORM_STATES as readonly string[]).includes(state)) {
    const meant = stateMeant("reforms", state);
    issues.push({ code: "reform_state_invalid", severity: "error", ...at(cells.state), expected: REFORM_STATES.join("/"), received: state, ...(meant === null ? {} : { params: { meant } }) });
  }
  if (state === "已完成" && evidence === "") issues.push({ code: "reform_no_evidence", severity: "error", ...at(cells.evidence), expected: "佐证材料", received: "" });
  if (issues.length > 0) return { status: "invalid", issues };
  if (state === "") return { status: "missing", issues };
  const deadline = reformDeadline(r.deadline ?? "");
  // the return says the state at Y's year end: a deadline in Y (2023年, 2023年6月) has passed by then
  const params = deadline === null ? {} : { deadlineYear: deadline.year, ...(deadline.month === null ? {} : { deadlineMonth: deadline.month }) };
  if (state === "已完成") {
    if (deadline !== null && year > deadline.year) issues.push({ code: "reform_done_late", severity: "info", ...at(cells.state), params: { ...params, year } });
    return { status: "met", issues };
  }
  if (deadline !== null && year >= deadline.year) {
    issues.push({ code: "reform_overdue", severity: "warning", ...at(cells.state), received: state, params: { ...params, year } });
    return { status: "severe", issues };
  }
  return { status: "manual", issues };
}
