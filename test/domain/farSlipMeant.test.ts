import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { farSlipMeant } from "../../src/domain/farSlipMeant";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { buildFixes } from "../../src/ui/shared/buildFixes";
import { item } from "../ui/items";

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
    ["far below: not this rule's", 8.1, [80.51, 81.8], undefined, null],
  ])("%s: %s in %j → %s", (_why, value, plan, span, meant) => {
    expect(farSlipMeant(value, plan, span)).toBe(meant);
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

  test("no slip lands near: said as before, nothing offered", () => {
    const small: IndicatorSpec = { ...road, name: "示范基地数", unit: "个", baseline: "1", target: "2" }; // 1e9 is 5e8 × 2: ÷ 10000 is still far (a count: no §2 scale slip)
    const [far] = evaluateIndicator({ spec: small, year: 2023, actuals: { 2023: num(1e9) } }).issues.filter((i) => i.code === "far_from_plan");
    expect(far?.suggestion).toBeUndefined();
    expect(describeIssue(far!, "zh")).not.toContain("是否应为");
  });
});
