import { gradeIndicator } from "../../src/domain/gradeIndicator";
import { num } from "../../src/domain/CellValue";
import { valueToVerify } from "../../src/domain/valueToVerify";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationRow, type RowFacts } from "./evaluationRow";

/**
 * A trial's 开化县 单位地区生产总值二氧化碳排放降低 〔17〕 (baseline 〔18.5〕, last period's total) filled 21.9 in
 * the first year, 18.5 + 3.4: the report read 提前实现 and forecast 109.5 (预计可完成). A year's amount far
 * beyond the pace (`year_over_pace`, §3/§6, our reading) is 未能评估（数值待核实）, no forecast, as a level
 * typed is; so is a later year whose sum reads it (2027's 3.5 after 2026's 21.9). A 说明 keeps it.
 */
const co2 = (values: RowFacts["values"]): RowFacts => ({ name: "单位地区生产总值二氧化碳排放降低（%）", attribute: "约束性", unit: "%", baseline: "〔18.5〕", target: "〔17〕", values, domain: "绿色低碳" });

const graded = (f: RowFacts, year: number) => {
  const r = evaluationRow(f, year);
  const verify = valueToVerify(r.graded.result.issues, r.graded.result.value);
  if (verify) r.verify = verify;
  return r;
};

describe("a cumulative year far beyond the pace is not graded", () => {
  test.each([
    ["the trial: 21.9 in the first year", co2({ 2021: 21.9 }), 2021, "met", "not_graded", "year_over_pace", undefined],
    ["a correct year after it: the sum still reads it", co2({ 2021: 21.9, 2022: 3.5 }), 2022, "met", "not_graded", "year_over_pace", 2021],
    ["years at the pace: graded (3.6, not 3.5: compounded, 3.4 and 3.5 fall just short of 序时进度, §3 compounded_fall)", co2({ 2021: 3.4, 2022: 3.6 }), 2022, "on_track", "on_schedule", undefined, undefined],
  ] as const)("%s", (_why, facts, year, status, grade, code, doubtYear) => {
    const r = graded(facts, year);
    expect(r.graded.result.status).toBe(status); // check's status is the sum's, unchanged
    expect([r.graded.grade, r.verify?.code, r.verify?.year]).toEqual([grade, code, doubtYear]);
    if (code) expect([r.graded.reason, r.graded.forecast.value, r.graded.forecast.meets, r.graded.pace.needed]).toEqual(["scale_suspect", null, null, null]);
  });

  test("the 附表 and the opening say why", () => {
    const r = graded(co2({ 2021: 21.9 }), 2021);
    expect(evaluationColumns(r, 1, 2021)[6]).toBe("累计 21.9（2021 年 21.9）（远超按年平均进度，疑似加上了上个规划期的累计数（当年应为 3.4？），待核实）");
    expect(returnParagraph({ items: [r], year: 2021, targetYear: 2025 }, "zh")).toContain("有 1 项数值待核实：单位地区生产总值二氧化碳排放降低（%）（疑似加上了上个规划期的累计数）。");
    const later = graded(co2({ 2021: 21.9, 2022: 3.5 }), 2022);
    expect(returnParagraph({ items: [later], year: 2022, targetYear: 2025 }, "zh")).toContain("（2021 年数值疑似加上了上个规划期的累计数）");
    expect(returnParagraph({ items: [r], year: 2021, targetYear: 2025 }, "en")).toContain("1 value is to be verified: 单位地区生产总值二氧化碳排放降低（%） (perhaps last period's total added in).");
  });

  test("a 说明 keeps it: graded on the sum", () => {
    const spec = { name: "单位地区生产总值二氧化碳排放降低（%）", unit: "%", baseline: "〔18.5〕", target: "〔17〕", baselineYear: 2020, targetYear: 2025 };
    const g = gradeIndicator({ spec, year: 2021, actuals: { 2021: num(21.9) } }, { explained: true });
    expect(g.grade).toBe("early");
  });
});
