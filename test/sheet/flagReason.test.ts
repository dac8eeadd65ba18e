import type { Status } from "../../src/domain/Status";
import { flagReason } from "../../src/sheet/flagReason";

/** What the summary's 问题清单 adds for a row flagged by its status alone. */
describe("flagReason", () => {
  const item = (status: Status, target: string) => ({ kind: "indicator" as const, status, target, progress: null, expected: null, value: "", baseline: "" });
  test.each<[string, Status, string, string]>([
    // trial43c F2: no 序时应达 (a baseline past the target, a 保持 row): the target as written, what to fill toward
    ["a number row left blank, no 序时应达", "missing", "4.45", "未填报（目标 4.45）"],
    ["a floor already met at the baseline, left blank", "missing", "≥90", "未填报（目标 ≥90）"],
    // §3 (our reading): a words or compound target left blank, no reviewer's word, is 未填报
    ["a words row left blank", "missing", "保持全省领先", "未填报（目标 保持全省领先，审核人员也未评估）"],
    ["a compound row left blank", "missing", "98/98.75", "未填报（目标 98/98.75，审核人员也未评估）"],
    ["a words row with what was done written", "manual", "保持全省领先", "定性目标「保持全省领先」，由审核人员在「人工评估」列评估"],
  ])("%s", (_why, status, target, says) => {
    expect(flagReason(item(status, target), 2023)).toBe(says);
  });
});

// a trial's 滞后 row said 进度 80.0%，低于序时进度 80.0%
test.each<[number, number, string]>([
  [0.79980, 0.8, "进度 79.98%，低于序时进度 80.00%"],
  [0.793, 0.8, "进度 79.3%，低于序时进度 80.0%"],
])("a lagging row of progress %s against %s: %s", (progress, expected, says) => {
  expect(flagReason({ kind: "indicator", status: "lagging", target: "80", progress, expected, value: "77.98", baseline: "69.91" }, 2024)).toBe(says);
});

// trial44a F2: 9 against <9 in the plan's last year is 滞后 with p = s = 1: never "进度 100.0%，低于序时进度 100.0%"
test.each<[string, number, number, string, string]>([
  ["<9", 1, 1, "9", "当年 9，未达到目标 <9"],
  [">50", 1, 1, "50", "当年 50，未达到目标 >50"],
  ["<9", 0.9857, 1, "9.01", "进度 98.6%，低于序时进度 100.0%"],
])("a lagging row on %s at p %s, s %s (%s): %s", (target, progress, expected, value, says) => {
  expect(flagReason({ kind: "indicator", status: "lagging", target, progress, expected, value, baseline: "9.7" }, 2025)).toBe(says);
});

// the pane's list of 审核 rows says the same in English (reviewIssue)
test.each<[string, Status, string, string]>([
  ["a number row left blank", "missing", "4.45", "Not reported (target 4.45)"],
  ["a words row left blank", "missing", "保持全省领先", "Not reported (target 保持全省领先, nor assessed by a reviewer)"],
  ["a words row with what was done written", "manual", "保持全省领先", 'qualitative target "保持全省领先", assessed by the reviewer in the "人工评估" (assessment) column'],
])("in English, %s", (_why, status, target, says) => {
  expect(flagReason({ kind: "indicator", status, target, progress: null, expected: null, value: "", baseline: "" }, 2023, "en")).toBe(says);
});

// trial43c F5: the 问题清单 said 2023 年数值未填（目标 ≥90） where check and the 审核 sheet say 未填报（序时应达 89.2）
describe("a 未填报 row in the 问题清单 says what check says (missingDue)", () => {
  const row = { kind: "indicator" as const, status: "missing" as const, progress: null, expected: null, value: "", baseline: "85", issues: [] };
  test.each<[string, { target: string; expectedValue: number | null; expectedStrict?: "<" | ">"; note?: string }, string, string]>([
    ["its 序时应达", { target: "≥90", expectedValue: 89.2 }, "未填报（序时应达 89.2）", "Not reported (expected value 89.2)"],
    ["a cumulative target: the running total due", { target: "〔15〕", expectedValue: 9 }, "未填报（累计序时应达 9）", "Not reported (expected running total 9)"],
    ["no 序时应达: the target", { target: "3", expectedValue: null }, "未填报（目标 3）", "Not reported (target 3)"],
    // trial44a F2: a strict target in the plan's last year: 9 does not meet <9, so the due figure keeps its operator
    ["a strict target in the year it is for", { target: "<9", expectedValue: 9, expectedStrict: "<" as const }, "未填报（序时应达 <9）", "Not reported (expected value <9)"],
    ["a strict floor in the year it is for", { target: ">50", expectedValue: 50, expectedStrict: ">" as const }, "未填报（序时应达 >50）", "Not reported (expected value >50)"],
    ["a strict target mid-way: the figure on the line", { target: "<9", expectedValue: 9.28 }, "未填报（序时应达 9.28）", "Not reported (expected value 9.28)"],
    ["its 说明 says why: as before", { target: "<5", expectedValue: 4.8, note: "统计局尚未发布" }, "2023 年数值未填（目标 <5）；已说明：统计局尚未发布", "2023: no value filled in (target <5); explained: 统计局尚未发布"],
  ])("%s", (_d, x, zh, en) => {
    expect([flagReason({ ...row, ...x }, 2023), flagReason({ ...row, ...x }, 2023, "en")]).toEqual([zh, en]);
  });
});
