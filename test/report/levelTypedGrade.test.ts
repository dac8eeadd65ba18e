import { valueToVerify } from "../../src/domain/valueToVerify";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationRow, type RowFacts } from "./evaluationRow";

/**
 * A trial's 人均预期寿命 〔1〕 (baseline 77.3) filled 78.6, the year's level, read 已达标 at >999%: no
 * grade rests on a value that is the year's level typed where its rise belongs (`level_typed`, §3/§8,
 * our reading); the report withholds it as for a value over 100× the plan: 未能评估（数值待核实）.
 */
const life = (values: RowFacts["values"]): RowFacts => ({ name: "人均预期寿命", attribute: "预期性", unit: "岁", baseline: "77.3", target: "〔1〕", values, domain: "民生福祉" });

const graded = (f: RowFacts, year: number) => {
  const r = evaluationRow(f, year);
  const verify = valueToVerify(r.graded.result.issues, r.graded.result.value);
  if (verify) r.verify = verify;
  return r;
};

describe("a level typed into a cumulative row is not graded", () => {
  test.each([
    ["the trial: 78.6 in 2023", life({ 2023: 78.6 }), "met", "not_graded", "level_typed"],
    ["levels every year", life({ 2021: 77.8, 2022: 78.2, 2023: 78.6 }), "met", "not_graded", "level_typed"],
    ["the year's own rises: graded", life({ 2021: 0.2, 2022: 0.2, 2023: 0.2 }), "on_track", "on_schedule", undefined],
  ] as const)("%s", (_why, facts, status, grade, code) => {
    const r = graded(facts, 2023);
    expect(r.graded.result.status).toBe(status); // check's status is the sum's, unchanged
    expect([r.graded.grade, r.verify?.code]).toEqual([grade, code]);
    if (code) {
      expect(r.graded.reason).toBe("scale_suspect");
      expect(r.graded.forecast.value).toBeNull();
      expect(r.graded.pace.needed).toBeNull();
    }
  });

  test("the 附表 and the opening say why", () => {
    const r = graded(life({ 2023: 78.6 }), 2023);
    const cols = evaluationColumns(r, 1, 2023);
    expect(cols[6]).toBe("累计 78.6（2023 年 78.6）（疑似填了当年的水平值（基期值 77.3），累计指标应填当年提高值，待核实）");
    expect(cols[9]).toBe("未能评估");
    expect(returnParagraph({ items: [r], year: 2023, targetYear: 2025 }, "zh")).toContain("有 1 项数值待核实：人均预期寿命（疑似填了水平值）。");
    expect(returnParagraph({ items: [r], year: 2023, targetYear: 2025 }, "en")).toContain("1 value is to be verified: 人均预期寿命 (perhaps the year's level, not its rise).");
  });
});
