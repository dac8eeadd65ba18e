import { cellText, type CellValue } from "./CellValue";
import type { Issue } from "./Issue";
import { issuePlace } from "./issuePlace";
import { REFORM_STATES } from "./ProjectInput";
import { stateMeant } from "./stateMeant";
import type { Status } from "./Status";

export interface ReformInput {
  leadUnit: string;
  state: CellValue;
  evidence: CellValue;
}

export interface ReformResult {
  status: Status;
  issues: Issue[];
}

/** Status of a reform (evaluation-rules.md §5): qualitative, judged by state and evidence. */
export function evaluateReform(r: ReformInput, cells: { state?: string; evidence?: string; leadUnit?: string } = {}, sheet?: string): ReformResult {
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
  return { status: state === "已完成" ? "met" : "manual", issues };
}
