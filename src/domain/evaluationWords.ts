import { ENGLISH_TERMS, attributeInEnglish } from "./ENGLISH_TERMS";
import { englishCount } from "./englishCount";
import { differenceInUnit } from "./differenceInUnit";
import { rangeText } from "./rangeText";
import type { Lang } from "./describeIssue";
import { GRADE_LABELS, GRADE_LABELS_EN, type Grade } from "./Grade";
import type { Breach } from "./breachOf";
import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";
import { notGradedReasonLabel, type NotGradedReason } from "./NotGradedReason";
import { unitAfterNumber } from "./unitAfterNumber";
import { unusableText, type UnusableDetail, type UnusableReason } from "./UnusableReason";
import type { ValueToVerify } from "./valueToVerify";
import { copiedShare, type CopiedYear } from "./CopiedYear";
import { fmtNumber } from "./fmtNumber";
import { gapsCounted } from "./gapsCounted";
import { AHEAD_MARGIN } from "./tolerances";
import { NOT_ACHIEVED_LABEL } from "./gradeLabel";
import { REVISED_FIELDS, type IndicatorRevision, type RevisedField } from "./IndicatorRevision";
import type { TargetMiss } from "./targetMiss";

/** What one item of the 期末未完成 list says about itself (evaluation-rules.md §6, our reading). */
export interface EndFacts {
  name: string;
  year: number;
  /** the reporting year's value as entered, with its unit ("" when none); for a cumulative target the running total */
  actual: string;
  /** a cumulative target (`[15]`): `actual` is the total B+1…Y, said as 累计 */
  cumulative: boolean;
  /** a cumulative target: the year's own amount with its unit, said beside the total ("" when none) */
  own?: string | undefined;
  target: string;
  responsibleUnit: string | null;
  /** a qualitative target with no words entered for the year: the reviewer's 人工评估, said in place of the value */
  assessment?: Status | null | undefined;
  /** that 人工评估 not yet confirmed on the 审核 sheet (EvaluationRow.assessmentToConfirm): said 待审核确认 beside it */
  assessmentToConfirm?: boolean | undefined;
  /** a cumulative target: the years B+1…Y−1 left blank, counted as 0 in the total (pace.gaps), said beside it */
  gaps?: readonly number[] | undefined;
  /** off a 左右 target's band (targetMiss `band`): the side and the band said in place of the bare target (trial34 C1) */
  miss?: TargetMiss | undefined;
}

/** A county's 说明 on a binding row, briefly (briefNote), said at the end of its 预警 or 期末未完成 line ("" or absent for none). */
interface NoteFacts {
  note?: string | undefined;
}

/** A 预计难以完成 line of the 预警 list (§6). */
export interface ForecastLine extends NoteFacts {
  binding: boolean;
  name: string;
  /** the row's 属性, "" when unmarked, null when the plan marks no row (no words at all: markedAttribute) */
  attribute: string | null;
  targetYear: number;
  /** the forecast F with its unit, "—" when none */
  forecast: string;
  /** a cumulative target: F is a running total, said as 累计 */
  cumulative: boolean;
  target: string;
  /** the pace words, paceWords(…) in this language ("" when none) */
  pace: string;
  /** F rests on this one reported year alone (forecastOnOneYear): said 趋势仅供参考 after it; absent otherwise */
  oneYear?: number | undefined;
  responsibleUnit: string | null;
}

/**
 * A binding row not met in Y that no trend can be forecast for (breachOf; §6, our reading): a 预警,
 * said with its value against the target, how it misses it and why there is no forecast.
 */
export interface BreachFacts {
  name: string;
  year: number;
  /** the year's value with its unit ("" when none, as a words-only target a reviewer assessed) */
  actual: string;
  target: string;
  breach: Breach;
  /** the reviewer's 人工评估 where `breach.how` is `assessed` */
  assessment: Status | null;
  /** that 人工评估 not yet confirmed on the 审核 sheet (EvaluationRow.assessmentToConfirm): said 待审核确认 beside it */
  assessmentToConfirm?: boolean | undefined;
  responsibleUnit: string | null;
}

/**
 * A binding row whose forecast is withheld on a value to verify (IndicatorGrade.doubted; §6, our
 * reading): in the 预警 section, unmarked, so that no 预警 rests on the doubted value nor is it lost.
 */
export interface DoubtLine {
  name: string;
  /** as ForecastLine's */
  attribute: string | null;
  year: number;
  /** the year's value with its unit and caveat (statedValue) */
  actual: string;
  /** the earlier year whose value is doubted, or null where it is the reporting year's */
  doubtYear: number | null;
  responsibleUnit: string | null;
}

/** A breach as a line of the 预警 list. */
export interface BreachLine extends BreachFacts, NoteFacts {
  /** as ForecastLine's */
  attribute: string | null;
}

/** A 期末未完成 line of the 预警 list (§6, our reading): the item's facts, with its kind and plan end. */
export interface EndLine extends EndFacts, NoteFacts {
  binding: boolean;
  /** as ForecastLine's */
  attribute: string | null;
  targetYear: number;
  /** the item's plan is a yearly plan (isYearlyPlan): 年度计划 wording, no 规划期末 */
  yearly: boolean;
}

/**
 * The words of the evaluation report's paragraph and 预警 list (evaluation-rules.md §6), in
 * Chinese and English: the one home of this text. Chinese is the report's language; English
 * says the same, with the same counts, for `--lang en`.
 */
export interface EvaluationWords {
  grade: Record<Grade, string>;
  /** "约束性 a 项、预期性 b 项" */
  attributes: (binding: number, expected: number, other: number) => string;
  /** "提前实现 x 项" */
  gradeCount: (grade: Grade, n: number) => string;
  /** "（其中约束性 u 项：…）" */
  behindBinding: (n: number, names: string[]) => string;
  /**
   * the opening sentences: N, the attributes, the mid-term revisions (`revised`: the `revisions` sentence,
   * "" for none), the grades as of Y (no parts: N and the attributes only)
   */
  opening: (n: number, attributes: string, year: number, parts: string[], revised: string) => string;
  /** at or after the plan's last year (every row's plan ended): 已实现 / 未完成 / 未能评估 only (§6, our reading); `revised` as opening's */
  endOpening: (n: number, attributes: string, targetYear: number, year: number, parts: string[], yearly: boolean, revised: string) => string;
  /**
   * the one sentence of the paragraph naming the targets and baselines a mid-term revision changed
   * (IndicatorRevision, oldest first per row), the rows it added and those it removed: "规划中期调整 3 项指标（2023 年起）：人均预期寿命 目标由
   * ≥81.5 调整为 ≥81；新指标 为新增指标；旧指标 已删去（不再评估）。"
   * ("" for no row)
   */
  revisions: (items: ReadonlyArray<{ name: string; revisions: readonly IndicatorRevision[] }>) => string;
  /** a revised 目标值 or 基期值 as the 附表 says it: "≥81（2023 年中期调整，原 ≥81.5）" (`revisions` of that field, oldest first; none: the value) */
  revisedValue: (value: string, field: RevisedField, revisions: readonly IndicatorRevision[]) => string;
  /** "未完成 m 项" */
  notAchievedCount: (n: number) => string;
  /** "（其中约束性 u 项）": the names follow in the 未完成 list */
  notAchievedBinding: (n: number) => string;
  /** the list of what is not achieved, after endOpening; `n` how many (items.length, or more where `items` is a briefList) */
  endList: (items: string[], n?: number) => string;
  /** "（未填报 19 项、待人工评估 2 项）": why rows are not graded, by status */
  notGradedWhy: (byReason: Array<[NotGradedReason, number]>) => string;
  /**
   * the binding rows not graded, whose 预警 cannot be judged (warningUnjudged): "其中约束性指标 1 项未能评估（数据异常），
   * 是否预警无法判断：甲。" — the reasons by NotGradedReason (a count beside each only where there are two or more), the names; "" for none.
   * `ended`: every such row's plan has reached its target year, where §6 knows no 预警, only 未完成: 是否完成无法判断 (trial41b F3)
   */
  bindingUnjudged: (byReason: Array<[NotGradedReason, number]>, names: string[], ended?: boolean) => string;
  /** the return has no value at all for Y: said in place of the grades */
  nothingEntered: (year: number, n: number, why: string) => string;
  /** one 预计难以完成 item of the paragraph: the forecast F against the target, then the pace where it explains F */
  forecastItem: (name: string, forecast: string, target: string, pace: string | null) => string;
  /** "2025 年 2549万人次" / "2025 年累计 4%": a forecast value in year T */
  forecastValue: (targetYear: number, value: string, cumulative: boolean) => string;
  /** 规划期末 or "2025 年", as the forecast says its end */
  forecastEnd: (targetYear: number | null) => string;
  /** the 预计难以完成 list; `n` how many (items.length, or more where `items` is a briefList) */
  /**
   * the 预计难以完成 list; `n` how many (items.length, or more where `items` is a briefList); `oneYear`: every forecast rests
   * on that one reported year (forecastOnOneYear), said once in the lead (§6, our reading; trial36 N8)
   */
  forecastMisses: (end: string, items: string[], n?: number, oneYear?: number) => string;
  forecastAllMet: (end: string, n: number, oneYear?: number) => string;
  /** "仅有 2026 年一年数据，趋势仅供参考": a forecast resting on one reported year (forecastOnOneYear), said after it wherever it is stated */
  oneYear: (year: number) => string;
  /**
   * after the forecast sentence where only some forecasts rest on one year: the rows that do, named once; `among`: every one of
   * them is in the 难以完成 list just said, so 其中 refers to it; else a sentence of its own (trial47b F7: 其中 after a list of
   * three that did not hold the row)
   */
  oneYearSome: (names: string[], among: boolean) => string;
  /** one 期末未完成 item of the paragraph */
  endItem: (f: EndFacts) => string;
  /** the plan ended in `targetYear` (Y = T) or before the reporting year (Y > T) */
  endMisses: (targetYear: number, year: number, items: string[], yearly: boolean, n?: number) => string;
  endAllMet: (targetYear: number, year: number, n: number, yearly: boolean) => string;
  /** one left-out value: the indicator, its year and why (describeIssue in this language) */
  leftOutItem: (name: string, year: number, why: string) => string;
  /** the earlier years left out of a row's trend and forecast, before T only (IndicatorGrade.leftOut; at or after T neither is read, trial41b F3) */
  leftOut: (items: string[]) => string;
  /**
   * the earlier years' values that keep a cumulative row from being summed (IndicatorGrade.sumStopped, check's 累计数无法计算): the row
   * 未能评估, not merely left out of the trend (trial47b F4); `items` leftOutItem's
   */
  sumStopped: (items: string[]) => string;
  /**
   * the binding cumulative rows 未填报 in Y whose earlier years' total already meets the target (IndicatorGrade.metEarlier):
   * no 预警 can come of them (trial47b F5); `items` metEarlierItem's
   */
  metEarlier: (year: number, items: string[]) => string;
  /** one such row: its total so far, the year it is of, and the target */
  metEarlierItem: (name: string, year: number, total: string, target: string) => string;
  /** the 附表's 说明 of such a row, after 未能评估：未填报 */
  metEarlierNote: (year: number, total: string) => string;
  /** the 附表's 说明 and the 分领域 line of a row stopped so, after 未能评估：数据异常 / 数据异常 */
  sumStoppedNote: (years: readonly number[]) => string;
  /** "需年均提高 …，此前年均提高 …" from the two paces as words (no brackets) */
  pace: (needed: string, achieved: string | null) => string;
  /** "此前年均提高 …": the pace so far alone, where none is needed any more (Y ≥ T) */
  paceSoFar: (achieved: string) => string;
  /**
   * a value on a strict final target it must pass (IndicatorGrade.pace.unmet: 80 against >80, a pace of 0 that
   * still misses), said instead of 需年均无变化: the miss (rateGap) and the pace so far, "当年 80岁，未达到目标 >80；此前年均提高 0.27 岁"
   */
  unmetPace: (gap: string, achieved: string | null) => string;
  /** the blank years a cumulative total so far counts as 0 (pace.gaps), said after its pace: "2021—2023 年未填报，按 0 计入累计" */
  gapsCounted: (years: readonly number[]) => string;
  /** gapsCounted after a pace, with its separator: "；2021—2023 年未填报，按 0 计入累计" */
  gapsAfterPace: (years: readonly number[]) => string;
  /**
   * the average so far is enough but the trend line is not (§6, our reading): the needed pace, the
   * average, and the last step, from year `from` to `to` (per year), which falls short; `turn` says
   * how, in the needed pace's direction: a rise or a fall that slowed (增势放缓 / 降势放缓), a step the
   * other way (转为回升 / 转为回落), or none (趋于停滞), never a fall called 增势
   */
  paceSlowing: (needed: string, achieved: string, latest: string, from: number, to: number, turn: PaceTurn) => string;
  /** brackets around the pace words: "（…）" / " (…)" */
  bracket: (inner: string) => string;
  /**
   * a qualitative target's 人工评估 as the report says it in place of a value: 人工评估为符合序时进度; `toConfirm`: not yet
   * confirmed by the reviewer (EvaluationRow.assessmentToConfirm), said so: 人工评估为滞后（待审核确认） (trial36)
   */
  assessed: (s: Status, toConfirm?: boolean) => string;
  /** a signed pace as words: 提高 0.3 个百分点, 完成 2 万人, 无变化 */
  paceValue: (v: number, unit: string, cumulative: boolean, fmt: (x: number) => string) => string;
  forecastLine: (l: ForecastLine) => string;
  endLine: (l: EndLine) => string;
  /** one binding row not met in Y with no trend to forecast, in the paragraph */
  breachItem: (f: BreachFacts) => string;
  /** the paragraph's sentence of those rows, after the forecast */
  breaches: (year: number, items: string[], n?: number) => string;
  /**
   * a list said briefly where the report lists it in full (the Word report's 总体评估, whose 预警 section follows; trial29c):
   * the `top` names (binding first, then furthest behind 序时进度) of `n`, and the section (`section`, its title) that gives each;
   * `section` null where the paragraph has several such lists: briefLists points to it once, after the last (trial 31)
   */
  briefList: (n: number, top: readonly string[], section: string | null) => string;
  /** after the last of several brief lists: the one sentence pointing to the section (`section`, its title) that gives each of their rows */
  briefLists: (section: string) => string;
  /**
   * one sentence mapping the report's grades to check's statuses (§6 from §3): before the plans' last year (`open`),
   * at or after it (`ended`), or both; 未能评估 by the reasons the report's rows not graded have (`notGraded`, none: not said)
   */
  gradeStatusMap: (open: boolean, ended: boolean, notGraded: readonly NotGradedReason[], byYear?: ByYearTargets) => string;
  /** the same row as a 预警 line, headed 【预警】 */
  breachLine: (l: BreachLine) => string;
  /** the 预警 list's heading, for the kinds of line it holds */
  warningHeading: (forecast: boolean, end: boolean, yearly: boolean) => string;
  /** what the 预警 section says when it has no line: one sentence per kind of indicator the return holds */
  noForecastMisses: string;
  /** said instead when rows are still open but none could be forecast (nothing entered, or nothing usable) */
  noForecast: string;
  /**
   * a row met before T whose line would leave the target by T (IndicatorGrade.forecast.hold): 预计可完成, said as to be held;
   * `metSaid`: the words before it already say the row is met (a 左右 band's 区间内即为已达标), so 已达标 is not said twice (s46)
   */
  hold: (metSaid: boolean) => string;
  /**
   * a 左右 level target whose baseline already lies in its met band (baselineInBand; §3, our reading), said in the
   * 附表's 说明 and the 分领域 line so that 提前实现 beside a value at the baseline, and no 进度, read as the rules mean them;
   * `rowMet` false (a value off the band, 滞后): the band's "区间内即为已达标" is left out, which beside 滞后于预期 read
   * as the opposite of the grade (trial40a), and the row is said to be judged by its distance from the target
   */
  baselineInBand: (baseline: string, target: string, low: string, high: string, met: number, rowMet: boolean) => string;
  /**
   * a 左右 target met by a value inside its band but off the target itself (check's approximate_within; §3, our reading,
   * trial36 tp F5: 3300 against 3600左右 in year 1 read 提前实现 with no word why), said where baselineInBand is not
   */
  withinBand: (value: string, target: string, low: string, high: string, met: number) => string;
  noEndMisses: (yearly: boolean) => string;
  /** said of a unit listed (`--units`, `--ledger`) that sent no return, after its 【name】 */
  unreported: string;
  /** said instead of a unit listed whose only file could not be used (an .xls, a copy into a new workbook…): it did send */
  unusable: (reason: UnusableReason, detail?: UnusableDetail) => string;
  /** the caveat after a value to verify (valueToVerify), wherever the report states it: "（数值约为规划数值的 7.7 倍，待核实）" */
  verify: (v: ValueToVerify) => string;
  /** a value check finds invalid (§2), wherever the report states it: quoted as typed and marked, never formatted as a figure */
  invalidValue: (typed: string) => string;
  /** the opening paragraph's one mention of the rows whose value is to be verified, by name */
  toVerify: (names: string[]) => string;
  /** the same of the rows whose method is to be verified (§3 `compounded_fall`: the values stand, the plan may compound them), after toVerify */
  methodToVerify: (names: string[]) => string;
  /**
   * the rows graded by a 人工评估 conclusion the reviewer has not confirmed (EvaluationRow.assessmentToConfirm): counted by it,
   * said once after the values to verify, by name (evaluation-rules §3, our reading, trial35 X1); "" for none
   */
  assessmentsToConfirm: (names: string[]) => string;
  /** such a row's mark, in brackets after its grade (the 分领域 line) or after its 人工评估 (the 附表's 说明) */
  assessmentToConfirm: string;
  /**
   * a sheet whose year's values look copied from the year before (§8h, check's previous_year_copied), said once per sheet
   * after the values to verify (§6, our reading): the grades stand, the reader is told they may rest on last year's figures
   */
  copiedYear: (c: CopiedYear) => string;
  /** a likely running total's name in that mention, with why: "城镇新增就业（疑似填了累计数）" */
  /**
   * an indicator's name in the list of values to verify, with why in a few words (a running total, a fall past the baseline, a unit slip, how far from the plan);
   * `year`: the doubted value is that earlier year's; `withheld`: no forecast was made on it (…，未作预测)
   */
  verifyName: (name: string, v: ValueToVerify, more?: { year?: number | undefined; withheld?: boolean | undefined }) => string;
  /**
   * a value's gap to a target it misses (IndicatorGrade.pace.unmet, a binding row at T): "当年 6.2%，低于目标 7%";
   * `value` null where the line has said the value; `side` short: equal to a strict bound (7 against >7)
   */
  rateGap: (value: string | null, side: "below" | "above" | "short", target: string) => string;
  /**
   * how a graded value misses its target (targetMiss; §6, our reading, trial34), in a 分领域 line after the value: "低于目标下限 95%",
   * "高于目标上限 5.5%" (not "高于目标 5.5以内"), "高于目标「6左右」的达标区间 5.4–6.6" (never 未达到 for a value past a 左右 target),
   * "未达到目标 〔18〕"; `target` as quoted (targetInText), `unit` the row's, after a bound
   */
  targetMiss: (m: TargetMiss, target: string, unit: string) => string;
  /** a value typed as a mark only, no figure or word (`/`, `—`: trial34 C7 read "2023 年/。"), after its year: 填“/” */
  typedMark: (typed: string) => string;
  /** why a row missing its target has no forecast (Breach.why), in a 分领域 line: "无基期值，无趋势可预测" */
  noTrend: (why: Breach["why"]) => string;
  /** where a forecast is withheld on a doubted value (`doubtYear`: an earlier year's, or null for the reporting year's): "数值待核实，未作预测" */
  withheld: (doubtYear: number | null) => string;
  /** a row 未填报 with its reason written (isExplainedMissing; §6a, our reading), beside 未能评估（未填报）: "已说明：统计局尚未发布…" (the 说明 cut by briefNote) */
  missingExplained: (note: string) => string;
  /** a binding row so withheld, as a line of the 预警 section (no 【预警】) */
  doubtLine: (l: DoubtLine) => string;
  /** the docx section heading of the 预警 list */
  warningSection: (forecast: boolean, end: boolean, yearly: boolean) => string;
  /** a row graded by its year's own target, as the 附表's 目标值 says it: "69.5（2024 年度目标；规划目标 72）" */
  yearTarget: (own: string, year: number, target: string, milestone?: boolean) => string;
  /**
   * the terminal's line naming the rows graded by their year's own targets: "按 2024 年度目标评估 2 项：常住人口城镇化率（%） 69.5（规划目标 72）；…";
   * `before`: the plan's target year is still ahead, so the line says how a year's target met is graded (§6: 基本符合预期)
   */
  yearTargets: (year: number, items: Array<{ name: string; own: string; target: string }>, before?: boolean) => string;
  /** the line naming the rows a year without its own target judges against a later milestone (§3, our reading, trial47b F3) */
  milestoneTargets: (milestone: number, baselineYear: number, items: Array<{ name: string; own: string; target: string }>) => string;
  /** the head of yearTargets (before its list): 按 2025 年度目标评估 8 项（…）, said in the report's paragraph too (trial47d F1) */
  yearTargetsHead: (year: number, n: number, before?: boolean) => string;
  /** the head of milestoneTargets (before its list) */
  milestoneTargetsHead: (milestone: number, baselineYear: number, n: number) => string;
  /** the paragraph's sentence after the counts giving those heads, so a reader of the report sees why a met row is 基本符合预期 */
  judgedByYear: (heads: readonly string[]) => string;
}

/**
 * Which targets the rows before the plans' last year were graded by (§6, our reading trial47b F3/F9): the plan's (`plan`),
 * their year's own (`own`), a later milestone's (`milestones`, its years); gradeStatusMap then says 已达标 for each.
 */
export interface ByYearTargets {
  plan: boolean;
  own: boolean;
  milestones: readonly number[];
}

/** How the last step falls short of the pace needed (paceClause): slowed in the needed direction, turned the other way, or stalled. */
export type PaceTurn = "rise_slowing" | "fall_slowing" | "turned_up" | "turned_down" | "stalled";
const ZH_TURN: Record<PaceTurn, string> = { rise_slowing: "增势放缓", fall_slowing: "降势放缓", turned_up: "转为回升", turned_down: "转为回落", stalled: "趋于停滞" };
const EN_TURN: Record<PaceTurn, string> = { rise_slowing: "slowing", fall_slowing: "slowing", turned_up: "turned upward", turned_down: "turned downward", stalled: "stalled" };


/**
 * A likely running total (valueToVerify `running_total`): what the grade reads instead of the sum
 * (runningTotalReading), said after the value wherever the report states it (§6, our reading).
 */
const zhRunningTotal = (v: ValueToVerify): string => (v.ungraded
  ? (v.copied
    ? `（本年值等于规划期累计目标，疑似照抄目标：计入当年累计 ${fmtNumber(v.ungraded.sum)}，不计入为 ${fmtNumber(v.basis ?? 0)}，是否完成待核实）`
    : `（疑似填了累计数：按各年相加累计 ${fmtNumber(v.ungraded.sum)}，按所填累计数为 ${fmtNumber(v.basis ?? 0)}，是否完成待核实）`)
  : v.copied
  ? `（本年值等于规划期累计目标，未计入评估${v.basis === null || v.basis === undefined ? "" : `，按此前各年累计 ${fmtNumber(v.basis)} 评估`}，待核实）`
  : `（疑似填了累计数，按累计 ${fmtNumber(v.basis ?? 0)} 评估，待核实）`);
/**
 * Yearly falls of a rate whose product gives another status than their sum (valueToVerify `compounded_fall`):
 * where the sum alone meets the target at T, both totals and 是否完成待核实 (not graded); else the grade the sum's (§3, §6 our reading).
 */
const zhCompounded = (v: ValueToVerify): string => {
  const c = v.compounded;
  if (!c) return "（按各年相加评估，按连乘计算结论不同，待核实）";
  return c.final
    ? `（按各年${c.word}率连乘累计${c.word} ${fmtNumber(c.total)}%，低于目标 ${fmtNumber(c.target)}；各年相加为 ${fmtNumber(c.sum)}%，是否完成待核实）`
    : `（按各年相加评估；按各年${c.word}率连乘累计${c.word} ${fmtNumber(c.total)}%，结论不同，待核实）`;
};
const enCompounded = (v: ValueToVerify): string => {
  const c = v.compounded;
  if (!c) return " (graded on the years' sum; compounded, the falls read otherwise: to be verified)";
  return c.final
    ? ` (compounding the yearly falls gives ${fmtNumber(c.total)}%, below the target of ${fmtNumber(c.target)}; the years add up to ${fmtNumber(c.sum)}%: whether achieved is to be verified)`
    : ` (graded on the years' sum; compounding the yearly falls gives ${fmtNumber(c.total)}%, which reads otherwise: to be verified)`;
};
const enRunningTotal = (v: ValueToVerify): string => (v.ungraded
  ? (v.copied
    ? ` (this year's value equals the whole period's target, perhaps copied: ${fmtNumber(v.ungraded.sum)} in total with it, ${fmtNumber(v.basis ?? 0)} without; whether achieved is to be verified)`
    : ` (perhaps a running total: ${fmtNumber(v.ungraded.sum)} as the years' sum, ${fmtNumber(v.basis ?? 0)} as the total typed; whether achieved is to be verified)`)
  : v.copied
  ? ` (this year's value equals the whole period's target: left out of the grade${v.basis === null || v.basis === undefined ? "" : `, graded on the earlier years' total ${fmtNumber(v.basis)}`}; to be verified)`
  : ` (perhaps a running total: graded as a total of ${fmtNumber(v.basis ?? 0)}; to be verified)`);

/** A line's 说明, said last: "；说明：受区域传输…" / "; note: …", or "". */
const zhNote = (l: NoteFacts): string => (l.note ? `；说明：${l.note}` : "");
/** a forecast resting on one reported year (forecastOnOneYear; trial36 N8), and the same in brackets ("" for none) */
const zhOneYear = (y: number): string => `仅有 ${y} 年一年数据，趋势仅供参考`;
const zhOneYearLead = (y: number | undefined): string => (y === undefined ? "" : `（${zhOneYear(y)}）`);
const enOneYear = (y: number): string => `one year of data only, ${y}; the trend is indicative`;
/** a value far from the plan that a ×10^k slip brings near (ValueToVerify.meant): check's 是否应为 23.5？, said with it (trial36 N5) */
const zhMeant = (v: ValueToVerify): string => (v.meant === undefined ? "" : `，是否应为 ${v.meant}？`);
const enMeant = (v: ValueToVerify): string => (v.meant === undefined ? "" : `; did you mean ${v.meant}?`);
/** a 左右 value moved back past its baseline, in check's words (倒退：低于基期值 58.3，离目标「63左右」更远; trial36 N5) */
const zhBackwards = (v: ValueToVerify): string => `倒退：${v.side === "below" ? "低于" : "高于"}基期值 ${v.baseline ?? ""}${v.target === undefined ? "" : `，离目标「${v.target}」更远`}`;
const enBackwards = (v: ValueToVerify): string => `moving backwards: ${v.side} the baseline ${v.baseline ?? ""}${v.target === undefined ? "" : `, further from the target "${v.target}"`}`;
const enOneYearLead = (y: number | undefined): string => (y === undefined ? "" : ` (${enOneYear(y)})`);
const enNote = (l: NoteFacts): string => (l.note ? `; note: ${l.note}` : "");

/** Why no trend can be forecast for a breach (Breach.why). */
/** A 预警 line's 属性 after the name: "（约束性）", "（未标属性）" for an unmarked row, nothing where the plan marks none. */
const zhAttribute = (a: string | null): string => (a === null ? "" : `（${a || "未标属性"}）`);
/** As zhAttribute, in English. */
const enAttribute = (a: string | null): string => (a === null ? "" : ` (${attributeInEnglish(a) || "no attribute"})`);

const ZH_NO_TREND: Record<Breach["why"], string> = { baseline_met: "基期已达到目标，无趋势可预测", no_baseline: "无基期值，无趋势可预测", no_trend: "无趋势可预测" };
// a pace of nothing reads "so far no change", never "so far no change a year"
const EN_NO_CHANGE = "no change";
const enSoFar = (achieved: string): string => (achieved === EN_NO_CHANGE ? "so far no change" : `so far ${achieved} a year`);

const EN_NO_TREND: Record<Breach["why"], string> = { baseline_met: "the baseline already met it; no trend to forecast", no_baseline: "no baseline; no trend to forecast", no_trend: "no trend to forecast" };

/** A breach's value against its target: "2023 年 1‰，已突破约束性目标 ≤0.9" (`is` "为" in a 预警 line); a reviewer's: "人工评估为滞后，目标 全覆盖". */
const zhBreach = (f: BreachFacts, is = ""): string => {
  if (f.breach.how === "assessed") return `${ZH.assessed(f.assessment ?? "lagging", f.assessmentToConfirm)}，目标 ${f.target}`;
  const how = f.breach.how === "ceiling" ? "已突破约束性目标" : f.breach.how === "floor" ? "已低于约束性目标" : "未达到目标";
  return `${f.year} 年${is} ${f.actual || "—"}，${how} ${f.target}`;
};
const enBreach = (f: BreachFacts): string => {
  if (f.breach.how === "assessed") return `${EN.assessed(f.assessment ?? "lagging", f.assessmentToConfirm)}, target ${f.target}`;
  const how = f.breach.how === "ceiling" ? "above the binding target" : f.breach.how === "floor" ? "below the binding target" : "short of the target";
  return `${f.actual || "—"} in ${f.year}, ${how} ${f.target}`;
};

// the end of a plan as of year y: a yearly plan's year (截至 2026 年末（年度计划）), else the plan period's end
const zhEnd = (t: number, y: number, yearly: boolean, asOf: string): string => (yearly
  ? (y === t ? `截至 ${t} 年末（${t} 年度计划）` : `${t} 年度计划已于 ${t} 年末结束${asOf} ${y} 年`)
  : y === t ? `截至规划期末（${t} 年）` : `规划期已于 ${t} 年结束${asOf} ${y} 年`);
const enEnd = (t: number, y: number, yearly: boolean): string => (yearly
  ? (y === t ? `At the end of ${t} (the ${t} yearly plan)` : `The ${t} yearly plan ended with ${t}; as of ${y}`)
  : y === t ? `At the end of the plan period (${t})` : `The plan period ended in ${t}; as of ${y}`);

/** How the revisions sentence names a field revised. */
const ZH_FIELD: Record<RevisedField, string> = { target: "目标", baseline: "基期值" };

/**
 * What 已达标 before the plans' last year is graded, by the target the rows were judged against (§6, our reading trial47b F3/F9;
 * trial47d F1: the report said 已达标（规划期末前）为提前实现 beside 5 rows 已达标 graded 基本符合预期 by their 2025 targets).
 */
function zhMetOpen(b: ByYearTargets | undefined): string {
  const G = GRADE_LABELS, S = STATUS_LABELS;
  if (!b || (!b.own && b.milestones.length === 0)) return `${S.met}（规划期末前）为${G.early}`;
  return `${S.met}（规划期末前）：${[
    ...(b.plan ? [`按规划目标评估的为${G.early}`] : []),
    ...(b.own ? [`按年度目标评估的为${G.on_schedule}（已达到下一年目标的为${G.ahead}，已达到规划目标的为${G.early}）`] : []),
    ...b.milestones.map((m) => `按 ${m} 年目标评估的为${G.ahead}（已达到规划目标的为${G.early}）`),
  ].join("，")}`;
}

function enMetOpen(b: ByYearTargets | undefined): string {
  const G = GRADE_LABELS_EN, S = STATUS_LABELS_EN;
  if (!b || (!b.own && b.milestones.length === 0)) return `${S.met} (before the plan's last year) is ${G.early}`;
  return `${S.met} (before the plan's last year) is ${[
    ...(b.plan ? [`${G.early} where graded by the plan's target`] : []),
    ...(b.own ? [`${G.on_schedule} where graded by its year's own target (${G.ahead} if next year's target is met too, ${G.early} if the plan's)`] : []),
    ...b.milestones.map((m) => `${G.ahead} where graded by the ${m} milestone (${G.early} if the plan's target is met too)`),
  ].join(", ")}`;
}

const ZH: EvaluationWords = {
  grade: GRADE_LABELS,
  // a plan that marks no row (舟山's 48) is said so, not "约束性 0 项、预期性 0 项、未标属性 48 项" (trial29c)
  attributes: (b, e, o) => (b + e === 0 && o > 0 ? "规划未标明约束性、预期性" : [`约束性 ${b} 项`, `预期性 ${e} 项`, ...(o > 0 ? [`未标属性 ${o} 项`] : [])].join("、")),
  gradeCount: (g, n) => `${GRADE_LABELS[g]} ${n} 项`,
  behindBinding: (n, names) => (n > 0 ? `（其中约束性 ${n} 项：${names.join("、")}）` : ""),
  opening: (n, attr, year, parts, revised) => `规划确定主要指标 ${n} 项（${attr}）。${revised}${parts.length > 0 ? `截至 ${year} 年，${parts.join("，")}。` : ""}`,
  endOpening: (n, attr, t, y, parts, yearly, revised) => `${yearly ? "年度计划" : "规划"}确定主要指标 ${n} 项（${attr}）。${revised}${zhEnd(t, y, yearly, "；截至")}，${parts.join("，")}。`,
  notAchievedCount: (n) => `未完成 ${n} 项`,
  notAchievedBinding: (n) => (n > 0 ? `（其中约束性 ${n} 项）` : ""),
  endList: (items, n = items.length) => `未完成的 ${n} 项：${items.join("；")}。`,
  notGradedWhy: (by) => (by.length > 0 ? `（${by.map(([s, n]) => `${notGradedReasonLabel(s, "zh")} ${n} 项`).join("、")}）` : ""),
  bindingUnjudged: (by, names, ended = false) => (names.length > 0 ? `其中约束性指标 ${names.length} 项未能评估（${by.length > 1 ? by.map(([r, n]) => `${notGradedReasonLabel(r, "zh")} ${n} 项`).join("、") : by.map(([r]) => notGradedReasonLabel(r, "zh")).join("")}），${ended ? "是否完成" : "是否预警"}无法判断：${names.join("、")}。` : ""),
  nothingEntered: (y, n, why) => `${y} 年未填报任何数值，未能评估 ${n} 项${why}。`,
  forecastItem: (name, f, target, pace) => `${name}（预计 ${f}，目标 ${target}${pace ? `；${pace}` : ""}）`,
  forecastValue: (t, v, cumulative) => `${t} 年${cumulative ? "累计" : ""} ${v}`,
  forecastEnd: (t) => (t === null ? "规划期末" : ` ${t} 年`),
  forecastMisses: (end, items, n = items.length, oneYear) => `按目前趋势${zhOneYearLead(oneYear)}，预计到${end}难以完成 ${n} 项：${items.join("；")}。`,
  forecastAllMet: (end, n, oneYear) => `按目前趋势${zhOneYearLead(oneYear)}，可预测的 ${n} 项指标预计到${end}均可完成。`,
  oneYear: zhOneYear,
  oneYearSome: (names, among) => `${among ? "其中" : ""}${names.join("、")}的预测仅有一年数据，趋势仅供参考。`,
  endItem: (f) => `${f.name}（${[f.actual ? `${f.year} 年${f.cumulative ? "累计" : ""} ${f.actual}${f.cumulative && f.own ? `，其中当年 ${f.own}` : ""}` : f.assessment ? ZH.assessed(f.assessment) : "", f.gaps && f.gaps.length > 0 ? ZH.gapsCounted(f.gaps) : "", f.miss ? ZH.targetMiss(f.miss, f.target, "") : f.target ? `目标 ${f.target}` : ""].filter(Boolean).join("，")}${f.responsibleUnit ? `；责任单位：${f.responsibleUnit}` : ""}）`,
  endMisses: (t, y, items, yearly, n = items.length) => `${yearly ? `${t} 年度计划${y === t ? "" : `已于 ${t} 年末结束，`}未完成` : y === t ? `截至规划期末（${t} 年），未完成` : `规划期已于 ${t} 年结束，期末未完成`} ${n} 项：${items.join("；")}。`,
  endAllMet: (t, y, n, yearly) => `${yearly ? `${t} 年度计划${y === t ? "" : `已于 ${t} 年末结束，`}` : y === t ? `截至规划期末（${t} 年），` : `规划期已于 ${t} 年结束，`}可评估的 ${n} 项指标均已实现。`,
  leftOutItem: (name, year, why) => `${name} ${year} 年（${why}）`,
  leftOut: (items) => `以下数值不是有效数值，未计入趋势与预测：${items.join("；")}。`,
  sumStopped: (items) => `以下数值不是有效数值，累计数无法计算，该项未能评估：${items.join("；")}。`,
  metEarlier: (y, items) => `${y} 年未填报的约束性指标中，${items.length} 项此前累计已达到目标，不会出现预警：${items.join("；")}。`,
  metEarlierItem: (name, y, total, target) => `${name}（截至 ${y} 年累计 ${total}，目标 ${target}）`,
  metEarlierNote: (y, total) => `截至 ${y} 年累计 ${total}，已达到目标`,
  sumStoppedNote: (years) => `${years.join("、")} 年的数值不能使用，累计数无法计算`,
  pace: (needed, achieved) => `需年均${needed}${achieved === null ? "" : `，此前年均${achieved}`}`,
  paceSoFar: (achieved) => `此前年均${achieved}`,
  unmetPace: (gap, achieved) => `${gap}${achieved === null ? "" : `；此前年均${achieved}`}`,
  gapsCounted: (years) => gapsCounted(years, "zh"),
  gapsAfterPace: (years) => `；${ZH.gapsCounted(years)}`,
  paceSlowing: (needed, achieved, latest, from, to, turn) => `需年均${needed}；此前年均${achieved}，但${ZH_TURN[turn]}，${to - from === 1 ? `${to} 年比上年${latest}` : `${from}—${to} 年年均${latest}`}`,
  bracket: (inner) => `（${inner}）`,
  assessed: (st, toConfirm) => `人工评估为${STATUS_LABELS[st]}${toConfirm ? "（待审核确认）" : ""}`,
  paceValue: (v, unit, cumulative, fmt) => {
    // in the row's own unit (differenceInUnit: 个百分点 for %, 个千分点 for ‰; "降低 0.05", not "降低 0.05 比")
    const amount = (n: string): string => differenceInUnit(n, unit, "zh");
    // a cumulative total that went backwards is said so, never as a signed amount (§6: 完成 -0.05 个百分点, trial40a)
    if (cumulative) return v < 0 && fmt(-v) !== "0" ? `倒退 ${amount(fmt(-v))}` : `完成 ${amount(fmt(Math.max(v, 0)))}`;
    return fmt(Math.abs(v)) === "0" ? "无变化" : `${v < 0 ? "降低" : "提高"} ${amount(fmt(Math.abs(v)))}`;
  },
  forecastLine: (l) => `${l.binding ? "【预警】" : ""}${l.name}${zhAttribute(l.attribute)}：按目前趋势预计 ${l.targetYear} 年${l.cumulative ? "累计" : "为"} ${l.forecast}，目标 ${l.target}${l.pace}${zhOneYearLead(l.oneYear)}${l.responsibleUnit ? `；责任单位：${l.responsibleUnit}` : ""}${zhNote(l)}`,
  endLine: (l) => `${l.binding ? "【约束性未完成】" : ""}${l.name}${zhAttribute(l.attribute)}：${l.yearly ? `${l.targetYear} 年度计划未完成` : l.year === l.targetYear ? `规划期末（${l.targetYear} 年）未完成` : `规划期已于 ${l.targetYear} 年结束，未完成`}，${!l.actual && l.assessment ? ZH.assessed(l.assessment, l.assessmentToConfirm) : `${l.year} 年${l.cumulative ? "累计" : "为"} ${l.actual || "—"}${l.cumulative && l.own ? `（当年 ${l.own}）` : ""}`}${l.gaps && l.gaps.length > 0 ? `，${ZH.gapsCounted(l.gaps)}` : ""}，${l.miss ? ZH.targetMiss(l.miss, l.target, "") : `目标 ${l.target}`}${l.responsibleUnit ? `；责任单位：${l.responsibleUnit}` : ""}${zhNote(l)}`,
  breachItem: (f) => `${f.name}（${zhBreach(f)}${f.responsibleUnit ? `；责任单位：${f.responsibleUnit}` : ""}）`,
  breaches: (year, items, n = items.length) => `另有约束性指标 ${n} 项 ${year} 年未达到目标，无趋势可预测：${items.join("；")}。`,
  briefList: (n, top, section) => `${n > top.length ? `最需关注的是${top.join("、")}等` : top.join("、")}${section === null ? "" : `，逐项见“${section}”`}`,
  briefLists: (section) => `以上各项逐项见“${section}”。`,
  gradeStatusMap: (open, ended, notGraded, byYear) => {
    const G = GRADE_LABELS, S = STATUS_LABELS;
    return `校验（check）的状态在本报告中的评估等级：${[
      ...(open ? [zhMetOpen(byYear), `${S.on_track}为${G.ahead}（进度高出序时进度 ${fmtNumber(AHEAD_MARGIN * 100)} 个百分点及以上）或${G.on_schedule}`, `${S.lagging}、${S.severe}为${G.behind}`] : []),
      ...(ended ? [`规划期末及以后，${S.met}为${G.achieved}，其余已评估的为${NOT_ACHIEVED_LABEL.zh}`] : []),
      ...(notGraded.length ? [`${notGraded.map((r) => notGradedReasonLabel(r, "zh")).join("、")}为${G.not_graded}`] : []),
    ].join("；")}。`;
  },
  breachLine: (l) => `【预警】${l.name}${zhAttribute(l.attribute)}：${zhBreach(l, "为")}${l.breach.how === "assessed" ? "" : `（${ZH_NO_TREND[l.breach.why]}）`}${l.responsibleUnit ? `；责任单位：${l.responsibleUnit}` : ""}${zhNote(l)}`,
  warningHeading: (f, e, yearly) => (f && e ? `预警、预计难以完成与${yearly ? "年度计划" : "期末"}未完成：` : e ? `${yearly ? "年度计划" : "期末"}未完成：` : "预警与预计难以完成："),
  noForecastMisses: "按目前趋势，没有预计难以完成的指标。",
  noForecast: "没有可据以预测的数值，未作预测。",
  hold: (metSaid) => `${metSaid ? "" : "已达标，"}按目前趋势需保持`,
  withinBand: (v, t, low, high, met) => `${v} 在目标「${t}」的上下 ${met}% 以内（${rangeText(low, high, "zh")}）：区间内即为已达标`,
  baselineInBand: (b, t, low, high, met, rowMet) => `基期值 ${b} 已在「${t}」的达标区间（上下 ${met}%，${rangeText(low, high, "zh")}）内${rowMet ? "：区间内即为已达标，不按基期计算进度" : "，不按基期计算进度，按与目标的距离评估"}`,
  noEndMisses: (yearly) => `${yearly ? "年度计划" : "规划期末"}没有未完成的指标（未能评估的除外）。`,
  unreported: "未报送。",
  unusable: (reason, detail) => `${unusableText(reason, "zh", "report", false, detail)}。`,
  invalidValue: (typed) => `“${typed}”（数据异常，未采用）`,
  verify: (v) => (v.code === "running_total" ? zhRunningTotal(v) : v.code === "compounded_fall" ? zhCompounded(v) : v.code === "level_typed" ? `（${v.year ? `${v.year} 年数值` : ""}疑似填了当年的水平值（基期值 ${v.baseline ?? ""}），累计指标应填当年提高值，待核实）` : v.code === "year_over_pace" ? `（${v.year ? `${v.year} 年数值` : ""}远超按年平均进度${v.amount === undefined ? "" : `，疑似加上了上个规划期的累计数（当年应为 ${v.amount}？）`}，待核实）` : v.code === "approximate_backwards" ? `（${zhBackwards(v)}，待核实）` : v.code === "fraction_suspect" ? `（${v.year ? `${v.year} 年数值` : ""}疑似把百分数按小数填写${zhMeant(v)}待核实）` : v.code === "scale_suspect" ? "（数值超过基期值或目标值的 1000 倍，疑似单位填错，待核实）" : v.code === "percent_style_unit" ? `（单元格为百分比格式${v.shown === undefined ? "" : `，显示为「${v.shown}」`}${zhMeant(v)}待核实）`
    : v.side === "below" ? `（数值约为规划数值的 1/${Math.round(v.factor ?? 5)}${zhMeant(v) || "，"}待核实）` : `（数值约为规划数值的 ${v.factor ?? 5} 倍${zhMeant(v) || "，"}待核实）`),
  // after the counts, whose last is 未能评估: 其中 read as part of that group, and named no reason (a trial)
  toVerify: (names) => (names.length > 0 ? `以上各项中，有 ${names.length} 项数值待核实：${names.join("、")}。` : ""),
  methodToVerify: (names) => (names.length > 0 ? `以上各项中，有 ${names.length} 项计算方法待核实：${names.join("、")}。` : ""),
  assessmentsToConfirm: (names) => (names.length > 0 ? `以上各项中，有 ${names.length} 项按人工评估结论评估，尚待审核确认：${names.join("、")}。` : ""),
  assessmentToConfirm: "人工评估结论，待审核确认",
  copiedYear: (c) => `工作表「${c.sheet}」${c.year} 年的填报值与 ${c.previous} 年相同的占 ${fmtNumber(copiedShare(c))}%（两年都填了数值的 ${c.count} 项中有 ${c.equal} 项），可能照抄${c.previous === c.year - 1 ? "上年" : ` ${c.previous} 年的数值`}，评估结论待核实。`,
  verifyName: (name, v, more = {}) => `${name}（${more.year ? `${more.year} 年数值` : ""}${v.code === "running_total" ? "疑似填了累计数" : v.code === "compounded_fall" ? `按各年${v.compounded?.word ?? "降低"}率连乘为 ${fmtNumber(v.compounded?.total ?? 0)}%${v.compounded?.final ? `，低于目标 ${fmtNumber(v.compounded.target)}` : ""}` : v.code === "level_typed" ? "疑似填了水平值" : v.code === "year_over_pace" ? (v.amount === undefined ? "远超按年平均进度" : "疑似加上了上个规划期的累计数") : v.code === "approximate_backwards" ? zhBackwards(v) : v.code === "fraction_suspect" ? `疑似把百分数按小数填写${zhMeant(v)}` : v.code === "scale_suspect" ? "疑似单位填错" : v.code === "percent_style_unit" ? `单元格为百分比格式${zhMeant(v)}`
    : v.side === "below" ? `约为规划数值的 1/${Math.round(v.factor ?? 5)}${zhMeant(v)}` : `约为规划数值的 ${v.factor ?? 5} 倍${zhMeant(v)}`}${more.withheld ? `${v.meant === undefined ? "，" : ""}未作预测` : ""}）`,
  withheld: (y) => `${y === null ? "" : `${y} 年`}数值待核实，未作预测`,
  missingExplained: (note) => `已说明：${note}`,
  noTrend: (why) => ZH_NO_TREND[why],
  rateGap: (value, side, target) => `${value === null ? "" : `当年 ${value}，`}${side === "below" ? "低于" : side === "above" ? "高于" : "未达到"}目标 ${target}`,
  typedMark: (typed) => `填“${typed}”`,
  targetMiss: (m, target, unit) => (m.how === "floor" ? `低于目标下限 ${fmtNumber(m.bound)}${unitAfterNumber(unit)}` : m.how === "ceiling" ? `高于目标上限 ${fmtNumber(m.bound)}${unitAfterNumber(unit)}`
    : m.how === "band" ? `${m.side === "above" ? "高于" : "低于"}目标「${target}」的达标区间 ${rangeText(fmtNumber(m.band.low), fmtNumber(m.band.high), "zh")}` : `未达到目标 ${target}`),
  doubtLine: (l) => `${l.name}${zhAttribute(l.attribute)}：${l.year} 年为 ${l.actual || "—"}，${l.doubtYear === null ? "" : `${l.doubtYear} 年`}数值待核实，未作预测，核实后再判断是否预警${l.responsibleUnit ? `；责任单位：${l.responsibleUnit}` : ""}`,
  warningSection: (f, e, yearly) => (f && e ? `预警、难以完成与${yearly ? "年度计划" : "期末"}未完成的指标` : e ? `${yearly ? "年度计划" : "期末"}未完成的指标` : "预警与难以完成的指标"),
  yearTarget: (own, year, target, milestone) => `${own}（${year} 年${milestone ? "" : "度"}目标；规划目标 ${target}）`,
  revisions: (items) => {
    if (!items.length) return "";
    const years = new Set(items.flatMap((i) => i.revisions.map((r) => r.year)));
    // one year for all: said once after the count; revisions of several years: each change with its year
    const one = years.size === 1 ? [...years][0] : undefined;
    const change = (r: IndicatorRevision): string[] => REVISED_FIELDS.flatMap((f) => {
      const c = r[f];
      return c ? [`${ZH_FIELD[f]}由 ${c.from || "—"} 调整为 ${c.to || "—"}${one === undefined ? `（${r.year} 年起）` : ""}`] : [];
    }).concat(r.unit ? [`单位由 ${r.unit.from || "—"} 调整为 ${r.unit.to || "—"}${one === undefined ? `（${r.year} 年起）` : ""}`] : [])
      .concat(r.added ? [`为新增指标${one === undefined ? `（${r.year} 年起）` : ""}`] : [])
      .concat(r.removed ? [`已删去${one === undefined ? `（${r.year} 年起不再评估）` : "（不再评估）"}`] : []);
    return `规划中期调整 ${items.length} 项指标${one === undefined ? "" : `（${one} 年起）`}：${items.map((i) => `${i.name} ${i.revisions.flatMap(change).join("、")}`).join("；")}。`;
  },
  revisedValue: (value, field, revisions) => {
    const of = revisions.filter((r) => r[field]);
    const first = of[0]?.[field];
    return first ? `${value || "—"}（${of.map((r) => r.year).join("、")} 年中期调整，原 ${first.from || "—"}）` : value;
  },
  yearTargets: (year, items, before) => `${ZH.yearTargetsHead(year, items.length, before)}：${items.map((i) => `${i.name} ${i.own}（规划目标 ${i.target}）`).join("；")}`,
  milestoneTargets: (m, b, items) => `${ZH.milestoneTargetsHead(m, b, items.length)}：${items.map((i) => `${i.name} ${i.own}（规划目标 ${i.target}）`).join("；")}`,
  yearTargetsHead: (year, n, before) => `按 ${year} 年度目标评估 ${n} 项（进度、序时进度均对年度目标${before ? "；达到年度目标的评为基本符合预期，已达到下一年目标的评为快于预期，已达到规划目标的评为提前实现" : ""}）`,
  milestoneTargetsHead: (m, b, n) => `按 ${m} 年目标评估 ${n} 项（${m} 年前没有当年目标的年份按最近的 ${m} 年目标评估，序时进度自基期 ${b} 年至 ${m} 年；已达到 ${m} 年目标的评为快于预期）`,
  // after the counts, whose last is 未能评估: 以上各项中 as toVerify says, never 其中 (read as part of that group)
  judgedByYear: (heads) => (heads.length > 0 ? `以上各项中，${heads.join("；")}。` : ""),
};

const EN: EvaluationWords = {
  grade: GRADE_LABELS_EN,
  attributes: (b, e, o) => (b + e === 0 && o > 0 ? `none marked ${ENGLISH_TERMS.约束性} or ${ENGLISH_TERMS.预期性}` : [`${b} ${ENGLISH_TERMS.约束性}`, `${e} ${ENGLISH_TERMS.预期性}`, ...(o > 0 ? [`${o} without attribute`] : [])].join(", ")),
  gradeCount: (g, n) => `${GRADE_LABELS_EN[g].toLowerCase()} ${n}`,
  behindBinding: (n, names) => (n > 0 ? ` (of which binding ${n}: ${names.join(", ")})` : ""),
  opening: (n, attr, year, parts, revised) => `The plan sets ${englishCount(n, "main indicator")} (${attr}). ${revised}${parts.length > 0 ? `As of ${year}: ${parts.join(", ")}. ` : ""}`,
  endOpening: (n, attr, t, y, parts, yearly, revised) => `The ${yearly ? "yearly plan" : "plan"} sets ${englishCount(n, "main indicator")} (${attr}). ${revised}${enEnd(t, y, yearly)}: ${parts.join(", ")}. `,
  notAchievedCount: (n) => `not achieved ${n}`,
  notAchievedBinding: (n) => (n > 0 ? ` (of which binding ${n})` : ""),
  endList: (items, n = items.length) => `Not achieved${n === items.length ? "" : ` (${n})`}: ${items.join("; ")}. `,
  notGradedWhy: (by) => (by.length > 0 ? ` (${by.map(([s, n]) => `${notGradedReasonLabel(s, "en").toLowerCase()} ${n}`).join(", ")})` : ""),
  bindingUnjudged: (by, names, ended = false) => (names.length > 0 ? `Of these, ${names.length} binding ${names.length === 1 ? "indicator is" : "indicators are"} not graded (${by.length > 1 ? by.map(([r, n]) => `${notGradedReasonLabel(r, "en").toLowerCase()} ${n}`).join(", ") : by.map(([r]) => notGradedReasonLabel(r, "en").toLowerCase()).join("")}), so whether ${names.length === 1 ? "it is" : "they are"} ${ended ? "achieved" : "a warning"} cannot be told: ${names.join(", ")}. ` : ""),
  nothingEntered: (y, n, why) => `No value was entered for ${y}: not graded ${n}${why}. `,
  forecastItem: (name, f, target, pace) => `${name} (forecast ${f}, target ${target}${pace ? `; ${pace}` : ""})`,
  forecastValue: (t, v, cumulative) => `${v}${cumulative ? " in total" : ""} in ${t}`,
  forecastEnd: (t) => (t === null ? "the end of the plan period" : String(t)),
  forecastMisses: (end, items, n = items.length, oneYear) => `On the present trend${enOneYearLead(oneYear)}, ${n} ${n === 1 ? "is" : "are"} unlikely to be met by ${end}: ${items.join("; ")}. `,
  forecastAllMet: (end, n, oneYear) => `On the present trend${enOneYearLead(oneYear)}, ${n === 1 ? "the 1 indicator that can be forecast is" : `all ${n} indicators that can be forecast are`} expected to be met by ${end}. `,
  oneYear: enOneYear,
  oneYearSome: (names, among) => `${among ? "Of these, the forecasts" : "The forecasts"} for ${names.join(", ")} rest on one year of data only; the trend is indicative. `,
  endItem: (f) => `${f.name} (${[f.actual ? `${f.year}: ${f.actual}${f.cumulative ? ` in total${f.own ? `, of which ${f.own} that year` : ""}` : ""}` : f.assessment ? EN.assessed(f.assessment) : "", f.gaps && f.gaps.length > 0 ? EN.gapsCounted(f.gaps) : "", f.miss ? EN.targetMiss(f.miss, f.target, "") : f.target ? `target ${f.target}` : ""].filter(Boolean).join(", ")}${f.responsibleUnit ? `; responsible unit: ${f.responsibleUnit}` : ""})`,
  endMisses: (t, y, items, yearly, n = items.length) => `${yearly ? `${y === t ? "" : `The ${t} yearly plan ended with ${t}; `}${n} not achieved in the ${t} yearly plan` : y === t ? `At the end of the plan period (${t}), ${n} not achieved` : `The plan period ended in ${t}; ${n} not achieved at its end`}: ${items.join("; ")}. `,
  endAllMet: (t, y, n, yearly) => `${yearly ? `In the ${t} yearly plan ` : y === t ? `At the end of the plan period (${t}), ` : `The plan period ended in ${t}; at its end `}${n === 1 ? "the 1 indicator that can be graded is" : `all ${n} indicators that can be graded are`} achieved. `,
  leftOutItem: (name, year, why) => `${name}, ${year} (${why})`,
  leftOut: (items) => `Left out of the trend and forecast as not a valid number: ${items.join("; ")}. `,
  sumStopped: (items) => `Not a valid number, so the cumulative total cannot be summed and the indicator is not graded: ${items.join("; ")}. `,
  metEarlier: (y, items) => `Of the binding indicators not reported for ${y}, ${items.length} already ${items.length === 1 ? "meets" : "meet"} the target on the earlier years' total, so no warning can come of ${items.length === 1 ? "it" : "them"}: ${items.join("; ")}. `,
  metEarlierItem: (name, y, total, target) => `${name} (${total} in total by ${y}, target ${target})`,
  metEarlierNote: (y, total) => `${total} in total by ${y}: the target is already met`,
  sumStoppedNote: (years) => `the value for ${years.join(", ")} cannot be used, so the cumulative total cannot be summed`,
  pace: (needed, achieved) => `${needed === EN_NO_CHANGE ? "needs no change" : `needs ${needed} a year`}${achieved === null ? "" : `, ${enSoFar(achieved)}`}`,
  paceSoFar: (achieved) => enSoFar(achieved),
  unmetPace: (gap, achieved) => `${gap}${achieved === null ? "" : `; ${enSoFar(achieved)}`}`,
  gapsCounted: (years) => gapsCounted(years, "en"),
  gapsAfterPace: (years) => `; ${EN.gapsCounted(years)}`,
  paceSlowing: (needed, achieved, latest, from, to, turn) => `needs ${needed} a year; so far ${achieved} a year, but ${EN_TURN[turn]}: ${to - from === 1 ? `${latest} in ${to} over the year before` : `${latest} a year in ${from}–${to}`}`,
  bracket: (inner) => ` (${inner})`,
  assessed: (st, toConfirm) => `assessed as ${STATUS_LABELS_EN[st].toLowerCase()}${toConfirm ? " (not yet confirmed by the reviewer)" : ""}`,
  paceValue: (v, unit, cumulative, fmt) => {
    // one point, not "1 percentage points" (differenceInUnit)
    const amount = (n: string): string => differenceInUnit(n, unit, "en");
    if (cumulative) return v < 0 && fmt(-v) !== "0" ? `a loss of ${amount(fmt(-v))}` : amount(fmt(Math.max(v, 0)));
    const n = fmt(Math.abs(v));
    return n === "0" ? EN_NO_CHANGE : `${v < 0 ? "a fall of" : "a rise of"} ${amount(n)}`;
  },
  forecastLine: (l) => `${l.binding ? "[WARNING] " : ""}${l.name}${enAttribute(l.attribute)}: on the present trend ${l.forecast}${l.cumulative ? " in total" : ""} in ${l.targetYear}, target ${l.target}${l.pace}${enOneYearLead(l.oneYear)}${l.responsibleUnit ? `; responsible unit: ${l.responsibleUnit}` : ""}${enNote(l)}`,
  endLine: (l) => `${l.binding ? "[BINDING, NOT ACHIEVED] " : ""}${l.name}${enAttribute(l.attribute)}: ${l.yearly ? `not achieved in the ${l.targetYear} yearly plan` : l.year === l.targetYear ? `not achieved at the end of the plan period (${l.targetYear})` : `not achieved; the plan period ended in ${l.targetYear}`}, ${!l.actual && l.assessment ? EN.assessed(l.assessment, l.assessmentToConfirm) : `${l.actual || "—"}${l.cumulative ? ` in total${l.own ? ` (${l.own} that year)` : ""}` : ""} in ${l.year}`}${l.gaps && l.gaps.length > 0 ? ` (${EN.gapsCounted(l.gaps)})` : ""}, ${l.miss ? EN.targetMiss(l.miss, l.target, "") : `target ${l.target}`}${l.responsibleUnit ? `; responsible unit: ${l.responsibleUnit}` : ""}${enNote(l)}`,
  breachItem: (f) => `${f.name} (${enBreach(f)}${f.responsibleUnit ? `; responsible unit: ${f.responsibleUnit}` : ""})`,
  breaches: (year, items, n = items.length) => `A further ${n} binding ${n === 1 ? "indicator is" : "indicators are"} not met in ${year}, with no trend to forecast: ${items.join("; ")}. `,
  briefList: (n, top, section) => `${n > top.length ? `most of all ${top.join(", ")}, among others` : top.join(", ")}${section === null ? "" : `; each is listed under “${section}”`}`,
  briefLists: (section) => `Each of the rows above is listed under “${section}”. `,
  gradeStatusMap: (open, ended, notGraded, byYear) => {
    const G = GRADE_LABELS_EN, S = STATUS_LABELS_EN;
    return `Check's statuses as this report's grades: ${[
      ...(open ? [enMetOpen(byYear), `${S.on_track} is ${G.ahead} (progress ${fmtNumber(AHEAD_MARGIN * 100)} ${ENGLISH_TERMS.百分点}s or more past ${ENGLISH_TERMS.序时进度}) or ${G.on_schedule}`, `${S.lagging} or ${S.severe} is ${G.behind}`] : []),
      ...(ended ? [`from the plan's last year on, ${S.met} is ${G.achieved} and any other graded row ${NOT_ACHIEVED_LABEL.en}`] : []),
      ...(notGraded.length ? [`${notGraded.map((r) => notGradedReasonLabel(r, "en")).join(", ")} ${notGraded.length === 1 ? "is" : "are"} ${G.not_graded}`] : []),
    ].join("; ")}.`;
  },
  breachLine: (l) => `[WARNING] ${l.name}${enAttribute(l.attribute)}: ${enBreach(l)}${l.breach.how === "assessed" ? "" : ` (${EN_NO_TREND[l.breach.why]})`}${l.responsibleUnit ? `; responsible unit: ${l.responsibleUnit}` : ""}${enNote(l)}`,
  warningHeading: (f, e, yearly) => (f && e ? `Warnings, unlikely to be met and not achieved ${yearly ? "in the yearly plan" : "at the end"}:` : e ? `Not achieved ${yearly ? "in the yearly plan" : "at the end of the plan period"}:` : "Warnings and unlikely to be met:"),
  noForecastMisses: "On the present trend, no indicator is unlikely to be met.",
  noForecast: "No value to forecast from; no forecast made.",
  hold: (metSaid) => `${metSaid ? "" : "met; "}on the present trend it must be held`,
  withinBand: (v, t, low, high, met) => `${v} is within ${met}% either side of the target “${t}” (${rangeText(low, high, "en")}): any value in that band is met`,
  baselineInBand: (b, t, low, high, met, rowMet) => `the baseline ${b} already lies in the band that meets “${t}” (${met}% either side, ${rangeText(low, high, "en")})${rowMet ? ": any value in it is met, and no progress from the baseline is measured" : ", so no progress from the baseline is measured: the row is judged by its distance from the target"}`,
  noEndMisses: (yearly) => `${yearly ? "In the yearly plan" : "At the end of the plan period"} no indicator is left not achieved (those not graded aside).`,
  unreported: "Not submitted.",
  unusable: (reason, detail) => `${unusableText(reason, "en", "report", false, detail).replace(/^t/, "T")}.`,
  invalidValue: (typed) => `"${typed}" (invalid, not used)`,
  verify: (v) => (v.code === "running_total" ? enRunningTotal(v) : v.code === "compounded_fall" ? enCompounded(v) : v.code === "level_typed" ? ` (${v.year ? `the ${v.year} value: ` : ""}perhaps the year's level (baseline ${v.baseline ?? ""}), where a cumulative row takes the year's rise: to be verified)` : v.code === "year_over_pace" ? ` (${v.year ? `the ${v.year} value: ` : ""}far beyond the even yearly pace${v.amount === undefined ? "" : `, perhaps with last period's total added in (${v.amount} for the year?)`}: to be verified)` : v.code === "approximate_backwards" ? ` (${enBackwards(v)}: to be verified)` : v.code === "fraction_suspect" ? ` (${v.year ? `the ${v.year} value: ` : ""}perhaps a percentage typed as a fraction${enMeant(v)}: to be verified)` : v.code === "scale_suspect" ? " (the value is over 1000× the baseline or target, perhaps in a smaller unit: to be verified)" : v.code === "percent_style_unit" ? ` (the cell is in a percent style${v.shown === undefined ? "" : ` and shows "${v.shown}"`}${enMeant(v)}: to be verified)`
    : v.side === "below" ? ` (the value is about 1/${Math.round(v.factor ?? 5)} of the plan's numbers${enMeant(v)}: to be verified)` : ` (the value is about ${v.factor ?? 5}× the plan's numbers${enMeant(v)}: to be verified)`),
  toVerify: (names) => (names.length > 0 ? `Across these indicators, ${names.length} ${names.length === 1 ? "value is" : "values are"} to be verified: ${names.join(", ")}. ` : ""),
  methodToVerify: (names) => (names.length > 0 ? `Across these indicators, the method is to be verified for ${englishCount(names.length, "indicator")}: ${names.join(", ")}. ` : ""),
  assessmentsToConfirm: (names) => (names.length > 0 ? `Across these indicators, ${englishCount(names.length, "indicator")} ${names.length === 1 ? "is" : "are"} graded by a 人工评估 (assessment) conclusion not yet confirmed by the reviewer: ${names.join(", ")}. ` : ""),
  assessmentToConfirm: "assessed by hand, not yet confirmed by the reviewer",
  copiedYear: (c) => `In the sheet "${c.sheet}", ${fmtNumber(copiedShare(c))}% of the ${c.year} values are the same as ${c.previous}'s (${c.equal} of the ${englishCount(c.count, "indicator")} with a number in both years), perhaps copied from ${c.previous === c.year - 1 ? "the year before" : c.previous}: the evaluation is to be verified. `,
  verifyName: (name, v, more = {}) => `${name} (${more.year ? `the ${more.year} value ` : ""}${v.code === "running_total" ? "perhaps a running total" : v.code === "compounded_fall" ? `the yearly falls compounded give ${fmtNumber(v.compounded?.total ?? 0)}%${v.compounded?.final ? `, below the target of ${fmtNumber(v.compounded.target)}` : ""}` : v.code === "level_typed" ? "perhaps the year's level, not its rise" : v.code === "year_over_pace" ? (v.amount === undefined ? "far beyond the yearly pace" : "perhaps last period's total added in") : v.code === "approximate_backwards" ? enBackwards(v) : v.code === "fraction_suspect" ? `perhaps a percentage typed as a fraction${enMeant(v)}` : v.code === "scale_suspect" ? "perhaps in a smaller unit" : v.code === "percent_style_unit" ? `the cell is in a percent style${enMeant(v)}`
    : v.side === "below" ? `about 1/${Math.round(v.factor ?? 5)} of the plan's numbers${enMeant(v)}` : `about ${v.factor ?? 5}× the plan's numbers${enMeant(v)}`}${more.withheld ? "; no forecast made" : ""})`,
  withheld: (y) => `${y === null ? "value" : `the ${y} value`} to be verified; no forecast made`,
  missingExplained: (note) => `explained: ${note}`,
  noTrend: (why) => EN_NO_TREND[why],
  rateGap: (value, side, target) => `${value === null ? "" : `${value} this year, `}${side === "below" ? "below" : side === "above" ? "above" : "short of"} the target ${target}`,
  typedMark: (typed) => `“${typed}” entered`,
  targetMiss: (m, target, unit) => (m.how === "floor" ? `below the target's floor of ${fmtNumber(m.bound)}${unitAfterNumber(unit)}` : m.how === "ceiling" ? `above the target's cap of ${fmtNumber(m.bound)}${unitAfterNumber(unit)}`
    : m.how === "band" ? `${m.side} the band that meets “${target}” (${rangeText(fmtNumber(m.band.low), fmtNumber(m.band.high), "en")})` : `short of the target ${target}`),
  doubtLine: (l) => `${l.name}${enAttribute(l.attribute)}: ${l.actual || "—"} in ${l.year}; ${l.doubtYear === null ? "the value" : `the ${l.doubtYear} value`} is to be verified, so no forecast is made and no warning judged until it is${l.responsibleUnit ? `; responsible unit: ${l.responsibleUnit}` : ""}`,
  warningSection: (f, e, yearly) => (f && e ? "Warnings, unlikely to be met and not achieved" : e ? `Not achieved ${yearly ? "in the yearly plan" : "at the end of the plan period"}` : "Warnings and indicators unlikely to be met"),
  yearTarget: (own, year, target, milestone) => `${own} (${year}${milestone ? " milestone" : ""} target; plan target ${target})`,
  revisions: (items) => {
    if (!items.length) return "";
    const years = new Set(items.flatMap((i) => i.revisions.map((r) => r.year)));
    const one = years.size === 1 ? [...years][0] : undefined;
    const change = (r: IndicatorRevision): string[] => REVISED_FIELDS.flatMap((f) => {
      const c = r[f];
      return c ? [`${f} from ${c.from || "—"} to ${c.to || "—"}${one === undefined ? ` (from ${r.year})` : ""}`] : [];
    }).concat(r.unit ? [`unit from ${r.unit.from || "—"} to ${r.unit.to || "—"}${one === undefined ? ` (from ${r.year})` : ""}`] : [])
      .concat(r.added ? [`added${one === undefined ? ` (from ${r.year})` : ""}`] : [])
      .concat(r.removed ? [`removed${one === undefined ? ` (not evaluated from ${r.year})` : " (no longer evaluated)"}`] : []);
    return `The plan was revised mid-term for ${englishCount(items.length, "indicator")}${one === undefined ? "" : ` (from ${one})`}: ${items.map((i) => `${i.name} ${i.revisions.flatMap(change).join(", ")}`).join("; ")}. `;
  },
  revisedValue: (value, field, revisions) => {
    const of = revisions.filter((r) => r[field]);
    const first = of[0]?.[field];
    return first ? `${value || "—"} (revised ${of.map((r) => r.year).join(", ")}, was ${first.from || "—"})` : value;
  },
  yearTargets: (year, items, before) => `${EN.yearTargetsHead(year, items.length, before)}: ${items.map((i) => `${i.name} ${i.own} (plan target ${i.target})`).join("; ")}`,
  milestoneTargets: (m, b, items) => `${EN.milestoneTargetsHead(m, b, items.length)}: ${items.map((i) => `${i.name} ${i.own} (plan target ${i.target})`).join("; ")}`,
  yearTargetsHead: (year, n, before) => `Graded by ${year}'s own targets (progress and ${ENGLISH_TERMS.序时进度} are against them${before ? "; a row meeting its year's target is on schedule, one already meeting next year's target ahead of schedule, one already meeting the plan's target achieved early" : ""}), ${n}`,
  milestoneTargetsHead: (m, b, n) => `Graded by the ${m} milestone targets (a year before ${m} without its own target is judged against the nearest, ${m}'s, with ${ENGLISH_TERMS.序时进度} from the ${b} baseline to ${m}; a row already meeting its ${m} target is ahead of schedule), ${n}`,
  judgedByYear: (heads) => (heads.length > 0 ? `Of the rows above: ${heads.join("; ")}. ` : ""),
};

/** The catalogue, by language. */
export const EVALUATION_WORDS: Record<Lang, EvaluationWords> = { zh: ZH, en: EN };
