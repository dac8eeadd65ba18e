import { num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { ungradedDoubt } from "../../src/domain/ungradedDoubt";
import { buildFixes } from "../../src/ui/shared/buildFixes";
import { item } from "../ui/items";

/**
 * Session 42: an earlier year's cell is read as the current year's is.
 * - §2a: a number typed with % in a row whose unit is not % (0.7% in a cumulative 个百分点 row, stored 0.007) drew
 *   nothing in the next year's check while Y was blank (only rollover named it): it is said with its year, check's
 *   offer of the number as shown (0.7) kept; where Y's sum does not read it, it leaves Y's grade alone.
 * - §8f: a number typed as text there (「11200」 in a 1.0 → 1.2 万人次 row) was offered 11200 「请先核对」, where Y's own
 *   gets the slip reading (读作 11200，约为…：是否应为 1.12？): now the same, an earlier year's too, marked a guess.
 */
const pct = (value: number): CellValue => ({ type: "number", value, percentStyle: true });
const points: IndicatorSpec = { name: "数字经济核心产业增加值占GDP比重提高", unit: "个百分点", baseline: "/", target: "[3]", baselineYear: 2020, targetYear: 2025 };
const ratio: IndicatorSpec = { name: "城乡居民收入比", unit: "比", baseline: "1.85", target: "<1.75", baselineYear: 2020, targetYear: 2025 };
const visits: IndicatorSpec = { name: "图书馆年接待人次", unit: "万人次", baseline: "1.0", target: "1.2", baselineYear: 2020, targetYear: 2025 };
const cells = { 2021: "I5", 2022: "J5", 2023: "K5", 2024: "L5", 2025: "M5" };
const run = (spec: IndicatorSpec, actuals: Record<string, CellValue>, year = 2024) => evaluateIndicator({ spec, year, actuals, cells, sheet: "表1" });

describe("an earlier year's percent-styled number in a row whose unit is not %", () => {
  test.each<[string, IndicatorSpec, Record<string, CellValue>, number, string, string]>([
    ["cumulative 个百分点, 2024 blank after rollover", points, { 2021: num(0.5), 2022: num(0.6), 2023: pct(0.007) }, 0.7,
      "K5：2023 年的数值：单元格为百分比格式（显示「0.7%」），本行单位为 个百分点，按存储的数值 0.007 计；如应为 0.7，请把单元格格式改为常规，再填 0.7",
      "K5: the 2023 value: the cell is in a percent style (shows \"0.7%\") but the row's unit is 个百分点: counted as the stored 0.007; if 0.7 is meant, set the cell to General and enter 0.7"],
    ["a 比 row, 2024 filled", ratio, { 2022: pct(0.0183), 2023: num(1.82), 2024: num(1.8) }, 1.83,
      "J5：2022 年的数值：单元格为百分比格式（显示「1.83%」），本行单位为 比，按存储的数值 0.0183 计；如应为 1.83",
      "J5: the 2022 value: the cell is in a percent style (shows \"1.83%\")"],
  ])("%s", (_why, spec, actuals, meant, zh, en) => {
    const r = run(spec, actuals);
    const i = r.issues.find((x) => x.code === "percent_style_unit");
    expect(i).toMatchObject({ severity: "warning", suggestion: meant });
    expect(describeIssue(i!, "zh")).toContain(zh);
    expect(describeIssue(i!, "en")).toContain(en);
    // Y's grade is Y's own cell's: an earlier year's slip outside Y's sum keeps no row from being graded
    expect(ungradedDoubt({ spec, year: 2024, actuals, cells, sheet: "表1" }, r)).toBeNull();
  });

  test("once Y is filled, Y's sum reads it: said as before, and the row not graded (§6)", () => {
    const actuals = { 2021: num(0.5), 2022: num(0.6), 2023: pct(0.007), 2024: num(0.6) };
    const r = run(points, actuals);
    expect(r.issues.filter((x) => x.code === "percent_style_unit").map((x) => [x.cell, x.suggestion])).toEqual([["K5", 0.7]]);
    expect(ungradedDoubt({ spec: points, year: 2024, actuals, cells, sheet: "表1" }, r)?.code).toBe("percent_style_unit");
  });
});

describe("an earlier year's number typed as text, read as Y's would be", () => {
  test.each<[string, IndicatorSpec, Record<string, CellValue>, string, number, string, string]>([
    ["「11200」 in a 1.0 → 1.2 万人次 row, 2024 blank", visits, { 2022: str("11200") }, "earlier_year_invalid", 1.12,
      "2022 年的数值不能使用（填写的是文本「11200」，公式无法读取；应填数值，读作 11200，约为规划数值最大者的 9333.3 倍，疑似单位或数量级有误：是否应为 1.12？）",
      "the value for 2022 cannot be used (\"11200\" is text the formulas cannot read; read as 11200, about 9333.3 times the largest of the plan's numbers: the wrong unit or a digit too many or too few? Did you mean 1.12?)"],
    ["the same, 2024 filled", visits, { 2022: str("11200"), 2023: num(1.1), 2024: num(1.12) }, "earlier_year_invalid", 1.12, "读作 11200，约为规划数值最大者的 9333.3 倍", "read as 11200, about 9333.3 times"],
    ["a near number as text keeps its plain offer", visits, { 2022: str("1.08"), 2024: num(1.12) }, "earlier_year_invalid", 1.08, "应填数值，建议改为 1.08）", "enter the number 1.08)"],
  ])("%s", (_why, spec, actuals, code, offered, zh, en) => {
    const i = run(spec, actuals).issues.find((x) => x.code === code);
    expect(i?.suggestion).toBe(offered);
    expect(describeIssue(i!, "zh")).toContain(zh);
    expect(describeIssue(i!, "en")).toContain(en);
    expect(describeIssue(i!, "zh")).not.toContain("请先核对");
  });

  test.each<[string, Record<string, CellValue>, string | undefined]>([
    ["a slip reading is offered as a guess (one at a time, not in 全部修正)", { 2022: str("11200") }, "scale"],
    ["a plain text number is no guess", { 2022: str("1.08") }, undefined],
  ])("the pane's fix: %s", (_why, actuals, guess) => {
    const issues = run(visits, actuals).issues.map((x) => ({ ...x, message: "", messageEn: "" }));
    const [fix] = buildFixes([item("5", "missing", { cells: { "2022": "J5", "2024": "L5" }, issues })]);
    expect(fix?.guess).toBe(guess);
  });
});
