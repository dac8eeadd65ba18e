import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { explainWarnings } from "../../src/domain/explainWarnings";

/**
 * trial40a: 单位地区生产总值二氧化碳排放降低 〔18〕 filled 3.5, then -3.5 (a bulletin's 「增长 -3.5%」 copied with its
 * sign): check said only 严重滞后 and 滞后指标须填写说明. A fall-rate row's year typed negative after positive years is
 * asked about (`fall_negative`, §3a rule 3, our reading), graded as typed.
 */
const co2 = { name: "单位地区生产总值二氧化碳排放降低（%）", unit: "%", baseline: "", target: "〔18〕", baselineYear: 2020, targetYear: 2025 };
const pm = { name: "细颗粒物（PM2.5）浓度下降率（%）", unit: "%", baseline: "", target: "〔10〕", baselineYear: 2020, targetYear: 2025 };
const energy = { name: "单位地区生产总值能耗降低（%）", unit: "%", baseline: "", target: "3", baselineYear: 2020, targetYear: 2025 };
const gdp = { name: "地区生产总值增长（%）", unit: "%", baseline: "", target: "6", baselineYear: 2020, targetYear: 2025 };
const actuals = (values: number[]): Record<string, CellValue> => Object.fromEntries(values.map((v, i) => [String(2021 + i), num(v)]));
const cells = { 2021: "I15", 2022: "J15", 2023: "K15" };

describe("a fall rate typed negative after positive years is asked about", () => {
  test.each<[string, typeof co2, number[], string | null, string | null, string]>([
    ["the trial: 3.5 then -3.5 in a 降低 row", co2, [3.5, -3.5],
      "J15：本年值 -3.5 为负数，往年均为正数：是否应为 3.5？（降低率通常填正数）；若确为上升，请在说明中写明",
      "J15: this year's -3.5 is negative where the earlier years are positive: did you mean 3.5? (a fall rate, 降低, is usually entered as a positive number); if it truly rose, explain it in 说明", "severe"],
    ["a 下降率 row: 2.0 then -2.1", pm, [2, -2.1], "是否应为 2.1？（下降率通常填正数）", "did you mean 2.1?", "severe"],
    ["a yearly fall-rate row (not cumulative)", energy, [3.2, 3.1, -3], "是否应为 3？（降低率通常填正数）", "did you mean 3?", "lagging"],
    ["a negative first year: no earlier year to go by", co2, [-3.5], null, null, "severe"],
    ["negative after a negative year: the county's habit, not a slip", co2, [-1, -3.5], null, null, "severe"],
    ["a positive year: nothing", co2, [3.5, 3.6], null, null, "lagging"],
    ["a rise row (增长) is no fall rate", gdp, [6.1, -1.2], null, null, "lagging"],
  ])("%s", (_why, spec, values, zh, en, status) => {
    const year = 2020 + values.length;
    const r = evaluateIndicator({ spec, year, actuals: actuals(values), cells, sheet: "南平市" });
    const asked = r.issues.filter((i) => i.code === "fall_negative");
    expect(asked.map((i) => i.severity)).toEqual(zh === null ? [] : ["warning"]);
    if (asked[0] && zh !== null && en !== null) {
      expect(describeIssue(asked[0], "zh")).toContain(zh);
      expect(describeIssue(asked[0], "en")).toContain(en);
    }
    // only a question: the status is the rules' for the value as typed
    expect(r.status).toBe(status);
  });

  test("a 说明 keeps it", () => {
    const r = evaluateIndicator({ spec: co2, year: 2022, actuals: actuals([3.5, -3.5]) });
    const [i] = explainWarnings(r.issues.filter((x) => x.code === "fall_negative"), "受疫情后产能恢复影响，排放强度上升");
    expect(i && describeIssue(i, "zh")).toMatch(/？（降低率通常填正数）（已说明）$/);
    expect(i && describeIssue(i, "en")).toMatch(/number\) \(explained\)$/);
  });
});

/**
 * trial46a F3: 义乌市 单位GDP能源消耗降低 〔13.5〕 2021 = 3.0, 2022 = −1.5 (a bulletin's 「增长 −1.5%」), 2023 = 2.8: the 2023
 * check asked only of 2023's cell, so J17 said nothing and −1.5 went into the sum 4.3 and the forecast. Every year of the
 * return up to Y is asked (§3a, our reading), an earlier year's on its own cell with its year; the status stays as typed.
 */
const yiwu = { name: "单位GDP能源消耗降低（%）", unit: "%", baseline: "—", target: "〔13.5〕", baselineYear: 2020, targetYear: 2025 };
const yearly = { ...energy, target: "3" };
const waste = { name: "生活垃圾产生量（万吨）", unit: "万吨", baseline: "50", target: "≤45", baselineYear: 2020, targetYear: 2025 };

describe("an earlier year of a fall rate typed negative after positive years is asked about on its own cell (trial46a F3)", () => {
  test.each<[string, typeof co2, number[], Array<[string, string, string]>, string]>([
    ["the trial: 3.0, -1.5, 2.8 in a 〔13.5〕 row, 2023", yiwu, [3, -1.5, 2.8],
      [["J15", "J15：2022 年的数值 -1.5 为负数，此前各年均为正数：是否应为 1.5？（降低率通常填正数）；若确为上升，请在说明中写明",
        "J15: 2022's value -1.5 is negative where the years before it are positive: did you mean 1.5? (a fall rate, 降低, is usually entered as a positive number); if it truly rose, explain it in 说明"]], "lagging"],
    ["a yearly fall rate: 3.2, -3.1, 3", yearly, [3.2, -3.1, 3], [["J15", "J15：2022 年的数值 -3.1 为负数", "J15: 2022's value -3.1 is negative"]], "met"],
    ["2023 negative in the 2024 return, after 2021 and 2022: on K15", co2, [3.5, 3.6, -3.4, 3.7], [["K15", "K15：2023 年的数值 -3.4 为负数", "K15: 2023's value -3.4 is negative"]], "lagging"],
    ["2022 negative then Y negative: 2022 asked, Y not (a year before it is negative)", co2, [3.5, -3.5, -3.6], [["J15", "2022 年的数值 -3.5", "2022's value -3.5"]], "severe"],
    ["2021 negative: no earlier year to go by, nor for 2022 after it", co2, [-3.5, -1, 3.6], [], "severe"],
    ["a rise row (增长) is no fall rate", gdp, [6.1, -1.2, 6], [], "met"],
    ["a row that is no rate (生活垃圾产生量) is never asked", waste, [49, -48, 47], [], "on_track"],
  ])("%s", (_why, spec, values, asked, status) => {
    const year = 2020 + values.length;
    const r = evaluateIndicator({ spec, year, actuals: actuals(values), cells: { ...cells, 2024: "L15" }, sheet: "义乌市" });
    const got = r.issues.filter((i) => i.code === "fall_negative");
    expect(got.map((i) => [i.cell, i.severity])).toEqual(asked.map(([c]) => [c, "warning"]));
    asked.forEach(([, zh, en], k) => {
      const i = got[k];
      expect(i && describeIssue(i, "zh")).toContain(zh);
      expect(i && describeIssue(i, "en")).toContain(en);
    });
    // only a question: the status is the rules' for the values as typed
    expect(r.status).toBe(status);
  });

  test.each<[string, number[], string, string]>([
    ["the earlier year's, with a 说明", [3, -1.5, 2.8], "2022 年的数值 -1.5 为负数，此前各年均为正数：是否应为 1.5？（降低率通常填正数）（已说明）", "2022's value -1.5 is negative where the years before it are positive: did you mean 1.5? (a fall rate, 降低, is usually entered as a positive number) (explained)"],
    ["Y's, with a 说明", [3, 1.5, -2.8], "本年值 -2.8 为负数，往年均为正数：是否应为 2.8？（降低率通常填正数）（已说明）", "this year's -2.8 is negative where the earlier years are positive: did you mean 2.8? (a fall rate, 降低, is usually entered as a positive number) (explained)"],
  ])("a 说明 keeps it: %s", (_why, values, zh, en) => {
    const r = evaluateIndicator({ spec: yiwu, year: 2023, actuals: actuals(values) });
    const [i, more] = explainWarnings(r.issues.filter((x) => x.code === "fall_negative"), "2022年受能耗双控影响，能耗强度上升1.5%");
    expect(more).toBeUndefined();
    expect(i && describeIssue(i, "zh")).toBe(zh);
    expect(i && describeIssue(i, "en")).toBe(en);
  });
});
