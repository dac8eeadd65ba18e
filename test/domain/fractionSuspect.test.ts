import { num, type CellValue } from "../../src/domain/CellValue";

const pct = (value: number): CellValue => ({ type: "number", value, percentStyle: true });
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { explainWarnings } from "../../src/domain/explainWarnings";
import { gradeIndicator } from "../../src/domain/gradeIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * trial47b F1: 单位GDP二氧化碳排放降低 〔18〕 (%, 2021–2025) held 0.035 in 2021 (3.5% typed as a fraction), 3.8 and 3.6
 * after. §2's fraction error sets 0.035 against the yearly share 18 / 5 = 3.6 (< 10) and says nothing; §8f is never below
 * on a cumulative row; §8a's points see 3.765. `check` said nothing in 2021, 2022 or 2023 and summed 0.035, and the report
 * gave a false 约束性 预警 (F 12.4 against 〔18〕; 3.5 reads 基本符合预期, F 18.2). A value about 1/100 of the plan's numbers
 * (their yearly share) in a % row below §2's error is asked (`fraction_suspect`, §2 our reading) in its year and in each
 * later year's check, on its cell.
 */
const co2: IndicatorSpec = { name: "单位GDP二氧化碳排放降低", unit: "%", baseline: "—", target: "〔18〕", baselineYear: 2020, targetYear: 2025 };
const energy: IndicatorSpec = { name: "单位GDP能源消耗降低", unit: "%", baseline: "—", target: "〔13.5〕", baselineYear: 2020, targetYear: 2025 };
const jobless: IndicatorSpec = { name: "城镇调查失业率", unit: "%", baseline: "4.5", target: "≤5.5", baselineYear: 2020, targetYear: 2025 };
const worstWater: IndicatorSpec = { name: "地表水劣Ⅴ类水体比例", unit: "%", baseline: "3", target: "0", baselineYear: 2020, targetYear: 2025 };
const college: IndicatorSpec = { name: "高等教育毛入学率", unit: "%", baseline: "62.4", target: "70", baselineYear: 2020, targetYear: 2025 };
const cells = { 2021: "I13", 2022: "J13", 2023: "K13" };
const asked = (spec: IndicatorSpec, year: number, actuals: Record<string, CellValue>): string[] =>
  evaluateIndicator({ spec, year, actuals, cells, sheet: "某某省表1" }).issues
    .filter((i) => ["fraction_suspect", "far_from_plan", "earlier_year_far", "percent_fraction"].includes(i.code))
    .map((i) => `${i.code} ${describeIssue(i, "zh").replace(/^工作表「某某省表1」/, "")}`);

describe("a percentage typed as a fraction below §2's error is asked, in its year and later", () => {
  test.each<[string, IndicatorSpec, number, Record<string, CellValue>, string[]]>([
    ["the trial's 2021: 0.035 against 3.6 a year", co2, 2021, { 2021: num(0.035) },
      ["fraction_suspect I13：本年值 0.035 约为规划期累计目标按年平均数（每年 3.6）的 1/103，疑似把 3.5% 按小数填成了 0.035：本行单位为 %，是否应为 3.5？请改正，或在说明中写明原因"]],
    ["the trial's 2023, 2022 fixed: said on 2021's cell, naming the sum", co2, 2023, { 2021: num(0.035), 2022: num(3.8), 2023: num(3.6) },
      ["fraction_suspect I13：2021 年的数值 0.035 约为规划期累计目标按年平均数（每年 3.6）的 1/103，疑似把 3.5% 按小数填成了 0.035：本行单位为 %，是否应为 3.5？累计数按 0.035 计入：请改正 2021 年，或在说明中写明原因"]],
    ["the trial's 2022, its own cell percent-styled: 2021's still said", co2, 2022, { 2021: num(0.035), 2022: pct(0.038) },
      ["fraction_suspect I13：2021 年的数值 0.035 约为规划期累计目标按年平均数（每年 3.6）的 1/103，疑似把 3.5% 按小数填成了 0.035：本行单位为 %，是否应为 3.5？累计数按 0.035 计入：请改正 2021 年，或在说明中写明原因"]],
    ["a return just rolled over (Y blank): 2021's said", co2, 2022, { 2021: num(0.035) },
      ["fraction_suspect I13：2021 年的数值 0.035 约为规划期累计目标按年平均数（每年 3.6）的 1/103，疑似把 3.5% 按小数填成了 0.035：本行单位为 %，是否应为 3.5？累计数按 0.035 计入：请改正 2021 年，或在说明中写明原因"]],
    ["〔13.5〕's 0.1 (10 would be 3.7 years' pace): a small year, as §2 reads it", energy, 2021, { 2021: num(0.1) }, []],
    ["〔13.5〕's 0.03: 3 is a year's pace", energy, 2021, { 2021: num(0.03) },
      ["fraction_suspect I13：本年值 0.03 约为规划期累计目标按年平均数（每年 2.7）的 1/90，疑似把 3% 按小数填成了 0.03：本行单位为 %，是否应为 3？请改正，或在说明中写明原因"]],
    ["a year at the pace: nothing", co2, 2021, { 2021: num(3.5) }, []],
    ["a level row of small numbers: asked as a fraction, not far below (one question per cell)", jobless, 2021, { 2021: num(0.045) },
      ["fraction_suspect I13：本年值 0.045 约为规划数值 4.5 的 1/100，疑似把 4.5% 按小数填成了 0.045：本行单位为 %，是否应为 4.5？请改正，或在说明中写明原因"]],
    ["…and its earlier year, in a later check", jobless, 2022, { 2021: num(0.045), 2022: num(4.6) },
      ["fraction_suspect I13：2021 年的数值 0.045 约为规划数值 4.5 的 1/100，疑似把 4.5% 按小数填成了 0.045：本行单位为 %，是否应为 4.5？请改正 2021 年，或在说明中写明原因"]],
    ["a row the plan takes to 0 passes small values: nothing", worstWater, 2021, { 2021: num(0.02) }, []],
    ["a row of 10 or more: §2's own error, unchanged", college, 2021, { 2021: num(0.68) },
      ["percent_fraction I13：百分比填为 0.68，基期值或目标值在 10 以上，疑似按小数填写，应为 68？"]],
  ])("%s", (_why, spec, year, actuals, said) => {
    expect(asked(spec, year, actuals)).toEqual(said);
  });

  test.each<[string, string, string]>([
    ["zh", "fraction_suspect", "I13：2021 年的数值 0.035 约为规划期累计目标按年平均数（每年 3.6）的 1/103，疑似把 3.5% 按小数填成了 0.035：本行单位为 %，是否应为 3.5？累计数按 0.035 计入（已说明）"],
    ["en", "fraction_suspect", "I13: 2021's value 0.035 is about 1/103 of the even yearly share (3.6) of the period's total: perhaps 3.5% typed as a fraction; the row's unit is %: did you mean 3.5? The cumulative total counts it as 0.035 (explained)"],
  ])("a 说明 keeps it (%s)", (lang, code, text) => {
    const r = evaluateIndicator({ spec: co2, year: 2023, actuals: { 2021: num(0.035), 2022: num(3.8), 2023: num(3.6) }, cells, sheet: "某某省表1" });
    const kept = explainWarnings(r.issues, "2021年经核实确为0.035").filter((i) => i.code === code);
    expect(kept.map((i) => describeIssue(i, lang as "zh" | "en").replace(/^(工作表「某某省表1」|Sheet "某某省表1" )/, ""))).toEqual([text]);
  });
});

describe("the report grades no row on it, until corrected or explained", () => {
  test.each<[string, Record<string, CellValue>, boolean, string, string | undefined, number | null]>([
    ["0.035 in the sum: 未能评估（数值待核实）, no false 预警", { 2021: num(0.035), 2022: num(3.8), 2023: num(3.6) }, false, "not_graded", "scale_suspect", null],
    ["corrected to 3.5: 基本符合预期, F 18.2", { 2021: num(3.5), 2022: num(3.8), 2023: num(3.6) }, false, "on_schedule", undefined, 18.17],
    ["explained: graded as typed", { 2021: num(0.035), 2022: num(3.8), 2023: num(3.6) }, true, "behind", undefined, 12.39],
  ])("%s", (_why, actuals, explained, grade, reason, forecast) => {
    const g = gradeIndicator({ spec: co2, year: 2023, actuals }, { explained });
    expect([g.grade, g.reason ?? undefined]).toEqual([grade, reason]);
    if (forecast === null) expect(g.forecast.value).toBeNull();
    else expect(g.forecast.value).toBeCloseTo(forecast, 2);
  });
});
