import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";

/**
 * Trial33 T1: 单位GDP二氧化碳排放降低（%） 〔18〕 filled 3.8 every year 2021–2025 reads 已达标 (the sum, 19, §3's
 * contract), while yearly falls of an intensity compound: 1 − 0.962^5 = 17.6% < 18. The status and the sum stand;
 * where the falls compounded and their sum disagree on whether the target is met, the row is warned (`compounded_fall`,
 * §3 our reading), on Y's cell. Session 33 left alone: it was warned also where only the pace's band differed (a row on
 * the 序时进度 line before T, or 滞后 against 严重滞后 at T), which changes nothing a user is told that matters.
 */
const spec = (name: string, unit: string, target: string) => ({ name, unit, baseline: "", target, baselineYear: 2020, targetYear: 2025 });
const co2 = spec("单位GDP二氧化碳排放降低（%）", "%", "〔18〕");
const energy = spec("单位GDP能源消耗降低（%）", "%", "[13.5]");
const actuals = (values: Array<number | null>): Record<string, CellValue> =>
  Object.fromEntries(values.flatMap((v, i) => (v === null ? [] : [[String(2021 + i), num(v)]])));
const cells = { 2021: "I9", 2022: "J9", 2023: "K9", 2024: "L9", 2025: "M9" };

describe("yearly falls of a rate, compounded, beside their sum", () => {
  test.each<[string, ReturnType<typeof spec>, Array<number | null>, string, string[]]>([
    ["the trial: 3.8 a year against 〔18〕", co2, [3.8, 3.8, 3.8, 3.8, 3.8], "met",
      ["M9：按各年降低率连乘，2021—2025 年累计降低 17.6%，低于目标 18（各年相加为 19%，已达标）；规划按连乘计算时本项未完成，请核对"]],
    ["the trial: 2.8 a year against [13.5]", energy, [2.8, 2.8, 2.8, 2.8, 2.8], "met",
      ["M9：按各年降低率连乘，2021—2025 年累计降低 13.2%，低于目标 13.5（各年相加为 14%，已达标）；规划按连乘计算时本项未完成，请核对"]],
    ["a blank year adds nothing, as in the sum", co2, [4.5, null, 4.5, 4.5, 4.5], "met",
      ["M9：按各年降低率连乘，2021—2025 年累计降低 16.8%，低于目标 18（各年相加为 18%，已达标）；规划按连乘计算时本项未完成，请核对"]],
    ["mid-term, on the pace line: only the band differs (符合序时进度 against 滞后), nothing", co2, [3.6, 3.6, 3.6], "on_track", []],
    ["at T both miss: only the band differs (滞后 against 严重滞后), nothing", co2, [1.8, 1.8, 1.8, 1.8, 1.8], "lagging", []],
    ["before T, the sum already meets the target and the product does not", co2, [6.2, 6.2, 6.2], "met",
      ["K9：按各年降低率连乘，2021—2023 年累计降低 17.5%，低于目标 18（各年相加为 18.6%，已达标）；规划按连乘计算时本项为符合序时进度，请核对"]],
    ["both readings meet: nothing", co2, [4, 4, 4, 4, 4], "met", []],
    ["both readings lag: nothing", co2, [3, 3, 3, 3, 3], "lagging", []],
    ["a running total is no year's fall: said as such, not compounded", co2, [3.8, 7.6, 11.4], "met", []],
    ["a rise is not compounded here", spec("森林覆盖率提高（%）", "%", "〔18〕"), [3.8, 3.8, 3.8, 3.8, 3.8], "met", []],
    ["an amount's fall is no rate", spec("化肥使用量减少（万吨）", "万吨", "〔18〕"), [3.8, 3.8, 3.8, 3.8, 3.8], "met", []],
  ])("%s", (why, s, values, status, messages) => {
    const r = evaluateIndicator({ spec: s, year: 2020 + values.length, actuals: actuals(values), cells, sheet: "某市专栏1" });
    expect(r.issues.filter((i) => i.code === "compounded_fall").map((i) => describeIssue(i, "zh").replace(/^工作表「某市专栏1」/, ""))).toEqual(messages);
    // §3's sum and status, as the sheet's formula gives them: the warning never moves them
    expect(r.status).toBe(status);
    expect(r.value).toBeCloseTo(values.reduce<number>((a, b) => a + (b ?? 0), 0), 9);
    // the running totals' case is no empty case: its own warning speaks
    expect(r.issues.some((i) => i.code === "running_total")).toBe(why.startsWith("a running total"));
    if (messages.length > 0) expect(r.issues.find((i) => i.code === "compounded_fall")?.severity).toBe("warning");
  });

  test.each<[string, Array<number | null>, string]>([
    ["at the end", [3.8, 3.8, 3.8, 3.8, 3.8], "compounding the yearly falls, 2021–2025 come to a fall of 17.6%, below the target of 18 (the years add up to 19%: met); if the plan compounds them, this row is not achieved: please check"],
    ["mid-term, met early on the sum", [6.2, 6.2, 6.2], "compounding the yearly falls, 2021–2023 come to a fall of 17.5%, below the target of 18 (the years add up to 18.6%: met); if the plan compounds them, this row is on track: please check"],
  ])("English: %s", (_why, values, message) => {
    const r = evaluateIndicator({ spec: co2, year: 2020 + values.length, actuals: actuals(values) });
    const i = r.issues.find((x) => x.code === "compounded_fall");
    expect(i && describeIssue(i, "en")).toBe(message);
  });
});
