import { SCALE_SLIP } from "./tolerances";
import { le } from "./compare";
import { noDataText } from "./noDataText";
import { unitText } from "./unitText";
import type { CellValue } from "./CellValue";
import { cellText } from "./CellValue";
import { cellAsText } from "./cellAsText";
import { typedText } from "./typedText";
import type { Issue } from "./Issue";
import { issuePlace } from "./issuePlace";
import { parseBound, type Bound } from "./Bound";
import { parseNumber } from "./parseNumber";
import { classifyUnit, type Unit, type UnitClass } from "./Unit";
import { dateText } from "./dateText";
import { numberWithWords } from "./numberWithWords";
import { bracketedNumber } from "./bracketedNumber";
import { sameUnit } from "./sameUnit";
import { isChangeName, OPEN_BOUND, unitBounds, withinBounds, type UnitBounds } from "./unitBounds";
import { fractionSlipApplies, largestReference } from "./fractionSlipApplies";
import { fractionSuspect } from "./fractionSuspect";
import { ratioToOne } from "./ratioToOne";
import { parseTarget } from "./parseTarget";
import type { PlanFigures } from "./PlanFigures";
import { farOnRow } from "./farOnRow";
import { unitFactor } from "./unitFactor";
import { normalizeText } from "./normalizeText";

export interface ActualContext {
  unit: Unit;
  /** the name, to tell a change (增长) or a per-capita ratio (每…, 人均) */
  name: string;
  /**
   * the plan's figures for this indicator (planFigures: its numbers, for the scale checks; its baseline and
   * direction, for the unit's range: a `%` row at 100 that is lower-is-better is an index, unitBounds); NO_PLAN: none
   */
  plan: PlanFigures;
  /**
   * the years the plan's numbers add up over: T − B for a cumulative target ([12] is a total, a yearly
   * cell one year's amount); absent for any other row. A scale slip's suggestion compares the value
   * with the numbers' yearly share.
   */
  span?: number;
  /**
   * the reporting year: a date in it or the next, in a date-formatted cell, may be a number typed as
   * month.day that the spreadsheet read as a date (1.4 became 1月4日); absent, no such hint is given
   */
  year?: number;
  cell?: string;
  sheet?: string;
}

export interface CheckedActual {
  /** the number to evaluate, or null when the cell is empty or cannot be used */
  value: number | null;
  issues: Issue[];
  /** set when the cell holds a bound such as `>96` */
  bound?: Bound;
}

/** A per-capita ratio or an average (每…, 人均, 平均): not a whole count, and not additive over counties. */
export const PER_CAPITA = /(^每|人均|每千|每万|每百|平均)/;

function where(ctx: ActualContext): Pick<Issue, "cell" | "sheet"> {
  return issuePlace(ctx.cell, ctx.sheet);
}

function unitRange(ctx: ActualContext, b: UnitBounds): string {
  // a row whose plan writes a negative number has no floor, an index % row no ceiling (unitBounds, §2 our readings)
  if (b.lo <= -OPEN_BOUND) return b.hi >= OPEN_BOUND ? "数值" : `≤ ${b.hi}`;
  if (b.hi >= OPEN_BOUND) return `${b.loStrict ? ">" : "≥"} ${b.lo}`;
  switch (ctx.unit.unitClass) {
    case "percent": return isChangeName(ctx.name) ? "数值" : "0–100";
    case "permille": return "0–1000";
    case "age": return "0–120";
    case "years": return "0–30";
    case "count": case "amount": return "≥ 0";
    default: return "数值";
  }
}

/**
 * Checks one entered value against its indicator's unit (evaluation-rules.md §2, §2a).
 * Errors make the value unusable; warnings keep it and tell the reviewer.
 */
export function checkActual(v: CellValue, ctx: ActualContext): CheckedActual {
  // a blank cell says nothing: decided before the row's range is put in words (most cells of a return are blank, issue 19)
  if (v.type === "empty") return { value: null, issues: [] };
  const at = where(ctx);
  // a row with no unit (or the dash a plan writes for none) expects 数值, never "— 数值" or "数值 数值"
  const bounds = unitBounds(ctx.unit, ctx.name, ctx.plan);
  // the row's range in words, made only where an issue says it: most values say nothing (issue 19)
  let words: string | undefined;
  const expected = (): string => (words ??= [unitText(ctx.unit.symbol), unitRange(ctx, bounds)].filter(Boolean).join(" "));
  switch (v.type) {
    case "error":
      // a formula's error result says it is a formula's, quoted where the reader kept it (trial44a F6: =A1*2 read as a bare #VALUE!)
      return { value: null, issues: [{ code: "formula_error", severity: "error", ...at, expected: expected(), received: v.code, ...(v.formula === undefined ? {} : { params: { formula: v.formula === "" ? 1 : `=${v.formula}` } }) }] };
    case "uncalculated":
      // the formula is quoted where the reader kept it: the file has no result to show
      return { value: null, issues: [{ code: "formula_uncalculated", severity: "error", ...at, expected: expected(), ...(v.formula === undefined ? {} : { received: typedText(v) }) }] };
    case "boolean":
      return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: cellText(v) }] };
    case "date": {
      // a number in a date style reads as a date: the message names the format and the number stored
      if (v.serial === undefined) return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: cellText(v) }] };
      // a time style shows no date (0.5 in h:mm shows 12:00): the time is what is named, never month.day
      if (v.time !== undefined) return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: v.time, params: { dateSerial: v.serial, timeStyle: 1 } }] };
      const meant = typedAsDate(v.iso, ctx.year);
      return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: cellText(v), params: { dateSerial: v.serial, ...(meant === null ? {} : { meant }) } }] };
    }
    case "string": {
      const percent = ctx.unit.unitClass === "percent" || ctx.unit.symbol === "";
      // text that stands for a number: the number is offered, and checked so the suggestion is sound; a number the
      // row refuses (－3 in a 0–100 row) is never offered (the pane would write it on one click): it is named as
      // read (params.readAs), beside the row's own error, whose suggestion (0.95 → 95) is then the one offered
      const offer = (code: "text_number" | "not_a_number", n: number, given?: Issue["params"]): CheckedActual => {
        // a cell in the Text format keeps the number retyped as text: its message says to set the format first (trial44a F4)
        const params = code === "text_number" && v.textStyle ? { ...given, textStyle: 1 } : given;
        const inner = checkNumber(n, ctx, at, expected, bounds).filter((i) => i.severity === "error");
        // a number the row takes but reads as a fraction (「0.835」 where the plan's numbers are ≥ 10): one slip, one
        // message, its suggestion the fraction's (83.5) as for the number 0.835; "cannot take" would be untrue (trial32)
        const fraction = code === "text_number" && inner.length === 1 && inner[0]?.code === "percent_fraction" ? inner[0].suggestion : undefined;
        if (fraction !== undefined) return { value: null, issues: [{ code, severity: "error", ...at, expected: expected(), received: v.text, suggestion: fraction, params: { ...params, fraction: n } }] };
        const offered = inner.length === 0 ? { suggestion: n, ...(params ? { params } : {}) } : { params: { ...params, readAs: n } };
        return { value: null, issues: [{ code, severity: "error", ...at, expected: expected(), received: v.text, ...offered }, ...inner] };
      };
      // usable once written as a number
      const n = parseNumber(v.text, percent);
      if (n !== null) return offer("text_number", n);
      // a ratio typed as the plan writes it (1.92:1 in a 收入比 row): usable once written as 1.92
      const ratio = ctx.unit.unitClass === "ratio" || ctx.unit.symbol === "" ? ratioToOne(v.text) : null;
      if (ratio !== null) return offer("text_number", ratio);
      // an approximate number (约3, 3左右: the words of an approximate target, parseTarget) is no value; the number is offered
      const about = parseTarget(v.text, percent);
      if (about.kind === "approximate") return offer("not_a_number", about.value, { approximate: 1 });
      // §2, our reading: a number in brackets, （70.5）, is −70.5 in accounting or 70.5 marked: both readings the row
      // takes are named (params.bracketed, params.negative), neither offered
      const bracketed = bracketedNumber(v.text, percent);
      if (bracketed !== null) {
        const takes = (x: number): boolean => checkNumber(x, ctx, at, expected, bounds).every((i) => i.severity !== "error");
        const readings = { ...(takes(Math.abs(bracketed)) ? { bracketed: Math.abs(bracketed) } : {}), ...(bracketed !== 0 && takes(-Math.abs(bracketed)) ? { negative: -Math.abs(bracketed) } : {}) };
        return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: v.text, params: { inBrackets: 1, ...readings } }] };
      }
      const bound = parseBound(v.text, percent);
      if (bound) return { value: null, bound, issues: [{ code: "bound_value", severity: "error", ...at, expected: expected(), received: v.text }] };
      // §2, our reading: text shaped as a date (2024/12/31, 12/31) is a date, never a number with a unit "/12/31"
      if (dateText(v.text)) return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: v.text, params: { typedDate: 1 } }] };
      // §2, our reading: 暂无数据, 待统计 or a dash stands for no figure; the cell should be empty, the reason in 说明
      if (noDataText(v.text)) return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: v.text, params: { noData: 1 } }] };
      // §2, our reading: a number typed with the row's own unit (135万人) or a remark (9.4(初步核算)) is the
      // number, the remark's place 说明; another unit (135人 in a 万人 row) is named, never converted:
      // whether 135 or 0.0135 was meant is the filer's
      const words = numberWithWords(v.text);
      // the row's unit in brackets (2.1（万人）) is its unit, not a remark
      const typed = words && words.unit === "" && sameUnit(words.note, ctx.unit.symbol) ? { ...words, unit: words.note, note: "" } : words;
      if (typed && (typed.unit === "" || sameUnit(typed.unit, ctx.unit.symbol))) {
        return offer("text_number", typed.value, { ...(typed.unit === "" ? {} : { typedUnit: typed.unit }), ...(typed.note === "" ? {} : { typedNote: typed.note }) });
      }
      const other = typed && ctx.unit.symbol !== "" && classifyUnit(typed.unit) !== "other" ? otherUnit(typed, ctx, (n) => doubt(n, ctx, at, expected, bounds)) : null;
      // the unit is the indicator's own (每万人口): the number alone is what was meant, offered as the text it is
      if (typed && other?.["ownUnit"]) return offer("text_number", typed.value, { ...other, ...(typed.note === "" ? {} : { typedNote: typed.note }) });
      return { value: null, issues: [{ code: "not_a_number", severity: "error", ...at, expected: expected(), received: v.text, ...(other ? { params: other } : {}) }] };
    }
    case "number": {
      if (!Number.isFinite(v.value)) return { value: null, issues: [{ code: "not_finite", severity: "error", ...at, expected: expected(), received: String(v.value) }] };
      if (v.percentStyle && ctx.unit.unitClass === "percent") {
        // §2a: 95% typed in a % row is stored as 0.95; whatever its size it is an error, and 95 the fix
        const meant = round(v.value * 100);
        const scaled = checkNumber(meant, ctx, at, expected, bounds);
        if (implausible(scaled) && !implausible(checkNumber(v.value, ctx, at, expected, bounds))) {
          // our reading of §2a: 95.5 typed into a cell left in a percent style (shows 9550%): the number
          // was meant, the cell's format is the slip; still an error (the formulas read 95.5 as 9550%)
          return { value: null, issues: [{ code: "percent_typed", severity: "error", ...at, expected: expected(), received: cellAsText(v), suggestion: v.value, params: { stored: String(v.value), typedNumber: 1 } }] };
        }
        const inner = scaled.filter((i) => i.severity === "error" && i.code !== "percent_fraction");
        return { value: null, issues: [{ code: "percent_typed", severity: "error", ...at, expected: expected(), received: cellAsText(v), suggestion: meant, params: { stored: String(v.value) } }, ...inner] };
      }
      // elsewhere the number is read as stored (§2a speaks of % rows), and the reviewer is told why
      const issues = checkNumber(v.value, ctx, at, expected, bounds);
      if (v.percentStyle) {
        // the number as shown (3.1 of 3.1%) is suggested where it sits nearer the plan's numbers than
        // the stored 0.031: then it is what was meant, and the cell's format the slip (our reading of §2a)
        const shown = round(v.value * 100);
        const meant = nearerThePlan(shown, v.value, ctx.plan.numbers) ? { suggestion: shown } : {};
        // received as the cell shows it (cellAsText: 2.8 in 0.0% is 280.0%, not 280%; trial42a F8)
        issues.unshift({ code: "percent_style_unit", severity: "warning", ...at, expected: expected(), received: cellAsText(v), ...meant, params: { stored: String(v.value), unit: ctx.unit.symbol || "未注明" } });
      }
      return { value: issues.some((i) => i.severity === "error") ? null : v.value, issues };
    }
  }
}

function checkNumber(n: number, ctx: ActualContext, at: Pick<Issue, "cell" | "sheet">, expected: () => string, bounds: UnitBounds): Issue[] {
  const out: Issue[] = [];
  // past the open bound (2e300 in a 个 row, 1e301 in a 增长 row) no unit's range is the reason: not "negative", not "0–100";
  // below 0 in a row with no ceiling (an index % row, unitBounds) is "negative", never "0–100"
  const code = Math.abs(n) > OPEN_BOUND ? "value_too_large" : bounds.hi >= OPEN_BOUND && n < 0 ? "negative" : RANGE_CODE[ctx.unit.unitClass];
  if (!withinBounds(n, bounds)) out.push({ code, severity: "error", ...at, expected: expected(), received: String(n) });
  switch (ctx.unit.unitClass) {
    case "percent":
      if (isChangeName(ctx.name) && Math.abs(n) > 100) out.push({ code: "percent_change_large", severity: "warning", ...at, expected: expected(), received: String(n) });
      // 0 < v ≤ 1 compared as §3 compares numbers: 1.0000000000000002 is 1, a fraction
      if (n > 0 && le(n, 1) && fractionSlipApplies(ctx.unit, ctx.plan.numbers, ctx.span)) {
        out.push({ code: "percent_fraction", severity: "error", ...at, expected: expected(), received: String(n), suggestion: round(n * 100) });
      } else {
        // §2, our reading: below 10 (〔18〕, 3.6 a year) a fraction is asked, not refused, where it is about 1/100 of the plan
        const small = fractionSuspect(n, ctx.unit, ctx.plan.numbers, ctx.span);
        if (small) out.push({ code: "fraction_suspect", severity: "warning", ...at, expected: expected(), received: String(n), suggestion: small.meant, params: { reference: small.reference, times: small.times, ...(ctx.span === undefined ? {} : { span: ctx.span }) } });
      }
      break;
    case "count":
      if (n >= 0 && !Number.isInteger(n) && !PER_CAPITA.test(ctx.unit.bareName)) {
        out.push({ code: "count_not_whole", severity: "warning", ...at, expected: `${ctx.unit.symbol} 整数`, received: String(n) });
      }
      break;
    case "amount": {
      const maxRef = largestReference(ctx.plan.numbers);
      if (n >= 0 && maxRef !== null && n > SCALE_SLIP * maxRef) {
        // the power of ten that brings the value nearest the plan's numbers (a cumulative row's: one year's share)
        const factor = Math.pow(10, Math.round(Math.log10(n / (maxRef / Math.max(1, ctx.span ?? 1)))));
        out.push({ code: "scale_suspect", severity: "warning", ...at, expected: `约 ${maxRef} ${ctx.unit.symbol}`, received: String(n), suggestion: round(n / factor), params: { factor, reference: maxRef, unit: ctx.unit.symbol } });
      }
      break;
    }
    default:
      break;
  }
  return out;
}

/**
 * Whether check itself would doubt the number `n` typed alone in the row: §2 refuses it or calls it a scale slip
 * (scale_suspect), a % change above 100, or §8f calls it far from the plan (farOnRow, the one home of that reading);
 * `{}` for a doubt, with the plan's range (`low`, `high`) where §8f's, null for none.
 */
function doubt(n: number, ctx: ActualContext, at: Pick<Issue, "cell" | "sheet">, expected: () => string, bounds: UnitBounds): { low?: number; high?: number } | null {
  const said = checkNumber(n, ctx, at, expected, bounds);
  const far = farOnRow(n, ctx, ctx.span !== undefined);
  if (far) return { low: far.low, high: far.high };
  return implausible(said) || said.some((i) => i.code === "scale_suspect") ? {} : null;
}

/**
 * The name's own per word for a unit typed with a number (每万人口 for 万人 or 万, 千人口 for 千人 in 千人口献血率, and
 * for 张/千人 in a 张 row 每千人口…): the unit is the indicator's, not the number's; null where the name has none.
 */
function perWord(name: string, typed: string, rowUnit: string): string | null {
  const t = normalizeText(typed);
  const slash = t.indexOf("/");
  // the row's unit over the name's per word (张/千人 in a 张 row): the per word is the denominator's
  const per = slash > 0 && sameUnit(t.slice(0, slash), rowUnit) ? t.slice(slash + 1) : slash < 0 ? t : "";
  const u = per.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return u === "" ? null : (new RegExp(`(?:每|^)${u}(?:人口|人|口)?`).exec(normalizeText(name))?.[0] ?? null);
}

/**
 * §2, our reading (trial44a F1, F3): a number typed with a unit that is not the row's (2.1‰ in a % row, 3万人 in a 人
 * row) is refused, and the filer is told what to type; the params that say it. The advice never names a value the same
 * check would then doubt: where the number converted to the row's unit (unitFactor) is one check calls a slip (doubt:
 * 3万人 → 30000 against a plan of 4; 2.1‰ → 0.21% against 2.28–3), or the unit is the name's own per word (每万人口),
 * and the number alone is not doubted, the unit is the indicator's own: `ownUnit`, the number alone to be offered
 * (nameWord; the conversion refused, converted, with the plan's low and high). Else the conversion is asked for, with
 * its value (converted) where one is known, and said to be doubted too where it is (convertedDoubt).
 */
function otherUnit(typed: { value: number; unit: string }, ctx: ActualContext, doubted: (n: number) => { low?: number; high?: number } | null): NonNullable<Issue["params"]> {
  const params = { typedUnit: typed.unit, unit: ctx.unit.symbol };
  const factor = unitFactor(typed.unit, ctx.unit.symbol);
  const converted = factor === null ? undefined : round(typed.value * factor);
  const convertedDoubt = converted === undefined ? null : doubted(converted);
  const word = perWord(ctx.unit.bareName, typed.unit, ctx.unit.symbol);
  const range = (d: { low?: number; high?: number } | null): Record<string, number> => (d?.low === undefined || d.high === undefined ? {} : { low: d.low, high: d.high });
  if ((word !== null || convertedDoubt !== null) && doubted(typed.value) === null) {
    const refusedConversion = converted !== undefined && convertedDoubt !== null ? { converted, ...range(convertedDoubt) } : {};
    return { ...params, ownUnit: 1, ...(word === null ? {} : { nameWord: word }), ...refusedConversion };
  }
  if (converted === undefined) return params;
  return { ...params, converted, ...(convertedDoubt === null ? {} : { convertedDoubt: 1, ...range(convertedDoubt) }) };
}

/**
 * The number a date may have been typed as (§2, our reading): 1.4 typed where the spreadsheet reads
 * month.day becomes 1月4日 of the year it is typed in, the reporting year or, filing after its end,
 * the next. Only a guess, so it goes into the message and never into a suggestion. Null for any
 * other date (a date of another year was typed as a date, or is a number stored in a date style).
 */
function typedAsDate(iso: string, year: number | undefined): string | null {
  const d = dateText(iso.slice(0, 10));
  if (year === undefined || d === null || d.year === null || d.day === null) return null;
  return d.year === year || d.year === year + 1 ? `${d.month}.${d.day}` : null;
}

/**
 * Whether `a` is nearer the plan's numbers (the row's baseline and targets, `scale`) than `b`,
 * by ratio (3.1 and 0.031 against 2.0 and 4: 3.1); false when the plan gives no positive number.
 */
function nearerThePlan(a: number, b: number, scale: readonly number[]): boolean {
  const refs = scale.filter((r) => r > 0);
  if (a <= 0 || b <= 0 || refs.length === 0) return false;
  const distance = (x: number): number => Math.min(...refs.map((r) => Math.abs(Math.log10(x / r))));
  return distance(a) < distance(b);
}

/** Outside what the row's unit allows (an error), or a % change above 100 in size: not a value the plan means. */
function implausible(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error" || i.code === "percent_change_large");
}

const RANGE_CODE: Record<UnitClass, Issue["code"]> = {
  percent: "percent_out_of_range", permille: "permille_out_of_range", count: "negative", amount: "negative",
  age: "age_out_of_range", years: "years_out_of_range", ratio: "not_finite", other: "not_finite",
};

/** Rounds away binary noise (0.95 × 100 = 95.00000000000001) for suggestions. */
function round(n: number): number {
  return Number(n.toPrecision(12));
}
