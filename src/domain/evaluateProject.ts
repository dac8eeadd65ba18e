import { cellText, type CellValue } from "./CellValue";
import { statusLines, type StatusLines } from "./statusLines";
import { ge } from "./compare";
import type { Issue } from "./Issue";
import { issuePlace } from "./issuePlace";
import { parseNumber } from "./parseNumber";
import { parsePeriod } from "./parsePeriod";
import { planDecimals } from "./planDecimals";
import { parseTarget } from "./parseTarget";
import { typedText } from "./typedText";
import { PROJECT_STATES, type ProjectInput } from "./ProjectInput";
import type { Status } from "./Status";
import { targetValue } from "./Target";
import { GRADED_FAR_LIMIT } from "./tolerances";

/**
 * 累计完成投资 C far beyond the total I (> GRADED_FAR_LIMIT × I, both 亿元): no overrun is that
 * large, 万元 typed in an 亿元 list is (68000 against 12). Check warns (project_completed_scale);
 * report and summary withhold the row (evaluation-rules §4, our reading).
 */
function completedScaleSlip(completed: number, investment: number): boolean {
  return investment > 0 && completed > GRADED_FAR_LIMIT * investment;
}

/** §4's warning: C more than 1.2 × I (an overrun past any usual one; the status stays §4's). */
const OVERRUN_LIMIT = 1.2;

export interface ProjectResult {
  status: Status;
  /** q = C / I */
  progress: number | null;
  /** s, the share of construction time passed */
  expected: number | null;
  /** the 滞后 and 严重滞后 lines q was graded against (s and s/2, §4), where it was */
  lines?: StatusLines;
  issues: Issue[];
}

export interface ProjectCells {
  completed?: string;
  state?: string;
  unit?: string;
  investment?: string;
  period?: string;
}

function stateOf(v: CellValue): string {
  return cellText(v).trim();
}

/** Status of a project for reporting year Y (evaluation-rules.md §4). */
export function evaluateProject(p: ProjectInput, year: number, cells: ProjectCells = {}, sheet?: string): ProjectResult {
  const issues: Issue[] = [];
  const at = (c: string | undefined): Pick<Issue, "cell" | "sheet"> => issuePlace(c, sheet);
  const err = (code: Issue["code"], cell: string | undefined, expected: string, received: string): void => {
    issues.push({ code, severity: "error", ...at(cell), expected, received });
  };

  const invTarget = parseTarget(p.investment);
  const inv = invTarget.kind === "point" ? invTarget.value : targetValue(invTarget);
  if (inv !== null && inv < 0) err("project_investment_negative", cells.investment, "≥ 0", p.investment);
  if (inv !== null && inv > 1000) issues.push({ code: "project_investment_large", severity: "warning", ...at(cells.investment), received: p.investment, suggestion: inv / 10000 });

  const period = parsePeriod(p.period);
  if (!period.ok) {
    const code = period.reason === "start_after_end" ? "project_start_after_end" : period.reason === "out_of_range" ? "project_year_out_of_range" : "project_period_invalid";
    err(code, cells.period, "2023-2024", p.period);
  }
  if (p.unit.trim() === "") err("project_no_unit", cells.unit, "责任单位", "");

  const state = stateOf(p.state);
  if (state !== "" && !(PROJECT_STATES as readonly string[]).includes(state)) {
    err("project_state_invalid", cells.state, PROJECT_STATES.join("/"), state);
  }

  // a percent given as 累计完成投资: share × I said where I is a number, never offered as a fix
  const completedShare = (share: number, typed: string): void => {
    const amount = inv !== null && inv > 0 ? Number((share / 100 * inv).toFixed(planDecimals(share / 100 * inv, [p.investment]))) : null;
    issues.push({ code: "project_completed_share", severity: "error", ...at(cells.completed), expected: "亿元", received: typed, params: { share, ...(amount === null ? {} : { amount }) } });
  };
  let completed: number | null = null;
  // 85 typed into a cell in a percent style is stored 0.85: a completion share, not 0.85 亿元 (as 85% typed as text;
  // the sheet's formula reads the cell's format too, so both say 数据异常; §4, our reading)
  if (p.completed.type === "number" && p.completed.percentStyle === true && Number.isFinite(p.completed.value)) {
    completedShare(Number((p.completed.value * 100).toPrecision(12)), cellText(p.completed));
  } else if (p.completed.type === "number" && Number.isFinite(p.completed.value)) {
    completed = p.completed.value;
    if (completed < 0) err("project_completed_negative", cells.completed, "≥ 0", String(completed));
    else if (inv !== null && inv > 0 && completedScaleSlip(completed, inv)) {
      // far beyond any overrun: 万元 typed in an 亿元 list; report and summary withhold it (§4, our reading)
      issues.push({
        code: "project_completed_scale", severity: "warning", ...at(cells.completed), expected: `≤ ${inv}`, received: String(completed),
        suggestion: Number((completed / 10000).toPrecision(12)), params: { investment: p.investment.trim(), times: Math.round(completed / inv) },
      });
    } else if (inv !== null && inv > 0 && completed > OVERRUN_LIMIT * inv) {
      // the limit said with the total it comes from (a trial read 「超过总投资的 1.2 倍（≤ 0.005）」, the total, as a target)
      const limit = Number((OVERRUN_LIMIT * inv).toPrecision(12));
      issues.push({ code: "project_completed_over", severity: "warning", ...at(cells.completed), expected: `≤ ${limit}`, received: String(completed), params: { investment: p.investment.trim(), limit } });
    }
  } else if (p.completed.type !== "empty") {
    const text = typedText(p.completed);
    const n = parseTarget(text);
    // 85% typed in a money column is a completion share, not 85 亿元 (a trial's 0.86 亿元 project, told 建议改为 85,
    // slipped under the 100× guard): no figure offered; share × I said where I is a number (§4, our reading)
    const share = parseNumber(text) === null ? parseNumber(text, true) : null;
    if (share !== null) completedShare(share, text);
    else if (n.kind === "point") issues.push({ code: "text_number", severity: "error", ...at(cells.completed), expected: "亿元", received: text, suggestion: n.value });
    else err(p.completed.type === "error" ? "formula_error" : p.completed.type === "uncalculated" ? "formula_uncalculated" : "not_a_number", cells.completed, "亿元", text);
  }

  // a state that contradicts the amount: §4 keeps the status, the filer is told (our reading)
  if (completed !== null && completed >= 0) {
    const warn = (code: Issue["code"]): void => { issues.push({ code, severity: "warning", ...at(cells.state), received: String(completed) }); };
    if (state === "未开工" && completed > 0) warn("project_not_started_spent");
    else if (state === "" && p.state.type === "empty") warn("project_state_blank");
    else if (state === "已完工" && completed === 0) warn("project_done_unspent");
  }

  const none = { progress: null, expected: null, issues };
  if (issues.some((i) => i.severity === "error")) return { status: "invalid", ...none };
  if (state === "已撤并" || state === "已转型") return { status: "not_applicable", ...none };
  if (!period.ok) return { status: "invalid", ...none };
  if (year < period.start) return { status: "not_applicable", ...none };
  if (state === "已完工") return { status: "met", ...none };
  // §3's table is read in its order: C blank is 未填报 before a `/` total makes it 待人工评估 (a fresh
  // 嵊泗县附件2 read 8 untouched rows 待人工评估; §4, our reading)
  if (completed === null) return { status: "missing", ...none };
  if (invTarget.kind === "none" || inv === null) return { status: "manual", ...none };
  const s = Math.min(1, Math.max(0, (year - period.start + 1) / (period.end - period.start + 1)));
  const q = inv > 0 ? completed / inv : null;
  const graded = { progress: q, expected: s, issues };
  if (ge(completed, inv)) return { status: "met", ...graded };
  if (year > period.end) {
    issues.push({ code: "project_overdue", severity: "warning", ...at(cells.completed), params: { end: period.end } });
    return { status: "severe", ...graded };
  }
  if (q === null) return { status: "manual", ...graded };
  // §4 keeps s and s/2 whatever an office's bands (§7)
  const lines = statusLines(s, false);
  if (lines.lagging !== null && ge(q, lines.lagging)) return { status: "on_track", ...graded, lines };
  return { status: ge(q, lines.severe) ? "lagging" : "severe", ...graded, lines };
}
