import { num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { explainWarnings } from "../../src/domain/explainWarnings";
import { gradeIndicator } from "../../src/domain/gradeIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * §8f (our reading) for earlier years (trial31 F1): a 2023 return of 规上工业增加值 45.3 → 70 亿元 with
 * 2021 = 1234.5 (17.6× the plan) passed `check` with nothing said, while the report, whose trend runs
 * through 2021, forecast 预计 2025 年 0.0 亿元. Check now says the earlier year's far value, on its
 * own cell, as a warning a 说明 keeps; the report withholds its forecast for exactly those years.
 */
const amount = (over: Partial<IndicatorSpec> = {}): IndicatorSpec => ({ name: "规上工业增加值（亿元）", unit: "亿元", baseline: "45.3", target: "70", baselineYear: 2020, targetYear: 2025, ...over });
const cells = { "2021": "I7", "2022": "J7", "2023": "K7", "2024": "L7", "2025": "M7" };
const input = (s: IndicatorSpec, actuals: Record<string, CellValue>, year = 2023) => ({ spec: s, year, actuals, cells, sheet: "表1" });
const farCells = (s: IndicatorSpec, actuals: Record<string, CellValue>, year = 2023): string[] =>
  evaluateIndicator(input(s, actuals, year)).issues.filter((i) => i.code === "earlier_year_far").map((i) => `${i.cell} ${String(i.params?.["side"])}`);

describe("an earlier year's value far from the plan", () => {
  test.each<[string, IndicatorSpec, Record<string, CellValue>, string[]]>([
    ["2021 = 1234.5 against 45.3 → 70 (17.6×)", amount(), { "2021": num(1234.5), "2022": num(55.1), "2023": num(58.5) }, ["I7 above"]],
    ["2022 = 5.1, a digit short (below 45.3 ÷ 5)", amount(), { "2021": num(50), "2022": num(5.1), "2023": num(58.5) }, ["J7 below"]],
    ["both years far", amount(), { "2021": num(1234.5), "2022": num(5.1), "2023": num(58.5) }, ["I7 above", "J7 below"]],
    ["usable years near the plan: nothing", amount(), { "2021": num(50), "2022": num(55.1), "2023": num(58.5) }, []],
    ["Y itself far is §8f's own warning, not this", amount(), { "2021": num(50), "2023": num(585) }, []],
    ["a change name (增长): near 0 or far is normal", amount({ name: "规上工业增加值增长（%）", unit: "%", baseline: "8", target: "7" }), { "2021": num(0.5), "2023": num(7) }, []],
    ["a cumulative 〔15〕: a small year is its share", amount({ name: "新增城镇就业（万人）", unit: "万人", baseline: "—", target: "〔15〕" }), { "2021": num(0.5), "2023": num(3) }, []],
    ["a cumulative 〔15〕 with Y blank: a year above 5× the whole total is still said", amount({ name: "新增城镇就业（万人）", unit: "万人", baseline: "—", target: "〔15〕" }), { "2021": num(300) }, ["I7 above"]],
    ["an earlier value §2 refuses is earlier_year_invalid instead", amount(), { "2021": { type: "string", text: "约1234" }, "2023": num(58.5) }, []],
  ])("%s", (_, s, actuals, expected) => {
    expect(farCells(s, actuals)).toEqual(expected);
  });

  // the report's forecast rests on no year check calls far without a 说明 (§6 our reading), and on every other
  test.each<[string, Record<string, CellValue>, string]>([
    ["far 2021, no 说明", { "2021": num(1234.5), "2022": num(55.1), "2023": num(58.5) }, ""],
    ["far 2021, a 说明 keeps it", { "2021": num(1234.5), "2022": num(55.1), "2023": num(58.5) }, "2021 年为快报数"],
    ["far 2022 below, no 说明", { "2021": num(50), "2022": num(5.1), "2023": num(58.5) }, ""],
    ["nothing far", { "2021": num(50), "2022": num(55.1), "2023": num(58.5) }, ""],
  ])("%s: check's warnings and the report's withheld forecast agree", (_, actuals, note) => {
    const issues = explainWarnings(evaluateIndicator(input(amount(), actuals)).issues, note);
    const unexplained = issues.filter((i) => i.code === "earlier_year_far" && !i.params?.["noted"]).map((i) => Number(i.params?.["year"]));
    const grade = gradeIndicator(input(amount(), actuals), { explained: note !== "" });
    expect((grade.doubted ?? []).map((d) => d.year)).toEqual(unexplained);
    expect(grade.forecast.withheld === "verify").toBe(unexplained.length > 0);
  });

  // trial32: the value ÷ 10^k §8f would not call far is offered (farSlipMeant; 123.45 is nearer 45.3–70 than 12.345)
  test.each([
    ["zh", "", "工作表「表1」I7：2021 年的数值 1234.5 约为规划数值（45.3–70）最大者的 17.6 倍，请核对是否多填或少填了一位、单位是否有误（是否应为 123.45？）；未核实前评估不据此预测：请改正，或在说明中写明原因"],
    ["zh", "快报数", "2021 年的数值 1234.5 约为规划数值（45.3–70）最大者的 17.6 倍，请核对是否多填或少填了一位、单位是否有误（是否应为 123.45？）（已说明）"],
    ["en", "", "the 2021 value 1234.5 is about 17.6 times the largest of the plan's numbers (45.3–70; a digit too many or too few, or the wrong unit? Did you mean 123.45?); no forecast rests on it until it is checked: correct it, or explain it in 说明"],
    ["en", "快报数", "the 2021 value 1234.5 is about 17.6 times the largest of the plan's numbers (45.3–70; a digit too many or too few, or the wrong unit? Did you mean 123.45?) (explained)"],
  ] as const)("%s, 说明 %j: the message names the year, the value and what follows", (lang, note, text) => {
    const issues = explainWarnings(evaluateIndicator(input(amount(), { "2021": num(1234.5), "2023": num(58.5) })).issues, note);
    const i = issues.find((x) => x.code === "earlier_year_far")!;
    expect(i.severity).toBe("warning");
    expect(describeIssue(i, lang)).toContain(text);
  });
});

// trial31 F5: the pane offered 「1,234.5」 → 1234.5 with 应用 and in 全部修正, a value check then called 17.6 × the plan;
// trial41d F1: the number typed as text is offered the slip check would offer once it is written (123.45), as a guess
describe("a suggestion far from the plan", () => {
  test.each<[string, IndicatorSpec, CellValue, number | undefined, number, string]>([
    ["「1,234.5」 against 45.3 → 70: 1234.5 is far, 123.45 offered", amount(), str("1,234.5"), 17.6, 123.45, "读作 1234.5，约为规划数值最大者的 17.6 倍，疑似单位或数量级有误：是否应为 123.45？"],
    ["「58.5」 as text: 58.5 is near", amount(), str("58.5"), undefined, 58.5, "建议改为 58.5"],
    ["「5.1」 as text: below 45.3 ÷ 5, 51 offered", amount(), str("5.1"), 8.9, 51, "读作 5.1，约为规划数值最小者的 1/9，疑似单位或数量级有误：是否应为 51？"],
    ["a change name: never far", amount({ name: "规上工业增加值增长（%）", unit: "%", baseline: "8", target: "7" }), str("95"), undefined, 95, "建议改为 95"],
  ])("%s", (_, s, cell, factor, offered, text) => {
    const i = evaluateIndicator(input(s, { "2023": cell })).issues.find((x) => x.suggestion !== undefined)!;
    expect(i.params?.["readFar"]).toBe(factor);
    expect(i.suggestion).toBe(offered);
    expect(describeIssue(i, "zh")).toContain(text);
    if (factor !== undefined) expect(describeIssue(i, "en")).toMatch(/ of the plan's numbers: the wrong unit or a digit too many or too few\? Did you mean [\d.]+\?$/);
  });
});

// the same caveat where the refused value is an earlier year's (earlier_year_invalid) or a year the plan does
// not judge (unjudged_value_invalid): rolloverInvalid's 2021 「3,520」 in a 2.02 → 4.5 row was offered 3520 plainly
describe("a far suggestion for an earlier or unjudged year", () => {
  const unjudged = amount({ yearlyTargets: { "2021": "50", "2022": "55", "2023": "/" } });
  test.each<[string, IndicatorSpec, Record<string, CellValue>, string, number | undefined, string]>([
    // session 42: an earlier year's text number is offered its slip reading as Y's is (withFarSuggestions; readFar the factor)
    ["earlier 2021 「1,234.5」: far, read as its slip", amount(), { "2021": str("1,234.5"), "2023": num(58.5) }, "earlier_year_invalid", 17.6, "读作 1234.5，约为规划数值最大者的 17.6 倍，疑似单位或数量级有误：是否应为 123.45？"],
    ["earlier 2021 「50.5」: near", amount(), { "2021": str("50.5"), "2023": num(58.5) }, "earlier_year_invalid", undefined, "建议改为 50.5"],
    ["earlier 2022 「5.1」 below, read as its slip", amount(), { "2022": str("5.1"), "2023": num(58.5) }, "earlier_year_invalid", 8.9, "读作 5.1，约为规划数值最小者的 1/9，疑似单位或数量级有误：是否应为 51？"],
    ["earlier year of a change name: never far", amount({ name: "规上工业增加值增长（%）", unit: "%", baseline: "8", target: "7" }), { "2021": str("95"), "2023": num(7) }, "earlier_year_invalid", undefined, "建议改为 95"],
    ["cumulative 〔15〕 earlier 「0.5」: a year's share, not far", amount({ name: "新增城镇就业（万人）", unit: "万人", baseline: "—", target: "〔15〕" }), { "2021": str("0.5") }, "earlier_year_invalid", undefined, "建议改为 0.5"],
    // session 43: read as its slip, as an earlier year's is (it was offered 1234.5, then 「请先核对」)
    ["unjudged 2023 (the plan's `/`) 「1,234.5」: far, read as its slip", unjudged, { "2022": num(55), "2023": str("1,234.5") }, "unjudged_value_invalid", 17.6, "读作 1234.5，约为规划数值最大者的 17.6 倍，疑似单位或数量级有误：是否应为 123.45？"],
    ["unjudged 2023 「58.5」: near", unjudged, { "2022": num(55), "2023": str("58.5") }, "unjudged_value_invalid", undefined, "建议改为 58.5"],
  ])("%s", (_, s, actuals, code, factor, text) => {
    const i = evaluateIndicator(input(s, actuals)).issues.find((x) => x.code === code)!;
    expect(i.suggestion).toBeDefined();
    expect(i.params?.["suggestionFar"] ?? i.params?.["readFar"]).toBe(factor);
    expect(describeIssue(i, "zh")).toContain(text);
  });
});
