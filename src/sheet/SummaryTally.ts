import { coverlessUnitName } from "./coverlessUnitName";
import { REFORM_GROUPS, reformGroup, type ReformGroup } from "../domain/reformGroup";
import { emptyCounts, type Status } from "../domain/Status";
import { isPlanIssue } from "../domain/isPlanIssue";
import { isPlanFault } from "../domain/isPlanFault";
import type { CheckItem, CheckReport } from "./CheckReport";
import { returnSetProblem, type ReturnSetProblem } from "./ReturnSetProblem";
import { rowsDiffer } from "./rowsDiffer";
import { holdsNothingForYear } from "./holdsNothingForYear";
import { describeWorkbookProblem } from "./describeWorkbookProblem";
import { describeIssue } from "../domain/describeIssue";
import type { WorkbookProblem } from "./WorkbookProblem";
import type { RowStore } from "./RowStore";
import type { ReturnBlank } from "../cycle/UnitFacts";
import { FLAGGED } from "./isFlagged";
import { problemSite } from "./problemSite";
import { projectSumsPlace } from "./projectSumsPlace";
import { completedDoubt } from "../domain/completedDoubt";
import { goodShare, type Counts, type FlagRow, type ListedRow, type SummaryFigures } from "./summarize";
import { labelColon } from "../domain/labelColon";
import { isDoubtOnFix } from "../domain/isDoubtOnFix";
import { issueText } from "./issueText";
import { flagReason } from "./flagReason";
import { planIdentity } from "../templates/planIdentity";
import { valueCell } from "./valueCell";
import { slipOf } from "../domain/slipOf";
import { massSlip } from "../domain/massSlip";
import { MASS_SLIP_WORDS } from "../domain/MASS_SLIP_WORDS";
import { clausesJoined } from "../domain/clausesJoined";

/** The cumulative rows' slips kept apart for the summary's text and JSON (runningTotals, cumulativeDoubts). */
const CUMULATIVE_SLIPS: readonly string[] = ["running_total", "level_typed", "year_over_pace"];

type Group = { key: string; count: number; planned: number; completed: number };

/** The fields of a row the summary shows (its issues are dropped: each flag row carries its own message). */
function listed(item: CheckItem): CheckItem {
  const { issues: _issues, ...rest } = item;
  void _issues;
  return { ...rest, issues: [] };
}

function completedOf(i: CheckItem): number {
  const n = Number(i.value);
  if (i.value !== undefined && i.value.trim() !== "" && Number.isFinite(n)) return n;
  // 已完工 left blank (projectSumsPlace's `finished`): completed at its 总投资
  return projectSumsPlace(i) === "finished" ? i.investment ?? 0 : 0;
}

/**
 * The managers' figures built one return at a time (issue 19): `add` reduces a return to its
 * counts and listed rows and keeps nothing else of it, so the caller can let the return go.
 * Rows go to the stores `store()` makes (arrays, or a file spool in the CLI); per-unit figures
 * are a few numbers each. Returns of another year or other templates are refused as coded
 * problems naming the file (year_differs, templates_differ); so is a 填报单位 given twice
 * (unit_repeated, naming the other file too).
 */
export class SummaryTally {
  private first: { file: string; year: number; ids: string; templates: CheckReport["templates"] } | null = null;
  private readonly units: SummaryFigures["units"] = [];
  /** each unit's file, so a unit given twice names both */
  private readonly unitFiles = new Map<string, string>();
  private readonly totals = emptyCounts();
  private readonly domains = new Map<string, { template: string; domain: string; counts: Counts; perUnit: Counts[] }>();
  /** lagging indicators in four buckets, so the list reads binding-first then severe-first without a sort */
  private readonly lagging: Array<RowStore<ListedRow>>;
  private readonly projectLagging: RowStore<ListedRow>;
  private readonly flags: RowStore<FlagRow>;
  private readonly runningTotals: RowStore<FlagRow>;
  private readonly byCategory = new Map<string, Group>();
  private readonly byOwner = new Map<string, Group>();
  private readonly reformStates = new Map<ReformGroup, number>();
  private readonly reformInvalid: Array<ListedRow & { message: string }> = [];
  private readonly projectWithheld: ListedRow[] = [];
  private readonly projectInvalid: Array<ListedRow & { message: string; messageEn: string }> = [];
  private readonly projectNotReported: ListedRow[] = [];
  private readonly projectNoInvestment: ListedRow[] = [];
  private readonly projectClosed: ListedRow[] = [];
  private readonly projectFinished: ListedRow[] = [];
  private readonly toVerify: NonNullable<SummaryFigures["toVerify"]> = [];
  /** the plan's own faults (isPlanFault), once per template row and code, whatever the number of returns */
  private readonly planNotes = new Map<string, FlagRow>();
  private projectCount = 0;
  private planned = 0;
  private completed = 0;

  /**
   * `seeAll`: a return's numbers stored as text, said as one line (massSlip), name `plan-returns check <file>` for every
   * cell (the CLI; the task pane has its own 校验, and no command line)
   */
  constructor(store: <T>() => RowStore<T>, private readonly options: { seeAll?: boolean } = {}) {
    this.lagging = [store<ListedRow>(), store<ListedRow>(), store<ListedRow>(), store<ListedRow>()];
    this.projectLagging = store<ListedRow>();
    this.flags = store<FlagRow>();
    this.runningTotals = store<FlagRow>();
  }

  get count(): number {
    return this.units.length;
  }

  /**
   * Whether a return could be summed with those added: null, or year_differs / templates_differ /
   * template_rows_differ naming the file. `add` asks it first; a caller asks it alone of a return it does not add (a
   * unit's earlier version, issue 18.4), so a return of another year is never taken for one.
   */
  fits(file: string, report: CheckReport): ReturnSetProblem | null {
    const first = this.first;
    if (!first) return null;
    if (report.year !== first.year) return returnSetProblem("year_differs", { file, year: report.year, first: first.file, firstYear: first.year });
    const ids = templateIds(report);
    if (ids !== first.ids) return returnSetProblem("templates_differ", { file, templates: ids, first: first.file, firstTemplates: first.ids, titles: templateTitles(report.templates), firstTitles: templateTitles(first.templates) });
    const other = rowsDiffer(report.templates, first.templates);
    return other ? returnSetProblem("template_rows_differ", { file, template: other.id, title: other.title, first: first.file }) : null;
  }

  /**
   * Adds one return; null, or the problem (naming the file) when it cannot be summed with the others. `blank`: what
   * it holds when it has no value for the year (cycle/blankOf, from its workbook); not told, "year" (本年度未填). `review`: each
   * decided row's 审核结论 now (template|id → 通过/退回修改/已说明/待复核, cycle/reviewTally's marks), carried on its flag rows.
   */
  add(file: string, report: CheckReport, blank?: ReturnBlank | null, review?: Readonly<Record<string, string>>): ReturnSetProblem | null {
    const misfit = this.fits(file, report);
    if (misfit) return misfit;
    if (!this.first) this.first = { file, year: report.year, ids: templateIds(report), templates: report.templates };
    const ui = this.units.length;
    const unit = report.reportingUnit || coverlessUnitName(file, (name) => this.unitFiles.has(name));
    const other = this.unitFiles.get(unit);
    if (other !== undefined) return returnSetProblem("unit_repeated", { file, unit, other });
    this.unitFiles.set(unit, file);
    this.units.push({ unit, file, counts: { ...report.counts }, ...(holdsNothingForYear(report.items) ? { yearBlank: blank ?? "year" } : {}) });
    for (const [k, v] of Object.entries(report.counts)) this.totals[k as Status] += v;

    // the return's 问题清单 rows, gathered so that a slip most of them share is said once (massSlip, below)
    const flags: FlagRow[] = [];
    // what is wrong with a sheet itself goes to 问题清单 with the unit's rows: a note typed beside the
    // table (cells_not_read), a copy not summed. A deleted row is a row of its own (withMissingRows).
    for (const p of report.problems) {
      // several units merged in one workbook: told on the sheet read
      const sheet = "sheet" in p.params ? p.params.sheet : p.code === "units_merged" ? p.params.of : undefined;
      if (p.code === "row_missing" || sheet === undefined) continue;
      flags.push({ unit, file, item: sheetItem(sheet, firstCell(p)), message: describeWorkbookProblem(p, "zh"), code: p.code, workbook: true });
    }
    for (const item of report.items) {
      const key = `${item.template}\u0000${item.domain ?? ""}`;
      let d = this.domains.get(key);
      if (!d) {
        d = { template: item.template, domain: item.domain ?? "", counts: emptyCounts(), perUnit: [] };
        this.domains.set(key, d);
      }
      d.counts[item.status]++;
      const pu = (d.perUnit[ui] ??= emptyCounts());
      pu[item.status]++;

      // counted by check's status (the sheet's own), yet the report will not grade it: named apart (§6, our reading)
      // (check's item carries the report's own decision, ungradedDoubt: one rule for both)
      if (item.ungraded) this.toVerify.push({ unit, file, item: listed(item), status: item.status, verify: item.ungraded });
      const lagging = item.status === "lagging" || item.status === "severe";
      if (item.kind === "indicator" && lagging) {
        this.lagging[(item.attribute === "约束性" ? 0 : 2) + (item.status === "severe" ? 0 : 1)]?.push({ unit, file, item: listed(item) });
      }
      if (item.kind === "project") {
        this.projectCount++;
        // counted, yet out of both sums and groups where a figure is missing or unread: 万元 typed, 1.5亿 or 85% typed,
        // 累计完成投资 blank (未填报 is no 0 completed), 总投资 “/” (no 计划投资 for its amount); each named (§4, our reading)
        const place = projectSumsPlace(item);
        // a withheld row keeps the doubt (completedDoubt) its line is said by: 万元 or a date
        if (place === "withheld") this.projectWithheld.push({ unit, file, item: { ...listed(item), issues: item.issues.filter((x) => x === completedDoubt(item.issues)?.issue) } });
        else if (place === "invalid") this.projectInvalid.push({ unit, file, item: listed(item), message: cellMessages(item, "zh"), messageEn: cellMessages(item, "en") });
        else if (place === "not_reported") this.projectNotReported.push({ unit, file, item: listed(item) });
        else if (place === "no_investment") this.projectNoInvestment.push({ unit, file, item: listed(item) });
        else if (place === "closed") this.projectClosed.push({ unit, file, item: listed(item) });
        else {
          // 已完工 with 累计完成投资 blank (rollover empties it; check asks for none): its 总投资 is what it completed, said apart
          if (place === "finished") this.projectFinished.push({ unit, file, item: listed(item) });
          this.planned += item.investment ?? 0;
          this.completed += completedOf(item);
          this.group(this.byCategory, item.domain ?? "", item);
          this.group(this.byOwner, item.owner ?? "", item);
        }
        // a project past its end year keeps its 逾期 (overdueEnd), which the 滞后与逾期项目 table says as check does
        if (lagging) this.projectLagging.push({ unit, file, item: { ...listed(item), issues: item.issues.filter((x) => x.code === "project_overdue") } });
      }
      if (item.kind === "reform") {
        // by status (§5), not the words typed: 已完成 without evidence, 基本完成, 完成 are 数据异常
        const g = reformGroup(item.status, item.value ?? "");
        this.reformStates.set(g, (this.reformStates.get(g) ?? 0) + 1);
        if (g === "数据异常") this.reformInvalid.push({ unit, file, item: listed(item), message: errorMessages(item) });
      }
      // the plan's own faults (a unit or direction read from the template; a unit left blank is information,
      // isPlanFault): once for all units, not each county's
      for (const x of item.issues) {
        const key = `${item.template}\u0000${item.id}\u0000${x.code}`;
        if (isPlanFault(x) && !this.planNotes.has(key)) this.planNotes.set(key, { unit: "", file, item: listed(item), message: describeIssue({ code: x.code, severity: x.severity, ...(x.params ? { params: x.params } : {}) }, "zh"), code: x.code, ...(x.cell ? { cell: x.cell } : {}), ...(x.params ? { params: x.params } : {}) });
      }
      // a formula with no result on a sheet nothing calculated is said by that sheet's one line (formulas_uncalculated, among
      // report.problems above), neither a line a cell nor the row's 数据异常 again: 144 rows for one cause buried the rest
      const folded = item.issues.some((x) => x.params?.["uncalculatedSheet"]);
      const real = item.issues.filter((x) => x.severity !== "info" && !isPlanIssue(x) && !x.params?.["uncalculatedSheet"]);
      if (real.length || (FLAGGED.includes(item.status) && !(folded && item.status === "invalid"))) {
        const row = listed(item);
        const decided = review?.[`${item.template}|${item.id}`];
        const mark = decided ? { review: decided } : {};
        // the row's status said on a line of its own (flagReason's words) where no problem's line shows it, or where its
        // progress went backwards, which check's line says first (rowIssueText: 倒退（58 对基期 59.5）, trial38 F5)
        const backwards = item.progress !== null && item.progress < 0;
        const statusLine = FLAGGED.includes(item.status) && (backwards || !real.some((x) => problemSite(item, x, report.year).status !== null));
        if (statusLine && backwards) flags.push({ unit, file, item: row, message: "", ...mark });
        for (const x of real) {
          // a doubt on the number a text would be once fixed is said in that text's row, as check says it (isDoubtOnFix, trial38 F2)
          if (isDoubtOnFix(x)) continue;
          const onFix = x.severity === "error" ? real.filter((d) => isDoubtOnFix(d) && d.cell === x.cell) : [];
          const message = onFix.length ? `${x.message}；${issueText(onFix, x.cell ?? item.statusCell, "zh")}` : x.message;
          // a level or a year far beyond the pace is named with its value (cumulativeDoubts): the issue's `received`
          const params = x.code === "level_typed" || x.code === "year_over_pace" ? { ...x.params, value: Number(x.received) } : x.params;
          const flag: FlagRow = { unit, file, item: row, message, code: x.code, severity: x.severity, ...(x.cell ? { cell: x.cell } : {}), ...(params ? { params } : {}), ...mark };
          flags.push(flag);
          if (CUMULATIVE_SLIPS.includes(x.code)) this.runningTotals.push(flag);
        }
        // what check's line says of why the row is graded so (无基期值，无法计算序时进度, a 左右 band: info), each a line of
        // its own after the problems, as check gives it last (trial38 F5); an explained blank's and a locked lag's words
        // are the status line's (flagReason: 已说明; the lock accepted the lag), not repeated
        // …joined into one line with the status line where there is one, as check and the 审核 sheet give the row once (trial42a F7:
        // 无基期值，无法计算序时进度 and 未达到目标（目标 ≥50），无法计算进度 were two lines, counted twice by 审核结论)
        const infos = item.issues.filter((x) => x.severity === "info" && !isPlanIssue(x) && x.code !== "missing_explained" && x.code !== "lagging_no_note");
        const first = infos[0];
        // a status no line shows (every problem a warning about another year's cell, which shows none: problemSite) is a line of its own
        const status = statusLine && !backwards ? flagReason(item, report.year) : null;
        if (first) {
          const message = clausesJoined([...infos.map((x) => x.message), ...(status ? [status] : [])], "zh");
          flags.push({ unit, file, item: row, message, code: first.code, severity: first.severity, ...(first.cell ? { cell: first.cell } : {}), ...(first.params ? { params: first.params } : {}), ...mark });
        } else if (statusLine && !backwards) flags.push({ unit, file, item: row, message: "", ...mark });
      }
    }
    for (const x of this.slipsGrouped(flags, report.year)) this.flags.push(x);
    return null;
  }

  /**
   * A return's 问题清单 rows, those of a slip most of them share (massSlip: every number stored as text) said in one row
   * first, with how many, what the summary did with them and where to see each; its other rows as they are.
   */
  private slipsGrouped(flags: readonly FlagRow[], year: number): readonly FlagRow[] {
    const slips = flags.map((x) => (x.code === undefined ? null : slipOf({ code: x.code, params: x.params })));
    const mass = massSlip(slips);
    const grouped = flags.filter((_, k) => mass !== null && slips[k] === mass.slip);
    const first = grouped[0];
    if (mass === null || first === undefined) return flags;
    // the year's own cells are rows counted 数据异常 (the sheet's formulas read no text); earlier years' are used nowhere
    // (left out of the trend; a cumulative row's total cannot be summed)
    const own = grouped.filter((x) => (x.cell ?? x.item.statusCell) === valueCell(x.item, year));
    const params = {
      count: mass.count, all: mass.all, year, invalid: new Set(own.filter((x) => x.item.status === "invalid").map((x) => `${x.item.template}|${x.item.id}`)).size,
      earlier: grouped.length - own.length, ...(this.options.seeAll ? { file: first.file } : {}),
    };
    const line: FlagRow = {
      unit: first.unit, file: first.file, item: sheetItem(first.item.sheet, first.cell ?? first.item.statusCell), message: MASS_SLIP_WORDS.zh.summary(params),
      code: mass.slip, severity: "error", workbook: true, params: { count: params.count, invalid: params.invalid, earlier: params.earlier },
    };
    return [line, ...flags.filter((_, k) => slips[k] !== mass.slip)];
  }

  /** A line of the 问题清单 from beyond one return (the returns' targets differing: TargetVersions), on `row` of `unit`'s return. */
  note(unit: string, file: string, row: { template: string; id: string; name: string; sheet?: string; cell?: string }, message: string, code: string): void {
    this.flags.push({ unit, file, item: { ...sheetItem(row.sheet ?? "", row.cell ?? "A1"), template: row.template, id: row.id, name: row.name }, message, code });
  }

  private group(m: Map<string, Group>, k0: string, item: CheckItem): void {
    const k = k0 || "（未填）";
    const g = m.get(k) ?? { key: k, count: 0, planned: 0, completed: 0 };
    g.count++;
    g.planned += item.investment ?? 0;
    g.completed += completedOf(item);
    m.set(k, g);
  }

  /** The figures so far; the lists are the stores themselves (the lagging list as one list over its buckets). */
  figures(): { ok: true; figures: SummaryFigures } | { ok: false; problem: ReturnSetProblem } {
    if (!this.first) return { ok: false, problem: returnSetProblem("no_returns_to_sum", {}) };
    const n = this.units.length;
    const buckets = this.lagging;
    const lagging: RowStore<ListedRow> = {
      push: () => { throw new Error("read-only"); }, // programmer error
      get length() { return buckets.reduce((a, b) => a + b.length, 0); },
      *[Symbol.iterator]() { for (const b of buckets) yield* b; },
    };
    return {
      ok: true,
      figures: {
        year: this.first.year, templates: this.first.templates, units: this.units, totals: this.totals,
        byDomain: [...this.domains.values()].map((d) => ({
          ...d, perUnit: Array.from({ length: n }, (_, i) => d.perUnit[i] ?? emptyCounts()), share: goodShare(d.counts),
        })),
        lagging,
        projects: {
          count: this.projectCount, planned: this.planned, completed: this.completed,
          byCategory: [...this.byCategory.values()], byOwner: [...this.byOwner.values()], lagging: this.projectLagging, withheld: this.projectWithheld, invalid: this.projectInvalid,
          notReported: this.projectNotReported, noInvestment: this.projectNoInvestment, closed: this.projectClosed, finished: this.projectFinished,
        },
        reforms: REFORM_GROUPS.filter((g) => this.reformStates.has(g)).map((state) => ({ state, count: this.reformStates.get(state) ?? 0 })),
        reformsInvalid: this.reformInvalid,
        flags: this.flags,
        runningTotals: this.runningTotals,
        toVerify: this.toVerify,
        planNotes: [...this.planNotes.values()],
      },
    };
  }
}

/** check's messages of a row's errors, ；-joined: why a project or reform is 数据异常. */
function errorMessages(item: CheckItem): string {
  return clausesJoined(item.issues.filter((x) => x.severity === "error").map((x) => x.message), "zh");
}

/** A project's errors, each after its cell alone (K5：…; the sheet is the row's, named beside it), ；-joined (`; ` in English). */
function cellMessages(item: CheckItem, lang: "zh" | "en"): string {
  return clausesJoined(item.issues.filter((x) => x.severity === "error").map(({ sheet: _sheet, cell, ...bare }) => {
    void _sheet;
    const body = describeIssue(bare, lang);
    return cell === undefined ? body : `${cell}${labelColon(lang)}${body}`;
  }), lang);
}

/** The row a sheet's own problem is listed as: the sheet, and the cell to open (firstCell); nothing of a row. */
function sheetItem(sheet: string, cell: string): CheckItem {
  return { kind: "indicator", template: "", id: "", name: "", unit: "", sheet, baseline: "", target: "", cells: {}, statusCell: cell, status: "not_applicable", progress: null, expected: null, issues: [] };
}

/** The first cell a workbook problem names (cells_not_read's first unread cell, previous_year_copied's first equal one, earlier_year_blank's range's first, a row's first cell), else A1. */
function firstCell(p: WorkbookProblem): string {
  if (p.code === "cells_not_read") return p.params.cells.split("\n")[0] || "A1";
  if (p.code === "previous_year_copied") return p.params.cells.split("\n")[0] || "A1";
  if (p.code === "earlier_year_blank") return p.params.cells.split("–")[0] || "A1";
  if (p.code === "own_formulas_broken") return p.params.missing.split("\n")[0] || p.params.misread.split("\n")[0] || "A1";
  if (p.code === "row_id_duplicated" || p.code === "row_name_changed") return `A${p.params.row}`;
  if (p.code === "rows_hidden") return `A${p.params.rows.split("\n")[0] || "1"}`;
  if (p.code === "units_blank") return p.params.cells.split("\n")[0] || "A1";
  if (p.code === "cover_unit_slip") return p.params.cell;
  // the first range's first cell (I4 of I4:K51)
  if (p.code === "formulas_uncalculated") return p.params.cells.split(/[\n:]/)[0] || "A1";
  return "A1";
}

/** A return's templates' titles in the order of their sorted ids, one a line (what templates_differ names: the id is ours, not the planner's). */
function templateTitles(templates: CheckReport["templates"]): string {
  return [...templates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((t) => t.title).join("\n");
}

/** A return's plan (planIdentity: how two returns' templates are compared). */
function templateIds(report: CheckReport): string {
  return planIdentity(report.templates.map((t) => t.id));
}
