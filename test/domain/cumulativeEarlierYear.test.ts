import { num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * trial32 (B file, 新改建农村公路 ［650］): a yearly row's earlier year said "I4：2021 年的数值不能使用（…），评估的趋势与预测
 * 不计入该年：请改正", a cumulative row's just "I8：填写的是文本「120」…", neither its year nor that the sum cannot be made.
 * A cumulative row's earlier-year error keeps its code and fix and names both (params.sumYear).
 */
const road: IndicatorSpec = { name: "新改建农村公路", unit: "公里", baseline: "/", target: "［650］", baselineYear: 2020, targetYear: 2025 };
const cells = { 2021: "I8", 2022: "J8", 2023: "K8" };

describe("a cumulative row's earlier-year error names its year and the sum it stops", () => {
  test.each<[string, CellValue, string, number | undefined, string, string]>([
    ["text that reads as a number", str("120"), "text_number", 120,
      "工作表「表1」I8：2021 年的数值不能使用（填写的是文本「120」，公式无法读取；应填数值，建议改为 120），累计数无法计算：请改正",
      "Sheet \"表1\" I8: the value for 2021 cannot be used (\"120\" is text the formulas cannot read; enter the number 120); the cumulative total cannot be summed: correct it"],
    ["words", str("已完成"), "not_a_number", undefined, "2021 年的数值不能使用（应填数值（公里 ≥ 0），实际为「已完成」），累计数无法计算：请改正", "the value for 2021 cannot be used (expected a number"],
    ["a negative amount", num(-5), "negative", undefined, "2021 年的数值不能使用（不应为负数，实际为 -5），累计数无法计算：请改正", "the value for 2021 cannot be used (must not be negative, found -5); the cumulative total cannot be summed"],
  ])("%s", (_why, typed, code, suggestion, zh, en) => {
    const r = evaluateIndicator({ spec: road, year: 2023, actuals: { 2021: typed, 2022: num(130), 2023: num(125.5) }, cells, sheet: "表1" });
    const issue = r.issues.find((i) => i.cell === "I8");
    // the code, severity and fix stay the §2 error's (the pane's fix, the status 数据异常)
    expect(issue).toMatchObject({ code, severity: "error", params: expect.objectContaining({ sumYear: 2021 }) });
    expect(issue?.suggestion).toBe(suggestion);
    expect(r.status).toBe("invalid");
    expect(describeIssue(issue!, "zh")).toContain(zh);
    expect(describeIssue(issue!, "en")).toContain(en);
  });

  test("a yearly row's earlier year is said as before (earlier_year_invalid, no sumYear)", () => {
    const yearly: IndicatorSpec = { ...road, target: "650" };
    const issue = evaluateIndicator({ spec: yearly, year: 2023, actuals: { 2021: str("120"), 2023: num(300) }, cells, sheet: "表1" }).issues.find((i) => i.cell === "I8");
    expect(issue?.code).toBe("earlier_year_invalid");
    expect(issue?.params?.["sumYear"]).toBeUndefined();
    expect(describeIssue(issue!, "zh")).toContain("2021 年的数值不能使用（填写的是文本「120」，公式无法读取；应填数值，读作 120，约为规划数值最小者的 1/5，疑似单位或数量级有误：是否应为 1200？），评估的趋势与预测不计入该年：请改正");
  });

  test("Y's own error on a cumulative row is not wrapped", () => {
    const issue = evaluateIndicator({ spec: road, year: 2023, actuals: { 2021: num(120), 2023: str("125.5") }, cells, sheet: "表1" }).issues.find((i) => i.cell === "K8");
    expect(issue?.params?.["sumYear"]).toBeUndefined();
    expect(describeIssue(issue!, "zh")).toBe("工作表「表1」K8：填写的是文本「125.5」，公式无法读取；应填数值，建议改为 125.5");
  });
});
