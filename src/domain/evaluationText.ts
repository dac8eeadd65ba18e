import { isYearlyPlan } from "./isYearlyPlan";
import { targetWithUnit } from "./targetWithUnit";
import type { Lang } from "./describeIssue";
import { BINDING } from "./BINDING";
import type { Breach } from "./breachOf";
import { describeIssue } from "./describeIssue";
import { EVALUATION_WORDS, type EvaluationWords, type PaceTurn } from "./evaluationWords";
import { fmtNumber } from "./fmtNumber";
import { forecastNumber } from "./forecastNumber";
import { emptyGradeCounts, type Grade } from "./Grade";
import type { Issue } from "./Issue";
import { nameInText } from "./nameInText";
import { pacePairNumber } from "./pacePairNumber";
import { unitAfterNumber } from "./unitAfterNumber";
import { NOT_GRADED_REASONS, type NotGradedReason } from "./NotGradedReason";
import type { Status } from "./Status";
import { warningKind } from "./warningKind";
import { warningUnjudged } from "./warningUnjudged";
import type { ValueToVerify } from "./valueToVerify";
import type { ForecastBasis, RateGap } from "./gradeIndicator";
import { forecastOnOneYear } from "./forecastOnOneYear";
import type { Target } from "./Target";
import type { IndicatorRevision } from "./IndicatorRevision";
import type { RemovedIndicator } from "./RemovedIndicator";
import type { CopiedYear } from "./CopiedYear";
import type { TargetMiss } from "./targetMiss";
import { slipOf } from "./slipOf";
import { massSlip } from "./massSlip";
import { MASS_SLIP_WORDS } from "./MASS_SLIP_WORDS";
import { UNCALCULATED_REPORT_WORDS } from "./UNCALCULATED_REPORT_WORDS";
import { isUncalculated } from "./isUncalculated";

/** A value of an earlier year left out of the trend: its year and the error that keeps it out (§2). */
export interface LeftOut {
  year: number;
  issue: Issue;
}

/** What the paragraph needs of a graded indicator. */
export interface TextItem {
  name: string;
  /** 约束性 / 预期性, where the plan says */
  attribute?: string | null | undefined;
  /** the unit symbol, for the pace ("%" is said in 个百分点) */
  unit: string;
  grade: Grade;
  /** for not_graded: what keeps it from a grade (未填报, 数据异常, …, 数值待核实), counted in the paragraph */
  reason?: NotGradedReason | null | undefined;
  cumulative: boolean;
  /** `value`: F at T, said against the target in the 预计难以完成 list, with `decimals` (forecastNumber); `withheld`: none made on a doubted value */
  forecast: { meets: boolean | null; value?: number | null | undefined; decimals?: number | undefined; withheld?: "verify" | undefined; basis?: ForecastBasis | undefined };
  /** years whose value the tool doubts (IndicatorGrade.doubted): named among the values to verify, the first earlier one where Y's own is not */
  doubted?: ReadonlyArray<{ year: number; verify: ValueToVerify }> | undefined;
  /** `plan`: the baseline and target as written; the paces are written with their precision (paceNumber) */
  pace: { needed: number | null; achieved: number | null; latest?: { from: number; to: number; value: number } | null | undefined; plan?: readonly string[] | undefined; gaps?: readonly number[] | undefined; unmet?: RateGap | undefined };
  /** the item's own plan's target year, where it differs from the paragraph's (plans ending in different years) */
  targetYear?: number | undefined;
  /** the item's plan's baseline year: a plan of one year (isYearlyPlan) is said as a 年度计划 */
  baselineYear?: number | undefined;
  /** the reporting year's value (a cumulative target's running total), and the final target as written: said of what is not achieved at T */
  actual?: string | undefined;
  /** a cumulative target: the reporting year's own amount as entered, said beside the running total */
  own?: string | undefined;
  target?: string | undefined;
  responsibleUnit?: string | null | undefined;
  /** not met in Y with no trend to forecast (breachOf): a binding one is a 预警, said after the forecast */
  breach?: Breach | null | undefined;
  /** a qualitative target graded by a reviewer's 人工评估: said where its value would be, when no words were entered */
  assessment?: Status | null | undefined;
  /** graded by a 人工评估 conclusion the reviewer has not confirmed (trial35 X1): counted, and named once after the values to verify */
  assessmentToConfirm?: boolean | undefined;
  /** earlier years whose value is not a valid number, left out of the trend */
  leftOut?: readonly LeftOut[] | undefined;
  /** of a cumulative row 数据异常 for them (IndicatorGrade.sumStopped): the earlier years whose value stops its total, said as such, not as left out of the trend */
  sumStopped?: readonly number[] | undefined;
  /** a binding cumulative row 未填报 whose earlier years' total already meets the target (IndicatorGrade.metEarlier): no 预警 can come of it */
  metEarlier?: { year: number; total: number } | undefined;
  /** the reporting year's value is to be verified (valueToVerify): said once in the opening, and after the value wherever it is quoted */
  verify?: ValueToVerify | null | undefined;
  /** the reporting year's value is not a valid number (§2, an error in check): quoted as typed and marked, never as a figure */
  invalid?: boolean | undefined;
  /**
   * that value is a number stored as text (slipOf: text_number): where such cells are most of the return's problems
   * (massSlip), they are said in one sentence with the earlier years' (trial44b F6)
   */
  textValue?: boolean | undefined;
  /**
   * the row's sheet was never calculated (check's formulas_uncalculated, sheet/uncalculatedSheet): its formulas with no result,
   * the year's and the earlier years', are said in one sentence for the return, not a clause each
   */
  uncalculatedSheet?: boolean | undefined;
  /** the row's target or baseline revised mid-term (IndicatorRevision, oldest first): said once, after the opening count */
  revisions?: readonly IndicatorRevision[] | undefined;
  /** how far its progress is behind 序时进度 (expected − progress, a share; null where either is unknown): a brief paragraph names the furthest behind */
  lag?: number | null | undefined;
  /**
   * off its 左右 target's band on the side its direction prefers (targetMiss `better`: a growth of 8.2 against `6左右`): off target,
   * not short of it, so a brief list names it among the most serious only where nothing else is listed (trial34 C1)
   */
  pastBand?: boolean | undefined;
  /**
   * graded by its year's own target (`milestone` false) or a later milestone's (true) of year `year`, not the plan's (yearOwnTarget):
   * said after the counts with how a met row is graded there (trial47d F1: 基本符合预期 5 项 beside check's 已达标 5)
   */
  judgedBy?: { year: number; milestone: boolean; baselineYear: number } | undefined;
  /** off its 左右 target's band (targetMiss `band`): the 未完成 list says the side and the band in place of the bare target (trial34 C1) */
  miss?: TargetMiss | undefined;
}

/** How many rows a brief paragraph names of each list (the 预警 section gives every one). */
export const BRIEF_NAMED = 3;

/**
 * The `n` rows a brief list names (evaluation-rules §6, our reading: the most serious): binding first, then the
 * furthest behind 序时进度 (`lag`, unknown last), otherwise in the table's order. A row past its 左右 band on its
 * better side (`pastBand`: a growth above `6左右`) is named only where the list holds nothing else (trial34 C1).
 */
export function mostSerious<T extends Pick<TextItem, "attribute" | "lag" | "pastBand">>(items: readonly T[], n = BRIEF_NAMED): T[] {
  const lag = (i: T): number => i.lag ?? Number.NEGATIVE_INFINITY;
  const short = items.filter((i) => !i.pastBand);
  return [...(short.length > 0 ? short : items)].sort((a, b) => Number(b.attribute === BINDING) - Number(a.attribute === BINDING) || (lag(a) === lag(b) ? 0 : lag(b) > lag(a) ? 1 : -1)).slice(0, n);
}

// kept importable from here, as before
export { BINDING } from "./BINDING";

/** Binding (约束性) first, otherwise in the table's order (a stable sort). */
export function bindingFirst<T extends { attribute?: string | null | undefined }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(b.attribute === BINDING) - Number(a.attribute === BINDING));
}

// where the report's numbers are written (kept importable from here, as before)
export { fmtNumber } from "./fmtNumber";

/**
 * The pace of an indicator forecast not to meet its target, inner words without brackets, or null
 * (evaluation-rules.md §6, our reading). The forecast is a least-squares line, the pace a simple
 * average, so the two can disagree: the pair "需年均 n，此前年均 a" is said only where it explains
 * the forecast (a short of n, in n's direction, as both are printed; a cumulative forecast is the average itself). Where
 * the average is enough but the line is not, the last step is said when it falls short (增势放缓, 降势放缓,
 * 转为回升, …: paceTurn);
 * otherwise nothing, and the forecast F against the target stands alone. A row past its 左右 band on the side its
 * direction prefers (`pastBand`, trial40a: 非化石能源占比 31.5 against `28左右` from 25.3 was told 需年均降低 1.2 个百分点)
 * is given none either: a pace toward the band would ask it to go back on the plan's own direction; the band is said
 * where its miss is (rowMiss).
 */
export function paceClause(i: Pick<TextItem, "unit" | "cumulative" | "pace"> & Partial<Pick<TextItem, "pastBand">>, lang: Lang = "zh"): string | null {
  const { needed, achieved, latest } = i.pace;
  // a value on a strict bound (80 against >80) needs 0 a year yet misses: no 需年均无变化; F against the target says it
  if (needed === null || i.pace.unmet || i.pastBand) return null;
  const w = EVALUATION_WORDS[lang];
  // the pair is written with the decimals that tell it apart, and judged as so written (pacePairNumber)
  const fmt = paceNumber(i.pace.plan, [needed, achieved]);
  const say = (v: number): string => w.paceValue(v, i.unit, i.cumulative, fmt);
  // v short of the needed pace, in its direction, as the two are printed: paces that print alike
  // (−0.002 and −0.0019999…) cannot explain a miss, so they are not quoted as if they did
  const printed = (v: number): number => Number(fmt(v));
  const short = (v: number): boolean => (needed > 0 ? printed(v) < printed(needed) : needed < 0 ? printed(v) > printed(needed) : false);
  if (achieved === null) return w.pace(say(needed), null);
  if (i.cumulative) return w.pace(say(needed), say(achieved)) + gapsClause(i.pace, lang);
  if (short(achieved)) return w.pace(say(needed), say(achieved));
  if (latest && short(latest.value)) return w.paceSlowing(say(needed), say(achieved), say(latest.value), latest.from, latest.to, paceTurn(needed, printed(latest.value)));
  return null;
}

/**
 * "；2021—2023 年未填报，按 0 计入累计": the blank years a cumulative pace so far counts as 0 (pace.gaps),
 * said wherever that pace is (§6, our reading: a miss read off blank years must say so), or "".
 */
export function gapsClause(pace: Pick<TextItem["pace"], "gaps">, lang: Lang = "zh"): string {
  return pace.gaps && pace.gaps.length > 0 ? EVALUATION_WORDS[lang].gapsAfterPace(pace.gaps) : "";
}

/** How a last step `latest` (as printed) falls short of the pace `needed`: slowed in its direction, turned the other way, or stalled. */
function paceTurn(needed: number, latest: number): PaceTurn {
  if (latest === 0) return "stalled";
  if (latest > 0) return needed > 0 ? "rise_slowing" : "turned_up";
  return needed < 0 ? "fall_slowing" : "turned_down";
}

/**
 * How a yearly change (a pace) is written: to the plan's own precision where the plan is given
 * (planDecimals: the baseline's and target's decimals, at least two significant digits; 5280, 0.0075,
 * 1.3), rounded as decimalFixed rounds, no trailing zeros, and with the decimals that tell apart the
 * paces said with it (`pair`: needed and achieved, pacePairNumber: 2.95 and 3.03, never 3 and 3); as
 * fmtNumber writes a number otherwise.
 */
export function paceNumber(plan: readonly string[] | undefined, pair: readonly (number | null)[] = []): (v: number) => string {
  if (!plan) return fmtNumber;
  return pacePairNumber(plan, pair);
}

/**
 * A value's gap to a target it misses (IndicatorGrade.pace.unmet; §6, our reading): "当年 6.2%，低于目标 7%" (`lead` false: "低于目标 7%", after a value already said). The
 * target is its number with the unit, a 左右 one as written with the unit (targetWithUnit: "6%左右"), and one the value
 * equals but a strict bound excludes as written, with the unit ("未达到目标 >7%").
 */
export function rateGapWords(gap: RateGap, target: Target, unit: string, lang: Lang = "zh", lead = true): string {
  const side = gap.difference < 0 ? "below" : gap.difference > 0 ? "above" : "short";
  const shown = side === "short" || target.kind === "approximate" ? targetWithUnit(target.text, unit) : withUnit(fmtNumber(gap.target), unit);
  return EVALUATION_WORDS[lang].rateGap(lead ? withUnit(fmtNumber(gap.value), unit) : null, side, shown);
}

/** paceClause in brackets: "（需年均提高 0.34 个百分点，此前年均提高 0.15 个百分点）", or "". */
export function paceWords(i: Pick<TextItem, "unit" | "cumulative" | "pace"> & Partial<Pick<TextItem, "pastBand">>, lang: Lang = "zh"): string {
  const c = paceClause(i, lang);
  return c === null ? "" : EVALUATION_WORDS[lang].bracket(c);
}

/** A value with its unit as the report writes it: 95%, 5.2万人; a ratio (比, or a dash for none: unitText) has none; text typed in the cell (12万, 约3.2) as typed. */
export function withUnit(value: string, unit: string): string {
  // a value shown as typed may carry its unit, or part of it, already (95% in a % row; 12万 in a 万人次 row read 12万万人次)
  return value === "" || !PLAIN_NUMBER.test(value) ? value : `${value}${unitAfterNumber(unit)}`;
}

/**
 * The reporting year's value as the report states it, in every section (§6): a value check finds
 * invalid (§2) quoted as typed and marked (“约3.2”（数据异常，未采用）), since with the unit appended
 * "3,520" or "约3.2" would read as a figure the grades used; otherwise with its unit (withUnit;
 * `unit` "" where a column gives it) and, for a value to verify, its caveat.
 */
export function statedValue(value: string, unit: string, marks: { invalid?: boolean | undefined; verify?: ValueToVerify | null | undefined }, lang: Lang = "zh"): string {
  if (value === "") return "";
  const w = EVALUATION_WORDS[lang];
  if (marks.invalid) return w.invalidValue(value);
  return withUnit(value, unit) + (marks.verify ? w.verify(marks.verify) : "");
}

/** A number as the report prints one (11500, 37.01, -0.5, 1,234): the only values the unit is appended to. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * The report's paragraph (evaluation-rules.md §6), in the form reviews use:
 * "规划确定主要指标 N 项（约束性 a 项、预期性 b 项）。截至 Y 年，提前实现 x 项，… 未能评估 v 项（未填报 m 项、…）。
 * 按目前趋势，预计到 T 年难以完成 k 项：…（预计 T 年 F，目标 …；需年均提高 …，此前年均提高 …）。"
 * Every count is counted from `items`, so it equals the table's; binding indicators are named
 * first in every list; names are quoted without a sub-indicator's "其中：" (nameInText).
 * 未能评估 gives its reasons by status where every such item has one; a return with nothing entered
 * for Y (every item's `actual` "" and not graded) says so instead of grades at 0 (our reading).
 * Each 预计难以完成 item gives its forecast against the target and the pace only where it explains
 * the forecast (paceClause, our reading).
 * Once every item's plan has ended (Y ≥ T), only 已实现 / 未完成 / 未能评估 are counted, then the
 * list of what is not achieved (our reading). `targetYear` null: the items' plans end in different
 * years (said as 规划期末); the six grades are kept and a plan ended by Y adds, per target year, what
 * is not achieved at its end. Earlier years left out of the trend (not a valid number) are named last.
 * `copied`: the sheets whose year's values look copied from the year before (§8h, check's previous_year_copied), each
 * said in one sentence after the values to verify (§6, our reading); the grades are not changed by it.
 * The words come from the zh/en catalogue (evaluationWords); Chinese is the report's.
 * `removed`: the indicators a mid-term revision removed (RemovedIndicator), named in the revisions sentence after the rows'
 * own revisions (trial35 M9).
 * `brief`: the Word report's 总体评估, whose 预警 section (titled `brief.section`) follows and gives every row: each list
 * of rows not achieved, forecast to miss or breached is said by its count and the BRIEF_NAMED most serious names
 * (mostSerious), pointing to that section, instead of every row with its figures again (trial29c F14); several lists point
 * to it once, after the last (trial 31).
 */
export function evaluationText(items: readonly TextItem[], year: number, targetYear: number | null, lang: Lang = "zh", copied: readonly CopiedYear[] = [], brief?: { section: string }, removed: ReadonlyArray<Pick<RemovedIndicator, "name" | "revisions">> = [], seeAll?: string): string {
  const w = EVALUATION_WORDS[lang];
  // the lists of rows (each worded by `say` from its items) and the sentences between them, in order: a list is said in
  // full (each row's words, `full`) or briefly (its most serious names), once all are known, since the brief form points
  // to the section that gives each row once, after the last list (two lists said it twice in a row: trial 31)
  const said: Array<string | { rows: readonly TextItem[]; full: (i: TextItem) => string; say: (items: string[]) => string }> = [];
  const named = items.map((i) => ({ ...i, name: nameInText(i.name) }));
  const counts = emptyGradeCounts();
  for (const i of named) counts[i.grade]++;
  const binding = named.filter((i) => i.attribute === BINDING).length;
  const expected = named.filter((i) => i.attribute === "预期性").length;
  const other = named.length - binding - expected;
  const attributes = w.attributes(binding, expected, other);
  const names = (xs: readonly TextItem[]): string[] => bindingFirst(xs).map((i) => i.name);
  const endOf = (i: TextItem): number | null => i.targetYear ?? targetYear;
  const ended = (i: TextItem): boolean => { const t = endOf(i); return t !== null && year >= t; };
  // the plans ending in t are yearly plans (isYearlyPlan): said as 年度计划, not 规划期末
  const yearlyEnd = (t: number): boolean => {
    const those = named.filter((i) => endOf(i) === t);
    return those.length > 0 && those.every((i) => i.baselineYear !== undefined && isYearlyPlan(i.baselineYear, t));
  };
  // a value far beyond the plan keeps its grade (§6 grades by value) but is never quoted without its caveat
  const stated = (i: TextItem): string => statedValue(i.actual ?? "", i.unit, i, lang);
  // a row whose forecast is withheld on a doubted value says so here, and names the earlier year where that is the one doubted
  const verifyName = (i: TextItem): string => {
    const earlier = i.verify ? undefined : i.doubted?.[0];
    const v = i.verify ?? earlier?.verify;
    return v ? w.verifyName(i.name, v, { year: earlier?.year ?? i.verify?.year, withheld: i.forecast.withheld === "verify" }) : i.name;
  };
  // yearly falls whose sum and product disagree doubt the plan's method, not the values: said apart (§3 compounded_fall)
  const method = (i: TextItem): boolean => i.verify?.code === "compounded_fall";
  const doubtedRows = bindingFirst(named.filter((i) => i.verify || (i.doubted ?? []).length > 0));
  const toVerify = w.toVerify(doubtedRows.filter((i) => !method(i)).map(verifyName)) + w.methodToVerify(doubtedRows.filter(method).map(verifyName));
  // a sheet whose values look copied from the year before (§8h): said with the values to verify, the grades unchanged
  // a 人工评估 conclusion nobody confirmed is counted as the sheet shows it, and said so (§3, our reading, trial35 X1)
  const toConfirm = w.assessmentsToConfirm(names(named.filter((i) => i.assessmentToConfirm)));
  const doubts = toVerify + toConfirm + copied.map((c) => w.copiedYear(c)).join("");
  const endItem = (i: TextItem): string => w.endItem({
    name: i.name, year, actual: stated(i), cumulative: i.cumulative, own: withUnit(i.own ?? "", i.unit), target: i.target ?? "", responsibleUnit: i.responsibleUnit ?? null, assessment: i.assessment ?? null,
    // a total that counts blank years as 0 says so beside it, with no pace at T to carry it (§6, our reading)
    ...(i.cumulative && i.pace.gaps ? { gaps: i.pace.gaps } : {}),
    ...(i.miss ? { miss: i.miss } : {}),
  });

  // why rows are not graded, by status, when every one says (the table's 说明 gives the same)
  const notGraded = named.filter((i) => i.grade === "not_graded");
  const byStatus = notGraded.every((i) => i.reason)
    ? NOT_GRADED_REASONS.map((st) => [st, notGraded.filter((i) => i.reason === st).length] as [NotGradedReason, number]).filter(([, n]) => n > 0)
    : [];
  const why = w.notGradedWhy(byStatus);
  const notGradedPart = w.gradeCount("not_graded", counts.not_graded) + why;
  // a binding row not graded has no 预警 to read: said so after the counts, never left to read as none (warningUnjudged,
  // trial38 F1); a return with nothing entered says it too, as the county table's 预警 cell does (trial38b F4)
  const unjudged = bindingFirst(named.filter((i) => warningUnjudged(i) !== null));
  const unjudgedBy = NOT_GRADED_REASONS.map((st) => [st, unjudged.filter((i) => warningUnjudged(i) === st).length] as [NotGradedReason, number]).filter(([, n]) => n > 0);
  // at or after T §6 knows 未完成, not 预警 (trial41b F3): 是否完成无法判断
  const passed = bindingFirst(named.filter((i) => i.attribute === BINDING && i.grade === "not_graded" && i.metEarlier));
  // …nor a binding row left blank whose earlier years' total already meets its target: no 预警 can come of it (trial47b F5)
  const bindingUnjudged = w.bindingUnjudged(unjudgedBy, names(unjudged), unjudged.length > 0 && unjudged.every((i) => ended(i)))
    + (passed.length > 0 ? w.metEarlier(year, passed.map((i) => w.metEarlierItem(i.name, i.metEarlier?.year ?? year, withUnit(fmtNumber(i.metEarlier?.total ?? 0), i.unit), i.target ?? ""))) : "");

  // a plan revised mid-term (中期调整) says what changed, once, after the count of its indicators
  // and the rows it removed (`removed`: no longer rows, so named after those it kept or added)
  const revised = w.revisions([...named.filter((i) => i.revisions?.length).map((i) => ({ name: i.name, revisions: i.revisions ?? [] })), ...removed.map((r) => ({ name: nameInText(r.name), revisions: r.revisions }))]);

  let text: string;
  // a return with no value at all for Y (every row blank): said as such, not as 21 rows of grades at 0
  const nothing = named.length > 0 && named.every((i) => i.actual === "" && i.grade === "not_graded");
  const allEnded = targetYear !== null && year >= targetYear;
  if (nothing) {
    text = w.opening(named.length, attributes, year, [], revised) + w.nothingEntered(year, named.length, why) + bindingUnjudged;
  } else if (allEnded) {
    // the plan's last year and after (§6, our reading): nothing can be early, ahead or on schedule any
    // more; a row is 已实现, 未完成 or 未能评估, the words of the 预警 list and the tables
    const misses = bindingFirst(named.filter((i) => i.grade !== "achieved" && i.grade !== "not_graded"));
    const missBinding = misses.filter((i) => i.attribute === BINDING).length;
    text = w.endOpening(named.length, attributes, targetYear, year, [
      w.gradeCount("achieved", counts.achieved), w.notAchievedCount(misses.length) + w.notAchievedBinding(missBinding), notGradedPart,
    ], yearlyEnd(targetYear), revised) + bindingUnjudged + doubts;
    if (misses.length > 0) said.push({ rows: misses, full: endItem, say: (xs) => w.endList(xs, misses.length) });
  } else {
    const parts: string[] = [];
    if (counts.achieved > 0) parts.push(w.gradeCount("achieved", counts.achieved));
    parts.push(w.gradeCount("early", counts.early), w.gradeCount("ahead", counts.ahead), w.gradeCount("on_schedule", counts.on_schedule));
    const behindBinding = named.filter((i) => i.grade === "behind" && i.attribute === BINDING);
    parts.push(w.gradeCount("behind", counts.behind) + w.behindBinding(behindBinding.length, names(behindBinding)));
    parts.push(notGradedPart);
    text = w.opening(named.length, attributes, year, parts, revised) + judgedByYear(named.filter((i) => !ended(i)), year, w) + bindingUnjudged + doubts;

    // plans (of several, ending in different years) whose period has ended by Y: what is not achieved at their end
    const endYears = [...new Set(named.filter(ended).map((i) => endOf(i) ?? year))].sort((a, b) => a - b);
    for (const t of endYears) {
      const graded = named.filter((i) => ended(i) && endOf(i) === t && i.grade !== "not_graded");
      const misses = bindingFirst(graded.filter((i) => i.grade !== "achieved"));
      if (misses.length > 0) said.push({ rows: misses, full: endItem, say: (xs) => w.endMisses(t, year, xs, yearlyEnd(t), misses.length) });
      else if (graded.length > 0) said.push(w.endAllMet(t, year, graded.length, yearlyEnd(t)));
    }

    // the rest: forecast to T (§6), each miss with its forecast F against the target
    const open = named.filter((i) => !ended(i));
    const misses = bindingFirst(open.filter((i) => i.forecast.meets === false));
    const forecastRows = open.filter((i) => i.forecast.meets !== null);
    const forecast = forecastRows.length;
    const end = w.forecastEnd(targetYear);
    // a forecast on one reported year (the plan's first: the line through the baseline and Y) is said 仅供参考 once:
    // in the lead where every forecast is so, else naming those that are, after the list (§6, our reading; trial36 N8)
    const single = forecastRows.filter((i) => forecastOnOneYear(i.forecast));
    const oneYear = single.length > 0 && single.length === forecast ? year : undefined;
    const missItem = (i: TextItem): string => {
      const f = i.forecast.value, t = endOf(i);
      if (f === undefined || f === null || t === null || i.target === undefined) return `${i.name}${paceWords(i, lang)}`;
      return w.forecastItem(i.name, w.forecastValue(t, withUnit(forecastNumber({ value: f, decimals: i.forecast.decimals }), i.unit), i.cumulative), i.target, paceClause(i, lang));
    };
    if (misses.length > 0) said.push({ rows: misses, full: missItem, say: (xs) => w.forecastMisses(end, xs, misses.length, oneYear) });
    else if (forecast > 0) said.push(w.forecastAllMet(end, forecast, oneYear));
    // 其中 only where every such row is in the 难以完成 list just said (trial47b F7)
    if (single.length > 0 && oneYear === undefined) said.push(w.oneYearSome(names(single), single.every((i) => misses.includes(i))));
    // binding rows not met in Y that no trend can be forecast for: 预警 too (our reading), said why
    const breached = open.filter((i) => warningKind(i, false) === "breached");
    if (breached.length > 0) said.push({ rows: breached, say: (xs) => w.breaches(year, xs, breached.length), full: (i) => w.breachItem({
      name: i.name, year, actual: stated(i), target: i.target ?? "", breach: i.breach ?? { how: "target", why: "no_trend" },
      assessment: i.assessment ?? null, responsibleUnit: i.responsibleUnit ?? null,
    }) });
  }
  const lists = said.filter((x) => typeof x !== "string").length;
  let left = lists;
  for (const x of said) {
    if (typeof x === "string") { text += x; continue; }
    if (!brief) { text += x.say(x.rows.map(x.full)); continue; }
    // one list says where its rows are given; several say it once, after the last
    text += x.say([w.briefList(x.rows.length, mostSerious(x.rows).map((i) => i.name), lists === 1 ? brief.section : null)]);
    if (--left === 0 && lists > 1) text += w.briefLists(brief.section);
  }

  // only rows before their T leave a year out (gradeIndicator): at or after T no trend or forecast is read (trial41b F3)
  // a cumulative row's year that stops its total (sumStopped) is no year left out of a trend: the row is not graded for it,
  // said in a sentence of its own, as check's 累计数无法计算 (trial47b F4)
  const all = bindingFirst(named).flatMap((i) => (i.leftOut ?? []).map((l) => ({ i, l, slip: slipOf(l.issue) })));
  // formulas with no result on a sheet nothing calculated (check said them once for the sheet): one sentence below, even
  // where such a year stops a total
  const unknown = (c: { i: TextItem; l: { issue: Issue } }): boolean => c.i.uncalculatedSheet === true && isUncalculated(c.l.issue);
  const stops = (c: (typeof all)[number]): boolean => c.i.grade === "not_graded" && (c.i.sumStopped ?? []).includes(c.l.year) && !unknown(c);
  const cells = all.filter((c) => !stops(c));
  const stopped = all.filter(stops).map(({ i, l }) => w.leftOutItem(i.name, l.year, describeIssue(l.issue, lang)));
  if (stopped.length > 0) text += w.sumStopped(stopped);
  // numbers stored as text being most of the return's problems (its year's invalid values and the years left out), they
  // are one sentence, not a clause each (trial44b F6: 96 clauses); the other years left out are listed as before
  const invalid = named.filter((i) => i.invalid);
  const mass = massSlip([...cells.map((c) => c.slip), ...invalid.map((i) => (i.textValue ? "text_number" as const : null))]);
  const leftOut = cells.filter((c) => (mass === null || c.slip !== mass.slip) && !unknown(c)).map(({ i, l }) => w.leftOutItem(i.name, l.year, describeIssue(l.issue, lang)));
  if (leftOut.length > 0) text += w.leftOut(leftOut);
  const uncalculated = { year, invalid: invalid.filter((i) => i.uncalculatedSheet).length, earlier: cells.filter(unknown).length };
  if (uncalculated.invalid + uncalculated.earlier > 0) text += UNCALCULATED_REPORT_WORDS[lang](uncalculated);
  if (mass) {
    const earlier = cells.length - cells.filter((c) => c.slip !== mass.slip).length;
    text += MASS_SLIP_WORDS[lang].report({ count: mass.count, all: mass.all, year, invalid: invalid.filter((i) => i.textValue).length, earlier, file: seeAll });
  }
  return text.trim();
}

/** The heads of the terminal's 按 … 目标评估 lines (yearTargetLine) for the open rows graded by a year's or a milestone's target, one sentence. */
function judgedByYear(items: readonly TextItem[], year: number, w: EvaluationWords): string {
  const groups = new Map<string, { j: NonNullable<TextItem["judgedBy"]>; n: number }>();
  for (const i of items) {
    if (!i.judgedBy) continue;
    const key = `${i.judgedBy.milestone ? "m" : "o"}${i.judgedBy.year}\u0000${i.judgedBy.milestone ? i.judgedBy.baselineYear : ""}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { j: i.judgedBy, n: 1 });
  }
  return w.judgedByYear([...groups.values()].map(({ j, n }) => (j.milestone ? w.milestoneTargetsHead(j.year, j.baselineYear, n) : w.yearTargetsHead(year, n, true))));
}
