import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";

/**
 * A cumulative row (〔1200〕 over 2021–2025) takes each year's own amount; trial users typed the
 * running total or the period's target instead (evaluation-rules §3, our reading): warned, the
 * sum still counted.
 */
const spec = { name: "新增技术合同登记数(项)", unit: "项", baseline: "/", target: "[1200]", baselineYear: 2020, targetYear: 2025 };
const actuals = (values: Array<number | null>): Record<string, CellValue> =>
  Object.fromEntries(values.flatMap((v, i) => (v === null ? [] : [[String(2021 + i), num(v)]])));

describe("a running total typed in a cumulative row is warned", () => {
  test.each<[string, Array<number | null>, string | null]>([
    ["the period's target typed as this year's amount", [230, 250, 260, 1200], "本年值 1200 等于规划期累计目标；累计指标每年只填当年新增量，请核实"],
    ["the target in the first year", [null, null, null, 1200], "本年值 1200 等于规划期累计目标；累计指标每年只填当年新增量，请核实"],
    ["running totals 230, 480, 740, 1000", [230, 480, 740, 1000], "本年值 1000 与往年逐年累加，疑似填了累计数；累计指标每年只填当年新增量，是否应为 260？"],
    ["running totals from the third year (230, 480, 740)", [null, 230, 480, 740], "本年值 740 与往年逐年累加，疑似填了累计数；累计指标每年只填当年新增量，是否应为 260？"],
    ["yearly amounts 230, 250, 260, 270", [230, 250, 260, 270], null],
    ["yearly amounts growing 30% a year", [100, 130, 169, 220], null],
    ["one earlier year only (480 after 230)", [null, null, 230, 480], null],
    ["an earlier year fell (230, 200, then 700)", [null, 230, 200, 700], null],
  ])("%s", (_why, values, message) => {
    const r = evaluateIndicator({ spec, year: 2024, actuals: actuals(values), cells: { 2024: "L13" }, sheet: "科创" });
    const found = r.issues.filter((i) => i.code === "running_total");
    expect(found.map((i) => describeIssue(i, "zh"))).toEqual(message === null ? [] : [`工作表「科创」L13：${message}`]);
    // a warning only: the sum is still what is judged
    expect(r.value).toBe(values.reduce<number>((s, v) => s + (v ?? 0), 0));
  });

  test("the target typed as text (1,200) is warned beside the fix", () => {
    const r = evaluateIndicator({ spec, year: 2024, actuals: { ...actuals([230, 250, 260]), 2024: { type: "string", text: "1,200" } } });
    expect(r.status).toBe("invalid");
    expect(r.issues.map((i) => i.code)).toEqual(["text_number", "running_total"]);
  });

  test("a point target equal to the value is no running total", () => {
    const r = evaluateIndicator({ spec: { ...spec, target: "1200" }, year: 2024, actuals: actuals([230, 250, 260, 1200]) });
    expect(r.issues.some((i) => i.code === "running_total")).toBe(false);
  });
});
