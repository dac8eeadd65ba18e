import { num, str } from "../../src/domain/CellValue";
import { evaluationText, type TextItem } from "../../src/domain/evaluationText";
import { gradeIndicator } from "../../src/domain/gradeIndicator";

/**
 * An earlier year's value that is not a valid number is left out of the trend (§6, our reading);
 * at and after the plan's last year no trend and no forecast is read (§6 defines both before T only), so the
 * paragraph says nothing of it (trial41b F3: the 期末 report read 未计入趋势; before, a fresh user's 未计入趋势与预测 at Y = T).
 */
const spec = { name: "应急避难场所覆盖率", unit: "%", baseline: "60", target: "≥80", baselineYear: 2020, targetYear: 2025 };
const row = (year: number, targetYear?: number): TextItem => {
  const g = gradeIndicator({ spec, year, actuals: { 2021: num(62), 2022: str("68%"), 2023: num(72), 2024: num(76), 2025: num(81) } });
  return {
    name: spec.name, attribute: "约束性", unit: "%", grade: g.grade, reason: g.reason, cumulative: false, forecast: g.forecast, pace: g.pace,
    actual: String(year === 2025 ? 81 : year === 2024 ? 76 : 72), target: "≥80", leftOut: g.leftOut, ...(targetYear ? { targetYear } : {}),
  };
};

describe("values left out of the trend and forecast: said only before T", () => {
  test.each([
    ["zh, Y < T: the trend and the forecast", 2023, 2025, "zh", "以下数值不是有效数值，未计入趋势与预测：应急避难场所覆盖率 2022 年（", "未计入趋势：应急"],
    ["zh, Y = T: nothing (no trend at T)", 2025, 2025, "zh", null, "未计入趋势"],
    ["zh, Y > T: nothing", 2026, 2025, "zh", null, "未计入趋势"],
    ["en, Y < T", 2023, 2025, "en", "Left out of the trend and forecast as not a valid number: 应急避难场所覆盖率, 2022 (", "Left out of the trend as"],
    ["en, Y = T: nothing", 2025, 2025, "en", null, "Left out of the trend"],
  ] as const)("%s", (_why, year, targetYear, lang, says, never) => {
    const text = evaluationText([row(Math.min(year, 2025), 2025)], year, targetYear, lang);
    if (says !== null) expect(text).toContain(says);
    expect(text).not.toContain(never);
  });
});
