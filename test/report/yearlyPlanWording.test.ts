import { warningSection } from "../../src/sheet/warningSection";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A yearly plan (年度计划: its target year the year after its baseline, isYearlyPlan) has no 规划期 and no
 * 期末评估 (trV): the 预警 list and the paragraph say 年度计划未完成; a five-year plan keeps 期末未完成.
 */
const gdp: RowFacts = { name: "地区生产总值增长", attribute: "预期性", unit: "%", baseline: "6.2", target: "≥6.5", values: { 2025: 5.8 }, domain: "经济" };

describe("the 预警 list of a plan ended in Y says 年度计划 for a yearly plan", () => {
  test.each<[string, number, "zh" | "en", string, string, RegExp]>([
    ["a yearly plan, zh", 2024, "zh", "年度计划未完成：", "2025 年度计划未完成", /年度计划确定主要指标 1 项.*截至 2025 年末（2025 年度计划）/],
    ["a yearly plan, en", 2024, "en", "Not achieved in the yearly plan:", "not achieved in the 2025 yearly plan", /^The yearly plan sets 1 main indicator \(/],
    ["a five-year plan, zh: as before", 2020, "zh", "期末未完成：", "规划期末（2025 年）未完成", /^规划确定主要指标 1 项.*截至规划期末（2025 年）/],
  ])("%s", (_d, baselineYear, lang, heading, line, paragraph) => {
    const ret = returnOf("云岭县", [gdp], 2025);
    const items = ret.items.map((i) => ({ ...i, baselineYear }));
    const w = warningSection({ ...ret, items }, lang);
    expect(w.heading).toBe(heading);
    expect(w.lines[0]).toContain(line);
    expect(returnParagraph({ items, year: 2025, targetYear: 2025 }, lang)).toMatch(paragraph);
  });
});
