import type { Status } from "../../src/domain/Status";
import { flagReason } from "../../src/sheet/flagReason";

/** What the summary's 问题清单 adds for a row flagged by its status alone. */
describe("flagReason", () => {
  const item = (status: Status, target: string) => ({ kind: "indicator" as const, status, target, progress: null, expected: null, value: "", baseline: "" });
  test.each<[string, Status, string, string]>([
    ["a number row left blank", "missing", "4.45", "2023 年数值未填（目标 4.45）"],
    // §3 (our reading): a words or compound target left blank, no reviewer's word, is 未填报
    ["a words row left blank", "missing", "保持全省领先", "2023 年完成情况未填（目标 保持全省领先），审核人员也未评估"],
    ["a compound row left blank", "missing", "98/98.75", "2023 年完成情况未填（目标 98/98.75），审核人员也未评估"],
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

// the pane's list of 审核 rows says the same in English (reviewIssue)
test.each<[string, Status, string, string]>([
  ["a number row left blank", "missing", "4.45", "2023: no value filled in (target 4.45)"],
  ["a words row left blank", "missing", "保持全省领先", "2023: what was done is not filled in (target 保持全省领先), nor assessed by a reviewer"],
  ["a words row with what was done written", "manual", "保持全省领先", 'qualitative target "保持全省领先", assessed by the reviewer in the "人工评估" (assessment) column'],
])("in English, %s", (_why, status, target, says) => {
  expect(flagReason({ kind: "indicator", status, target, progress: null, expected: null, value: "", baseline: "" }, 2023, "en")).toBe(says);
});
