import { num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * trial34p Q4: 「约60」 in a words-target row (新能源公交车占比（%）, target 基本实现全覆盖, 待人工评估) passed silently,
 * while the same 「约」 in a number row is 数据异常 「请填确切数值」. Now a words row whose unit wants a number says it
 * the same way (§2's not_a_number with `approximate`, the number offered) as a warning: the status stays the
 * reviewer's (待人工评估, evaluation-rules §3, our reading). Words, an exact number and a unitless row say nothing.
 */
const row = (unit: string, name = "新能源公交车占比"): IndicatorSpec => ({ name, unit, baseline: "45", target: "基本实现全覆盖", baselineYear: 2020, targetYear: 2025 });

describe("an approximate number in a words-target row", () => {
  test.each<[string, string, CellValue, { zh: string; en: string; suggestion: number } | null]>([
    ["约60 in a % row", "%", str("约60"), { zh: "应填数值（% 0–100），实际为约数「约60」：请填确切数值，如确为 60，请填 60", en: "found the approximate \"约60\": enter the exact figure; if it is 60, enter 60", suggestion: 60 }],
    ["60左右 in a % row", "%", str("60左右"), { zh: "实际为约数「60左右」：请填确切数值", en: "found the approximate \"60左右\"", suggestion: 60 }],
    ["约12 in a 辆 row", "辆", str("约12"), { zh: "实际为约数「约12」：请填确切数值", en: "found the approximate \"约12\"", suggestion: 12 }],
    ["an exact number: nothing said", "%", num(60), null],
    ["words (what was done): nothing said", "%", str("基本实现全覆盖"), null],
    ["a row with no unit, none in its name: nothing said", "", str("约60"), null],
  ])("%s", (_d, unit, value, said) => {
    const r = evaluateIndicator({ spec: row(unit, unit === "" ? "城乡客运一体化发展水平" : undefined), year: 2023, actuals: { 2023: value }, cells: { 2023: "K13" } });
    expect(r.status).toBe("manual");
    const found = r.issues.filter((i) => i.code === "not_a_number");
    if (said === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect([found[0]?.severity, found[0]?.cell, found[0]?.suggestion]).toEqual(["warning", "K13", said.suggestion]);
    expect(describeIssue(found[0]!, "zh")).toContain(said.zh);
    expect(describeIssue(found[0]!, "en")).toContain(said.en);
  });
});

/**
 * trial43a F7: 人均预期寿命 (岁, target 提高1岁, 待人工评估) with 「78.6」 typed as text passed silently, while every number
 * row says 填写的是文本「…」. A words row whose unit wants a number says it too (§2's text_number, the number offered), a warning.
 */
describe("a number typed as text in a words-target row", () => {
  const life: IndicatorSpec = { name: "人均预期寿命", unit: "岁", baseline: "77.93", target: "提高1岁", baselineYear: 2020, targetYear: 2025 };
  test.each<[string, IndicatorSpec, CellValue, { zh: string; en: string; suggestion: number } | null]>([
    ["「78.6」 in a 岁 row", life, str("78.6"), { zh: "填写的是文本「78.6」", en: "\"78.6\"", suggestion: 78.6 }],
    ["「６０」 in a % row", row("%"), str("６０"), { zh: "填写的是文本「６０」", en: "\"６０\"", suggestion: 60 }],
    ["the number as a number: nothing said", life, num(78.6), null],
    ["a unitless row: nothing said", row("", "城乡客运一体化发展水平"), str("78.6"), null],
  ])("%s", (_d, spec, value, said) => {
    const r = evaluateIndicator({ spec, year: 2023, actuals: { 2023: value }, cells: { 2023: "K4" } });
    expect(r.status).toBe("manual");
    const found = r.issues.filter((i) => i.code === "text_number");
    if (said === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect([found[0]?.severity, found[0]?.cell, found[0]?.suggestion]).toEqual(["warning", "K4", said.suggestion]);
    expect(describeIssue(found[0]!, "zh")).toContain(said.zh);
    expect(describeIssue(found[0]!, "en")).toContain(said.en);
  });
});
