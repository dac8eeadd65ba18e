import type { ReformGroup } from "../domain/reformGroup";
import type { Status } from "../domain/Status";
import type { Severity } from "../domain/Issue";
import type { CheckItem, CheckReport } from "./CheckReport";
import { describeReturnSetProblem } from "./describeReturnSetProblem";
import type { ReturnSetProblem } from "./ReturnSetProblem";
import type { RowStore } from "./RowStore";
import { SummaryTally } from "./SummaryTally";
import type { ReturnBlank } from "../cycle/UnitFacts";

export interface ReturnInput {
  file: string;
  report: CheckReport;
  /** what a return without the year's values holds (cycle/blankOf, read from its workbook); not told: taken as "year" */
  blank?: ReturnBlank | null;
  /** each decided row's 审核结论 now (cycle/reviewTally's marks: template|id → 通过/退回修改/已说明/待复核), shown on 问题清单; absent: none */
  review?: Readonly<Record<string, string>>;
}

export type Counts = Record<Status, number>;

/** A listed row: the unit, its file and the checked row (its `issues` left out). */
export interface ListedRow {
  unit: string;
  file: string;
  item: CheckItem;
}

export interface FlagRow extends ListedRow {
  /** the flag's message, or "" when the row is flagged by status alone */
  message: string;
  /** the code and parameters (absent when flagged by status alone): a likely running total is named apart (runningTotals) */
  code?: string;
  /**
   * the cell the issue is about, as check names it (another year's input J22, the 说明 Q4); absent
   * when flagged by status alone or the issue names no cell (then the row's cell for the year)
   */
  cell?: string;
  /** the severity (absent when flagged by status alone): a warning about another year's cell has no status beside it (problemSite) */
  severity?: Severity;
  params?: Record<string, string | number>;
  /**
   * a problem with the return's sheet itself (check's workbook problem: a copy of the sheet not read,
   * cells not read, formulas lost, …), not with a row: `item` only names its sheet, and its 位置
   * (`statusCell`) is the first cell it names, else A1; `message` is the whole line
   */
  workbook?: true;
  /** the row's 审核结论 on the return's 审核 sheet now (通过, 退回修改, 已说明, or 待复核: decided on a value changed since); absent: none */
  review?: string;
}

/**
 * The managers' figures. The row lists are RowStores: arrays from `summarize`, a file spool
 * in the CLI (issue 19), so they are iterated, never indexed.
 */
export interface SummaryFigures {
  year: number;
  /** the plans summed, each with its 地区 where it has one (the 模板 line names the plan as the return's sheets do: titleWithRegion) */
  templates: Array<{ id: string; title: string; kind: string; region?: string }>;
  /**
   * `yearBlank`: the return holds no value for the year (received, but 未报 in the ledger): "file" nothing entered
   * at all (收到空表), "year" earlier years only (本年度未填), as the ledger names them (cycle/BLANK_WORDS); --json says `true`
   */
  units: Array<{ unit: string; file: string; counts: Counts; yearBlank?: ReturnBlank }>;
  totals: Counts;
  byDomain: Array<{ template: string; domain: string; counts: Counts; perUnit: Counts[]; share: number | null }>;
  /** lagging and severe indicators, binding (约束性) first, then severe before lagging */
  lagging: RowStore<ListedRow>;
  projects: {
    count: number;
    planned: number;
    completed: number;
    byCategory: Array<{ key: string; count: number; planned: number; completed: number }>;
    byOwner: Array<{ key: string; count: number; planned: number; completed: number }>;
    lagging: RowStore<ListedRow>;
    /** projects whose 累计完成投资 reads as 万元 or as a date (completedDoubt; each item keeps that one issue): in `count`, left out of the sums and groups */
    withheld: ListedRow[];
    /**
     * projects counted 数据异常 whose 累计完成投资 cannot be read (1.5亿 or 85% typed; one whose figure reads, such as a 续建 typed as the state, stays in the sums): in
     * `count`, left out of the sums and groups (a figure not read is no 0 completed), each with check's messages of its errors
     * (；-joined, and in English; evaluation-rules §4, our reading). Absent in figures made before this field.
     */
    invalid?: Array<ListedRow & { message: string; messageEn: string }>;
    /**
     * projects whose 累计完成投资 is blank while 总投资 is a number (未填报): in `count`, left out of the sums and groups (no 0
     * completed against their 总投资; projectSumsPlace). Absent in figures made before this field.
     */
    notReported?: ListedRow[];
    /** projects whose 总投资 is not a number (“/”) while 累计完成投资 is one: in `count`, their amount left out of 累计完成 and the groups too. Absent before this field. */
    noInvestment?: ListedRow[];
    /** projects 已撤并 / 已转型 (isClosedProject): in `count`, out of the sums and groups (their 总投资 is no longer planned), named apart. Absent before this field. */
    closed?: ListedRow[];
    /**
     * projects 已完工 whose 累计完成投资 is blank (rollover empties it each year; check asks for none): in the sums and groups,
     * their 总投资 as their 累计完成 (evaluation-rules §4, our reading), named in a line so the figure is not taken as typed. Absent before this field.
     */
    finished?: ListedRow[];
  };
  /** reforms counted by what their status makes them (reformGroup, §5): 已完成 / 推进中 / 未启动 / 未填报 / 数据异常, in that order */
  reforms: Array<{ state: ReformGroup; count: number }>;
  /** the reforms counted 数据异常, each with its row and check's messages of its errors (；-joined) */
  reformsInvalid: Array<ListedRow & { message: string }>;
  flags: RowStore<FlagRow>;
  /**
   * The flag rows of code running_total, level_typed or year_over_pace, in their order (runningTotals,
   * cumulativeDoubts): kept apart as they are
   * added, so the summary's text and JSON need not read every flag row of a thousand returns again.
   */
  runningTotals: RowStore<FlagRow>;
  /**
   * The indicator rows counted by check's status (as the sheet's own formulas give it) that the report
   * does not grade (ungradedDoubt, carried as CheckItem.ungraded: 未能评估（数值待核实））, with check's status and why
   * (`verify`, the valueToVerify code: `running_total` for one whose readings disagree at T): the summary says them apart so its 已达标 never silently disagrees with the
   * report (evaluation-rules §6, our reading). Absent in figures made before this field.
   */
  toVerify?: Array<ListedRow & { status: Status; verify: string }>;
  /**
   * The plan's own faults (isPlanFault: a unit read from the name, a direction read from the series; not a
   * unit left blank, which is information),
   * once per template row and code however many returns have them (`unit` "", `file` the first
   * return's): 问题清单 says them first, as the plan's, and no unit's line repeats them. Absent in
   * figures made before this field.
   */
  planNotes?: FlagRow[];
  /**
   * Files of the folder that were not summed (an .xls, a copy, another plan's form, a workbook that
   * is no return…): each by its unit where known ("" otherwise), file and the line `summary` prints
   * for it. The workbook says them too (汇总's scope line, rows of 问题清单): a trial's 51 such files
   * were on the terminal alone. `subfolder`: a subfolder not read (its line says how to include it).
   * `others`: the unit's other versions named with `file` (versions_tied), counted as files with it.
   */
  unsummed?: ReadonlyArray<{ unit: string; file: string; message: string; subfolder?: true; others?: readonly string[] }>;
}

/** The figures with their lists held as arrays (the task pane, the tests). */
export interface SummaryArrays extends SummaryFigures {
  lagging: ListedRow[];
  projects: SummaryFigures["projects"] & { lagging: ListedRow[] };
  flags: FlagRow[];
  runningTotals: FlagRow[];
}

/** Share met or on track among the rows a target applies to. */
export function goodShare(c: Counts): number | null {
  const judged = Object.values(c).reduce((a, b) => a + b, 0) - c.not_applicable;
  return judged > 0 ? (c.met + c.on_track) / judged : null;
}


/**
 * The managers' figures over one or more returns of the same templates and year (one per
 * county or department), held in memory. Returns of other templates or years, a unit given
 * twice, or no return at all are refused as a coded problem naming the file (SummaryTally;
 * text from describeReturnSetProblem); `message` is its Chinese line, as CheckOutcome's, for
 * callers that only throw it (bench/bench.ts). The CLI feeds a SummaryTally one return at a time instead.
 */
export function summarize(inputs: ReturnInput[]): { ok: true; figures: SummaryArrays } | { ok: false; problem: ReturnSetProblem; message: string } {
  const refused = (problem: ReturnSetProblem): { ok: false; problem: ReturnSetProblem; message: string } => ({ ok: false, problem, message: describeReturnSetProblem(problem, "zh") });
  const tally = new SummaryTally(<T>(): RowStore<T> => [] as T[]);
  for (const x of inputs) {
    const problem = tally.add(x.file, x.report, x.blank, x.review);
    if (problem) return refused(problem);
  }
  const r = tally.figures();
  if (!r.ok) return refused(r.problem);
  const f = r.figures;
  return { ok: true, figures: { ...f, lagging: [...f.lagging], projects: { ...f.projects, lagging: [...f.projects.lagging] }, flags: [...f.flags], runningTotals: [...f.runningTotals] } };
}
