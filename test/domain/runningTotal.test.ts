import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { explainWarnings } from "../../src/domain/explainWarnings";
import { JUMP_LIMITS } from "../../src/domain/tolerances";

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

/**
 * A manager's trial: running totals 230, 480, 740 corrected in 2023 alone (230, 480, 260) were told
 * "比 2022 年（480）减少 45.8%…：请改正" on the corrected 2023, and nothing of 2022's 480, whose sum
 * counts 230 twice. The jump is now said on the earlier year(s) that add up (§8a, our reading).
 */
describe("a fall after earlier running totals names those years, not the corrected one", () => {
  const cells = { 2021: "I13", 2022: "J13", 2023: "K13", 2024: "L13" };
  test.each<[string, Array<number | null>, number, string | null, string | null]>([
    ["2023 corrected, 2022 still a running total", [230, 480, 260], 2023, "J13",
      "2022 年的 480 与往年逐年累加，疑似填了累计数（当年新增应为 250？），本年 260 因而比 2022 年减少 45.8%（超过 ±30%）；累计指标每年只填当年新增量，请改正 2022 年，或在说明中写明原因"],
    ["2024 corrected, 2022 and 2023 still running totals", [3, 6.2, 9.5, 3.4], 2024, "J13",
      "2022、2023 年的 6.2、9.5 与往年逐年累加，疑似填了累计数（当年新增应为 3.2、3.3？），本年 3.4 因而比 2023 年减少 64.2%（超过 ±30%）；累计指标每年只填当年新增量，请改正 2022、2023 年，或在说明中写明原因"],
    ["a blank first year: the running totals from the second", [null, 230, 480, 260], 2024, "K13",
      "2023 年的 480 与往年逐年累加，疑似填了累计数（当年新增应为 250？），本年 260 因而比 2023 年减少 45.8%（超过 ±30%）；累计指标每年只填当年新增量，请改正 2023 年，或在说明中写明原因"],
    ["yearly amounts and a real fall: this year's jump, as before", [230, 250, 100], 2023, "K13", "比 2022 年（250）减少 60%，超过 ±30%：请改正，或在说明中写明原因"],
    ["one earlier year only: this year's jump, as before", [null, 230, 100], 2023, "K13", "比 2022 年（230）减少 56.5%，超过 ±30%：请改正，或在说明中写明原因"],
    ["running totals throughout: the year's own running_total, and its jump up, as before", [230, 480, 740], 2023, "K13", "比 2022 年（480）增加 54.2%，超过 ±30%：请改正，或在说明中写明原因"],
    ["a fall within the limit: nothing", [230, 480, 400], 2023, null, null],
  ])("%s", (_why, values, year, cell, message) => {
    const r = evaluateIndicator({ spec, year, actuals: actuals(values), cells, sheet: "科创" });
    const jumps = r.issues.filter((i) => i.code === "value_jump");
    expect(jumps.map((i) => [i.cell, describeIssue(i, "zh").replace(/^[^：]*：/, "")])).toEqual(cell === null ? [] : [[cell, message]]);
    // the sum is still what is judged
    expect(r.value).toBeCloseTo(values.reduce<number>((s, v) => s + (v ?? 0), 0), 9);
  });

  test.each<[string, Array<number | null>, number, string, "zh" | "en", string]>([
    ["one year, in English", [230, 480, 260], 2023, "", "en",
      "2022's 480 adds up the years before, likely a running total (its own amount 250?), so this year's 260 is down 45.8% since 2022 (beyond ±30%); a cumulative row takes each year's own amount: correct 2022, or explain it in 说明"],
    ["two years, in English", [3, 6.2, 9.5, 3.4], 2024, "", "en",
      "the values of 2022, 2023 (6.2, 9.5) add up the years before, likely running totals (their own amounts 3.2, 3.3?), so this year's 3.4 is down 64.2% since 2023 (beyond ±30%); a cumulative row takes each year's own amount: correct 2022, 2023, or explain it in 说明"],
    ["kept by a 说明", [230, 480, 260], 2023, "2022 年为累计数，已与统计局核对", "zh",
      "2022 年的 480 与往年逐年累加，疑似填了累计数（当年新增应为 250？），本年 260 因而比 2022 年减少 45.8%（超过 ±30%）（已说明）"],
  ])("%s", (_why, values, year, note, lang, message) => {
    const r = evaluateIndicator({ spec, year, actuals: actuals(values), cells, sheet: "科创" });
    const [jump] = explainWarnings(r.issues.filter((i) => i.code === "value_jump"), note);
    expect(describeIssue(jump!, lang).replace(/^[^：:]*[：:]\s?/, "")).toBe(message);
  });
});

/**
 * A trial's 城镇新增就业 〔5500〕: 1269, 1206, 1244, then 4975 in 2024 = the four years' running total
 * (1256 for 2024) typed once, in the latest year. Graded 提前实现 on the sum 8694 with only a jump said.
 * With every earlier year filled (two or more), a value at least their sum whose remainder is a
 * plausible year (within §8a's share limit of their mean) is the same running_total (§3, our reading).
 */
describe("the latest year typed as the running total is warned", () => {
  const jobs = { name: "城镇新增就业（万人）", unit: "万人", baseline: "〔6564〕", target: "〔5500〕", baselineYear: 2020, targetYear: 2025 };
  const energy = { name: "单位GDP能源消耗降低（%）", unit: "%", baseline: "/", target: "〔13.5〕", baselineYear: 2020, targetYear: 2025 };
  test.each<[string, typeof jobs, Array<number | null>, string | null]>([
    ["the trial: 4975 = 1269 + 1206 + 1244 + 1256", jobs, [1269, 1206, 1244, 4975], "本年值 4975 不小于 2021—2023 年之和 3719，疑似填了累计数；累计指标每年只填当年新增量，是否应为 1256（4975 − 3719）？"],
    ["two earlier years (2023's 3730)", jobs, [1269, 1206, 3730], "本年值 3730 不小于 2021—2022 年之和 2475，疑似填了累计数；累计指标每年只填当年新增量，是否应为 1255（3730 − 2475）？"],
    ["an earlier year blank: not said", jobs, [null, 1206, 1244, 3706], null],
    ["one earlier year only: not said", jobs, [1269, 2500], null],
    ["what is left is too small for a year (a real big year): not said", jobs, [1269, 1206, 1244, 3800], null],
    ["what is left is too big for a year: not said", jobs, [1269, 1206, 1244, 6000], null],
    ["yearly amounts: not said", jobs, [1269, 1206, 1244, 1256], null],
    ["a % row measures what is left in proportion, not points: 2.7, 2.5, 2.6, 10.4", energy, [2.7, 2.5, 2.6, 10.4], "本年值 10.4 不小于 2021—2023 年之和 7.8，疑似填了累计数；累计指标每年只填当年新增量，是否应为 2.6（10.4 − 7.8）？"],
    ["a % row's small year after a near-zero one (2.7, 0.1, 3.0): not said", energy, [2.7, 0.1, 3.0], null],
  ])("%s", (_why, s, values, message) => {
    const year = 2020 + values.length;
    const r = evaluateIndicator({ spec: s, year, actuals: actuals(values), cells: { [year]: "L4" }, sheet: "专栏1" });
    const found = r.issues.filter((i) => i.code === "running_total");
    expect(found.map((i) => describeIssue(i, "zh"))).toEqual(message === null ? [] : [`工作表「专栏1」L4：${message}`]);
    // a warning only: the sum is still what check judges
    expect(r.value).toBeCloseTo(values.reduce<number>((t, v) => t + (v ?? 0), 0), 9);
  });

  test("in English", () => {
    const r = evaluateIndicator({ spec: jobs, year: 2024, actuals: actuals([1269, 1206, 1244, 4975]) });
    const i = r.issues.find((x) => x.code === "running_total");
    expect(describeIssue(i!, "en")).toBe("this year's 4975 is at least the sum of 2021–2023 (3719): perhaps the running total was entered; a cumulative row takes each year's own amount: did you mean 1256 (4975 − 3719)?");
  });
});

test.each<[string, number, boolean]>([
  ["the default ±30%", 30, true],
  ["a rules file's ±1% for counts: 1256 is 1.3% from the mean 1239.7", 1, false],
])("the latest year's remainder is measured by the rules' jump limit: %s", (_why, limit, said) => {
  const spec = { name: "城镇新增就业（万人）", unit: "万人", baseline: "〔6564〕", target: "〔5500〕", baselineYear: 2020, targetYear: 2025 };
  const jumps = { ...JUMP_LIMITS, count: { by: "share" as const, limit }, amount: { by: "share" as const, limit } };
  const r = evaluateIndicator({ spec, year: 2024, actuals: actuals([1269, 1206, 1244, 4975]), jumps });
  expect(r.issues.some((i) => i.code === "running_total")).toBe(said);
});
