import { num, str, type CellValue } from "../../src/domain/CellValue";
import { evaluationText, type TextItem } from "../../src/domain/evaluationText";
import { gradeIndicator } from "../../src/domain/gradeIndicator";

/**
 * A return whose numbers were stored as text (WPS or a script saving it, values pasted from a web page): its paragraph
 * said each earlier year left out, a clause a cell (trial44b F6: 96 clauses for one county). Where such cells are most of
 * its problems (≥ 80 % and ≥ 10: massSlip) they are one sentence, with how many, what was done with them and where to see
 * each; another year left out for another reason is still listed; fewer than 10 are listed as before.
 */
const spec = { name: "覆盖率", unit: "%", baseline: "60", target: "≥80", baselineYear: 2020, targetYear: 2025 };
const row = (k: number, years: Record<number, CellValue>, textValue: boolean): TextItem => {
  const g = gradeIndicator({ spec: { ...spec, name: `覆盖率${k}` }, year: 2023, actuals: years });
  return {
    name: `覆盖率${k}`, unit: "%", grade: textValue ? "not_graded" : g.grade, reason: textValue ? "invalid" : g.reason, cumulative: false, forecast: g.forecast, pace: g.pace,
    actual: "70", target: "≥80", leftOut: g.leftOut, ...(textValue ? { invalid: true, textValue: true } : {}),
  };
};
/** `n` rows all text; `other`: one more row whose 2021 value is 约62 (another reason) */
const rows = (n: number, other: boolean): TextItem[] => [
  ...Array.from({ length: n }, (_, k) => row(k, { 2021: str("62"), 2022: str("66"), 2023: str("70") }, true)),
  ...(other ? [row(n, { 2021: str("约62"), 2022: num(66), 2023: num(70) }, false)] : []),
];

describe("numbers stored as text, in a return's paragraph", () => {
  test.each([
    ["zh: 4 rows all text (12 cells), with the file", rows(4, false), "zh", "2023-丁县.xlsx",
      ["本表全部 12 个数值以文本形式保存（WPS 或脚本保存、从网页粘贴时常见），公式无法读取：2023 年 4 项按数据异常计，未予评估；以前年度 8 个数值未计入趋势与预测。逐个单元格见 plan-returns check 2023-丁县.xlsx；请填报单位改为数值后重新报送。"],
      ["以下数值不是有效数值"]],
    ["zh: no file (the task pane): no command named", rows(4, false), "zh", undefined, ["本表全部 12 个数值以文本形式保存", "。请填报单位改为数值后重新报送。"], ["plan-returns"]],
    ["zh: another reason still listed, the text ones not", rows(4, true), "zh", "a.xlsx",
      ["以下数值不是有效数值，未计入趋势与预测：覆盖率4 2021 年（", "本表 12 个数值以文本形式保存"], ["覆盖率0 2021 年", "全部"]],
    ["zh: 3 rows (9 cells): each listed as before", rows(3, false), "zh", "a.xlsx", ["以下数值不是有效数值，未计入趋势与预测：覆盖率0 2021 年（填写的是文本「62」"], ["以文本形式保存"]],
    ["en", rows(4, false), "en", "a.xlsx",
      ["All 12 values of this return are stored as text (common where WPS or a script saved the file, or the values were pasted from a web page); formulas cannot read them: 4 rows of 2023 not graded (invalid data); 8 values of earlier years left out of the trend and forecast. Every cell: plan-returns check a.xlsx. Ask the unit"],
      ["Left out of the trend"]],
  ] as const)("%s", (_what, items, lang, file, says, never) => {
    const text = evaluationText(items, 2023, 2025, lang, [], undefined, [], file);
    for (const s of says) expect(text).toContain(s);
    for (const s of never) expect(text).not.toContain(s);
  });
});
