import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { farSlipMeant } from "../../src/domain/farSlipMeant";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { classifyUnit, type Unit } from "../../src/domain/Unit";
import { buildFixes } from "../../src/ui/shared/buildFixes";
import { item } from "../ui/items";
import { NO_PLAN } from "../../src/domain/PlanFigures";

/**
 * trial32 (南河县): 农村公路总里程 2315 → 2600 公里 filled 2480500 (metres) was 已达标 with "约为规划数值…最大者的 954 倍"
 * and no "是否应为 2480.5？", while 320000 in a 亿元 row, past §2's 1000×, was offered 32. §8f's factor is against the
 * plan's largest number, not the true value, so a ×1000 slip may read 954×: the value ÷ 10^k (k = 1…4) that §8f would no
 * longer call far is offered (evaluation-rules §8f, our reading).
 */
describe("farSlipMeant: the unit slip a value far above the plan most likely is", () => {
  test.each<[string, number, number[], number | undefined, number | null]>([
    ["×1000 that reads 954× (metres for 公里)", 2480500, [2315, 2600], undefined, 2480.5],
    ["×1000 that reads 923.1×", 2400000, [2315, 2600], undefined, 2400],
    ["×100 (6200 for 62 亿元)", 6200, [50, 75], undefined, 62],
    ["×10 (750 for 75)", 750, [50, 75], undefined, 75],
    ["×10000 (万元 for 亿元)", 680000, [50, 75], undefined, 68],
    // a cumulative row's cell is one year's share: 2500 against 〔12〕 over 5 years is 2.5, not 25
    ["a cumulative row, against the yearly share", 2500, [12], 5, 2.5],
    // nothing ÷ 10^k lands near: no guess
    ["beyond every slip (over 50000×)", 1e9, [1, 1.2], undefined, null],
    ["not far: nothing to guess", 300, [50, 75], undefined, null],
  ])("%s: %s in %j → %s", (_why, value, plan, span, meant) => {
    expect(farSlipMeant(value, { ...NO_PLAN, numbers: plan }, span)).toBe(meant);
  });
});

/**
 * The same rule the other way (§8f, our reading, session 33): a value far **below** the plan is offered the value
 * × 10^k that §8f would no longer call far (on main it was offered nothing: 2.4805 typed in 万公里 in a 2315 → 2600
 * 公里 row, 0.26 for 2600). Never on a cumulative row (a small year is its share), never a value the unit refuses,
 * and never ×100 in a % row: that reading is §2's fraction and §2a's percent style.
 */
describe("farSlipMeant: the slip a value far below the plan most likely is", () => {
  const row = (unit: string, name = "指标"): { unit: Unit; name: string } => ({ unit: { symbol: unit, unitClass: classifyUnit(unit), inferred: false, bareName: name }, name });
  test.each<[string, number, number[], number | undefined, { unit: Unit; name: string } | undefined, number | null]>([
    ["÷1000 (万公里 typed for 公里, as 0.0001 × 10^k)", 2.4805, [2315, 2600], undefined, row("公里"), 2480.5],
    ["×10000 (0.26 for 2600)", 0.26, [2315, 2600], undefined, row("公里"), 2600],
    ["a digit too few (8.1 for 81 岁)", 8.1, [80.51, 81.8], undefined, row("岁"), 81],
    ["×10 in a % row (9.05 for 90.5)", 9.05, [90.1, 92], undefined, row("%", "居民综合阅读率"), 90.5],
    // 200 is nearer 60–90 by ratio than 20, but no % row holds it
    ["a value the unit refuses is never offered (200 in a 0–100 % row)", 2, [60, 90], undefined, row("%", "森林覆盖率"), 20],
    // 0.06 × 100 = 6 is the fraction reading, §2's own (it speaks where the plan's numbers are ≥ 10)
    ["×100 in a % row is left to §2 and §2a", 0.06, [5, 8], undefined, row("%", "城镇调查失业率"), null],
    ["×100 where the row is not a % row", 0.06, [5, 8], undefined, row("个"), 6],
    ["a cumulative row: a small year is its share, never far below", 0.001, [12], 5, row("万平方米"), null],
    ["beyond every slip (below 1/50000)", 1e-6, [2315, 2600], undefined, row("公里"), null],
    ["not far: nothing to guess", 20, [50, 75], undefined, row("亿元"), null],
  ])("%s", (_why, value, plan, span, unit, meant) => {
    expect(farSlipMeant(value, { ...NO_PLAN, numbers: plan }, span, unit)).toBe(meant);
  });
});

describe("§8f offers the slip it most likely is, this year's and an earlier year's", () => {
  const road: IndicatorSpec = { name: "农村公路总里程", unit: "公里", baseline: "2315", target: "2600", baselineYear: 2020, targetYear: 2025 };
  const run = (actuals: Record<string, CellValue>) =>
    evaluateIndicator({ spec: road, year: 2023, actuals, cells: { 2021: "I7", 2022: "J7", 2023: "K7" } }).issues.filter((i) => i.code === "far_from_plan" || i.code === "earlier_year_far");
  test.each<[string, string, number, string, string]>([
    // on main: no suggestion, no 是否应为
    ["K7", "far_from_plan", 2480.5, "数值 2480500 约为规划数值（2315–2600）最大者的 954 倍，请核对是否多填或少填了一位、单位是否有误（是否应为 2480.5？）：请改正，或在说明中写明原因",
      "the value 2480500 is about 954 times the largest of the plan's numbers (2315–2600; a digit too many or too few, or the wrong unit? Did you mean 2480.5?): correct it"],
    ["I7", "earlier_year_far", 2400, "2021 年的数值 2400000 约为规划数值（2315–2600）最大者的 923.1 倍，请核对是否多填或少填了一位、单位是否有误（是否应为 2400？）；未核实前评估不据此预测",
      "the 2021 value 2400000 is about 923.1 times the largest of the plan's numbers (2315–2600; a digit too many or too few, or the wrong unit? Did you mean 2400?); no forecast"],
  ])("%s (%s) is offered %s", (cell, code, meant, zh, en) => {
    const issue = run({ 2021: num(2400000), 2022: num(2450000), 2023: num(2480500) }).find((i) => i.cell === cell);
    expect(issue).toMatchObject({ code, suggestion: meant });
    expect(describeIssue(issue!, "zh")).toContain(zh);
    expect(describeIssue(issue!, "en")).toContain(en);
    // a guess, confirmed one at a time, never in 全部修正
    const [fix] = buildFixes([item("7", "met", { value: "2480500", issues: [{ ...issue!, message: "m", messageEn: "m" }] })]);
    expect(fix).toMatchObject({ cell, to: meant, guess: "scale" });
  });

  // session 33: far below, the same rule × 10^k (on main: 最小者的 1/933 and nothing offered)
  test.each<[string, string, Record<string, CellValue>, number, string, string]>([
    ["K7", "far_from_plan", { 2023: num(2.4805) }, 2480.5, "数值 2.4805 约为规划数值（2315–2600）最小者的 1/933，请核对是否多填或少填了一位、单位是否有误（是否应为 2480.5？）：请改正，或在说明中写明原因",
      "the value 2.4805 is about 1/933 of the smallest of the plan's numbers (2315–2600; a digit too many or too few, or the wrong unit? Did you mean 2480.5?): correct it"],
    ["K7", "far_from_plan", { 2023: num(0.26) }, 2600, "数值 0.26 约为规划数值（2315–2600）最小者的 1/8904，请核对是否多填或少填了一位、单位是否有误（是否应为 2600？）",
      "the value 0.26 is about 1/8904 of the smallest of the plan's numbers (2315–2600; a digit too many or too few, or the wrong unit? Did you mean 2600?)"],
    ["I7", "earlier_year_far", { 2021: num(0.24), 2023: num(2480.5) }, 2400, "2021 年的数值 0.24 约为规划数值（2315–2600）最小者的 1/9646，请核对是否多填或少填了一位、单位是否有误（是否应为 2400？）；未核实前评估不据此预测",
      "the 2021 value 0.24 is about 1/9646 of the smallest of the plan's numbers (2315–2600; a digit too many or too few, or the wrong unit? Did you mean 2400?); no forecast"],
  ])("far below: %s (%s)", (cell, code, actuals, meant, zh, en) => {
    const issue = run(actuals).find((i) => i.cell === cell);
    expect(issue).toMatchObject({ code, suggestion: meant });
    expect(describeIssue(issue!, "zh")).toContain(zh);
    expect(describeIssue(issue!, "en")).toContain(en);
    // a guess, confirmed one at a time, never in 全部修正
    const [fix] = buildFixes([item("7", "lagging", { value: String(actuals[2023] ?? ""), issues: [{ ...issue!, message: "m", messageEn: "m" }] })]);
    expect(fix).toMatchObject({ cell, to: meant, guess: "scale" });
  });

  // one suggestion per cell: where §2 or §2a already reads the cell (a fraction, a percent style), §8f adds none
  test.each<[string, IndicatorSpec, CellValue, string[]]>([
    // §2a outside a % row: 3.1% typed in a 万人 row is stored 0.031, offered 3.1 as shown; far below, but not offered twice
    ["3.1% typed in a 万人 row (§2a): one offer, the percent style's", { ...road, name: "城镇新增就业人数", unit: "万人", baseline: "2", target: "4" }, { type: "number", value: 0.031, percentStyle: true }, ["percent_style_unit 3.1", "far_from_plan -"]],
    // §2's fraction (plan ≥ 10): an error, so no §8f at all
    ["0.835 in a ≥85 % row (§2's fraction)", { ...road, name: "森林覆盖率", unit: "%", baseline: "80", target: "≥85" }, num(0.835), ["percent_fraction 83.5"]],
    // ×100 in a % row is §2's: below its error (plan < 10) §2 asks 0.06 against 5–8 as a fraction (fraction_suspect, trial47b
    // F1), and §8f, far below, is not said beside it (one question per cell)
    ["0.06 in a 5 → 8 % row: §2's fraction asked, not §8f", { ...road, name: "城镇调查失业率", unit: "%", baseline: "5", target: "8" }, num(0.06), ["fraction_suspect 6"]],
    ["95% typed in a % row (§2a)", { ...road, name: "森林覆盖率", unit: "%", baseline: "80", target: "≥85" }, { type: "number", value: 0.95, percentStyle: true }, ["percent_typed 95"]],
  ])("%s", (_why, spec, cell, offers) => {
    const issues = evaluateIndicator({ spec, year: 2023, actuals: { 2023: cell }, cells: { 2023: "K7" } }).issues.filter((i) => i.cell === "K7" && i.severity !== "info");
    expect(issues.map((i) => `${i.code} ${i.suggestion ?? "-"}`)).toEqual(offers);
    expect(issues.filter((i) => i.suggestion !== undefined).length).toBeLessThanOrEqual(1);
  });

  test("no slip lands near: said as before, nothing offered", () => {
    const small: IndicatorSpec = { ...road, name: "示范基地数", unit: "个", baseline: "1", target: "2" }; // 1e9 is 5e8 × 2: ÷ 10000 is still far (a count: no §2 scale slip)
    const [far] = evaluateIndicator({ spec: small, year: 2023, actuals: { 2023: num(1e9) } }).issues.filter((i) => i.code === "far_from_plan");
    expect(far?.suggestion).toBeUndefined();
    expect(describeIssue(far!, "zh")).not.toContain("是否应为");
  });
});
