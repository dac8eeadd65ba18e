import type { TargetDifference } from "../cycle/targetVersions";
import type { ReturnBlank } from "../cycle/UnitFacts";
import type { CheckReport } from "./CheckReport";
import type { ArchiveContents, OtherYear, PlanVersionDetail, UnusableReason, OutsidePlan } from "../domain/UnusableReason";
import type { Grade } from "../domain/Grade";
import type { IndicatorRevision } from "../domain/IndicatorRevision";
import type { RemovedIndicator } from "../domain/RemovedIndicator";
import type { IndicatorGrade } from "../domain/gradeIndicator";
import type { ProjectGrade } from "../domain/gradeProject";
import type { ReformGroup } from "../domain/reformGroup";
import type { Status } from "../domain/Status";
import type { ValueToVerify } from "../domain/valueToVerify";
import type { StatusLines } from "../domain/statusLines";
import type { CopiedYear } from "../domain/CopiedYear";
import type { LockedChange } from "../cycle/lockedChanges";

/** An indicator row of the evaluation report (evaluation-rules.md §6, 附表). */
export interface EvaluationRow {
  template: string;
  templateTitle: string;
  id: string;
  name: string;
  /** 序号 as the plan writes it and the return's sheet shows it (a split indicator's parts share theirs); absent where the plan gives none */
  number?: string;
  /** the unit symbol */
  unit: string;
  attribute?: string;
  domain: string;
  /** the 领域 that tells it apart from the plan's other row of its name (check's `apart`, templates/domainApart); absent: none */
  apart?: string;
  responsibleUnit?: string;
  sheet: string;
  /** 基期值 and the final target, as written in the plan (as revised mid-term, where it was) */
  baseline: string;
  target: string;
  /** the mid-term revisions of the target or baseline the return's template records (rollover --from), oldest first; absent: none */
  revisions?: IndicatorRevision[];
  baselineYear: number;
  targetYear: number;
  /** the reporting year's actual as entered */
  actual: string;
  /**
   * the year's number as stored where the cell is in a percent style yet holds a usable value (a row whose unit is not %:
   * 1.82 typed as 1.82% in a 比 row is 0.0182, what every figure reads, §2a); the report's sentences write it (reportedValue)
   */
  stored?: number;
  /** 说明 as entered */
  note: string;
  /** the plan's row is not in the return (deleted; check's row_missing): 未填报, said so in the 附表's 说明 */
  rowMissing?: true;
  /** the year's value is far beyond the plan or a likely unit slip, unexplained (valueToVerify): quoted with a caveat */
  verify?: ValueToVerify;
  /**
   * the year's value is not a valid number (§2): the code of check's error on its cell (not_a_number,
   * text_number, percent_typed, …); the report quotes the value as typed and marks it (statedValue)
   */
  invalid?: string;
  /** that invalid value is a number stored as text, read as itself (slipOf): said with the return's other such cells (massSlip) */
  textValue?: true;
  /** its sheet was never calculated (check's formulas_uncalculated marks its issues): its formulas with no result said once for the return */
  uncalculatedSheet?: true;
  /**
   * graded by its 人工评估 (assessmentOf) on a conclusion the reviewer has not confirmed (no 通过 or 已说明 in force on
   * the 审核 sheet: confirmedAssessments): still graded and counted by it, said 待审核确认 (evaluation-rules §3, our reading, trial35 X1)
   */
  assessmentToConfirm?: true;
  graded: IndicatorGrade;
}

/** A project row: graded from investment progress, its gap in 个百分点. */
export interface ProjectEvaluationRow {
  template: string;
  id: string;
  name: string;
  owner: string;
  /** 总投资(亿元) and 建设起止年限 as written */
  investment: string;
  period: string;
  /** 累计完成投资 as entered */
  completed: string;
  /** 项目状态 as entered (已撤并 / 已转型 read 不再评估) */
  state: string;
  status: Status;
  progress: number | null;
  expected: number | null;
  /** the 滞后 and 严重滞后 lines q was graded against (§4: s and s/2), for progressBeside */
  lines?: StatusLines;
  /**
   * 累计完成投资 doubted (completedDoubt): `scale`, C in 万元? with its suggestion (C / 10000); `date`, a date typed (2024.6);
   * `times` C / I where C is over 100 × I. Graded 数值待核实, left out of totals (§4, our reading)
   */
  verify?: { kind: "scale" | "date"; suggestion?: number; times?: number };
  /**
   * past its planned end year and not complete (check's project_overdue, overdueEnd): that end year. The line says 逾期 as check
   * does, not a gap to a time share held at 100% (trial47a F5: 「落后时间进度 2.2 个百分点」 read as nearly on time); absent otherwise
   */
  overdue?: number;
  /** 说明 as entered ("" for none): the report quotes it on the project's line, as an indicator's in its 附表 (trial40c F11) */
  note: string;
  /**
   * of a row 待人工评估 (总投资 「/」): its 审核 row holds a 通过 or 已说明 (confirmedAssessments), the reviewer's conclusion on
   * a list, which has no 人工评估 column (evaluation-rules §4, §5, our reading; trial40c F9); absent otherwise
   */
  reviewed?: true;
  graded: ProjectGrade;
}

/** A reform row (evaluation-rules §5): its state and evidence as entered, and what it counts as. */
export interface ReformEvaluationRow {
  template: string;
  id: string;
  name: string;
  leadUnit: string;
  state: string;
  evidence: string;
  status: Status;
  group: ReformGroup;
  /** for 数据异常: check's error codes on the row (reform_no_evidence, reform_state_invalid, reform_no_lead) */
  problems: string[];
  /** 说明 as entered ("" for none), quoted on the reform's line (trial40c F11) */
  note: string;
  /** of a row 待人工评估 (推进中, 未启动): the reviewer's conclusion given, as ProjectEvaluationRow's `reviewed` */
  reviewed?: true;
  /** 完成时限 as the template keeps it (ReformSchema.deadline), where it has one */
  deadline?: string;
  /** 已完成 in a return for a year after its 完成时限 (check's reform_done_late) */
  late?: true;
}

/** Where a unit's return came merged (cycle/mergedFiles): the workbook's `file` and the 填报单位 on its cover, `host` ("" when blank). */
export interface MergedIn {
  file: string;
  host: string;
}

/** One return (one county's file) evaluated. */
export interface ReturnEvaluation {
  /** 填报单位 from the cover, or the file name when the cover has none */
  unit: string;
  file: string;
  /**
   * the return's file as the CLI was given it, named in `plan-returns check <file>` where its numbers stored as text are
   * said in one sentence (massSlip, returnParagraph); absent in the task pane, which has its own 校验
   */
  checkFile?: string;
  /** the titles of the plans the return was made from */
  titles: string[];
  /** where those plans come from, in the order of `titles`: the template's `source.document` (a plan's name, a file's or 粘贴的表格文本) and its `targetYear` (the report's title names the plan by it, reportPlanName) */
  sources: Array<{ document: string; targetYear: number }>;
  /** the templates it was made from, as check reports them (ids and rows: combineEvaluations refuses two versions of one id) */
  templates: CheckReport["templates"];
  /** the regions (地区) of those plans' templates: a report over units of one region is titled by it */
  regions: string[];
  year: number;
  /** the plans' target year; null when the templates end in different years */
  targetYear: number | null;
  items: EvaluationRow[];
  projects: ProjectEvaluationRow[];
  reforms: ReformEvaluationRow[];
  /**
   * the return holds nothing for its year (cycle/blankOf, summary's classification): "file" nothing entered (收到空表),
   * "year" earlier years only (本年度未填). Still graded (its rows 未能评估, as summary counts them), but summary counts it
   * 未报, so the report marks it so (ABSENT_UNIT_WORDS; trial37b F9); absent when it holds the year's values
   */
  blank?: ReturnBlank;
  /**
   * the indicators its templates record a mid-term revision removed (the template field `removed`, rollover --from), with
   * their template's id: named with the revisions in the paragraph (trial35 M9); absent where none
   */
  removed?: Array<RemovedIndicator & { template: string }>;
  counts: Record<Grade, number>;
  /**
   * the sheets whose year's values look copied from the year before (check's previous_year_copied, §8h), in check's
   * order; absent where none. The paragraph says each after its values to verify; the grades are not changed by it
   */
  copied?: CopiedYear[];
  /**
   * a locked return's values changed since its lock (lockedChanges), evaluated as they are now: the written report (the .docx's
   * 总体评估, the 评估 sheet's paragraph: writtenParagraph) says so as the terminal does (trial38b F3); absent where none
   * (or where the evaluation did not read the lock: evaluateReturn alone)
   */
  lockChanges?: LockedChange[];
  /** the §6 paragraph; its counts are counted from `items`; a return of project and reform lists only: their counts (listsParagraph) */
  text: string;
}

/** The report over one return, or a city's over several. */
export interface EvaluationReport {
  year: number;
  /** the returns, in the order of the units listed (`--units`, `--ledger`), else as given */
  returns: ReturnEvaluation[];
  /**
   * every unit in that order: each return (`ret`), and each unit listed that sent nothing (ret
   * null: 未报送) in its place in the list; units not listed follow. A unit listed whose only file
   * could not be used (`unusable`: the file and why; an .xls, a copy into a new workbook…) did send:
   * ret null, said so instead of 未报送; a return of another year (`other_year`) with its `years`. A unit listed
   * whose return came merged into another unit's workbook as a sheet (cycle/mergedFiles; check's units_merged):
   * ret null, `mergedIn` that workbook's file and its cover unit (the one evaluated from it), said so (MERGED_SHORT)
   */
  units: Array<{ unit: string; ret: ReturnEvaluation | null; unusable?: { file: string; reason: UnusableReason; years?: OtherYear; archive?: ArchiveContents; version?: PlanVersionDetail; period?: OutsidePlan; where?: string; /** other_format: the kind of file the reader found (fileKindWords) */ fileKind?: string }; mergedIn?: MergedIn }>;
  /** over every return's items */
  counts: Record<Grade, number>;
  /** one return: its paragraph; several: one paragraph per return, each headed 【填报单位】 */
  text: string;
  /**
   * the indicators whose target or attribute differs between the returns (TargetVersions: a plan amended
   * mid-period, a county on the old form), each said in one line after the paragraphs (targetDifferenceLine)
   */
  targetsDiffer?: TargetDifference[];
  /**
   * the returns counted as the listed unit distribute named their file after, their cover's 填报单位 (`typed`) a slip for it
   * (cycle/coverSlips: 兰西市 in 2023-兰溪市.xlsx), each said once in the report, to have the cover corrected
   */
  coverSlips?: Array<{ file: string; typed: string; unit: string }>;
}
