import { num, str, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { evaluateProject } from "../../src/domain/evaluateProject";
import type { Issue } from "../../src/domain/Issue";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { buildFixes } from "../../src/ui/shared/buildFixes";
import { item } from "../ui/items";

/*
 * trial41d (a county staffer typing in the task pane; pane and check share these rules):
 * F4 45000 (万元 for 4.5 亿元) in a 49.07 亿元 project was called a date 「即 2023年3月15日」 with no fix, while 30000 got 3;
 * F1 「11200」 as text in a 1.12 万人次 row was offered 11200, and only once written did check ask 是否应为 1.12？;
 * F2 「45000万元」「30000万」 got 「读作 45000，本行不能填此数」 and 「1,060」 less than the bare 1060;
 * F3 「约3」 in a project row got no reading where 「约4.6」 in an indicator row got 如确为 4.6.
 */
const project = { investment: "49.07", period: "2023-2027", unit: "县发改局", state: str("在建") };
const fixesOf = (issues: readonly Issue[], kind: "project" | "indicator") =>
  buildFixes([item("4", "invalid", { kind, sheet: "附件2", issues: issues.map((i) => ({ ...i, cell: "K4", message: "", messageEn: "" })) })]);

describe("a number outside a date style whose 万元 reading the project holds is that amount, not a date (F4)", () => {
  test.each<[string, string, CellValue, "scale" | "date", number | undefined, string]>([
    ["45000 of 49.07 亿元: 4.5, no date", "49.07", num(45000), "scale", 4.5, "疑似按万元填写：是否应为 4.5"],
    ["30000 of 49.07 亿元, as before", "49.07", num(30000), "scale", 3, "是否应为 3"],
    // the 万元 reading cannot explain it (4.5444 is over 1.2 × 2): still the date
    ["45444 of 2 亿元 stays 2024-06-01", "2", num(45444), "date", undefined, "疑似填了日期「45444」（即 2024年6月1日）"],
    // a date style is a date whatever the amount
    ["45000 in a date style stays a date", "49.07", { type: "date", iso: "2023-03-15", serial: 45000 }, "date", undefined, "疑似填了日期"],
    // a year.month typed as a number is how a date is typed: still the date
    ["2024.6 of 3.1 亿元 stays June 2024", "3.1", num(2024.6), "date", undefined, "（即 2024年6月）"],
  ])("%s", (_why, investment, completed, kind, suggestion, zh) => {
    const r = evaluateProject({ ...project, investment, completed }, 2025, { completed: "K4" });
    const said = r.issues.find((i) => i.code === "project_completed_scale" || i.code === "project_completed_date");
    expect(said?.params?.["dateYear"] !== undefined ? "date" : "scale").toBe(kind);
    expect(said?.suggestion).toBe(suggestion);
    expect(describeIssue(said!, "zh")).toContain(zh);
  });
});

describe("text that reads as a number is offered what check would offer once it is written (F1, F2)", () => {
  const spec: IndicatorSpec = { name: "全县开展职业技能培训累计数(万人次)", unit: "万人次", baseline: "0.36", target: "1.12", baselineYear: 2020, targetYear: 2025 };
  const indicator = (typed: CellValue): Issue[] => evaluateIndicator({ spec, year: 2024, actuals: { 2024: typed }, cells: { 2024: "K4" } }).issues;
  const projectRow = (typed: CellValue, investment: string): Issue[] => evaluateProject({ ...project, investment, completed: typed }, 2025, { completed: "K4" }).issues;
  test.each<[string, () => Issue[], () => Issue[], string, string]>([
    ["「11200」 in a 1.12 万人次 row: 1.12", () => indicator(str("11200")), () => indicator(num(11200)),
      "读作 11200，约为规划数值最大者的 10000 倍，疑似单位或数量级有误：是否应为 1.12？", "read as 11200, about 10000 times the largest of the plan's numbers: the wrong unit or a digit too many or too few? Did you mean 1.12?"],
    ["「1,060」 of a 2 亿元 project: 0.106", () => projectRow(str("1,060"), "2"), () => projectRow(num(1060), "2"),
      "读作 1060，是总投资（2 亿元）的 530 倍，疑似按万元填写：是否应为 0.106？", "read as 1060, 530× the total (2, 100m yuan): entered in 10k yuan? Did you mean 0.106?"],
    ["「45000」 of a 49.07 亿元 project: 4.5", () => projectRow(str("45000"), "49.07"), () => projectRow(num(45000), "49.07"),
      "是否应为 4.5？", "Did you mean 4.5?"],
    ["「９０００」 of a 0.95 亿元 project: 0.9", () => projectRow(str("９０００"), "0.95"), () => projectRow(num(9000), "0.95"),
      "疑似按万元填写：是否应为 0.9？", "Did you mean 0.9?"],
  ])("%s", (_why, asText, asNumber, zh, en) => {
    const text = asText().find((i) => i.code === "text_number")!;
    const then = asNumber().find((i) => i.suggestion !== undefined)!;
    expect(text.suggestion).toBe(then.suggestion);
    expect(describeIssue(text, "zh")).toContain(zh);
    expect(describeIssue(text, "en")).toContain(en);
    expect(describeIssue(text, "zh")).not.toContain("请先核对");
    // a guessed magnitude: offered one at a time, never in 全部修正
    expect(fixesOf([text], "indicator")[0]).toMatchObject({ to: then.suggestion, guess: "scale" });
  });
});

// a fraction's ×100 (「0.95」 → 95 where the plan is ≥ 10) is §2's reading already, not a number read to rescale
test("「0.95」 in a 10 → 12.5 % row keeps its fraction reading", () => {
  const spec: IndicatorSpec = { name: "数字经济核心产业增加值占GDP比重（%）", unit: "%", baseline: "10", target: "12.5", baselineYear: 2020, targetYear: 2025 };
  const text = evaluateIndicator({ spec, year: 2024, actuals: { 2024: str("0.95") } }).issues.find((i) => i.code === "text_number")!;
  expect(text.suggestion).toBe(95);
  expect(text.params?.["slipRead"]).toBeUndefined();
  expect(describeIssue(text, "zh")).toContain("读作 0.95，基期值或目标值在 10 以上，疑似按小数填写，建议改为 95");
});

describe("a unit written in an 亿元 project's cell is converted (F2)", () => {
  test.each<[string, string, string, number | undefined, string, string]>([
    ["45000万元", "49.07", "45000万元", 4.5, "（数值带了单位「万元」），公式无法读取；应只填数值，45000 万元即 4.5 亿元，建议改为 4.5", "45000 in 10k yuan is 4.5 (100m yuan): enter the number alone, 4.5"],
    ["30000万", "49.07", "30000万", 3, "30000 万元即 3 亿元，建议改为 3", "30000 in 10k yuan is 3 (100m yuan)"],
    ["45000 万元 with a space", "49.07", "45000 万元", 4.5, "建议改为 4.5", "enter the number alone, 4.5"],
    // converted, it is still more than the project holds: named, not offered
    ["45000万元 of a 2 亿元 project", "2", "45000万元", undefined, "45000 万元即 4.5 亿元，本行不能填此数，请核实", "45000 in 10k yuan is 4.5 (100m yuan), which this row cannot take"],
    ["the row's own 亿元 reads as the number", "49.07", "4.5亿元", 4.5, "建议改为 4.5", "enter the number 4.5"],
  ])("%s", (_why, investment, typed, suggestion, zh, en) => {
    const issues = evaluateProject({ ...project, investment, completed: str(typed) }, 2025, { completed: "K4" }).issues;
    const text = issues.find((i) => i.code === "text_number")!;
    expect(text.suggestion).toBe(suggestion);
    expect(describeIssue(text, "zh")).toContain(zh);
    expect(describeIssue(text, "en")).toContain(en);
    // the unit written makes the conversion no guess: it may go into 全部修正
    if (suggestion !== undefined) expect(fixesOf([text], "project")[0]?.guess).toBeUndefined();
  });
});

describe("an approximate amount is read as an indicator row's is (F3)", () => {
  test.each<[string, string, string, number | undefined, string]>([
    ["约3", "49.07", "约3", 3, "应填数值（亿元），实际为约数「约3」：请填确切数值，如确为 3，请填 3"],
    ["约３, full-width", "49.07", "约３", 3, "如确为 3，请填 3"],
    ["3左右", "49.07", "3左右", 3, "如确为 3，请填 3"],
    // 约3 of a 2 亿元 project is over 1.2 × I: not offered
    ["约3 of 2 亿元", "2", "约3", undefined, "实际为约数「约3」：请填确切数值"],
  ])("%s", (_why, investment, typed, suggestion, zh) => {
    const issues = evaluateProject({ ...project, investment, completed: str(typed) }, 2025, { completed: "K4" }).issues;
    const said = issues.find((i) => i.code === "not_a_number")!;
    expect(said.params?.["approximate"]).toBe(1);
    expect(said.suggestion).toBe(suggestion);
    expect(describeIssue(said, "zh")).toContain(zh);
    if (suggestion === undefined) expect(describeIssue(said, "zh")).not.toContain("如确为");
    if (suggestion !== undefined) expect(fixesOf([said], "project")[0]?.guess).toBe("approximate");
  });
});
