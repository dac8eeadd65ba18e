import { readFileSync } from "node:fs";
import { join } from "node:path";
import { num } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { STATUS_LABELS, type Status } from "../../src/domain/Status";

/**
 * trial35 TP3: 用水总量 (约束性) 58.2 against `<62`, filled 80, is 滞后 with no 进度 (evaluation-rules §3: a trajectory exists
 * only where the baseline does not already satisfy the target; otherwise a failure is lagging). The 用户指南's status table
 * said 倒退 is 严重滞后 with no exception, so a user expected red. The rules are the contract: the engine is unchanged and
 * the guide names the exception. Here the guide's examples are judged by the engine, and its table rows are read.
 */
const spec = (baseline: string, target: string, name = "指标"): IndicatorSpec => ({ name, unit: "", baseline, target, baselineYear: 2020, targetYear: 2025 });
const guide = readFileSync(join(__dirname, "../../docs/用户指南.md"), "utf8");

describe("a baseline that already meets the target: a miss is 滞后, however far back (§3)", () => {
  test.each<[string, IndicatorSpec, number, Status, boolean]>([
    ["用水总量 58.2 → <62, filled 80 (37% worse than the baseline)", spec("58.2", "<62", "用水总量"), 80, "lagging", false],
    ["≥50 met at the baseline 52, filled 40", spec("52", "≥50"), 40, "lagging", false],
    ["高等教育毛入学率 62.4 → ≥70, filled 61.2: a trajectory, so 倒退 is 严重滞后", spec("62.4", "≥70", "高等教育毛入学率"), 61.2, "severe", true],
  ])("%s", (_why, s, value, status, progress) => {
    const r = evaluateIndicator({ spec: s, year: 2023, actuals: { 2023: num(value) } });
    expect(r.status).toBe(status);
    expect(r.progress !== null).toBe(progress);
  });

  test("the engine's line for it is the one the guide quotes", () => {
    const r = evaluateIndicator({ spec: spec("58.2", "<62", "用水总量"), year: 2023, actuals: { 2023: num(80) } });
    const said = r.issues.map((i) => describeIssue(i, "zh")).join("；");
    expect(said).toContain("基期值 58.2 已满足目标 <62，无法计算进度，未达标按滞后处理");
    expect(guide).toContain("基期值 58.2 已满足目标 <62，无法计算进度，未达标按滞后处理");
  });

  test.each<[Status, string]>([
    ["lagging", "基期值本来就已达到目标"],
    ["severe", "基期值本来就已达到目标的除外，那是滞后"],
  ])("the guide's status table row for %s names the exception", (status, words) => {
    const row = guide.split("\n").find((l) => l.startsWith("| ") && l.includes(`**${STATUS_LABELS[status]}**`));
    expect(row).toContain(words);
  });
});
