import { str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { evaluateProject } from "../../src/domain/evaluateProject";
import type { Issue } from "../../src/domain/Issue";

/**
 * Session 42: `--lang en` said 「expected a number (亿元)」 on a project row. A project list's amounts are in the list's
 * own unit, 亿元 (§4: the tool's, not the plan's words), which every other English project message says as "100m yuan";
 * an indicator's unit is the plan's own and is kept as written, with its range (万人次 ≥ 0), as before.
 */
const project = (completed: CellValue): Issue => {
  const r = evaluateProject({ investment: "49.07", period: "2021-2025", unit: "柯城区", completed, state: str("在建") }, 2024, { completed: "K5", state: "L5" }, "表1");
  return r.issues.find((i) => i.code === "not_a_number" || i.code === "formula_error")!;
};
const indicator = (v: CellValue, unit: string): Issue =>
  evaluateIndicator({ spec: { name: "图书馆年接待人次", unit, baseline: "1.0", target: "1.2", baselineYear: 2020, targetYear: 2025 }, year: 2024, actuals: { 2024: v } }).issues.find((i) => i.code === "not_a_number")!;

describe("the unit a number is expected in, in English", () => {
  test.each<[string, Issue, string, string]>([
    ["a project's amount: words", project(str("abc")), "expected a number (100m yuan), found \"abc\"", "应填数值（亿元），实际为「abc」"],
    ["a project's amount: an error value", project({ type: "error", code: "#DIV/0!" }), "expected a number (100m yuan)", "亿元"],
    ["an indicator's unit, the plan's own, kept", indicator(str("abc"), "万人次"), "expected a number (万人次 ≥ 0)", "万人次 ≥ 0"],
    ["an indicator in 亿元, the plan's own, kept with its range", indicator(str("abc"), "亿元"), "expected a number (亿元 ≥ 0)", "亿元 ≥ 0"],
  ])("%s", (_why, issue, en, zh) => {
    expect(describeIssue(issue, "en")).toContain(en);
    expect(describeIssue(issue, "zh")).toContain(zh);
  });
});
