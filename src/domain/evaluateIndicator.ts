import { directionInferred } from "./directionInferred";
import { approximateBackwards } from "./approximateBackwards";
import { ASSESS_CHOICES } from "./ASSESS_CHOICES";
import type { CellValue } from "./CellValue";
import { cellText, EMPTY, num } from "./CellValue";
import { checkActual } from "./checkActual";
import type { Bound } from "./Bound";
import { approxEq, ge, gt, le, lt } from "./compare";
import type { Issue } from "./Issue";
import { issuePlace } from "./issuePlace";
import { judgedByNumber } from "./judgedByNumber";
import type { IndicatorSpec } from "./IndicatorSpec";
import type { IndicatorResult } from "./IndicatorResult";
import { yearRule, satisfies } from "./yearRule";
import type { Direction } from "./Direction";
import { APPROX_LAGGING, APPROX_MET, JUMP_LIMITS, YEAR_PACE_LIMIT, type JumpLimit } from "./tolerances";
import { farFromPlan } from "./farFromPlan";
import { farOnRow } from "./farOnRow";
import { farSlipMeant } from "./farSlipMeant";
import { unitBounds } from "./unitBounds";
import { approximateBand } from "./approximateBand";
import { valueJump } from "./valueJump";
import { jumpFloor } from "./jumpFloor";
import { shownBeyond } from "./shownBeyond";
import type { Status } from "./Status";
import type { Target } from "./Target";
import { targetValue } from "./Target";
import { classifyUnit, detectUnit, type Unit, type UnitClass } from "./Unit";
import { planFigures, type PlanFigures } from "./PlanFigures";
import { parseTarget } from "./parseTarget";
import { bandStatus } from "./bandStatus";
import { statusLines } from "./statusLines";
import { compoundedFall } from "./compoundedFall";
import { negativeFall } from "./negativeFall";
import { fallAtEnd } from "./directionWords";
import { digitsApart } from "./digitsApart";

export interface EvaluationInput {
  spec: IndicatorSpec;
  year: number;
  /** year -> the cell's content */
  actuals: Readonly<Record<string, CellValue>>;
  /** year -> A1 reference, so issues name their cell */
  cells?: Readonly<Record<string, string>>;
  sheet?: string;
  /** a reviewer's status for a qualitative target (replaces `manual`) */
  assessment?: Status | null;
  /** the year-on-year limits per unit class (§8a; default JUMP_LIMITS, a rules file may override) */
  jumps?: Readonly<Record<UnitClass, JumpLimit>>;
  /**
   * the spec's PlanFigures as planFigures(spec, its unit) gives them, where the caller made them once for every
   * return of a template (checkGrid: issue 19); made here when absent
   */
  plan?: PlanFigures;
}

/** What checkActual is told of a row: its unit, name, plan numbers, year and cell. */
type CheckContext = Parameters<typeof checkActual>[1];

/** Whether a bound alone decides the condition: "met", "not_met" or null. */
function boundDecides(b: Bound, t: Target, dir: Direction | null): "met" | "not_met" | null {
  const v = targetValue(t);
  if (v === null) return null;
  const up = t.kind === "floor" || (t.kind === "point" && dir !== "down");
  const strictT = (t.kind === "floor" || t.kind === "ceiling") && t.strict;
  const lower = b.op === ">" || b.op === ">=";
  if (up) {
    // floor ≥v (or >v): a lower bound at or above v decides met; an upper bound below v decides not met
    if (lower && (gt(b.value, v) || (ge(b.value, v) && (b.op === ">" || !strictT)))) return "met";
    if (!lower && (lt(b.value, v) || (le(b.value, v) && (b.op === "<" || strictT)))) return "not_met";
    return null;
  }
  if (!lower && (lt(b.value, v) || (le(b.value, v) && (b.op === "<" || !strictT)))) return "met";
  if (lower && (gt(b.value, v) || (ge(b.value, v) && (b.op === ">" || strictT)))) return "not_met";
  return null;
}

/**
 * §8d–e (our extension): the cells of other years that the filer should look at. A value in a
 * later year's column (the year is not over: typed in the wrong column, and a roll-over would
 * carry it as that year's); an earlier year's value that is not a usable number (§2 applied to
 * that year's cell, as of that year, where that year's own check speaks of its value:
 * checkedInOwnYear; the evaluation's trend leaves the year out). Warnings, never
 * the status. A cumulative target with Y filled already checks every earlier year as part of its
 * sum, as errors (`cumulative` true).
 */
function otherYearIssues(input: EvaluationInput, ctx: CheckContext, cumulative: boolean): Issue[] {
  const out: Issue[] = [];
  const at = (y: number): Pick<Issue, "cell" | "sheet"> => issuePlace(input.cells?.[String(y)], input.sheet);
  for (const key of Object.keys(input.actuals)) {
    const c = input.actuals[key] ?? EMPTY;
    const y = Number(key);
    // a formula never calculated is a value that cannot be used (§8e), never a blank: it is said
    if (!Number.isInteger(y) || y === input.year || c.type === "empty") continue;
    if (y > input.year) {
      out.push({ code: "future_year_value", severity: "warning", ...at(y), received: cellText(c), params: { year: y, reporting: input.year } });
    } else if (!cumulative && y > input.spec.baselineYear && checkedInOwnYear(input.spec, y, ctx.unit)) {
      // its own year: a date there may be month.day typed while filling that year (9.5 → 9月5日)
      const yearCtx = { ...ctx, year: y, ...at(y) };
      const r = checkActual(c, yearCtx);
      const cumulativeYear = yearRule(input.spec, y, ctx.unit).target.kind === "cumulative";
      const refused = r.value === null ? r.issues.find((i) => i.severity === "error") : undefined;
      // the reason travels as its own code and facts (a suggestion too: the pane can offer the fix); a number typed as
      // text is offered as Y's would be (withFarSuggestions: 「11200」 in a 1.12 row read as its slip, 是否应为 1.12？)
      const why = refused === undefined ? undefined : withFarSuggestions([refused], input, yearCtx, cumulativeYear)[0] ?? refused;
      if (why) {
        out.push({
          code: "earlier_year_invalid", severity: "warning", ...at(y), received: why.received ?? cellText(c),
          ...(why.expected === undefined ? {} : { expected: why.expected }), ...(why.suggestion === undefined ? {} : { suggestion: why.suggestion }),
          // at or after T no trend or forecast is read (§6): `final` drops that clause from the message (trial41b F3)
          params: { ...why.params, year: y, reason: refused?.code ?? why.code, ...(input.year >= input.spec.targetYear ? { final: 1 } : {}) },
        });
      } else if (r.value !== null) {
        // §2a for that year, as its own check said it: a number typed with % in a row whose unit is not % (0.7% in a
        // 个百分点 row, stored 0.007) is used as stored, and said with check's offer of the number as shown; `year`
        // marks it as an earlier year's (valueToVerify leaves Y's grade to Y's own cell)
        const pct = r.issues.find((i) => i.code === "percent_style_unit");
        if (pct) out.push({ ...pct, params: { ...pct.params, year: y } });
        // §2 for that year (our reading): a percentage typed as a fraction below §2's error (0.035 for 3.5% in a 〔18〕 row),
        // asked again in each later year's check until corrected or explained, as §8f's far below would be (one question per cell)
        const fraction = r.issues.find((i) => i.code === "fraction_suspect");
        if (fraction) out.push({ ...fraction, params: { ...fraction.params, year: y } });
        // §8f for that year, as its own check said it (farIssue): the report's trend runs through the
        // value, so a trial's 2021 = 1234.5 against 45.3 → 70 gave 预计 2025 年 0.0 亿元 while check said nothing
        const far = fraction ? null : earlierFar(input, ctx, y, r.value);
        // the unit slip it most likely is (2400000 for 2400 公里, 0.26 for 2600), offered as §8f's Y's is (farSlipMeant),
        // unless §2a already offers the cell a number (one suggestion per cell, as farIssue)
        const meant = far && pct?.suggestion === undefined ? farSlipMeant(r.value, ctx.plan, cumulativeYear ? input.spec.targetYear - input.spec.baselineYear : undefined, ctx) : null;
        if (far) out.push({ code: "earlier_year_far", severity: "warning", ...at(y), received: String(r.value), ...(meant === null ? {} : { suggestion: meant }), params: { ...far, year: y } });
      }
    }
  }
  out.push(...earlierFallNegatives(input, ctx));
  return out.sort((a, b) => Number(a.params?.["year"]) - Number(b.params?.["year"]));
}

/**
 * §3a (our reading): an earlier year B+1 … Y−1 of a fall-rate row typed below 0 after positive years (negativeFall, the
 * rule's one home, asked of Y in Y's own check), asked on that year's cell with `year`, where that year's own check speaks
 * of its value (checkedInOwnYear); cumulative or not. Trial46a F3: 义乌市 单位GDP能源消耗降低 〔13.5〕 2021 = 3.0, 2022 = −1.5
 * went unasked in 2023 and its −1.5 into the sum and the forecast. A question, as Y's: never the status.
 */
function earlierFallNegatives(input: EvaluationInput, ctx: CheckContext): Issue[] {
  // only a fall-rate name is asked: the earlier cells are checked only then
  if (fallAtEnd(input.spec.name) === null) return [];
  const out: Issue[] = [];
  const before: number[] = [];
  for (const { year: y, checked } of earlierYears(input, ctx)) {
    const v = checked?.value;
    if (typeof v !== "number") continue;
    const flip = checkedInOwnYear(input.spec, y, ctx.unit) ? negativeFall(input.spec.name, v, before) : null;
    if (flip) out.push({ code: "fall_negative", severity: "warning", ...issuePlace(input.cells?.[String(y)], input.sheet), received: String(v), params: { ...flip, year: y } });
    before.push(v);
  }
  return out;
}

/**
 * §2's issue for a figure a words target's row cannot use as typed, as a warning: an approximate number (约60, 60左右:
 * checkActual's not_a_number with `approximate`) or a number typed as text (「78.6」: text_number, trial43a F7; the
 * report's trend leaves it out); undefined for any other value. A words target's row (§3, our reading): its status stays the reviewer's.
 */
function typedFigureIssue(raw: CellValue, ctx: Parameters<typeof checkActual>[1]): Issue | undefined {
  if (raw.type !== "string") return undefined;
  const found = checkActual(raw, ctx).issues.find((i) => (i.code === "not_a_number" && i.params?.["approximate"]) || i.code === "text_number");
  return found ? { ...found, severity: "warning" } : undefined;
}

/**
 * Whether year `y`'s own check speaks of the value typed for it (§8e: "an error by §2 as that year's
 * value"): a year judged by a number (§3), or one with no target on a row the plan judges by a number
 * elsewhere (§8g). Not a words target's year (nothing is said of its text) nor any year of a row the
 * plan never gives a number (全覆盖, `/` throughout): a trial's 2023 −3 and 「1,234」 there passed 2023's
 * check unsaid and were told 请改正 after rollover. The sheet's earlier-year mark reads the same
 * (indicatorSheet: the year's own op, and no unusable cell on a row never given a number).
 */
function checkedInOwnYear(spec: IndicatorSpec, y: number, unit: Unit): boolean {
  const kind = yearRule(spec, y, unit).target.kind;
  if (kind === "text" || kind === "compound") return false;
  return kind !== "none" || judgedByNumber(spec, unit);
}

/**
 * Whether a cumulative row's cell for Y looks like a running total rather than Y's own amount
 * (evaluation-rules §3, our reading: trial users typed 1,200 against 〔1200〕, and 230, 480, 740
 * for 230, 250, 260): the value is the whole period's target; or, with two or more earlier
 * years, every year adds at least half the first year's value to the one before (a running
 * total grows by a year's amount, yearly amounts by their growth). Then `amount` is what Y's
 * own amount would be (the value less the year before's). A warning: the sum is still counted.
 */
function runningTotal(value: number, earlier: readonly number[], target: number | null): { total: number; target?: number; amount?: number } | null {
  if (target !== null && target > 0 && approxEq(value, target)) return { total: value, target };
  if (earlier.length < 2 || !addsUp([...earlier, value])) return null;
  return { total: value, amount: amountOf([...earlier, value], earlier.length) };
}

/**
 * Whether a cumulative row's cell for Y is the running total typed once, in the latest year (§3, our
 * reading; a trial's 城镇新增就业 〔5500〕: 1269, 1206, 1244, then 4975 = those and 1256): every earlier
 * year B+1 … Y−1 filled with a usable number (`earlier` null otherwise), two or more, the value at
 * least their sum, and what is left (the value less the sum) a plausible year: within §8a's limit of
 * the earlier years' mean. The limit is the row's own when it is a share; a % or ‰ row's is in
 * points, made for levels, and a year's amount against the mean of amounts is a proportion, so the
 * amount class's share is used there (2.7, 0.1, then 3.0 leaves 0.2: a real small year, not said).
 * Then `amount` is what Y's own amount would be and `earlierSum` the sum it is taken from.
 */
function runningLatest(value: number, earlier: ReadonlyArray<{ year: number; value: number }> | null, jumps: Readonly<Record<UnitClass, JumpLimit>>, unit: Unit):
  { total: number; amount: number; earlierSum: number; from: number; to: number } | null {
  if (!earlier || earlier.length < 2) return null;
  const sum = Number(earlier.reduce((t, e) => t + e.value, 0).toPrecision(12));
  const mean = sum / earlier.length;
  const amount = Number((value - sum).toPrecision(12));
  if (!(mean > 0) || !(amount > 0)) return null;
  const own = jumps[unit.unitClass];
  if (valueJump(mean, amount, own.by === "share" ? own : jumps.amount)) return null;
  return { total: value, amount, earlierSum: sum, from: earlier[0]?.year ?? 0, to: earlier[earlier.length - 1]?.year ?? 0 };
}

/**
 * Whether a cumulative row's cell for Y is the year's level typed where its rise belongs (§3/§8, our
 * reading; a trial's 人均预期寿命 baseline 77.3, target 〔1〕 — the 纲要's five-year rise — filled 78.6,
 * 已达标 at >999% with nothing said, since §8f measures against 77.3): the value above the whole
 * period's total and yet within §8a's limit of the baseline level (the row's own limit: a level
 * against a level). Both, so a real big year (most of a total at once) is never said, nor a row whose
 * baseline is itself a period total (〔6564〕: `bv` null). Then `level` is the level before Y — the
 * baseline, replaced by an earlier cell that is itself such a level, and raised by each earlier rise
 * (a blank year adding nothing, as in §3's sum), `levelYear` the last year it is known for (B where
 * none is filled) — and `rise` the value less it: what Y's cell would hold.
 */
function levelTyped(value: number, bv: number | null, tv: number | null, baselineYear: number, earlier: readonly EarlierYear[], limit: JumpLimit):
  { baseline: number; target: number; times: number; level: number; levelYear: number; rise: number } | null {
  if (bv === null || !(bv > 0) || tv === null || !(tv > 0)) return null;
  const isLevel = (v: number): boolean => gt(v, tv) && !valueJump(bv, v, limit);
  if (!isLevel(value)) return null;
  let level = bv;
  let levelYear = baselineYear;
  for (const { year, checked } of earlier) {
    const v = checked?.value;
    if (typeof v === "number") {
      level = isLevel(v) ? v : level + v;
      levelYear = year;
    }
  }
  level = Number(level.toPrecision(12));
  return { baseline: bv, target: tv, times: Math.round((value / tv) * 10) / 10, level, levelYear, rise: Number((value - level).toPrecision(12)) };
}

/**
 * Whether one year's own amount of a cumulative row is far beyond the plan's pace (§3, our reading; a
 * trial's 单位GDP二氧化碳排放降低 〔17〕, baseline 〔18.5〕 — last period's total — filled 21.9 in the first
 * year, 18.5 + 3.4 carried on, and read 已达标 at 128.8% with nothing said): above YEAR_PACE_LIMIT years
 * of the even pace (the total ÷ the years it totals, `span`: a milestone's 〔18〕 in a 2021–2035 plan's 2025 column
 * totals 2021–2025, trial47b F2), or above the whole total where that is less. `period`, where the target is a
 * milestone's (its span not the plan's), names the years it totals.
 * `pace` and `times` say how far; where the baseline is itself a period total (`previousTotal`) and the
 * value less it leaves a year within the limit, `previous` and `amount` say what was probably meant.
 */
function overPace(value: number, tv: number | null, span: number, previousTotal: number | null, period?: { from: number; to: number }):
  { target: number; pace: number; times: number; previous?: number; amount?: number; from?: number; to?: number } | null {
  if (tv === null || !(tv > 0) || !(span > 0)) return null;
  const pace = tv / span;
  const limit = Math.min(tv, YEAR_PACE_LIMIT * pace);
  if (!gt(value, limit)) return null;
  const amount = previousTotal !== null && previousTotal > 0 ? Number((value - previousTotal).toPrecision(12)) : null;
  const meant = amount !== null && amount > 0 && !gt(amount, limit);
  return { target: tv, pace: Math.round(pace * 100) / 100, times: Math.round((value / pace) * 10) / 10, ...(meant && previousTotal !== null ? { previous: previousTotal, amount } : {}), ...(period ?? {}) };
}

/** The years a milestone's total covers (B+1 … `to`), where `to` is before the plan's target year; undefined for the plan's own period. */
function milestonePeriod(spec: IndicatorSpec, to: number): { from: number; to: number } | undefined {
  return to < spec.targetYear ? { from: spec.baselineYear + 1, to } : undefined;
}

/**
 * The earlier years B+1 … Y−1 of a cumulative row whose own cell is doubted, where Y's is not (§3, our
 * reading; a trial's 2027 return corrected to 3.5 was told "比 2026 年（21.9）减少 18.4 个百分点…请改正",
 * while 2026's 21.9 — last period's total carried on — went unsaid): a year's level (levelTyped) or an
 * amount far beyond the pace (overPace), each said on its own cell with `year`. Such a year's fall to Y
 * is no jump of Y's: the warning is the earlier year's.
 */
function earlierDoubts(earlier: readonly EarlierYear[], bv: number | null, tv: number | null, spec: IndicatorSpec, previousTotal: number | null, limit: JumpLimit,
  at: (y: number) => Pick<Issue, "cell" | "sheet">, to: number): Issue[] {
  const out: Issue[] = [];
  earlier.forEach(({ year, checked }, k) => {
    const v = checked?.value;
    if (typeof v !== "number") return;
    const level = levelTyped(v, bv, tv, spec.baselineYear, earlier.slice(0, k), limit);
    const over = level ? null : overPace(v, tv, to - spec.baselineYear, previousTotal, milestonePeriod(spec, to));
    if (level) out.push({ code: "level_typed", severity: "warning", ...at(year), received: String(v), params: { ...level, year } });
    else if (over) out.push({ code: "year_over_pace", severity: "warning", ...at(year), received: String(v), params: { ...over, year } });
  });
  return out;
}

/** Whether each value of `series` adds at least half the first (positive) value to the one before: a running total's shape (§3). */
function addsUp(series: readonly number[]): boolean {
  const first = series[0] ?? 0;
  if (first <= 0) return false;
  for (let i = 1; i < series.length; i++) if (!ge((series[i] ?? 0) - (series[i - 1] ?? 0), first / 2)) return false;
  return true;
}

/** The year's own amount a running total at index `i` of `series` stands for (it less the one before). */
function amountOf(series: readonly number[], i: number): number {
  return Number(((series[i] ?? 0) - (series[i - 1] ?? 0)).toPrecision(12));
}

/** An earlier year B+1 … Y−1 of a cumulative row (or of a fall rate, negativeFall): its cell as checked (§2), null when blank. */
interface EarlierYear { year: number; checked: ReturnType<typeof checkActual> | null }

/**
 * A cumulative row's earlier years as checked, once: its sum (§3) and a jump's running totals
 * (runningBefore) both read them.
 */
function earlierYears(input: EvaluationInput, ctx: CheckContext): EarlierYear[] {
  const out: EarlierYear[] = [];
  for (let y = input.spec.baselineYear + 1; y < input.year; y++) {
    const c = input.actuals[String(y)] ?? EMPTY;
    out.push({ year: y, checked: c.type === "empty" ? null : checkActual(c, { ...ctx, year: y, ...issuePlace(input.cells?.[String(y)], input.sheet) }) });
  }
  return out;
}

/**
 * The earlier years of a cumulative row that read as running totals when Y does not (§8a, our
 * reading; a manager's trial: 230, 480, 740 corrected to 230, 480, 260 in 2023 alone was told
 * 2023 fell 46% "请改正"): the years B+1 … Y−1 filled (a blank year adds nothing, as in the sum),
 * each with a usable number, two or more of them, adding up as §3's running total does, and Y
 * adding less than half the first one's value (Y breaks the run: a year's own amount). The years
 * after the first are the running totals (the first is its own amount either way), each with the
 * amount it stands for. Null otherwise.
 */
function runningBefore(earlier: readonly EarlierYear[], value: number): { years: number[]; totals: number[]; amounts: number[] } | null {
  const series: number[] = [];
  const filled: number[] = [];
  for (const { year: y, checked } of earlier) {
    if (checked === null) continue;
    if (checked.value === null) return null;
    series.push(checked.value);
    filled.push(y);
  }
  if (series.length < 2 || !addsUp(series) || addsUp([...series, value])) return null;
  const later = series.slice(1).map((_, i) => i + 1);
  return { years: later.map((i) => filled[i] ?? 0), totals: later.map((i) => series[i] ?? 0), amounts: later.map((i) => amountOf(series, i)) };
}

/**
 * §8a: Y's usable value against last year's cell of the same return, beyond the unit class's
 * limit, or null. `earlier`: a cumulative row's earlier years, whose running totals take a fall
 * as theirs (the warning then sits on the first of them).
 */
function jumpIssue(input: EvaluationInput, ctx: CheckContext, unit: Unit, value: number, earlier: readonly EarlierYear[] | null): Issue | null {
  const at = (y: number): Pick<Issue, "cell" | "sheet"> => issuePlace(input.cells?.[String(y)], input.sheet);
  const prevYear = input.year - 1;
  const cell = input.actuals[String(prevYear)] ?? EMPTY;
  const prev = cell.type === "empty" ? null : checkActual(cell, { ...ctx, ...at(prevYear) }).value;
  const limit = (input.jumps ?? JUMP_LIMITS)[unit.unitClass];
  // a count of days or events moves by one or two by chance: fewer than the floor is no jump (jumpFloor, §8a our reading)
  const jump = prev === null ? null : valueJump(prev, value, limit, jumpFloor(unit));
  if (!jump || prev === null) return null;
  // a fall after earlier years that add up is Y corrected and they not: the warning is theirs, on the first of them
  const before = jump.change < 0 && earlier ? runningBefore(earlier, value) : null;
  return {
    code: "value_jump", severity: "warning", ...at(before?.years[0] ?? input.year), received: String(value),
    params: {
      year: prevYear, previous: prev, change: shownBeyond(jump.change, limit.limit), limit: limit.limit, by: limit.by,
      // a change in points is said in the row's own (differenceInUnit): a ‰ row's 个千分点, not 个百分点
      ...(limit.by === "points" ? { unit: unit.symbol } : {}),
      ...(before ? { totalYears: before.years.join(","), totals: before.totals.join(","), amounts: before.amounts.join(",") } : {}),
    },
  };
}

/**
 * §8f (our reading) for an earlier year y's usable value: far beyond the plan as farIssue judges Y's
 * (never for a change name; on a year whose own target is cumulative, only above), or null.
 */
function earlierFar(input: EvaluationInput, ctx: CheckContext, y: number, value: number): ReturnType<typeof farFromPlan> {
  return farOnRow(value, ctx, () => yearRule(input.spec, y, ctx.unit).target.kind === "cumulative");
}

/**
 * §2's suggestions, each marked `params.suggestionFar` (the factor) and `suggestionSide` where §8f would
 * call the suggested value far from the plan (farIssue's reading): a trial's 「1,234.5」 in a 45.3 → 70 row
 * was offered 1234.5 with 应用 and in 全部修正, which check then flagged 17.6 × the plan.
 */
function withFarSuggestions(issues: readonly Issue[], input: EvaluationInput, ctx: CheckContext, cumulative: boolean): Issue[] {
  return issues.map((i) => {
    const far = suggestionFar(i.suggestion, ctx, cumulative);
    // a number typed as text that §8f would call far is offered as the slip check would offer once it was written (§2's
    // scale_suspect, else §8f's far_from_plan): 「11200」 in a 1.12 万人次 row gets 1.12, not 11200 (trial41d F1), marked
    // as that guess (params.reason, the slip's code)
    // (a fraction's ×100, params.fraction, is §2's own reading already, not the number read)
    const read = i.code === "text_number" && i.params?.["fraction"] === undefined ? i.suggestion : undefined;
    const factor = far["suggestionFar"];
    const slip = read !== undefined && factor !== undefined ? numberSlip(read, input, ctx, cumulative) : null;
    if (read !== undefined && factor !== undefined && slip?.suggestion !== undefined) {
      return { ...i, suggestion: slip.suggestion, params: { ...i.params, reason: slip.code, slipRead: read, readFar: factor, readSide: far["suggestionSide"] ?? "above" } };
    }
    return Object.keys(far).length === 0 ? i : { ...i, params: { ...i.params, ...far } };
  });
}

/** The slip check would offer for Y's cell holding the number `n` (§2's scale_suspect, else §8f's far_from_plan), or null. */
function numberSlip(n: number, input: EvaluationInput, ctx: CheckContext, cumulative: boolean): Issue | null {
  const said = checkActual(num(n), ctx).issues;
  const scale = said.find((x) => x.code === "scale_suspect" && x.suggestion !== undefined);
  return scale ?? farIssue(input, ctx, n, cumulative, said);
}

/**
 * withFarSuggestions' mark for one suggestion: `{ suggestionFar, suggestionSide }` where §8f would call
 * it far from the plan, else `{}`. Also for an earlier year's or an unjudged year's refused value (§8d–g):
 * a trial's 2021 「3,520」 in a 2.02 → 4.5 row was offered 3520 with no word of its distance.
 */
function suggestionFar(suggestion: number | undefined, ctx: CheckContext, cumulative: boolean): Record<string, string | number> {
  const far = suggestion === undefined ? null : farOnRow(suggestion, ctx, cumulative);
  return far ? { suggestionFar: far.factor, suggestionSide: far.side } : {};
}

/**
 * §8f: Y's usable value far beyond every number of the plan, or null: never below them on a
 * cumulative row (a cell is one year's share of a total; one year above 5× the whole total is
 * still a slip: a trial's 2500 against 〔12〕), nor on a change name (增长, 下降: near 0 or negative
 * is normal), nor where §2's scale slip (`scale_suspect`, among `said`: Y's cell's own issues) already
 * speaks. Where §2 already offers Y's cell a value (§2a's 3.1 for 3.1% in a 个 row), the slip is not
 * offered again: one suggestion per cell.
 */
function farIssue(input: EvaluationInput, ctx: CheckContext, value: number, cumulative: boolean, said: readonly Issue[]): Issue | null {
  // §2's scale slip, or its fraction asked (fraction_suspect: 0.045 in a 4.5 → 5.5 row is 1/100, not "far below"), speaks once
  if (said.some((i) => i.code === "scale_suspect" || i.code === "fraction_suspect")) return null;
  const far = farOnRow(value, ctx, cumulative);
  if (!far) return null;
  // a unit slip (2480500 m in a 2600 公里 row; 0.26 typed for 2600): the value ÷ or × 10^k the plan would not call far,
  // as 是否应为 2480.5？
  const offered = said.some((i) => i.suggestion !== undefined);
  const meant = offered ? null : farSlipMeant(value, ctx.plan, cumulative ? ctx.span : undefined, ctx);
  return { code: "far_from_plan", severity: "warning", ...issuePlace(input.cells?.[String(input.year)], input.sheet), received: String(value), ...(meant === null ? {} : { suggestion: meant }), params: far };
}

/**
 * §8g (our reading): Y's value where no target applies in Y (the plan left the year's own cell
 * empty or wrote `/`, or gave no target at all). §3 makes the row 不适用 and never judges it, but on
 * a row the plan judges by a number in another year or at the end, a value §2 refuses is said
 * (`unjudged_value_invalid`, params `year`, `reason`: the §2 code with its own params, `expected`,
 * `suggestion`), and a usable one gets §2's warnings (a scale slip) and §8a's jump. Warnings.
 */
function unjudgedValueIssues(input: EvaluationInput, ctx: CheckContext, unit: Unit, cumulative: boolean): Issue[] {
  const raw = input.actuals[String(input.year)] ?? EMPTY;
  if (raw.type === "empty") return [];
  // a row the plan never judges by a number (全覆盖, 全面完成省下达任务, `/` throughout) may be answered in words
  if (!judgedByNumber(input.spec, unit)) return [];
  const checked = checkActual(raw, ctx);
  if (checked.value !== null) {
    // §2's warnings (a scale slip: 2500 typed for 2.5), §8a's jump and §8f's distance from the plan
    const said = checked.issues.filter((i) => i.severity === "warning");
    const jump = jumpIssue(input, ctx, unit, checked.value, null);
    const far = farIssue(input, ctx, checked.value, cumulative, said);
    return [...said, ...(jump ? [jump] : []), ...(far ? [far] : [])];
  }
  const refused = checked.issues.find((i) => i.severity === "error");
  if (!refused) return [];
  // a number typed as text is offered as Y's and an earlier year's are (withFarSuggestions: 「1,234.5」 in a 45.3 → 70 row
  // read as its slip, 是否应为 123.45？); it was offered 1234.5 and then told 请先核对 of it; `reason` stays the §2 code
  const why = withFarSuggestions([refused], input, ctx, cumulative)[0] ?? refused;
  return [{
    code: "unjudged_value_invalid", severity: "warning", ...issuePlace(input.cells?.[String(input.year)], input.sheet), received: why.received ?? cellText(raw),
    ...(why.expected === undefined ? {} : { expected: why.expected }), ...(why.suggestion === undefined ? {} : { suggestion: why.suggestion }),
    params: { ...why.params, year: input.year, reason: refused.code },
  }];
}

/**
 * §3: the blank earlier years a cumulative total counts as 0, said once per row (`cumulative_gap` on the first
 * blank year's cell, `params.years` the years "2016,2017,2019"), never once a year (trial40 F6: M8 repeated
 * 「累计目标：2016 年未填报，按 0 计入累计」 for 2016, 2017, 2018 and 2019 before the row's real problem).
 */
function cumulativeGap(years: readonly number[], at: (y: number) => Pick<Issue, "cell" | "sheet">): Issue {
  return { code: "cumulative_gap", severity: "warning", ...at(years[0] ?? 0), params: { years: years.join(",") } };
}

/**
 * The status of one indicator for reporting year Y (evaluation-rules.md §3).
 * Never throws: every input, however malformed, comes back as a result.
 */
export function evaluateIndicator(input: EvaluationInput): IndicatorResult {
  const { spec, year } = input;
  const named = detectUnit(spec.name);
  // the template's unit wins over the name's (an import may have corrected it)
  const effUnit: Unit = spec.unit
    ? { symbol: spec.unit, unitClass: classifyUnit(spec.unit), inferred: false, bareName: named.bareName }
    : named;
  const issues: Issue[] = [];
  const at = (y: number): Pick<Issue, "cell" | "sheet"> => issuePlace(input.cells?.[String(y)], input.sheet);
  // said where a number is checked against the unit, first of the row's issues (not on a words-only,
  // compound or absent target: evaluation-rules §2, our reading); a unit left blank (an index has none) is
  // information, not a fault of the template's to report (isPlanFault, trial37c F4)
  const unitIssue: Issue | null = effUnit.inferred ? { code: "unit_inferred", severity: "warning", ...at(year), params: { unit: effUnit.symbol } }
    : effUnit.symbol === "" ? { code: "unit_unknown", severity: "info", ...at(year) } : null;

  const rule = yearRule(spec, year, effUnit);
  const applied = { text: rule.text, yearly: rule.yearly };
  const target = rule.target;
  const bv = rule.baseline;
  const dir = rule.direction;
  // 序时进度 s is the share of the way along a trajectory: a row with none (no baseline, a baseline already meeting the
  // target, a 左右 target judged by distance alone, §3) has no 序时 either, as it has no progress and no 序时应达; one
  // rule for check, the summary, the report and the pane (trial39a F3: 60.0% beside a blank 进度 in the summary and 附表)
  const timed = rule.trajectory && rule.target.kind !== "approximate";
  const due = timed ? rule.share : null;
  // 序时应达 at s = 1 is the target itself, and a strict one is to be passed, not reached (9 does not meet `<9`): said
  // with its operator, 「序时应达 <9」 (§3, our reading); on the line before, the figure itself is on track
  const dueStrict = rule.share >= 1 && (target.kind === "floor" || target.kind === "ceiling") && target.strict ? (target.kind === "floor" ? ">" : "<") : null;
  const result = (status: Status, extra: Partial<IndicatorResult> = {}): IndicatorResult => ({
    status, progress: null, expected: null, expectedValue: null, target, targetText: applied.text,
    direction: dir, directionBy: rule.directionBy, value: null, issues, ...extra,
    ...(dueStrict !== null && typeof extra.expectedValue === "number" ? { expectedStrict: dueStrict } : {}),
  });

  if (directionInferred(rule)) {
    // §3a rule 4: a point target below its baseline, read as lower-is-better only from the numbers
    issues.push({ code: "direction_inferred", severity: "warning", ...at(year), params: { direction: "down" } });
  }
  if (!applied.yearly && year <= spec.baselineYear) return result("not_applicable");
  // the checks on a number the plan does not judge in Y (no target that year, or none at all): the
  // value is still a person's figure, so §2's refusal and §8's warnings are said; the status is §3's
  // a cumulative row's cells hold one year's amount, also in a year without its own target (§2 scale slips)
  // a period total (〔15〕) whose yearly table gives Y its own amount, or `—` for Y
  const towardTotal = target.kind !== "cumulative" && parseTarget(spec.target, effUnit.symbol === "%").kind === "cumulative";
  const cumulative = target.kind === "cumulative" || (target.kind === "none" && towardTotal);
  // the plan's figures bound the row's values (unitBounds: a negative baseline opens the floor, an index % row the ceiling)
  const plan = input.plan ?? planFigures(spec, effUnit);
  const ctx = { unit: effUnit, name: spec.name, plan, ...(cumulative ? { span: spec.targetYear - spec.baselineYear } : {}), year, ...at(year) };
  if (target.kind === "none") {
    issues.push(...unjudgedValueIssues(input, ctx, effUnit, cumulative), ...otherYearIssues(input, ctx, false));
    return result("not_applicable");
  }
  if (target.kind === "text" || target.kind === "compound") {
    if (target.kind === "compound") issues.push({ code: "compound_target", severity: "warning", ...at(year), expected: applied.text });
    // §3 (our reading, trial34p Q4, trial43a F7): an approximate number (约60, 60左右) or a number typed as text (「78.6」) in a
    // row whose unit wants a number is said as a number row says it (the number offered), a warning: words are the reviewer's, a figure must be usable
    const approx = effUnit.symbol === "" ? undefined : typedFigureIssue(input.actuals[String(year)] ?? EMPTY, ctx);
    if (approx) issues.push(approx);
    const a = input.assessment;
    if (a && ASSESS_CHOICES.includes(a)) return result(a);
    // §3 (our reading): a words target still asks for the year's return; a blank cell with no
    // reviewer's word is 未填报, as in a number row, and only what was written waits for a person
    return result((input.actuals[String(year)] ?? EMPTY).type === "empty" ? "missing" : "manual");
  }

  if (unitIssue) issues.unshift(unitIssue);
  const raw = input.actuals[String(year)] ?? EMPTY;
  const checked = checkActual(raw, ctx);
  issues.push(...withFarSuggestions(checked.issues, input, ctx, target.kind === "cumulative"));
  // a cumulative row's sum checks its earlier years only once Y is filled: a blank Y (a new
  // year's return, just rolled over) still says an earlier year's unusable value
  issues.push(...otherYearIssues(input, ctx, target.kind === "cumulative" && raw.type !== "empty"));
  // 序时进度 is the year's share of the period, for a blank row as for any other number row with a trajectory (the
  // report's 附表 printed it for 数据异常 rows and "—" for 未填报, §3)
  // …and its 序时应达, the figure the value to be filled is judged against (trial42a F6: the 审核 sheet left it blank)
  if (raw.type === "empty") return result("missing", { expected: due, expectedValue: dueValue(timed, rule.share, bv, target) });
  const earlier = target.kind === "cumulative" ? earlierYears(input, ctx) : [];
  if (towardTotal && rule.yearly) {
    // a table of yearly amounts toward a period total (3 3 3 3 〔15〕): Y is judged on its own amount, but
    // the report's total and forecast sum the years, a blank one as 0: said here as in §3's sum (our reading)
    const gaps: number[] = [];
    for (let y = spec.baselineYear + 1; y < year; y++) if ((input.actuals[String(y)] ?? EMPTY).type === "empty") gaps.push(y);
    if (gaps.length > 0) issues.push(cumulativeGap(gaps, at));
  }
  if (checked.value !== null) {
    // §8a: this year's value against last year's cell in the same return (never the plan's
    // baseline: a plan's own first-year step is not the filer's to explain)
    const jump = jumpIssue(input, ctx, effUnit, checked.value, target.kind === "cumulative" ? earlier : null);
    if (jump) issues.push(jump);
    // §8f: far beyond every number of the plan (a cumulative row's cells are one year's share of a total,
    // a change name's values may be near 0 or negative, and a scale slip §2 names is said once)
    const far = farIssue(input, ctx, checked.value, target.kind === "cumulative", checked.issues);
    if (far) issues.push(far);
    // §3a (our reading): a fall rate typed negative after positive years, 「增长 -3.5%」 copied? asked, graded as typed
    if (checked.value < 0) {
      const before = (target.kind === "cumulative" ? earlier : earlierYears(input, ctx)).flatMap((e) => (typeof e.checked?.value === "number" ? [e.checked.value] : []));
      const flip = negativeFall(spec.name, checked.value, before);
      if (flip) issues.push({ code: "fall_negative", severity: "warning", ...at(year), received: String(checked.value), params: flip });
    }
  }

  const s = rule.share;
  // the year a target is for (a yearly target's own year, or the plan's last year and after: s = 1) asks for the target
  // itself, so a row not met there is never on track (§3, our reading: 9 against `<9` in 2025 of 2021–2025 read
  // 符合序时进度 100%/100% while the report said 未完成); the sheet's status formula reads the same (indicatorSheet)
  const ownYear = applied.yearly || year >= spec.targetYear;
  const tv = targetValue(target);
  // the straight line exists only with a trajectory: a baseline that already meets its floor
  // (入园率 99.2 against ≥99) is not due to fall to 99.08 this year; an approximate target
  // (5.5左右) is judged by its distance from the target alone, so it has no 序时应达 either (§3, our reading; its
  // trajectory is §6's forecast's, gradeIndicator). It rests on the
  // plan's figures alone, so a 数据异常 row has it too: the figure a corrected value is judged against (trial41a F6)
  const expectedValue = dueValue(timed, s, bv, target);

  let a = checked.value;
  // yearly falls of a rate compounded (§3, our reading), where the row is such a one and its cells are not doubted
  let compounded: ReturnType<typeof compoundedFall> = null;
  if (target.kind === "cumulative") {
    // each year's cell holds that year's amount: sum B+1 … Y
    let sum = 0;
    let bad = checked.value === null;
    const values: number[] = [];
    // the blank years are said once, in the place of the first among the earlier years' issues
    const gaps: number[] = [];
    let gapAt = -1;
    for (const { year: y, checked: r } of earlier) {
      if (r === null) {
        if (gapAt < 0) gapAt = issues.length;
        gaps.push(y);
        continue;
      }
      // an earlier year's error keeps its code and fix, and names its year and what it stops: the sum (params.sumYear); a
      // number typed as text is offered as Y's is (withFarSuggestions: its slip reading)
      // a fraction asked of an earlier year (fraction_suspect) names that year, as otherYearIssues does with Y blank
      issues.push(...withFarSuggestions(r.issues, input, ctx, true).map((i) => (i.severity === "error" ? { ...i, params: { ...i.params, sumYear: y } }
        : i.code === "fraction_suspect" ? { ...i, params: { ...i.params, year: y } } : i)));
      if (r.value === null) bad = true;
      else { sum += r.value; values.push(r.value); }
    }
    if (gapAt >= 0) issues.splice(gapAt, 0, cumulativeGap(gaps, at));
    // a value written as text (1,200) is judged as the number it would be once fixed: the fix is offered beside it
    const typed = checked.value ?? checked.issues.find((i) => i.code === "text_number" && typeof i.suggestion === "number")?.suggestion;
    // a doubt on that number is said with the text's fix, never as a value the cell holds (isDoubtOnFix, trial38 F2)
    const onFix = checked.value === null ? { onFix: 1 } : {};
    const jumps = input.jumps ?? JUMP_LIMITS;
    // every earlier year with a usable number, or null: the latest year's running total reads them all
    const filled = earlier.every((e) => typeof e.checked?.value === "number") ? earlier.map((e) => ({ year: e.year, value: e.checked?.value ?? 0 })) : null;
    // a level near the baseline is said as such, never as a running total (0.2, 0.3, 78.6 adds up too)
    const level = typeof typed === "number" ? levelTyped(typed, bv, targetValue(target), spec.baselineYear, earlier, jumps[effUnit.unitClass]) : null;
    if (level) issues.push({ code: "level_typed", severity: "warning", ...at(year), received: String(typed), params: { ...level, ...onFix } });
    const running = typeof typed === "number" && !level ? runningTotal(typed, values, targetValue(target)) ?? runningLatest(typed, filled, jumps, effUnit) : null;
    if (running) issues.push({ code: "running_total", severity: "warning", ...at(year), params: { ...running, ...onFix } });
    // a baseline written as last period's total (〔18.5〕): what a running total carried on would include
    const base = parseTarget(spec.baseline, effUnit.symbol === "%");
    const previousTotal = base.kind === "cumulative" ? targetValue(base) : null;
    // the even pace of the total Y is judged against, over its own years (a milestone's 2021–2025, trial47b F2)
    const over = typeof typed === "number" && !level && !running ? overPace(typed, targetValue(target), rule.for - spec.baselineYear, previousTotal, milestonePeriod(spec, rule.for)) : null;
    if (over) issues.push({ code: "year_over_pace", severity: "warning", ...at(year), received: String(typed), params: { ...over, ...onFix } });
    if (typeof typed === "number" && !level && !running && !over) {
      const doubts = earlierDoubts(earlier, bv, targetValue(target), spec, previousTotal, jumps[effUnit.unitClass], at, rule.for);
      // Y's fall from a doubted year is that year's slip corrected, said on its cell: not Y's jump
      const doubtedYears = new Set(doubts.map((d) => Number(d.params?.["year"])));
      const jumpAt = issues.findIndex((i) => i.code === "value_jump" && !i.params?.["totalYears"] && doubtedYears.has(Number(i.params?.["year"])));
      if (jumpAt >= 0) issues.splice(jumpAt, 1);
      issues.push(...doubts);
    }
    if (bad) return result("invalid", { expected: due, expectedValue });
    // a running total, a level or a year beyond the pace is no year's fall: nothing to compound
    const doubted = issues.some((i) => i.code === "level_typed" || i.code === "running_total" || i.code === "year_over_pace");
    if (checked.value !== null && !doubted) compounded = compoundedFall(spec.name, effUnit.symbol, [...values, checked.value]);
    a = sum + (checked.value ?? 0);
  }
  if (a === null) {
    if (checked.bound) {
      const d = boundDecides(checked.bound, target, dir);
      if (d) {
        const first = issues.find((i) => i.code === "bound_value");
        if (first) first.params = { ...first.params, decides: d };
      }
    }
    return result("invalid", { expected: due, expectedValue });
  }

  const base = { value: a, expected: due, expectedValue };

  if (target.kind === "approximate") {
    const tol = Math.abs(target.value);
    const diff = Math.abs(a - target.value);
    // §3 judges 左右 by distance alone; a value that moved from the baseline away from the target and the
    // row's better way (77.6 against 78.2 → 79左右) is 倒退 all the same: said, so nobody reads 已达标 as
    // progress (our reading; approximateBackwards says when, 失业率 5.1 against 5.4 → 5.5左右 is not)
    const backwards = bv !== null && approximateBackwards(a, bv, target.value, dir, spec.name);
    if (backwards) {
      issues.push({ code: "approximate_backwards", severity: "warning", ...at(year), received: String(a), expected: applied.text, params: { baseline: bv } });
    }
    const inBand = le(diff, APPROX_MET * tol);
    // outside the band, said with the band: a growth of 8.2 against 6左右 read 严重滞后 with no word why (§3); inside it
    // and off the target, said too: 3300 against 3600左右 in year 1 read 已达标 with no word why (our reading, trial36 tp F5)
    if (!backwards && tol > 0 && (!inBand || diff > 0)) {
      // the band as the unit allows it (a % rate's ends at 100: approximateBand, the importer's and the report's band too)
      const met = approximateBand(target.value, unitBounds(effUnit, spec.name, plan));
      issues.push({
        code: inBand ? "approximate_within" : "approximate_outside", severity: "info", ...at(year), received: String(a), expected: applied.text,
        // how far off, in the row's own unit (4.2 个千分点): a share of the target read as the target or as points
        // (a trial's 「-1.2 低于目标 140%」 on a ‰ row, evaluation-rules §3, our reading)
        params: { low: met.low, high: met.high, met: APPROX_MET * 100, lagging: APPROX_LAGGING * 100, distance: Number(diff.toPrecision(12)), unit: effUnit.symbol, side: a > target.value ? "above" : "below" },
      });
    }
    if (inBand) return result("met", base);
    return result(le(diff, APPROX_LAGGING * tol) ? "lagging" : "severe", base);
  }
  if (tv === null) return result("manual", base);
  if (compounded !== null) {
    const fall = compoundedFallIssue(a, compounded, tv);
    if (fall) issues.push(fall);
  }
  if (satisfies(a, target, dir)) return result("met", { ...base, progress: target.kind === "cumulative" || rule.trajectory ? trajectory(a, bv, tv, target) : null });

  if (target.kind === "cumulative") {
    const p = tv === 0 ? null : a / tv;
    return grade(p, s, ownYear, base);
  }
  if (bv === null) {
    issues.push({ code: "no_baseline", severity: "info", ...at(year), received: spec.baseline });
    return result("lagging", base);
  }
  if (!rule.trajectory) {
    // a baseline on a strict bound (99 against >99) does not satisfy it: said as the bound, not as met (trial29c)
    const onBound = !satisfies(bv, target, dir);
    issues.push({ code: "no_trajectory", severity: "info", ...at(year), received: spec.baseline, expected: applied.text, ...(onBound ? { params: { onBound: 1 } } : {}) });
    return result("lagging", base);
  }
  const graded = grade((a - bv) / (tv - bv), s, ownYear, base);
  // a value on a strict bound (95 against `>95`) before the bound's year: p = 1 ≥ s, so on track, and "progress 100%"
  // beside a status that is not 已达标 reads as a mistake; said, the status unchanged (§3, our reading, trial47c F2).
  // At the bound's year the row is 滞后 and flagReason says the miss (当年 95，未达到目标 >95).
  if (graded.status === "on_track" && (target.kind === "floor" || target.kind === "ceiling") && target.strict && approxEq(a, target.value)) {
    issues.push({ code: "strict_bound_equal", severity: "info", ...at(year), received: String(a), expected: applied.text, params: { bound: target.value, side: target.kind } });
  }
  return graded;

  /**
   * §3, our reading: the sum's status stands (the contract), but where the years' falls compounded would
   * tell another outcome — one of the two totals meets the target and the other does not — the row says so, with
   * both totals and both statuses; `final` where the sum meets the target at or after T and the product does not.
   * A difference of the pace's band alone (符合序时进度 against 滞后 before T, 滞后 against 严重滞后) is not said:
   * the two totals differ by a second-order amount, so it happens only to a row sitting on a band's line, and
   * it changes neither whether the target is met nor, at T, the report's 未完成.
   */
  function compoundedFallIssue(sum: number, c: { total: number; word: string }, tv: number): Issue | null {
    const statusOf = (x: number): Status => (satisfies(x, target, dir) ? "met" : tv === 0 ? "lagging" : bandStatus(x / tv, s, ownYear, spec.bands));
    const bySum = statusOf(sum);
    const byProduct = statusOf(c.total);
    if ((bySum === "met") === (byProduct === "met")) return null;
    // shown to one decimal, or the fewest more that keep it off the target it is said to miss
    const d = digitsApart(c.total, tv, 1);
    const shown = d === null ? Number(c.total.toPrecision(12)) : Number(c.total.toFixed(d));
    const final = year >= spec.targetYear && bySum === "met";
    return {
      code: "compounded_fall", severity: "warning", ...at(year), received: String(Number(sum.toPrecision(12))), expected: applied.text,
      params: { word: c.word, compounded: shown, sum: Number(sum.toPrecision(12)), target: tv, from: spec.baselineYear + 1, to: year, status: byProduct, sumStatus: bySum, ...(final ? { final: 1 } : {}) },
    };
  }

  function grade(p: number | null, share: number, yearly: boolean, extra: Partial<IndicatorResult>): IndicatorResult {
    if (p === null) return result("lagging", extra);
    const withP = { ...extra, progress: p, lines: statusLines(share, yearly, spec.bands) };
    return result(bandStatus(p, share, yearly, spec.bands), withP);
  }
}

function trajectory(a: number, bv: number | null, tv: number, t: Target): number | null {
  if (t.kind === "cumulative") return tv === 0 ? null : a / tv;
  if (bv === null || tv === bv) return null;
  return (a - bv) / (tv - bv);
}

/**
 * 序时应达 (§3): the value the year should have reached on the straight line from the baseline `bv` (`s` the year's share
 * of the period), or for a cumulative target the running total due (s × the total); null without a trajectory (`timed`
 * false: no baseline, one already meeting the target, a 左右 target) or a target value. The same units as the target.
 */
function dueValue(timed: boolean, s: number, bv: number | null, target: Target): number | null {
  const tv = targetValue(target);
  return !timed || tv === null ? null : target.kind === "cumulative" ? s * tv : bv !== null ? bv + s * (tv - bv) : null;
}
