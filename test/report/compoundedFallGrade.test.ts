import { evaluationColumns, remarkText } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { verifiedRow as graded, type RowFacts } from "./evaluationRow";

/**
 * Trial33 T1: 单位GDP二氧化碳排放降低（%） 〔18〕 filled 3.8 each year 2021–2025 was graded 已实现 on the sum 19, while the
 * falls compounded come to 17.6%. At T the grade is final and the two readings disagree: 未能评估, both totals said, as a
 * running total whose readings disagree at T (§6, our reading). Before T the sum grades it (§3's contract), with the
 * caveat; check's status is the sum's throughout.
 * Session 33 left alone: the report said 数值待核实 though the values stand and the plan's method is in doubt (now
 * 计算方法待核实), and a row whose two totals differed only in the pace's band (on the 序时进度 line before T) carried the
 * caveat too (now only where one total meets the target and the other does not, §3).
 */
const co2 = (values: RowFacts["values"]): RowFacts => ({ name: "单位GDP二氧化碳排放降低（%）", attribute: "约束性", unit: "%", baseline: "", target: "〔18〕", values, domain: "绿色低碳" });
const five = (v: number): RowFacts["values"] => ({ 2021: v, 2022: v, 2023: v, 2024: v, 2025: v });
const three = (v: number): RowFacts["values"] => ({ 2021: v, 2022: v, 2023: v });

describe("yearly falls compounded below the target at T are not graded 已实现", () => {
  test.each([
    ["the trial: 3.8 a year, at T", co2(five(3.8)), 2025, "met", "not_graded", "compounded_fall",
      "累计 19（2025 年 3.8）（按各年降低率连乘累计降低 17.6%，低于目标 18；各年相加为 19%，是否完成待核实）", "未能评估：计算方法待核实"],
    ["4 a year, both readings meet: 已实现", co2(five(4)), 2025, "met", "achieved", undefined, "累计 20（2025 年 4）", ""],
    ["mid-term, met early on the sum alone: graded on the sum, said", co2(three(6.2)), 2023, "met", "early", "compounded_fall",
      "累计 18.6（2023 年 6.2）（按各年相加评估；按各年降低率连乘累计降低 17.5%，结论不同，待核实）", ""],
    ["mid-term, on the pace line: only the band differs, nothing said", co2(three(3.6)), 2023, "on_track", "on_schedule", undefined, "累计 10.8（2023 年 3.6）", ""],
    ["at T both totals miss: only the band differs, nothing said", co2(five(1.8)), 2025, "lagging", "behind", undefined, "累计 9（2025 年 1.8）", ""],
  ] as const)("%s", (_why, facts, year, status, grade, code, shown, remark) => {
    const r = graded(facts, year);
    expect(r.graded.result.status).toBe(status); // check's status is the sum's, unchanged
    expect([r.graded.grade, r.verify?.code]).toEqual([grade, code]);
    expect(evaluationColumns(r, 1, year)[6]).toBe(shown);
    expect(remarkText(r)).toBe(remark);
  });

  test.each([
    // the binding row not graded: whether it is achieved cannot be told at T (no 预警 there, trial41b F3), said after the counts (warningUnjudged, trial38 F1)
    ["zh", "未能评估 1 项（计算方法待核实 1 项）。其中约束性指标 1 项未能评估（计算方法待核实），是否完成无法判断：单位GDP二氧化碳排放降低（%）。以上各项中，有 1 项计算方法待核实：单位GDP二氧化碳排放降低（%）（按各年降低率连乘为 17.6%，低于目标 18）。", "数值待核实"],
    ["en", "Across these indicators, the method is to be verified for 1 indicator: 单位GDP二氧化碳排放降低（%） (the yearly falls compounded give 17.6%, below the target of 18).", "value is to be verified"],
  ] as const)("the opening (%s) says the method is to be verified, not a value", (lang, said, unsaid) => {
    const text = returnParagraph({ items: [graded(co2(five(3.8)), 2025)], year: 2025, targetYear: 2025 }, lang);
    expect(text).toContain(said);
    expect(text).not.toContain(unsaid);
  });
});
