import { valueToVerify } from "../../src/domain/valueToVerify";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationRow, type RowFacts } from "./evaluationRow";

/**
 * Trial33 T1: 单位GDP二氧化碳排放降低（%） 〔18〕 filled 3.8 each year 2021–2025 was graded 已实现 on the sum 19, while the
 * falls compounded come to 17.6%. At T the grade is final and the two readings disagree: 未能评估（数值待核实）, both
 * totals said, as a running total whose readings disagree at T (§6, our reading). Before T the sum grades it (§3's
 * contract), with the caveat; check's status is the sum's throughout.
 */
const co2 = (values: RowFacts["values"]): RowFacts => ({ name: "单位GDP二氧化碳排放降低（%）", attribute: "约束性", unit: "%", baseline: "", target: "〔18〕", values, domain: "绿色低碳" });
const graded = (f: RowFacts, year: number) => {
  const r = evaluationRow(f, year);
  const verify = valueToVerify(r.graded.result.issues, r.graded.result.value, r.graded.reason === "scale_suspect");
  if (verify) r.verify = verify;
  return r;
};
const five = (v: number): RowFacts["values"] => ({ 2021: v, 2022: v, 2023: v, 2024: v, 2025: v });

describe("yearly falls compounded below the target at T are not graded 已实现", () => {
  test.each([
    ["the trial: 3.8 a year, at T", co2(five(3.8)), 2025, "met", "not_graded", "compounded_fall",
      "累计 19（2025 年 3.8）（按各年降低率连乘累计降低 17.6%，低于目标 18；各年相加为 19%，是否完成待核实）"],
    ["4 a year, both readings meet: 已实现", co2(five(4)), 2025, "met", "achieved", undefined, "累计 20（2025 年 4）"],
    ["mid-term, the pace's band differs: graded on the sum, said", co2({ 2021: 3.6, 2022: 3.6, 2023: 3.6 }), 2023, "on_track", "on_schedule", "compounded_fall",
      "累计 10.8（2023 年 3.6）（按各年相加评估；按各年降低率连乘累计降低 10.4%，结论不同，待核实）"],
  ] as const)("%s", (_why, facts, year, status, grade, code, shown) => {
    const r = graded(facts, year);
    expect(r.graded.result.status).toBe(status); // check's status is the sum's, unchanged
    expect([r.graded.grade, r.verify?.code]).toEqual([grade, code]);
    expect(evaluationColumns(r, 1, year)[6]).toBe(shown);
  });

  test("the opening names it, zh and en", () => {
    const r = graded(co2(five(3.8)), 2025);
    expect(returnParagraph({ items: [r], year: 2025, targetYear: 2025 }, "zh")).toContain("有 1 项数值待核实：单位GDP二氧化碳排放降低（%）（按各年降低率连乘为 17.6%，低于目标 18）。");
    expect(returnParagraph({ items: [r], year: 2025, targetYear: 2025 }, "en")).toContain("1 value is to be verified: 单位GDP二氧化碳排放降低（%） (the yearly falls compounded give 17.6%, below the target of 18).");
  });
});
