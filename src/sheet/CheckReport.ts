import type { AmendmentRecord } from "../templates/amendmentRecord";
import type { Issue } from "../domain/Issue";
import type { Status } from "../domain/Status";
import type { StatusLines } from "../domain/statusLines";
import type { ValueToVerify } from "../domain/valueToVerify";
import type { WorkbookProblem } from "./WorkbookProblem";

/** One checked row, as the JSON report of `check` gives it (architecture.md). */
export interface CheckItem {
  kind: "indicator" | "project" | "reform";
  template: string;
  id: string;
  name: string;
  unit: string;
  sheet: string;
  baseline: string;
  target: string;
  /**
   * the later milestone's year `target` is for, where the year has no target of its own (2025 for 2023 of a 2020|2025|2035
   * plan, §3 our reading): said beside the target where it is shown (shownTarget; trial47d F4); not in --json
   */
  targetFor?: number;
  attribute?: string;
  domain?: string;
  /**
   * the 领域 that tells the row apart from the plan's other row of the same name under another 领域 (templates/domainApart);
   * absent where the name is the plan's alone. Shown after the name by namedApart; not in --json (`name` stays the plan's)
   */
  apart?: string;
  cells: Record<string, string>;
  statusCell: string;
  status: Status;
  /** what the sheet's own formula showed when the file was last calculated, if cached */
  sheetStatus?: string;
  progress: number | null;
  expected: number | null;
  /** the 滞后 and 严重滞后 lines `progress` was graded against (§3, §4, §7), where it was: shown figures keep to their side (progressBeside); not in --json */
  lines?: StatusLines;
  /** the value that was checked (the year's actual), for display */
  value?: string;
  /**
   * an indicator's other years' inputs as typed (typedText), by year ("2021"), filled cells only: what a problem about
   * another year's cell (`cells["2021"]`) shows beside it (problemSite); not in --json as such (an issue's `value`)
   */
  otherYears?: Record<string, string>;
  /** the value the year should have reached on the straight line from the baseline (for a cumulative target, the running total due) */
  expectedValue?: number | null;
  /** the engine's expectedStrict: expectedValue is a strict target itself, to be passed (序时应达 <9; §3, our reading) */
  expectedStrict?: "<" | ">";
  /** a cumulative target (§3): the running total of years B+1…Y it is judged on, beside the year's own `value` */
  cumulative?: number;
  /** projects: 总投资(亿元) as a number, and 责任单位 as entered */
  investment?: number | null;
  owner?: string;
  /** projects: 项目状态 as entered, trimmed ("" blank): the summary tells 已完工 and 已撤并 / 已转型 rows apart by it (projectSumsPlace); not in --json */
  state?: string;
  note?: string;
  /** where the row's 说明 is written (A1, on `sheet`), when the sheet has a 说明 column */
  noteCell?: string;
  issues: Array<Issue & { message: string; messageEn: string }>;
  /**
   * an indicator the report will not grade for its value to verify (ungradedDoubt: 未能评估（数值待核实）,
   * evaluation-rules §6), why; absent otherwise. The summary lists these rows (SummaryTally); not in --json
   */
  ungraded?: ValueToVerify["code"];
}

export interface CheckReport {
  year: number;
  /** 填报单位 from the cover */
  reportingUnit: string;
  /**
   * the templates the workbook was made from (ids, in order); `rows`: what their rows are
   * (templateRows: 8 hex digits), which differ between two versions of one id with other rows;
   * `amended`: its change record (amendmentRecord: the latest mid-term amendment's year and the revisions), absent when none;
   * `region`: the plan's 地区 ("" or absent: none), which the summary names the plan with as the return's sheets do (titleWithRegion)
   */
  templates: Array<{ id: string; title: string; kind: string; rows: string; amended?: AmendmentRecord; region?: string }>;
  items: CheckItem[];
  counts: Record<Status, number>;
  /** problems with the workbook itself (a sheet whose marks were removed, …), coded; text from describeWorkbookProblem */
  problems: WorkbookProblem[];
}
