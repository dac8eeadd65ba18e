import { num } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/*
 * trial29c: 基本医疗保险参保率 99 → >99 filled with 99 said "基期值 99 已满足目标 >99", which is false: a
 * baseline on a strict bound does not satisfy it. The row still has no trajectory (the distance to the
 * bound is 0) and a miss is still 滞后; only the words change.
 * trial31: the English "already satisfies ≥2.6: no trajectory, a miss counts as lagging" read as jargon; it says
 * what the rule does (§3 floor/ceiling: no progress measured, a value that does not meet the target is 滞后), whole.
 */
const row = (baseline: string, target: string): IndicatorSpec => ({ name: "参保率(%)", unit: "%", baseline, target, baselineYear: 2020, targetYear: 2025 });

describe("no_trajectory says a baseline on a strict bound as the bound, one that satisfies as met", () => {
  test.each<[string, string, string, number, string, string]>([
    ["99 → >99, 99", "99", ">99", 99, "基期值 99 正是目标 >99 的界限，无法按基期计算进度", "the baseline 99 is exactly the bound of >99, so there is no progress to measure from it: a value that does not meet >99 counts as lagging"],
    ["8 → <8, 8.5", "8", "<8", 8.5, "基期值 8 正是目标 <8 的界限，无法按基期计算进度", "the baseline 8 is exactly the bound of <8, so there is no progress to measure from it: a value that does not meet <8 counts as lagging"],
    ["99.5 → >99, 98", "99.5", ">99", 98, "基期值 99.5 已满足目标 >99，无法计算进度", "the baseline 99.5 already meets >99, so there is no progress to measure from it: a value that does not meet >99 counts as lagging"],
    ["99 → ≥99, 98", "99", "≥99", 98, "基期值 99 已满足目标 ≥99，无法计算进度", "the baseline 99 already meets ≥99, so there is no progress to measure from it: a value that does not meet ≥99 counts as lagging"],
  ])("%s", (_case, baseline, target, value, zh, en) => {
    const r = evaluateIndicator({ spec: row(baseline, target), year: 2023, actuals: { "2023": num(value) } });
    expect(r.status).toBe("lagging");
    const issue = r.issues.find((i) => i.code === "no_trajectory");
    expect(issue).toBeDefined();
    expect(describeIssue(issue!, "zh")).toContain(zh);
    expect(describeIssue(issue!, "en")).toBe(en);
  });
});
