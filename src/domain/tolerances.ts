import type { UnitClass } from "./Unit";

/**
 * The one home of the rules' tolerances (evaluation-rules.md §3): numbers compare with a
 * relative tolerance of 1e-9; an approximate target (`5.5左右`) is met within 10% of its value
 * and lagging within 20%. The engine and the worksheet formulas both read these.
 */
export const RELATIVE_TOLERANCE = 1e-9;
export const APPROX_MET = 0.1;
export const APPROX_LAGGING = 0.2;
/**
 * When a 左右 target's band is wide on a percentage row (evaluation-rules §3, our reading, trial37 F5): APPROX_MET × |Tv| above
 * WIDE_APPROX_POINTS percentage points (a target above 50%: `90左右` is met from 81, 9 points short). Only the importer's
 * hint `target-approximate-wide` reads it; the grade is §3's. A binding rate 5 points short read as met surprises a reader;
 * below it (`15左右` ±1.5, 失业率 `5.5左右` ±0.55) the band is what a plan writing 左右 means.
 */
export const WIDE_APPROX_POINTS = 5;
/**
 * 快于预期 (evaluation-rules.md §6): on track with progress p ≥ s + 0.1, ten percentage points or more past 序时进度
 * s (a project's 完成率 q against 时间进度 likewise, §4); the grades and the report's grade ↔ status sentence read it.
 */
export const AHEAD_MARGIN = 0.1;

/**
 * How far a value may move without a 说明 (the project's evaluation-rules §8, "改正或说明"):
 * `share` limits the relative change in percent of the earlier value (counts and amounts),
 * `points` the change in the unit's own points (% and ‰ rows). Overridable per unit class in a
 * rules file (`--rules`, src/domain/CheckRules.ts).
 */
export interface JumpLimit { by: "share" | "points"; limit: number }

export const JUMP_LIMITS: Readonly<Record<UnitClass, JumpLimit>> = {
  percent: { by: "points", limit: 10 },
  permille: { by: "points", limit: 10 },
  count: { by: "share", limit: 30 },
  amount: { by: "share", limit: 30 },
  ratio: { by: "share", limit: 30 },
  age: { by: "share", limit: 30 },
  years: { by: "share", limit: 30 },
  other: { by: "share", limit: 30 },
};

/**
 * The least change, in the row's own unit, that is a jump on a row of things counted in ones (evaluation-rules §8a, our
 * reading; trial47b F6: 重污染天数 2 → 1 → 2 天 was told 减少 50% then 增加 100%…请改正, 突发环境事件 1 → 0 件 减少 100%): a
 * change of fewer than JUMP_COUNT_FLOOR days or events is never asked, whatever its share. A few days or events either
 * way is chance, not a slip; a digit slipped or doubled in a whole count moves it by 9 or more (1 → 10, 12 → 2, 3 → 30),
 * so no typing slip hides below it. The rows it applies to are jumpFloor's (src/domain/jumpFloor.ts).
 */
export const JUMP_COUNT_FLOOR = 5;

/**
 * How far beyond the plan's own numbers a value may lie without a 说明 (§8f): above FAR_FROM_PLAN ×
 * the largest of baseline and targets, or below the smallest ÷ FAR_FROM_PLAN. A digit dropped or
 * added (81 typed 8.1, 75 typed 750) is a factor of 10; a real year rarely moves a plan's figure 5×.
 */
export const FAR_FROM_PLAN = 5;

/**
 * How near "about 1/100" is (§2, our reading; trial47b F1: 0.035 typed for 3.5% in a `〔18〕` % row, 3.6 a year): a % row's
 * value 0 < v ≤ 1 is asked whether v × 100 was meant where v × 100 lies within FRACTION_NEAR times (either way) of the
 * plan's numbers (a cumulative row's: their yearly share), and nearer them than v: 3.5 against 3.6 is; 10 for 0.1 against
 * `〔13.5〕`'s 2.7 a year (3.7×) is not, a small year (§2's reading). A real year within three times of the pace is
 * plausible (YEAR_PACE_LIMIT); the value as typed is then some 30 times or more below it. The rule is fractionSuspect's.
 */
export const FRACTION_NEAR = 3;

/**
 * How many times beyond the plan's numbers a value is taken for one in another unit (万 for 亿,
 * 元 for 万元): §2's `scale_suspect` on an amount row starts above SCALE_SLIP × the largest of
 * baseline and targets.
 */
export const SCALE_SLIP = 1000;

/**
 * How many times beyond every number the plan gives (§8f's factor, either side) a value may lie
 * and still be graded (§6, our reading). A real year moves a plan's figure 5× rarely (FAR_FROM_PLAN)
 * and 100× never: beyond it the value is a slip of unit or digits (8500 米 typed in a 公里 row
 * against 〔45〕, 189×), no ground for 提前实现 or 滞后.
 */
export const GRADED_FAR_LIMIT = 100;

/**
 * How many years of a cumulative row's even pace (the period's total ÷ its years) one year's own amount
 * may reach before it is doubted (§3 `year_over_pace`, our reading); above it, or above the whole
 * period's total where that is smaller (a plan of three years or fewer), the year is warned of and the
 * report does not grade on it. The slip it catches is last period's total carried on (21.9 = 18.5 + 3.4
 * against 〔17〕): at least the whole earlier total, some five years' pace. A real lumpy year (a project
 * finished at once) rarely does two years' worth; three leaves room on both sides, and a 说明 keeps it.
 */
export const YEAR_PACE_LIMIT = 3;

/** Unit classes whose values add up over counties (§8c: a county's value cannot exceed the city's). */
export const ADDITIVE_UNIT_CLASSES: readonly UnitClass[] = ["count", "amount"];

/**
 * When a sheet's reporting-year values are taken for the previous year's copied into its column
 * (§8h, our reading: a filer copies last year's column, or a row of values, and forgets to update
 * it): at least `minRows` rows hold a number in both the reporting year and the year before, and at
 * least `share` (0–1) of those rows are equal (within RELATIVE_TOLERANCE: 0.1 + 0.2 equals 0.3).
 * Never judged row by row: one indicator may stay the same by design (耕地保有量, a ceiling kept).
 * Fewer than 5 rows could match by chance; 90% lets a row or two the filer did update pass (5 rows
 * need all 5 equal, 10 rows 9, 46 rows 42).
 */
export const COPIED_YEAR = { minRows: 5, share: 0.9 } as const;
