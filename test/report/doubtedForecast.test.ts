import { reportJson } from "../../src/cli/reportJson";
import { emptyGradeCounts } from "../../src/domain/Grade";
import { gradeIndicator } from "../../src/domain/gradeIndicator";
import { num } from "../../src/domain/CellValue";
import { valueToVerify } from "../../src/domain/valueToVerify";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import type { ReturnEvaluation } from "../../src/sheet/EvaluationReport";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { rowWarning } from "../../src/sheet/rowWarning";
import { warningSection } from "../../src/sheet/warningSection";
import { evaluationRow, type RowFacts } from "./evaluationRow";

/**
 * A value the tool itself doubts (§8f far_from_plan, §2 scale_suspect, unexplained; Y's 左右 value 倒退) is no ground for a
 * forecast, a pace or a 预警 (evaluation-rules §6, our reading). A deputy director's trial: 青山县
 * 森林覆盖率 2023 = 2.35 (meant 23.5), flagged ~1/10 of the plan, read "【预警】森林覆盖率（%）（约束性）：
 * 按目前趋势预计 2025 年为 0.0%，目标 24.1（需年均提高 10.9 个百分点…）" with no 待核实, and counted as a 预警.
 */
const forest = (values: RowFacts["values"]): RowFacts => ({ name: "森林覆盖率（%）", attribute: "约束性", unit: "%", baseline: "23.2", target: "24.1", values, domain: "绿色生态" });
const ratio = (values: RowFacts["values"]): RowFacts => ({ name: "城乡居民收入比", attribute: "约束性", unit: "", baseline: "1.67", target: "1.6左右", values, domain: "乡村振兴" });

function returnWith(facts: RowFacts, year: number): ReturnEvaluation {
  const row = evaluationRow(facts, year);
  // as evaluateReturn marks it: the year's value to verify, from check's issues
  const verify = valueToVerify(row.graded.result.issues, row.graded.result.value);
  if (verify) row.verify = verify;
  const items = [row];
  const counts = emptyGradeCounts();
  for (const i of items) counts[i.graded.grade]++;
  return { unit: "青山县", file: "青山县", titles: ["纲要"], sources: [{ document: "纲要", targetYear: 2025 }], templates: [{ id: "t", title: "纲要", kind: "indicators", rows: "00000000" }], regions: [], year, targetYear: 2025, items, projects: [], reforms: [], counts, text: returnParagraph({ items, year, targetYear: 2025 }, "zh") };
}

describe("a doubted value drives no forecast, pace or 预警", () => {
  test.each([
    // an earlier year the line runs through: 2021's 2.33 would drag the line down (Y's own 2.35, a slip check
    // reads as 23.5, is not graded at all: below)
    ["2021's 2.33, the trend runs through it", forest({ 2021: 2.33, 2022: 23.4, 2023: 23.5 }), [2021], "森林覆盖率（%）（2021 年数值约为规划数值的 1/10，是否应为 23.3？未作预测）", "2021 年数值待核实，未作预测"],
    // trial39a F2: 南浔区 城乡居民收入比 1.95 moved back past its baseline 1.67 from 「1.6左右」 (倒退, approximate_backwards) was
    // named 数值待核实 and, in the same paragraph, forecast 预计 2025 年 2.02 with a pace: a value to verify is no ground for either
    ["2023's 1.95 倒退 past the baseline 1.67 of 1.6左右", ratio({ 2021: 1.8, 2022: 1.9, 2023: 1.95 }), [2023], "城乡居民收入比（倒退：高于基期值 1.67，离目标「1.6左右」更远，未作预测）", "数值待核实，未作预测"],
  ] as const)("%s", (_why, facts, years, named, annex) => {
    const ret = returnWith(facts, 2023);
    const row = ret.items[0]!;
    const g = row.graded;
    expect(g.forecast).toEqual({ value: null, meets: null, withheld: "verify" });
    expect([g.pace.needed, g.pace.achieved, g.pace.latest]).toEqual([null, null, null]);
    expect((g.doubted ?? []).map((d) => d.year)).toEqual(years);
    expect(rowWarning(row, 2023)).toBeNull();
    // the paragraph names it once, with why no forecast; never a forecast of 0.0 nor a 预警
    expect(ret.text).toContain(named);
    expect(ret.text).not.toMatch(/预计 2025 年|难以完成|需年均/);
    // section 二: no 【预警】, the row said to be verified
    const warn = warningSection(ret);
    expect(warn.lines.join("\n")).not.toContain("【预警】");
    expect(warn.lines).toEqual([expect.stringContaining("待核实，未作预测")]);
    // the 附表's 预测 and 所需年均进度
    const cols = evaluationColumns(row, 1, 2023);
    expect([cols[10], cols[11]]).toEqual([annex, "—"]);
    // --json: no 预警, the forecast withheld and why
    const doc = reportJson({ year: 2023, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text }) as { items: Array<{ warning: unknown; forecast: unknown }> };
    expect(doc.items[0]).toMatchObject({ warning: null, forecast: { value: null, meets: null, withheld: "verify" } });
  });

  // the trial's own 2.35 for 23.5 (check: 是否应为 23.5？) was graded 滞后于预期 beside its caveat; a slip check reads is no
  // ground for a grade either (trial36 N5): 未能评估（数值待核实）, as a value 100× off, and so no forecast, pace or 预警
  test.each([
    ["2023's 2.35 (meant 23.5)", forest({ 2021: 23.2, 2022: 23.2, 2023: 2.35 }), "森林覆盖率（%）（约为规划数值的 1/10，是否应为 23.5？）", "2.35（数值约为规划数值的 1/10，是否应为 23.5？待核实）"],
  ] as const)("%s is not graded", (_why, facts, named, actual) => {
    const ret = returnWith(facts, 2023);
    const row = ret.items[0]!;
    expect([row.graded.grade, row.graded.reason]).toEqual(["not_graded", "scale_suspect"]);
    expect(row.graded.forecast).toEqual({ value: null, meets: null });
    expect(rowWarning(row, 2023)).toBeNull();
    expect(ret.text).toContain("未能评估 1 项（数值待核实 1 项）");
    expect(ret.text).toContain(named);
    expect(ret.text).not.toMatch(/滞后于预期 1 项|预计 2025 年|难以完成|需年均/);
    expect(warningSection(ret).lines.join("\n")).not.toContain("【预警】");
    const cols = evaluationColumns(row, 1, 2023);
    expect([cols[6], cols[9], cols[10], cols[12]]).toEqual([actual, "未能评估", "—", "未能评估：数值待核实"]);
  });

  test.each([
    ["values near the plan: forecast as before", forest({ 2021: 23.3, 2022: 23.4, 2023: 23.5 }), false, true],
    ["2.35 explained in its 说明: forecast as before", forest({ 2021: 23.2, 2022: 23.2, 2023: 2.35 }), true, true],
  ] as const)("%s", (_why, facts, explained, forecast) => {
    const actuals = Object.fromEntries(Object.entries(facts.values).map(([y, v]) => [y, num(Number(v))]));
    const g = gradeIndicator({ spec: { name: facts.name, unit: facts.unit, baseline: facts.baseline, target: facts.target, baselineYear: 2020, targetYear: 2025 }, year: 2023, actuals }, { explained });
    expect(g.forecast.meets !== null).toBe(forecast);
    expect(g.doubted ?? []).toEqual([]);
  });
});
