import { isClosedProject } from "./isClosedProject";
import { amountDate, type AmountDate } from "./amountDate";
import { cellText, num, type CellValue } from "./CellValue";
import { stateMeant } from "./stateMeant";
import { statusLines, type StatusLines } from "./statusLines";
import { ge } from "./compare";
import type { Issue } from "./Issue";
import { issuePlace } from "./issuePlace";
import { numberWithWords } from "./numberWithWords";
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

/** 万元 → 亿元, the one home of the 万元 reading (§4, our reading): 45000 万元 is 4.5 亿元; rounded to 12 significant digits. */
function fromWan(n: number): number {
  return Number((n / 10000).toPrecision(12));
}

/** A unit written after the amount that says 万元 in an 亿元 list (「45000万元」「30000万」): converted, not refused. */
const WAN_UNITS: ReadonlySet<string> = new Set(["万元", "万"]);

/** The issues about the amount itself: a figure offered for a typed text must draw none of them (§4, our reading). */
const AMOUNT_DOUBTS: ReadonlySet<Issue["code"]> = new Set<Issue["code"]>([
  "project_completed_negative", "project_completed_scale", "project_completed_over", "project_completed_date", "project_not_started_spent", "project_done_unspent",
]);

/** A date read in 累计完成投资 as issue params: dateYear, dateMonth, dateDay where given. */
function dateParams(d: AmountDate): Record<string, number> {
  return { ...(d.year === null ? {} : { dateYear: d.year }), ...(d.month === null ? {} : { dateMonth: d.month }), ...(d.day === null ? {} : { dateDay: d.day }) };
}

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
  const state = stateOf(p.state);
  // a row nothing was typed in keeps its status (未填报) without a 责任单位: a plan that lists none (衢州市专栏8) gave every
  // blank return 数据异常 on each row (trial40c); check says the blank units once a sheet (units_blank). A row filled is an
  // error without one (§4, our reading)
  const untouched = p.completed.type === "empty" && state === "";
  if (p.unit.trim() === "" && !untouched) err("project_no_unit", cells.unit, "责任单位", "");
  if (state !== "" && !(PROJECT_STATES as readonly string[]).includes(state)) {
    // the state a word means (正在推进 → 在建) is named, never written: the cell's list is the filer's to choose from
    const meant = stateMeant("projects", state);
    issues.push({ code: "project_state_invalid", severity: "error", ...at(cells.state), expected: PROJECT_STATES.join("/"), received: state, ...(meant === null ? {} : { params: { meant } }) });
  }

  // a percent given as 累计完成投资: share × I said where I is a number, never offered as a fix
  const completedShare = (share: number, typed: string): void => {
    const amount = inv !== null && inv > 0 ? Number((share / 100 * inv).toFixed(planDecimals(share / 100 * inv, [p.investment]))) : null;
    issues.push({ code: "project_completed_share", severity: "error", ...at(cells.completed), expected: "亿元", received: typed, params: { share, ...(amount === null ? {} : { amount }) } });
  };
  let completed: number | null = null;
  // a date typed as the amount (2024.6, 2024年6月, 45444 = 2024-06-01) is told as a date, no figure offered (§4, our reading)
  const years = { from: (period.ok ? Math.min(period.start, year) : year - 10) - 1, to: year + 1 };
  const plausible = (n: number): boolean => inv !== null && inv > 0 && n <= OVERRUN_LIMIT * inv;
  // a number outside a date style whose 万元 reading the project can hold (45000 of a 49.07 亿元 total: 4.5) is that
  // amount, not a date's serial (trial41d F4); a scale slip below says so, with its 4.5
  const date = amountDate(p.completed, years, plausible, (n) => completedScaleSlip(n, inv ?? 0) && plausible(fromWan(n)));
  // 85 typed into a cell in a percent style is stored 0.85: a completion share, not 0.85 亿元 (as 85% typed as text;
  // the sheet's formula reads the cell's format too, so both say 数据异常; §4, our reading)
  if (p.completed.type === "number" && p.completed.percentStyle === true && Number.isFinite(p.completed.value)) {
    completedShare(Number((p.completed.value * 100).toPrecision(12)), cellText(p.completed));
  } else if (date !== null && p.completed.type === "number") {
    // a number stays the sheet formula's number (its status is the formula's); far beyond I it is withheld as a
    // scale slip is, with no 万元 guess (0.20246 for 2024.6); the state's own warnings would read it as 亿元
    completed = p.completed.value;
    const slip = inv !== null && inv > 0 && completedScaleSlip(completed, inv);
    issues.push({
      code: slip ? "project_completed_scale" : "project_completed_date", severity: "warning", ...at(cells.completed), received: String(completed),
      ...(slip ? { expected: `≤ ${inv}` } : {}), params: { ...dateParams(date), ...(slip ? { investment: p.investment.trim(), times: Math.round(completed / inv) } : {}) },
    });
  } else if (date !== null) {
    issues.push({ code: "project_completed_date", severity: "error", ...at(cells.completed), expected: "亿元", received: typedText(p.completed), params: dateParams(date) });
  } else if (p.completed.type === "number" && Number.isFinite(p.completed.value)) {
    completed = p.completed.value;
    if (completed < 0) err("project_completed_negative", cells.completed, "≥ 0", String(completed));
    else if (inv !== null && inv > 0 && completedScaleSlip(completed, inv)) {
      // far beyond any overrun: 万元 typed in an 亿元 list; report and summary withhold it (§4, our reading)
      issues.push({
        code: "project_completed_scale", severity: "warning", ...at(cells.completed), expected: `≤ ${inv}`, received: String(completed),
        suggestion: fromWan(completed), params: { investment: p.investment.trim(), times: Math.round(completed / inv) },
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
    else if (n.kind === "point" || n.kind === "approximate") {
      // 「45000万元」「30000万」: the unit written is converted (4.5), as the bare number's 万元 reading is; the row's own
      // 亿/亿元 after the number reads as the number (trial41d F2)
      const words = numberWithWords(text);
      const wan = n.kind === "point" && words !== null && words.note === "" && WAN_UNITS.has(words.unit);
      const value = wan ? fromWan(n.value) : n.value;
      // the figure is offered only where the rules would take it: one that draws a doubt of its own (2024.6 against
      // 3.1 亿元, 0.20246 next) is named as read (params.readAs), as checkActual does; one whose doubt is the 万元 slip
      // (「1,060」, 「45000」 of a 49.07 亿元 total) is offered that slip's reading, as the bare number is, marked as the
      // slip's guess (params.reason; trial41d F2b). 约3 is an approximate figure, offered as checkActual offers 约4.6:
      // 如确为 3 (§2, §4, our reading; trial41d F3)
      const doubts = evaluateProject({ ...p, completed: num(value) }, year).issues.filter((i) => AMOUNT_DOUBTS.has(i.code));
      const slip = n.kind === "point" && doubts.length === 1 && doubts[0]?.code === "project_completed_scale" ? doubts[0] : null;
      const about = n.kind === "approximate" ? { approximate: 1 } : {};
      const written = wan ? { typedUnit: words.unit, wanAmount: n.value } : {};
      const offered = doubts.length === 0 ? { suggestion: value, ...(wan || n.kind === "approximate" ? { params: { ...about, ...written } } : {}) }
        : slip?.suggestion !== undefined ? { suggestion: slip.suggestion, params: { ...about, ...written, reason: slip.code, slipRead: value, investment: p.investment.trim(), times: Number(slip.params?.["times"]) } }
        : { params: { ...about, ...written, readAs: value } };
      // a cell in the Text format keeps a retyped number text: said, as an indicator's value says it (checkActual, trial44a F4)
      const styled = n.kind !== "approximate" && p.completed.type === "string" && p.completed.textStyle ? { params: { ...("params" in offered ? offered.params : {}), textStyle: 1 } } : {};
      issues.push({ code: n.kind === "approximate" ? "not_a_number" : "text_number", severity: "error", ...at(cells.completed), expected: "亿元", received: text, ...offered, ...styled });
    }
    else if (p.completed.type === "error") {
      // a formula's error result says it is a formula's, as an indicator's value says it (checkActual, trial44a F6)
      const f = p.completed.formula;
      issues.push({ code: "formula_error", severity: "error", ...at(cells.completed), expected: "亿元", received: text, ...(f === undefined ? {} : { params: { formula: f === "" ? 1 : `=${f}` } }) });
    }
    else err(p.completed.type === "uncalculated" ? "formula_uncalculated" : "not_a_number", cells.completed, "亿元", text);
  }

  // a state that contradicts the amount: §4 keeps the status, the filer is told (our reading)
  if (completed !== null && completed >= 0 && date === null) {
    const warn = (code: Issue["code"]): void => { issues.push({ code, severity: "warning", ...at(cells.state), received: String(completed) }); };
    if (state === "未开工" && completed > 0) warn("project_not_started_spent");
    else if (state === "" && p.state.type === "empty") warn("project_state_blank");
    else if (state === "已完工" && completed === 0) warn("project_done_unspent");
  }

  const none = { progress: null, expected: null, issues };
  if (issues.some((i) => i.severity === "error")) return { status: "invalid", ...none };
  if (isClosedProject(state)) return { status: "not_applicable", ...none };
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
