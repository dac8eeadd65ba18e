import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";

/**
 * A trial's 人均预期寿命（岁）, baseline 77.3, target 〔1〕 (the national 纲要 writes the rise as a
 * five-year total): a filer typed 78.6, the year's level, and check said 已达标 with progress >999%
 * and no word (§8f measures against the baseline 77.3). A cumulative row's cell above the whole
 * period's total yet within §8a's limit of the baseline level is the level typed for the year's rise
 * (`level_typed`, §3/§8, our reading). A real big year (most of the total at once) is not.
 */
const life = { name: "人均预期寿命（岁）", unit: "岁", baseline: "77.3", target: "〔1〕", baselineYear: 2020, targetYear: 2025 };
const forest = { name: "森林覆盖率提高（%）", unit: "%", baseline: "24.1", target: "〔1〕", baselineYear: 2020, targetYear: 2025 };
const jobs = { name: "城镇新增就业（万人）", unit: "万人", baseline: "1300", target: "〔5500〕", baselineYear: 2020, targetYear: 2025 };
const actuals = (values: Array<number | null>): Record<string, CellValue> =>
  Object.fromEntries(values.flatMap((v, i) => (v === null ? [] : [[String(2021 + i), num(v)]])));

describe("a level typed into a cumulative amount row is warned", () => {
  test.each<[string, typeof life, Array<number | null>, string | null]>([
    ["the trial: 78.6 in 2023, 2021–2022 blank", life, [null, null, 78.6],
      "本年值 78.6 超过规划期累计目标 1 的 78.6 倍，又接近基期值 77.3，疑似填了当年的水平值；累计指标每年只填当年新增量（提高值 = 本年水平 − 2020 年水平 77.3），是否应为 1.3？"],
    ["levels every year: the rise since last year's level", life, [77.8, 78.2, 78.6],
      "本年值 78.6 超过规划期累计目标 1 的 78.6 倍，又接近基期值 77.3，疑似填了当年的水平值；累计指标每年只填当年新增量（提高值 = 本年水平 − 2022 年水平 78.2），是否应为 0.4？"],
    ["rises in earlier years, then the level: the level before is the baseline and those rises", life, [0.2, 0.3, 78.6],
      "本年值 78.6 超过规划期累计目标 1 的 78.6 倍，又接近基期值 77.3，疑似填了当年的水平值；累计指标每年只填当年新增量（提高值 = 本年水平 − 2022 年水平 77.8），是否应为 0.8？"],
    ["a % row: 24.5 against 24.1, 〔1〕", forest, [null, null, 24.5],
      "本年值 24.5 超过规划期累计目标 1 的 24.5 倍，又接近基期值 24.1，疑似填了当年的水平值；累计指标每年只填当年新增量（提高值 = 本年水平 − 2020 年水平 24.1），是否应为 0.4？"],
    ["the year's own rise: not said", life, [0.2, 0.3, 0.2], null],
    ["a big year below the whole total: not said", jobs, [4000], null],
    ["a year above the whole total but far from the baseline level: not said", jobs, [5600], null],
  ])("%s", (_why, s, values, message) => {
    const year = 2020 + values.length;
    const r = evaluateIndicator({ spec: s, year, actuals: actuals(values), cells: { [year]: "K16" }, sheet: "全国专栏1" });
    const found = r.issues.filter((i) => i.code === "level_typed");
    expect(found.map((i) => describeIssue(i, "zh"))).toEqual(message === null ? [] : [`工作表「全国专栏1」K16：${message}`]);
    expect(found.every((i) => i.severity === "warning")).toBe(true);
  });

  test("a baseline written as a period total (〔6564〕) is no level: not said", () => {
    const r = evaluateIndicator({ spec: { ...jobs, baseline: "〔6564〕" }, year: 2021, actuals: actuals([6000]) });
    expect(r.issues.map((i) => i.code)).not.toContain("level_typed");
  });

  test("in English", () => {
    const r = evaluateIndicator({ spec: life, year: 2023, actuals: actuals([null, null, 78.6]) });
    const i = r.issues.find((x) => x.code === "level_typed");
    expect(i && describeIssue(i, "en")).toBe("this year's 78.6 is 78.6 times the whole period's total of 1 yet close to the baseline 77.3: perhaps the year's level was entered; a cumulative row takes each year's own amount (the rise = this year's level − the 2020 level 77.3): did you mean 1.3?");
  });
});
