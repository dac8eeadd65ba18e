import { EMPTY, num, type CellValue } from "./CellValue";
import { approxEq, ge } from "./compare";
import { AHEAD_MARGIN } from "./tolerances";
import { evaluateIndicator, type EvaluationInput } from "./evaluateIndicator";
import { forecastDecimals } from "./forecastDecimals";
import type { LeftOut } from "./evaluationText";
import type { Grade } from "./Grade";
import type { IndicatorResult } from "./IndicatorResult";
import type { IndicatorSpec } from "./IndicatorSpec";
import { indicatorUnit } from "./indicatorUnit";
import { leastSquaresAt } from "./leastSquaresAt";
import { runningTotalReading } from "./runningTotalReading";
import type { NotGradedReason } from "./NotGradedReason";
import type { Status } from "./Status";
import { targetValue, type Target } from "./Target";
import { unitBounds } from "./unitBounds";
import { planFigures } from "./PlanFigures";
import type { Issue } from "./Issue";
import { ungradedDoubt } from "./ungradedDoubt";
import { valueToVerify, type ValueToVerify } from "./valueToVerify";
import { yearRule } from "./yearRule";

/**
 * A value against a strict target it equals yet does not meet (pace.unmet: 80 against >80): the value,
 * the target's number and `difference` (value − target, in the unit; 0 there), said beside the pace (§6, our reading).
 */
export interface RateGap {
  value: number;
  target: number;
  difference: number;
}

/** One indicator graded for an evaluation report (evaluation-rules.md §6). */
export interface IndicatorGrade {
  /** the §3 result for the reporting year: the same status `check` gives */
  result: IndicatorResult;
  /**
   * the total a cumulative row is graded on where its cell for Y looks like a running total
   * (runningTotalReading: the cell itself, or the earlier years' sum), not the sum `result.value`
   * (§6, our reading); absent otherwise. The grade, forecast and pace read it.
   */
  basis?: number;
  /** the progress p the grade reads: `result.progress`, or the basis's where there is one */
  progress: number | null;
  grade: Grade;
  /**
   * for `not_graded`: the status that prevents grading (missing, invalid, manual, not_applicable), or
   * `scale_suspect` (a value over 1000× beyond the plan's numbers, §2's or §8f's: 数值待核实, whatever its status; isScaleSlip)
   */
  reason: NotGradedReason | null;
  /** the reporting year has its own target (a yearly-target table) */
  yearly: boolean;
  /**
   * the later milestone the year is judged against, where it has none of its own (2025 for 2023 of a 2021–2035 plan with a
   * 2025 column: §3 yearly targets, our reading, trial47b F3); absent where it is judged against its own or the final target
   */
  milestone?: number;
  cumulative: boolean;
  /** the final target (the one for the target year T) and its value */
  finalTarget: Target;
  finalValue: number | null;
  baselineValue: number | null;
  /**
   * a cumulative target's running total B+1…Y as the report quotes it (累计), null otherwise or where
   * Y's value is not usable: the engine's sum, or, where Y has its own target (a table of yearly
   * amounts, 3 3 3 3 〔15〕, whose status reads Y's own amount), the sum of the years' amounts
   */
  total: number | null;
  /**
   * years B+1…Y whose value is a number: the year's actual, or the running sum for a cumulative target; for a words or
   * compound target (no number judged) the cell's number as typed, shown in the 附表's year columns and trend only
   */
  series: Array<{ year: number; value: number }>;
  /**
   * years B+1…Y−1 whose cell holds something that is not a valid number (§2): left out of the
   * series, with the error that keeps each out, so the report can say so rather than drop it;
   * before T only, where a trend is read (at or after T none is, §6: trial41b F3)
   */
  leftOut: LeftOut[];
  /**
   * F at T and whether F meets the final target (预计可完成); nulls where no forecast is made.
   * `decimals`, with F: how many it is shown with (forecastDecimals: the target's digits, and more
   * where fewer would read as the other side of the target); forecastNumber writes it.
   * A row already met before T (提前实现) is always 预计可完成; where its line would leave the target
   * by T, no F is stated and `hold` keeps the line's value: 已达标，按目前趋势需保持 (§6, our reading).
   * `basis`, where F (or `hold`) is made: `years`, how many reported years it reads (the line's years B+1…Y with a
   * number; a cumulative average's Y − B, a blank year counted as 0 as §3's sum counts it); one year alone
   * (the plan's first year: the line through the baseline and that year) is said 趋势仅供参考 (forecastOnOneYear).
   */
  forecast: { value: number | null; meets: boolean | null; decimals?: number; hold?: number; withheld?: "verify"; basis?: ForecastBasis };
  /**
   * years B+1…Y whose value the tool itself doubts (§8f far_from_plan, §2 scale_suspect, with no 说明
   * keeping it: ~1/10 of the plan, 100× it; and Y's 左右 value 倒退, §3 approximate_backwards, which the report
   * names 数值待核实 as well), each with why (valueToVerify): no forecast, pace or 预警
   * rests on them, and `forecast.withheld` is "verify" before T (§6, our reading); absent where none,
   * and on a row not graded (its reason already withholds all three)
   */
  doubted?: Array<{ year: number; verify: ValueToVerify }>;
  /**
   * per year, in the indicator's unit: needed from now to T, and achieved from B to Y; `latest`:
   * the last step of the series (from the year before Y that has a number, or the baseline, to Y),
   * per year, so the report can say a trend is slowing when the average alone would read as enough
   * (the forecast is a least-squares line, not the average: §6, our reading); null for a cumulative target.
   * `plan`: the baseline and final target as written, whose precision the paces are written with (planDecimals).
   * `gaps`: a cumulative pace so far, the years B+1…Y−1 left blank and so counted as 0 in it (§3's sum), said
   * wherever that pace is (§6, our reading); absent where none.
   * `unmet`: Y's value (a cumulative row's total) equal to a strict final target it must pass (80 against
   * `>80`, 9.5 against `<9.5`): `needed` is 0, yet the target is not met, so no one may read 需年均无变化
   * (§6, our reading); difference 0, in the unit; absent otherwise
   */
  pace: { needed: number | null; achieved: number | null; latest: { from: number; to: number; value: number } | null; plan?: readonly string[]; gaps?: number[]; unmet?: RateGap };
  /**
   * a cumulative row 数据异常 because an earlier year's value cannot be used: those years (check's params.sumYear, 累计数无法计算),
   * named where the report says why the row is not graded (trial47b F4); absent otherwise
   */
  sumStopped?: number[];
  /**
   * a cumulative row 未填报 in Y whose running total of the earlier years already meets the final target (a blank year adds
   * nothing, §3): the last such year and its total. Its status stays 未填报, but no 预警 can come of it (§6, our reading;
   * trial47b F5); absent otherwise
   */
  metEarlier?: { year: number; total: number };
}

/** What a forecast reads (IndicatorGrade.forecast.basis): how many reported years (§6, our reading). */
export interface ForecastBasis {
  years: number;
}

const NOT_GRADED: ReadonlySet<Status> = new Set(["missing", "invalid", "manual", "not_applicable"]);

/** How a row is graded beyond its cells. */
export interface GradeOptions {
  /** the row's 说明 is not empty: it keeps §8f's far_from_plan (explainWarnings), so a far value is relied on */
  explained?: boolean;
}

/**
 * Grades one indicator for reporting year Y, forecasts it to the plan's target year T and gives
 * the pace (evaluation-rules.md §6). The status, progress and direction are the engine's
 * (evaluateIndicator, §3/§3a): whether a value meets a target is always asked of the engine, so
 * a change to direction rules flows into grades and forecasts. Never throws.
 */
export function gradeIndicator(input: EvaluationInput, options: GradeOptions = {}): IndicatorGrade {
  const { spec, year } = input;
  const T = spec.targetYear;
  const B = spec.baselineYear;
  const unit = indicatorUnit(spec);
  const result = evaluateIndicator(input);
  // a cumulative row whose cell for Y looks like a running total is graded on the cautious reading
  // (the cell as the total so far, or without a cell that equals the whole target), never on a sum
  // that may count years twice; check's status stays the sum's (§3, §6 our reading)
  const reading = NOT_GRADED.has(result.status) ? null : runningTotalReading(result.issues, result.value);
  const basis = reading?.basis ?? null;
  const judged = basis === null ? result : evaluateIndicator({ spec, year, actuals: { [String(year)]: num(basis) } });
  const ruleY = yearRule(spec, year, unit);
  const ruleT = yearRule(spec, T, unit);
  const cumulative = ruleT.target.kind === "cumulative" || ruleY.target.kind === "cumulative";
  const finalValue = targetValue(ruleT.target);
  const bv = ruleT.baseline;
  const a = judged.value;

  /** Whether the engine judges value v met in year y (a cumulative v is the running total). */
  const metAt = (y: number, v: number): boolean => {
    const judge = (x: number): Status => evaluateIndicator({ spec, year: y, actuals: { [String(y)]: num(x) } }).status;
    const s = judge(v);
    if (s !== "invalid") return s === "met";
    // a trend line can run past what the unit allows (a rate below 0): judge it at the bound
    const b = unitBounds(unit, spec.name, planFigures(spec, unit));
    const c = Math.min(b.hi, Math.max(b.lo, v));
    return c !== v && judge(c) === "met";
  };

  // a value the tool doubts (far beyond the plan, unexplained; Y's 左右 value 倒退, which the report names 数值待核实 too,
  // trial39a F2): no trend is read through it (§6, our reading). check says 倒退 of Y alone, so an earlier year is not doubted for it
  const doubtOf = (issues: readonly Issue[], own: boolean): ValueToVerify | null => valueToVerify(issues.filter((i) => i.code === "scale_suspect" || ((i.code === "far_from_plan" || i.code === "fraction_suspect") && !options.explained) || (own && i.code === "approximate_backwards")));
  const doubted: NonNullable<IndicatorGrade["doubted"]> = [];
  // the series: each year's value as the engine reads it (an invalid or missing year is left out)
  const series: IndicatorGrade["series"] = [];
  const leftOut: LeftOut[] = [];
  for (let y = B + 1; y <= Math.min(year, T); y++) {
    // read as running totals, each earlier cell is the total so far: its own value, not a sum of them
    // (not where only Y's cell is the running total: the earlier cells are their own amounts, summed)
    const at = y === year ? result : reading && !reading.copied && !reading.latest ? evaluateIndicator({ spec, year: y, actuals: { [String(y)]: input.actuals[String(y)] ?? EMPTY } }) : evaluateIndicator({ ...input, year: y });
    // a words or compound target judges no number, yet a unit may answer it in numbers (与经济增长基本同步: 6.5, 6.8, 6.1):
    // the years' numbers as typed, so the 附表's year columns and trend show them (trial39a F5); no forecast or pace reads them
    const v = at.target.kind === "text" || at.target.kind === "compound" ? typedNumber(input.actuals[String(y)]) : y === year ? a : at.value;
    const doubt = doubtOf(at.issues, y === year);
    if (doubt && v !== null) doubted.push({ year: y, verify: doubt });
    if (v !== null && Number.isFinite(v)) series.push({ year: y, value: v });
    else if (y < year && year < T) {
      // at or after T no trend is read (§6): an earlier year's unusable value changes nothing said (trial41b F3)
      // the year's own cell judged alone (a cumulative year after a bad one is not itself bad)
      const raw = input.actuals[String(y)];
      if (raw === undefined || raw.type === "empty") continue;
      const own = evaluateIndicator({ spec, year: y, actuals: { [String(y)]: raw }, ...(input.cells ? { cells: input.cells } : {}), ...(input.sheet ? { sheet: input.sheet } : {}) });
      const issue = own.issues.find((i) => i.severity === "error");
      if (issue) leftOut.push({ year: y, issue });
    }
  }

  // a cumulative row whose year Y has its own target (3 3 3 3 〔15〕, each year's amount): check judges
  // Y's own amount, but the period's total is the sum B+1…Y, a blank year adding nothing as in §3's
  // sum; the forecast, the pace and 提前实现 read that total, never Y's amount alone (§6, our reading)
  const ownYear = cumulative && ruleY.target.kind !== "cumulative";
  const amounts = ownYear && a !== null ? yearAmounts(spec, input, B, year) : null;
  let soFar = a;
  if (amounts) {
    // the series is the running total, as a cumulative row's always is (the trend band runs through it)
    soFar = 0;
    const sums: IndicatorGrade["series"] = [];
    for (const p of amounts) sums.push({ year: p.year, value: (soFar += p.value) });
    series.splice(0, series.length, ...sums);
  }
  const total = !cumulative ? null : ownYear ? soFar : result.value;
  // the blank years a cumulative pace so far counts as 0 (§3: a blank year adds nothing), said with it
  const gaps: number[] = [];
  if (cumulative) for (let y = B + 1; y < Math.min(year, T + 1); y++) if ((input.actuals[String(y)] ?? EMPTY).type === "empty") gaps.push(y);

  const grade = gradeOf();
  function gradeOf(): { grade: Grade; reason: NotGradedReason | null } {
    const st = judged.status;
    if (NOT_GRADED.has(st)) return { grade: "not_graded", reason: st };
    // a value 1000× off (likely a smaller unit) is no ground for 提前实现 or 滞后: the paragraph's counts,
    // the 分领域 line and the 附表 all read this one grade, 未能评估（数值待核实）; so is a level typed in a
    // cumulative row, a year far beyond the pace, and at T a running total whose readings disagree
    // (ungradedDoubt, which the summary's 评估报告不予评估 list asks too; §6, our reading)
    // yearly falls whose sum and product disagree at T doubt the plan's method, not a value (§6, our reading)
    const doubt = ungradedDoubt(input, result, options.explained);
    if (doubt) return { grade: "not_graded", reason: doubt.code === "compounded_fall" ? "method_to_verify" : "scale_suspect" };
    if (st === "lagging" || st === "severe") return { grade: "behind", reason: null };
    // a reviewer's 符合序时进度 for a words-only target at or after T: 序时进度 is then the whole
    // target, so it is reached (evaluation-rules §6, our reading), never 未完成
    const assessed = result.target.kind === "text" || result.target.kind === "compound";
    if (assessed && st === "on_track" && year >= T) return { grade: "achieved", reason: null };
    if (ruleY.yearly && year < T) {
      // yearly-target tables: early = the final target already met; ahead = next year's target met
      if (st !== "met" || a === null || soFar === null) return { grade: "on_schedule", reason: null };
      if (metAt(T, soFar)) return { grade: "early", reason: null };
      const next = yearRule(spec, year + 1, unit);
      if (next.yearly && targetValue(next.target) !== null && metAt(year + 1, a)) return { grade: "ahead", reason: null };
      return { grade: "on_schedule", reason: null };
    }
    // a year judged against a later milestone (2023 against a 2021–2035 plan's 2025 column, §3 our reading, trial47b F3):
    // the milestone met is 快于预期, as a yearly table's next year's target met; 提前实现 is the final target's alone
    if (st === "met" && ruleY.for < T && !(a !== null && soFar !== null && metAt(T, soFar))) return { grade: "ahead", reason: null };
    if (st === "met") return { grade: year >= T ? "achieved" : "early", reason: null };
    const p = judged.progress, s = judged.expected;
    return { grade: p !== null && s !== null && ge(p, s + AHEAD_MARGIN) ? "ahead" : "on_schedule", reason: null };
  }

  let forecast: IndicatorGrade["forecast"] = { value: null, meets: null };
  // a value the tool doubts (2.35 for 23.5) is no ground for a line: the trial's 森林覆盖率 read 预计 0.0%,
  // a 预警 (§6, our reading); said as 数值待核实，未作预测 instead
  const doubts = grade.reason === null && doubted.length > 0;
  if (doubts && year < T) forecast = { value: null, meets: null, withheld: "verify" };
  // a row not graded (数据异常, 未填报, …) is not forecast either: the report would quote its
  // unusable value as the year's actual and then predict it met (a user's report)
  if (year < T && year > B && ruleT.trajectory && finalValue !== null && grade.reason === null && !doubts) {
    let f: number | null = null;
    if (cumulative) {
      if (soFar !== null) f = soFar + (soFar / (year - B)) * (T - year);
    } else if (bv !== null && series.length > 0) {
      f = leastSquaresAt([{ x: B, y: bv }, ...series.map((p) => ({ x: p.year, y: p.value }))], T);
    }
    // a trend runs on past what the unit allows (a coverage rate to 100.6%): the forecast stops at the bound
    if (f !== null && Number.isFinite(f)) {
      const b = unitBounds(unit, spec.name, planFigures(spec, unit));
      f = Math.min(b.hi, Math.max(b.lo, f));
    }
    if (f !== null && Number.isFinite(f)) {
      const meets = metAt(T, f);
      // the years it reads: in the plan's first year one, the line through the baseline and that year (§6), said 仅供参考
      const basis: ForecastBasis = { years: cumulative ? year - B : series.length };
      if (meets) forecast = { value: f, meets, decimals: forecastDecimals(f, ruleT.target.text, meets, (v) => metAt(T, v), spec.baseline, finalValue), basis };
      // a row already met before T (提前实现) is 预计可完成: a line that leaves the target by T is a
      // reason to hold it (`hold`), never a 预计难以完成 or a 预警 beside its own 已达标 (§6, our reading)
      else if (grade.grade === "early") forecast = { value: null, meets: true, hold: f, basis };
      else forecast = { value: f, meets, decimals: forecastDecimals(f, ruleT.target.text, meets, (v) => metAt(T, v), spec.baseline, finalValue), basis };
    }
  }

  const pace: IndicatorGrade["pace"] = { needed: null, achieved: null, latest: null, plan: [spec.baseline, ruleT.target.text] };
  // a row not graded has no pace either (a value 1000× off would need a pace of minus itself)
  if (a !== null && soFar !== null && grade.reason === null && !doubts) {
    if (year < T && finalValue !== null) {
      pace.needed = (finalValue - soFar) / (T - year);
      // on a strict bound (80 against >80) the pace is 0 though the target is not met: said as such (§6, our reading)
      if (approxEq(soFar, finalValue) && !metAt(T, soFar)) pace.unmet = { value: soFar, target: finalValue, difference: soFar - finalValue };
    }
    if (year > B) {
      if (cumulative) pace.achieved = soFar / (year - B);
      else if (bv !== null) pace.achieved = (a - bv) / (year - B);
      const before = [...(bv === null ? [] : [{ year: B, value: bv }]), ...series.filter((p) => p.year < year)].pop();
      if (cumulative && gaps.length > 0) pace.gaps = gaps;
      if (!cumulative && before && year <= T) pace.latest = { from: before.year, to: year, value: (a - before.value) / (year - before.year) };
    }
  }

  // the earlier years whose unusable value stops the sum (check's 累计数无法计算), said with the row's 数据异常
  const sumStopped = [...new Set(result.issues.filter((i) => i.severity === "error" && i.params?.["sumYear"] !== undefined).map((i) => Number(i.params?.["sumYear"])))].sort((x, y) => x - y);
  // Y blank on a total already passed by the earlier years (none unusable, so their sum is known; the series their running
  // totals, not a table of yearly amounts): no 预警 can come of it before T
  const last = series.filter((p) => p.year < year).pop();
  const metEarlier = ruleY.target.kind === "cumulative" && grade.reason === "missing" && year < T && leftOut.length === 0 && last !== undefined && metAt(T, last.value) ? { year: last.year, total: last.value } : null;

  // a row left ungraded on its running total reads neither total: no basis, no progress
  const unsettled = reading !== null && grade.reason === "scale_suspect";
  return {
    result, ...(basis === null || unsettled ? {} : { basis }), progress: unsettled ? null : judged.progress, grade: grade.grade, reason: grade.reason, yearly: ruleY.yearly,
    ...(!ruleY.yearly && ruleY.for < T ? { milestone: ruleY.for } : {}), cumulative,
    finalTarget: ruleT.target, finalValue, baselineValue: bv, total, series, leftOut, forecast, pace, ...(doubts ? { doubted } : {}),
    ...(sumStopped.length > 0 ? { sumStopped } : {}), ...(metEarlier ? { metEarlier } : {}),
  };
}

/** A cell's number as typed (a number cell not in a percent style), else null: a words target's answer in numbers. */
function typedNumber(c: CellValue | undefined): number | null {
  return c?.type === "number" && !c.percentStyle && Number.isFinite(c.value) ? c.value : null;
}

/**
 * A cumulative row's yearly amounts B+1…Y, for a table whose yearly targets are the years' own
 * amounts: each year's cell read as the period target reads it (a usable number; a blank or invalid
 * cell adds nothing, the invalid being named as left out).
 */
function yearAmounts(spec: IndicatorSpec, input: EvaluationInput, B: number, year: number): Array<{ year: number; value: number }> {
  // the period's cumulative target alone, so each cell is read as one year's amount of it
  const period: IndicatorSpec = { name: spec.name, unit: spec.unit, baseline: spec.baseline, baselineYear: spec.baselineYear, targetYear: spec.targetYear, ...(spec.target === undefined ? {} : { target: spec.target }), ...(spec.direction ? { direction: spec.direction } : {}) };
  const out: Array<{ year: number; value: number }> = [];
  for (let y = B + 1; y <= year; y++) {
    const raw = input.actuals[String(y)];
    if (raw === undefined || raw.type === "empty") continue;
    const v = evaluateIndicator({ spec: period, year: y, actuals: { [String(y)]: raw } }).value;
    if (v !== null && Number.isFinite(v)) out.push({ year: y, value: v });
  }
  return out;
}
