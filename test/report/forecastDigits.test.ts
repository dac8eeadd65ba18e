import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { evaluationSheet } from "../../src/sheet/evaluationSheets";
import { warningSection } from "../../src/sheet/warningSection";
import { unitAfterNumber } from "../../src/domain/unitAfterNumber";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A forecast is shown with the plan's own digits (its baseline's and target's, at least two significant
 * digits: planDecimals), and more where fewer would
 * read as the other side of the target (a fresh user's trial: 0.0163 shown as 0.02 against
 * `<0.020`, beside 预计可完成). The 评估 sheet holds it as a number with a number format that shows
 * the same digits as the paragraph, the 预警 list and the 附表.
 */
const rate = (values: RowFacts["values"]): RowFacts => ({ name: "亿元GDP生产安全事故死亡率", attribute: "约束性", unit: "人/亿元", baseline: "0.030", target: "<0.020", values });

describe("a forecast's digits follow its target's and never cross it (§6, our reading)", () => {
  test.each([
    // least squares through 0.030 (2020), .027, .024, .022 → 0.0163 at 2025
    ["0.0163 against <0.020: three decimals, as the target", rate({ 2021: 0.027, 2022: 0.024, 2023: 0.022 }), true, "0.016", 0.016, "0.000"],
    // 0.030, .028, .026, .024 → 0.020 at 2025: on the line, not below it
    // on the bound it misses: one more decimal, so it reads as exactly the bound, no rounding (trial44b F5)
    ["0.020 against <0.020: the target's digits and one more, not 0.02", rate({ 2021: 0.028, 2022: 0.026, 2023: 0.024 }), false, "0.0200", 0.02, "0.0000"],
    // 0.030, .028, .026, .0239 → 0.01987: 0.020 at three decimals would read as failing the target it meets
    ["0.01987 against <0.020: one more decimal, so it reads as meeting it", rate({ 2021: 0.028, 2022: 0.026, 2023: 0.0239 }), true, "0.0199", 0.0199, "0.0000"],
    // 45 → 44, 44, 43 → 41.9 against ≤38
    // the plan writes whole numbers (45, ≤38): so is the forecast, two significant digits at least
    ["41.9 against ≤38: 42, the plan's whole numbers", { name: "生产安全事故死亡人数", attribute: "约束性", unit: "人", baseline: "45", target: "≤38", values: { 2021: 44, 2022: 44, 2023: 43 } }, false, "42", 42, "0"],
    // a manager's trial: 28649.77元 against 25000 → 33000
    ["29539.4 against 33000: 29539, the plan's whole numbers", { name: "农村居民人均可支配收入", attribute: "预期性", unit: "元", baseline: "25000", target: "33000", values: { 2021: 25903, 2022: 26851, 2023: 27707 } }, false, "29539", 29539, "0"],
    ["1.769 against <1.75, its unit a dash: two decimals, as 1.85 → <1.75, and no unit", { name: "城乡居民收入比", attribute: "预期性", unit: "—", baseline: "1.85", target: "<1.75", values: { 2021: 1.83, 2022: 1.82, 2023: 1.80 } }, false, "1.77", 1.77, "0.00"],
    // trial27b: 79 → 79.1 printed 79 beside --json's 79.5; here 79, 79.5, 79.7, 79.1 read 79.49999999999999 at 2025 in binary,
    // 79.5 as a decimal, and 79 would read as the other side of ≥80 from it: one decimal
    ["79.5 against ≥80: the decimal 79.5, not the binary 79.4999…", { name: "人均预期寿命", attribute: "预期性", unit: "岁", baseline: "79", target: "≥80", values: { 2021: 79.5, 2022: 79.7, 2023: 79.1 } }, false, "79.5", 79.5, "0.0"],
    // 16, 16.3, 16.6, 16.9 → 17.499999999999996: 17.5, never 17
    ["17.5 against ≥18: a rising line's half", { name: "每万人发明专利拥有量", attribute: "预期性", unit: "件", baseline: "16", target: "≥18", values: { 2021: 16.3, 2022: 16.6, 2023: 16.9 } }, false, "17.5", 17.5, "0.0"],
    // 80, 80.5, 80.7, 80.1 → 80.49999999999999 against ≥90: to the plan's whole numbers 81, as a person rounds 80.5
    ["80.5 against ≥90: half up, 81", { name: "人均预期寿命", attribute: "预期性", unit: "岁", baseline: "80", target: "≥90", values: { 2021: 80.5, 2022: 80.7, 2023: 80.1 } }, false, "81", 81, "0"],
    // trial44b F5: 98, 98.2, 98.3, 98.4 → 98.68 against >99 read 99 beside 目标 >99, as if reached: one more decimal
    ["98.68 against >99: 98.7, never the bound 99 it misses", { name: "困难残疾人生活补贴覆盖率", attribute: "约束性", unit: "%", baseline: "98", target: ">99", values: { 2021: 98.2, 2022: 98.3, 2023: 98.4 } }, false, "98.7", 98.7, "0.0"],
    // 25, 24, 23, 22.2 → 20.26 against <20: 20.3, never 20
    ["20.26 against <20: 20.3, never the bound 20 it misses", { name: "细颗粒物平均浓度", attribute: "约束性", unit: "微克/立方米", baseline: "25", target: "<20", values: { 2021: 24, 2022: 23, 2023: 22.2 } }, false, "20.3", 20.3, "0.0"],
    // 25, 24, 23, 22 → 20 on the line: the bound itself, one more decimal to say it is exactly 20
    ["20 against <20: on the bound, 20.0", { name: "细颗粒物平均浓度", attribute: "约束性", unit: "微克/立方米", baseline: "25", target: "<20", values: { 2021: 24, 2022: 23, 2023: 22 } }, false, "20.0", 20, "0.0"],
    // 80, 80.5, 81, 81.5 → 83 against ≥85: not the bound, the plan's digits
    ["83 against ≥85: off the bound, as the plan writes it", { name: "人均预期寿命", attribute: "预期性", unit: "岁", baseline: "80", target: "≥85", values: { 2021: 80.5, 2022: 81, 2023: 81.5 } }, false, "83", 83, "0"],
    ["35 against ≤38: a whole number", { name: "生产安全事故死亡人数", attribute: "约束性", unit: "人", baseline: "45", target: "≤38", values: { 2021: 43, 2022: 41, 2023: 39 } }, true, "35", 35, "0"],
  ] as const)("%s", (_why, row, meets, shown, cell, numFmt) => {
    const ret = returnOf("海城区", [row], 2023);
    const item = ret.items[0]!;
    expect(item.graded.forecast.meets).toBe(meets);
    // the 附表, the 分领域-style forecast words of the paragraph or 预警 list, and the sheet's number agree
    expect(evaluationColumns(item, 1, 2023)[10]).toBe(`${shown}（${meets ? "预计可完成" : "预计难以完成"}）`);
    if (!meets) {
      // a dash for the unit is none: "1.77", never "1.77—"; a word unit after a space (unitAfterNumber)
      const u = unitAfterNumber(row.unit);
      expect(ret.text).toContain(`预计 2025 年 ${shown}${u}，目标 ${row.target}`);
      expect(warningSection(ret).lines[0]).toContain(`按目前趋势预计 2025 年为 ${shown}${u}，目标 ${row.target}`);
    }
    const sheet = evaluationSheet(ret, "评估");
    const header = sheet.cells.filter((c) => /^[A-Z]+4$/.test(c.address));
    const col = header.find((c) => c.value === "预测2025")?.address.replace("4", "");
    const c = sheet.cells.find((x) => x.address === `${col}5`);
    expect([c?.value, c?.numFmt]).toEqual([cell, numFmt]);
  });
});

describe("a five-year total's forecast: two significant digits, no zero they add (trial45a F5)", () => {
  const total = (target: string, each: number, last = each): RowFacts => ({ name: "重点地区总磷排放总量减少", attribute: "预期性", unit: "%", baseline: "-", target, values: { 2021: each, 2022: each, 2023: last } });
  // 6.25 → 6.3 and 18.625 → 19 against whole 〔15〕 and 〔18〕: each two significant digits (planDecimals), as the paces;
  // an F of 5 read "累计 5.0%" beside "累计 20%": the zero those digits add is dropped, as the paces drop it
  test.each<[string, RowFacts, boolean, string, number, string]>([
    ["5 against 〔10〕: 5, as 20 reads 20, not 5.0", total("〔10〕", 1), false, "5", 5, "0"],
    ["4.96 against 〔10〕: 5 at the plan's whole numbers, not 5.0", total("〔10〕", 1, 0.976), false, "5", 4.96, "0"],
    ["20 against 〔25〕: 20", total("〔25〕", 4), false, "20", 20, "0"],
    ["6.25 against 〔15〕: two significant digits, 6.3", total("〔15〕", 1.25), false, "6.3", 6.25, "0.0"],
    ["18.625 against 〔18〕: two significant digits, 19", total("〔18〕", 3.725), true, "19", 18.625, "0"],
  ])("%s", (_why, row, meets, shown, value, numFmt) => {
    const ret = returnOf("海城区", [row], 2023);
    const item = ret.items[0]!;
    expect(item.graded.forecast.meets).toBe(meets);
    expect(item.graded.forecast.value).toBeCloseTo(value, 9);
    expect(evaluationColumns(item, 1, 2023)[10]).toBe(`${shown}（${meets ? "预计可完成" : "预计难以完成"}）`);
    if (!meets) expect(ret.text).toContain(`预计 2025 年累计 ${shown}%，目标 〔`);
    const sheet = evaluationSheet(ret, "评估");
    const col = sheet.cells.find((c) => /^[A-Z]+4$/.test(c.address) && c.value === "预测2025")?.address.replace("4", "");
    expect(sheet.cells.find((x) => x.address === `${col}5`)?.numFmt).toBe(numFmt);
  });
});
