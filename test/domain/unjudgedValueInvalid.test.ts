import { num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * Session 43: a value typed in a year the plan sets no target for (§8g, `unjudged_value_invalid`) that §2 refuses was
 * offered as its number and then told 「请先核对」 (check it first): 「1,234.5」 in a 45.3 → 70 亿元 row read 建议改为 1234.5 …
 * （1234.5 约为规划数值最大者的 17.6 倍，请先核对）. It now says what is wrong and what to do: the number typed as text is
 * read as its slip, as Y's and an earlier year's are (是否应为 123.45？); where no slip brings it near, the caveat after
 * the message names the likely slip and asks to check the unit and the digits before typing it.
 */
const amount: IndicatorSpec = { name: "规上工业增加值（亿元）", unit: "亿元", baseline: "45.3", target: "70", baselineYear: 2020, targetYear: 2025, yearlyTargets: { "2021": "50", "2022": "55", "2023": "/" } };
const cells = { "2021": "I7", "2022": "J7", "2023": "K7", "2024": "L7", "2025": "M7" };
const said = (actuals: Record<string, CellValue>, lang: "zh" | "en"): string => {
  const i = evaluateIndicator({ spec: amount, year: 2023, actuals, cells, sheet: "表1" }).issues.find((x) => x.code === "unjudged_value_invalid");
  return i === undefined ? "" : describeIssue(i, lang);
};

describe("a refused value in a year with no target says what is wrong and what to do", () => {
  test.each<[string, Record<string, CellValue>, "zh" | "en", string]>([
    ["「1,234.5」: read as its slip", { "2022": num(55), "2023": str("1,234.5") }, "zh", "读作 1234.5，约为规划数值最大者的 17.6 倍，疑似单位或数量级有误：是否应为 123.45？）：请改正，或清空"],
    ["in English", { "2022": num(55), "2023": str("1,234.5") }, "en", "read as 1234.5, about 17.6 times the largest of the plan's numbers: the wrong unit or a digit too many or too few? Did you mean 123.45?): correct it, or clear it"],
    ["「约1234」: no slip offered, the caveat says what to check", { "2023": str("约1234") }, "zh", "请改正，或清空（但 1234 约为规划数值最大者的 17.6 倍，疑似单位或数量级有误：请核对单位和位数后再填）"],
    ["in English", { "2023": str("约1234") }, "en", "correct it, or clear it (but 1234 would be about 17.6 times the largest of the plan's numbers: the wrong unit or a digit too many or too few? Check the unit and the digits before entering it)"],
    ["「58.5」 near the plan: the plain offer", { "2023": str("58.5") }, "zh", "应填数值，建议改为 58.5）：请改正，或清空"],
  ])("%s", (_why, actuals, lang, text) => {
    const message = said(actuals, lang);
    expect(message.endsWith(text)).toBe(true);
    expect(message).not.toMatch(/请先核对|check it first/);
  });
});
