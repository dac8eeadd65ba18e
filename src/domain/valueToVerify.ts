import type { Issue } from "./Issue";
import { runningTotalReading } from "./runningTotalReading";
import { isDoubtOnFix } from "./isDoubtOnFix";

/**
 * Why a reporting year's value is to be verified before it is relied on (evaluation-rules §6, our
 * reading): far beyond the plan's numbers (§8f `far_from_plan`: `factor` and `side`) or a likely
 * unit slip (§2 `scale_suspect`, over 1000×), with no 说明 keeping it (`params.noted`); or, for a
 * cumulative row, a likely running total (§3 `running_total`: `basis`, the total the row is graded
 * on, runningTotalReading; `copied` where the cell equals the whole period's target); or a 左右 row
 * that moved back past its baseline (§3 `approximate_backwards`: `side` of the baseline, `baseline`),
 * which §3's distance alone may grade met; or a cumulative row's cell that is the year's level typed
 * where its rise belongs (§3/§8 `level_typed`: `baseline`), or one year's amount far beyond the pace
 * (§3 `year_over_pace`, with no 说明 keeping it: `amount`, what was probably meant), neither graded
 * (gradeIndicator); `year` where the doubted cell is an earlier year's (Y's own is not doubted); or a
 * cumulative % row of yearly falls whose falls compounded and their sum disagree on whether the target is met
 * (§3 `compounded_fall`: `compounded`), graded on the sum (the contract) but, where the sum alone meets the
 * target at or after T (`compounded.final`), not graded (isUngradedDoubt; the reason 计算方法待核实, `method_to_verify`).
 * Or, first of all, a number typed with a percent sign in a row whose unit is not % (§2a `percent_style_unit`: 1.82 typed
 * in a percent-styled cell of a 比 row is stored 0.0182) where check offers the number as shown (`meant`, the issue's
 * `suggestion`, a ×100 slip): not graded, whatever the factor (isScaleSlip; trial41b F1, F2); `shown`, the cell as shown (1.82%).
 * Then a percentage typed as a fraction below §2's error (§2 `fraction_suspect`, unexplained: 0.035 for 3.5% in a `〔18〕` row,
 * trial47b F1; `meant` 3.5, `factor` how many times below, `year` an earlier year's a cumulative sum reads), not graded
 * (isUngradedDoubt) and no trend read through it.
 * A doubt on a number the cell does not hold (a text's fix, isDoubtOnFix) is none of these: the row is 数据异常.
 */
export interface ValueToVerify {
  code: "percent_style_unit" | "fraction_suspect" | "far_from_plan" | "scale_suspect" | "running_total" | "level_typed" | "year_over_pace" | "approximate_backwards" | "compounded_fall";
  /** far_from_plan: how many times the plan's largest (above) or what fraction of its smallest (below) */
  factor: number | null;
  /**
   * far_from_plan: the value it was probably meant to be (§8f's slip reading, farSlipMeant: 23.5 for 2.35 against 21.4 → 28),
   * check's 是否应为 23.5？; such a value is a likely slip and not graded (isScaleSlip); absent where check offers none.
   * percent_style_unit: the number as shown (1.82 of 1.82%), §2a's suggestion, always present
   */
  meant?: number;
  /** percent_style_unit: the cell as shown (1.82%), the stored number being the value the row is judged on */
  shown?: string;
  side: "above" | "below";
  /** running_total: the total the grade reads (the cell as the running total, or the earlier years' sum) */
  basis?: number | null;
  /** running_total: the cell equals the whole period's target, and is left out of the grade */
  copied?: boolean;
  /**
   * running_total at or after T where the two readings disagree (the sum meets the target, `basis` does
   * not): the row is not graded (gradeIndicator), and both totals are said; `sum` the engine's
   */
  ungraded?: { sum: number };
  /** approximate_backwards: the baseline the value fell below (`side` below) or rose above; level_typed: the baseline level the value is close to */
  baseline?: number;
  /** approximate_backwards: the 左右 target as written (63左右), which the value moved further from: said as check says it (trial36 N5) */
  target?: string;
  /** level_typed, year_over_pace, fraction_suspect: the earlier year whose cell is doubted (absent: Y's own) */
  year?: number;
  /** year_over_pace: the year's amount were last period's total taken off (the baseline 〔18.5〕), where plausible */
  amount?: number;
  /**
   * compounded_fall: the years' falls compounded (`total`, in %) and summed (`sum`), the final target, the fall
   * word of the name (降低), and `final`: the sum meets the target at or after T and the product does not
   */
  compounded?: { total: number; sum: number; target: number; word: string; final: boolean };
}

/**
 * The row's value to verify, from its issues, or null: a percent_style_unit with check's offer, else the first unexplained far_from_plan or
 * scale_suspect, else a running_total, else a level_typed, else an unexplained year_over_pace, else an
 * approximate_backwards, else a compounded_fall. `sum`: the engine's value (a cumulative row's running sum),
 * which a running total copied from the target is taken from. `ungraded`: the report left the row
 * 未能评估（数值待核实） (IndicatorGrade.reason `scale_suspect`), so a running total says both readings.
 */
export function valueToVerify(all: readonly Issue[], sum: number | null = null, ungraded = false): ValueToVerify | null {
  // a doubt on the number a text would be once fixed is the text's error, not a value held (isDoubtOnFix)
  const issues = all.filter((x) => !isDoubtOnFix(x));
  // §2a's offer (1.82 for a 比 row's 1.82%, stored 0.0182) is check's one suggestion for the cell (§8f then offers none),
  // so it is the doubt named, before the far_from_plan it may also bring
  // (an earlier year's, marked with its `year` where Y's sum does not read it, leaves Y's grade to Y's own cell)
  const pct = issues.find((x) => x.code === "percent_style_unit" && x.suggestion !== undefined && x.params?.["year"] === undefined);
  if (pct?.suggestion !== undefined) return { code: "percent_style_unit", factor: null, side: "below", meant: pct.suggestion, ...(pct.received === undefined ? {} : { shown: pct.received }) };
  // §2's fraction asked (0.035 for 3.5%, fraction_suspect), unexplained: Y's own, or an earlier year's a cumulative sum reads
  // (`span`); an earlier year of any other row leaves Y's grade to Y's own cell, as percent_style_unit's does
  const fraction = issues.find((x) => x.code === "fraction_suspect" && !x.params?.["noted"] && (x.params?.["year"] === undefined || x.params["span"] !== undefined));
  if (fraction?.suggestion !== undefined) {
    const times = Number(fraction.params?.["times"]);
    return { code: "fraction_suspect", factor: Number.isFinite(times) ? times : null, side: "below", meant: fraction.suggestion, ...(fraction.params?.["year"] === undefined ? {} : { year: Number(fraction.params["year"]) }) };
  }
  const i = issues.find((x) => (x.code === "far_from_plan" || x.code === "scale_suspect") && !x.params?.["noted"]);
  if (!i) {
    const r = runningTotalReading(issues, sum);
    if (r) return { code: "running_total", factor: null, side: "above", basis: r.basis, copied: r.copied, ...(ungraded && sum !== null ? { ungraded: { sum } } : {}) };
    const level = issues.find((x) => x.code === "level_typed");
    const levelBase = Number(level?.params?.["baseline"]);
    const year = (x: Issue): { year?: number } => (x.params?.["year"] === undefined ? {} : { year: Number(x.params["year"]) });
    if (level && Number.isFinite(levelBase)) return { code: "level_typed", factor: null, side: "above", baseline: levelBase, ...year(level) };
    const over = issues.find((x) => x.code === "year_over_pace" && !x.params?.["noted"]);
    if (over) return { code: "year_over_pace", factor: null, side: "above", ...year(over), ...(over.params?.["amount"] === undefined ? {} : { amount: Number(over.params["amount"]) }) };
    const back = issues.find((x) => x.code === "approximate_backwards");
    const baseline = Number(back?.params?.["baseline"]);
    if (back && Number.isFinite(baseline)) return { code: "approximate_backwards", factor: null, side: Number(back.received) < baseline ? "below" : "above", baseline, ...(back.expected === undefined ? {} : { target: back.expected }) };
    const fall = issues.find((x) => x.code === "compounded_fall");
    if (!fall) return null;
    const n = (k: string): number => Number(fall.params?.[k]);
    return { code: "compounded_fall", factor: null, side: "below", compounded: { total: n("compounded"), sum: n("sum"), target: n("target"), word: String(fall.params?.["word"] ?? ""), final: fall.params?.["final"] !== undefined } };
  }
  if (i.code === "scale_suspect") return { code: "scale_suspect", factor: null, side: "above" };
  const factor = Number(i.params?.["factor"]);
  return { code: "far_from_plan", factor: Number.isFinite(factor) ? factor : null, side: i.params?.["side"] === "below" ? "below" : "above", ...(i.suggestion === undefined ? {} : { meant: i.suggestion }) };
}
