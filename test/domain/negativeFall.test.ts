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
