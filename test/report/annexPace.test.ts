import { paceClause } from "../../src/domain/evaluationText";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { warningSection } from "../../src/sheet/warningSection";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The 附表's 所需年均进度 in the words of the text (降低 / 提高 / 完成, 个百分点), never raw signed
 * numbers ("需 -2.5 / 已 -0.67 人" beside "需年均降低 2.5 人，此前年均降低 0.67 人"); and a pace pair
 * that prints equal never stands beside 预计难以完成 (a fresh user's trial, 白沙县).
 */
const row = (name: string, attribute: string, unit: string, baseline: string, target: string, values: RowFacts["values"]): RowFacts => ({ name, attribute, unit, baseline, target, values });
const deaths = (values: RowFacts["values"]): RowFacts => row("生产安全事故死亡人数", "约束性", "人", "45", "≤38", values);
const rate = (values: RowFacts["values"]): RowFacts => row("亿元GDP生产安全事故死亡率", "约束性", "人/亿元", "0.030", "<0.020", values);

describe("the 附表's pace in the text's words (§6, our reading)", () => {
  test.each([
    ["东港区: 预计难以完成, the pair explains it", 2023, deaths({ 2021: 44, 2022: 44, 2023: 43 }), "需年均降低 2.5 人，此前年均降低 0.67 人"],
    ["海城区: on course, the pair", 2023, deaths({ 2021: 43, 2022: 41, 2023: 39 }), "需年均降低 0.5 人，此前年均降低 2 人"],
    ["no trajectory (the baseline met the ceiling): which way each goes", 2023, row("森林火灾受害率", "约束性", "‰", "0.5", "≤0.9", { 2021: 0.6, 2022: 0.8, 2023: 1.0 }), "需年均降低 0.05 个千分点，此前年均提高 0.17 个千分点"],
    ["a % row in 个百分点", 2023, row("应急避难场所覆盖率", "约束性", "%", "60", "≥80", { 2021: 62, 2022: 65, 2023: 68 }), "需年均提高 6 个百分点，此前年均提高 2.7 个百分点"], // the plan's whole numbers, two significant digits
    ["a cumulative target: 完成", 2023, row("单位GDP能耗降低", "约束性", "%", "/", "[14]", { 2021: 2, 2022: 2, 2023: 2 }), "需年均完成 4 个百分点，此前年均完成 2 个百分点"],
    ["白沙县: paces that print equal do not explain 预计难以完成: the pace needed alone", 2023, rate({ 2021: 0.028, 2022: 0.026, 2023: 0.024 }), "需年均降低 0.002 人/亿元"],
    ["met before T", 2023, deaths({ 2021: 40, 2022: 38, 2023: 37 }), "已达到目标"],
    ["at T: the pace so far", 2025, deaths({ 2021: 44, 2022: 43, 2023: 42, 2024: 41, 2025: 40 }), "此前年均降低 1 人"],
  ] as const)("%s", (_why, year, facts, pace) => {
    const ret = returnOf("甲县", [facts], year);
    expect(evaluationColumns(ret.items[0]!, 1, year)[11]).toBe(pace);
  });
});

describe("the pair as printed must explain the miss (§6, our reading)", () => {
  const pace = (needed: number, achieved: number, latest: { from: number; to: number; value: number } | null = null) => ({ unit: "人/亿元", cumulative: false, pace: { needed, achieved, latest } });
  test.each([
    ["白沙县: −0.002 and −0.0019999999999999996 print alike", pace(-0.002, -0.0019999999999999996, { from: 2022, to: 2023, value: -0.0019999999999999983 }), null],
    ["short by more than the rounding: the pair", pace(-0.0035, -0.001), "需年均降低 0.0035 人/亿元，此前年均降低 0.001 人/亿元"],
    ["the average prints equal, the last step falls short: 降势放缓 (a fall is never 增势)", pace(-0.002, -0.0019999999999999996, { from: 2022, to: 2023, value: -0.001 }), "需年均降低 0.002 人/亿元；此前年均降低 0.002 人/亿元，但降势放缓，2023 年比上年降低 0.001 人/亿元"],
  ] as const)("%s", (_why, i, clause) => {
    expect(paceClause(i)).toBe(clause);
  });

  // F on the strict bound it misses: one more decimal than the plan's, exactly the bound (trial44b F5)
  test("白沙县's paragraph and 预警 line: F against the target alone", () => {
    const ret = returnOf("白沙县", [rate({ 2021: 0.028, 2022: 0.026, 2023: 0.024 })], 2023);
    expect(ret.text).toContain("亿元GDP生产安全事故死亡率（预计 2025 年 0.0200 人/亿元，目标 <0.020 人/亿元）。");
    expect(warningSection(ret).lines[0]).not.toContain("此前年均");
  });
});
