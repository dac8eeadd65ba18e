import { reportJson } from "../../src/cli/reportJson";
import { yearTargetLine } from "../../src/cli/yearTargetLine";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import type { EvaluationReport } from "../../src/sheet/EvaluationReport";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * Trial K: a yearly plan's 2024 target (城镇化率 69.5, plan 72) graded the row, as check says, but
 * the 附表 showed 目标值 72 beside 进度 84.8% and 序时进度 100% in year 4 of 5: the 69.5 appeared nowhere.
 * The year's own target is now said where it is the one graded: the 附表, report --json (`yearTarget`)
 * and the terminal's line; a row graded by the plan's target stays as it was.
 */
const row = (name: string, target: string, yearly: Record<string, string> | undefined, v: number): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline: "66.2", target, values: { 2024: v }, ...(yearly ? { yearlyTargets: yearly } : {}) });
const TARGET_COLUMN = 5;

describe("the year's own target is shown where it is graded", () => {
  test.each<[string, RowFacts, string, string | undefined, string]>([
    ["2024 target 69.5, plan 72 (trial K)", row("常住人口城镇化率", "72", { "2024": "69.5" }, 69), "69.5（2024 年度目标；规划目标 72）", "69.5", "84.8%"],
    ["no target of its own in 2024: the plan's, on 序时进度", row("常住人口城镇化率", "72", { "2023": "68.5" }, 69), "72", undefined, "48.3%"],
    ["no yearly targets", row("常住人口城镇化率", "72", undefined, 69), "72", undefined, "48.3%"],
    ["the year's target is the plan's own text", row("常住人口城镇化率", "72", { "2024": "72" }, 69), "72", undefined, "48.3%"],
    // trial 28a: a year with no target (/) was listed among the rows 按 2023 年度目标评估; the row is 不适用 that year
    ["no target in 2024 (/), 全覆盖 at the end: graded by nothing", row("长期护理保险覆盖人数", "全覆盖", { "2024": "/", "2025": "全覆盖" }, 69), "全覆盖", undefined, "—"],
    ["no target in 2024 (—) on a row with numbers", row("常住人口城镇化率", "72", { "2023": "68.5", "2024": "—" }, 69), "72", undefined, "—"],
  ])("%s", (_why, facts, shown, json, progress) => {
    const ret = returnOf("东城区", [facts], 2024);
    const cols = evaluationColumns(ret.items[0]!, 1, 2024);
    expect(cols[TARGET_COLUMN]).toBe(shown);
    expect(cols[7]).toBe(progress);
    const report: EvaluationReport = { year: 2024, returns: [ret], units: [{ unit: ret.unit, ret }], counts: ret.counts, text: ret.text };
    const doc = reportJson(report) as { items: Array<{ yearTarget?: string }> };
    expect(doc.items[0]?.yearTarget).toBe(json);
    expect(yearTargetLine(report, "zh")).toBe(json === undefined ? null : `按 2024 年度目标评估 1 项（进度、序时进度均对年度目标）：常住人口城镇化率 ${json}（规划目标 72）`);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "按 2024 年度目标评估 2 项（进度、序时进度均对年度目标）：常住人口城镇化率 69.5（规划目标 72）；托位数 3.5（规划目标 4.0）"],
    ["en", "Graded by 2024's own targets (progress and expected progress are against them), 2: 常住人口城镇化率 69.5 (plan target 72); 托位数 3.5 (plan target 4.0)"],
  ])("the terminal line names each row once over several units (%s)", (lang, line) => {
    const rows = (v: number): RowFacts[] => [row("常住人口城镇化率", "72", { "2024": "69.5" }, v), { ...row("托位数", "4.0", { "2024": "3.5" }, 3.6), baseline: "1.8" }];
    const a = returnOf("东城区", rows(69), 2024);
    const b = returnOf("南山县", rows(70), 2024);
    const report: EvaluationReport = { year: 2024, returns: [a, b], units: [{ unit: a.unit, ret: a }, { unit: b.unit, ret: b }], counts: a.counts, text: "" };
    expect(yearTargetLine(report, lang)).toBe(line);
  });
});
