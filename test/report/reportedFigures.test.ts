import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { warningSection } from "../../src/sheet/warningSection";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial35 X7: the report wrote "累计 6.3%（2022 年 3.3000000001%）" and "2022 年 95.0000001%": the running total rounded,
 * the year's typed value beside it raw. The report's sentences write both as the report writes figures (reportFigure:
 * two decimals, the plan's own precision where it writes more, never rounded onto a target the value misses); the
 * 附表 keeps the value as typed for the reviewer. On main the first two rows printed the typed digits in the sentence.
 */
const row = (more: Partial<RowFacts>): RowFacts => ({ name: "万元工业增加值用水量下降", attribute: "约束性", unit: "%", baseline: "/", target: "〔16〕", values: {}, domain: "效率提升", ...more });

describe("a typed value is said at the report's precision beside the total (trial35 X7)", () => {
  test.each<[string, RowFacts, string, string]>([
    // why, the row, what the report's sentence says, what the 附表's 当年值 keeps
    ["a cumulative row: total and the year's amount alike", row({ values: { 2021: 3, 2022: 3.3000000001 } }), "累计 6.3%（2022 年 3.3%）", "累计 6.3000000001（2022 年 3.3000000001）"],
    ["a level: 95.0000001 reads 95", row({ name: "达标县比例", target: "≥60", baseline: "30", values: { 2021: 40, 2022: 95.0000001 } }), "2022 年 95%", "95.0000001"],
    ["the plan writes three decimals: kept to three", row({ name: "灌溉水有效利用系数", unit: "", target: "0.585", baseline: "0.565", values: { 2021: 0.57, 2022: 0.5724 } }), "2022 年 0.572", "0.5724"],
    ["rounding would land on the target it misses: more digits", row({ name: "灌溉水有效利用系数", unit: "", target: "≥0.58", baseline: "0.56", values: { 2021: 0.57, 2022: 0.57996 } }), "2022 年 0.57996", "0.57996"],
  ])("%s", async (_why, facts, said, kept) => {
    const ret = returnOf("城关镇", [facts], 2022);
    const c = combineEvaluations([ret]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(said);
    // the 附表 (and the 问题清单) keep the typed value for the reviewer
    expect(evaluationColumns(ret.items[0]!, 1, 2022)[6]).toBe(kept);
  });

  test("the 预警 line at the plan's end says the total and the year's amount alike", () => {
    const ret = returnOf("城关镇", [row({ values: { 2021: 3, 2022: 3, 2023: 3, 2024: 3, 2025: 2.0000000001 } })], 2025);
    expect(warningSection(ret, "zh").lines).toEqual(["【约束性未完成】万元工业增加值用水量下降（约束性）：规划期末（2025 年）未完成，2025 年累计 14%（当年 2%），目标 〔16%〕"]);
  });
});
