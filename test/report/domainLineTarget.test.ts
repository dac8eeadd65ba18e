import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A 分领域 line of a row that misses its target says the target, and before T why no trend is forecast
 * (trial28d: "3 岁以下婴幼儿托育机构覆盖率（预期性）：滞后于预期，2023 年 45%。" gave neither; at T a 预期性
 * row's 未完成 line gave no target beside a binding one's "低于目标 ≥81").
 */
const row = (name: string, attribute: string, baseline: string, target: string, values: RowFacts["values"]): RowFacts => ({ name, attribute, unit: "%", baseline, target, values });

describe("the 分领域 line of a row missing its target", () => {
  test.each([
    ["no baseline, before T", row("托育机构覆盖率", "预期性", "—", "≥50", { 2023: 45 }), 2023, "托育机构覆盖率（预期性）：滞后于预期，2023 年 45%，低于目标 ≥50，无基期值，无趋势可预测。"],
    ["a ceiling the baseline met, broken", row("劣V类水体比例", "约束性", "1.5", "≤2", { 2023: 2.4 }), 2023, "劣V类水体比例（约束性）：滞后于预期，2023 年 2.4%，高于目标 ≤2，基期已达到目标，无趋势可预测。"],
    ["预期性 at T, not achieved", row("普惠幼儿园占比", "预期性", "80", "≥90", { 2025: 88 }), 2025, "普惠幼儿园占比（预期性）：未完成，2025 年 88%，低于目标 ≥90，"],
    ["约束性 at T, not achieved", row("普惠幼儿园占比", "约束性", "80", "≥90", { 2025: 88 }), 2025, "普惠幼儿园占比（约束性）：未完成，2025 年 88%，低于目标 ≥90，"],
  ] as const)("%s", async (_why, facts, year, line) => {
    const c = combineEvaluations([returnOf("青山县", [facts], year)]);
    if (!c.ok) throw new Error("not combined");
    expect(await docxText(c.report)).toContain(line);
  });

  test("a row behind on a trend says no target and no reason in its place: its forecast does", async () => {
    const c = combineEvaluations([returnOf("青山县", [row("普惠幼儿园占比", "预期性", "80", "≥90", { 2023: 82 })], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toMatch(/普惠幼儿园占比（预期性）：滞后于预期，2023 年 82%，进度[^。]*预计 2025 年/);
    expect(text).not.toContain("无趋势可预测");
  });
});
