/**
 * trial40c F8: a one-year list's reform 未启动 at the year's end read 待人工评估 with 需审核人员评估, and a reviewer expected
 * 严重滞后. §5 keeps it manual (no rule change); the words now say why — the list has no time node to judge it by —
 * and, as the list has no 人工评估 column, that the reviewer's 审核结论 concludes it (trial40c F9). The same for a project
 * whose 总投资 is 「/」. The summary's 问题清单 (flagReason) and the 审核 sheet's 问题 (reviewIssue) say it alike.
 */
import type { CheckItem } from "../../src/sheet/CheckReport";
import { flagReason } from "../../src/sheet/flagReason";
import { reviewIssue } from "../../src/sheet/reviewIssue";

const row = (kind: CheckItem["kind"], value: string, target: string): Pick<CheckItem, "kind" | "status" | "target" | "progress" | "expected" | "value" | "baseline" | "issues"> =>
  ({ kind, status: "manual", target, progress: null, expected: null, value, baseline: "", issues: [] });

test.each<[string, ReturnType<typeof row>, "zh" | "en", string]>([
  ["a reform 未启动", row("reform", "未启动", "严控编制"), "zh", "进展「未启动」：改革清单没有时间节点，不判断滞后，由审核人员在审核表中给出审核结论（通过或已说明）"],
  ["a reform 推进中", row("reform", "推进中", "全覆盖"), "zh", "进展「推进中」：改革清单没有时间节点，不判断滞后，由审核人员在审核表中给出审核结论（通过或已说明）"],
  ["a reform 未启动, en", row("reform", "未启动", "严控编制"), "en", "progress \"未启动\": a reform list has no time node, so it is not judged lagging; the reviewer concludes on it with a 审核结论 (通过 or 已说明) on the review sheet"],
  // trial47a: a reform with a 完成时限 not yet reached (its baseline, checkGrid) is not judged lagging either: the deadline is said
  ["a reform 推进中 before its 完成时限", { ...row("reform", "推进中", "全覆盖"), baseline: "2025年" }, "zh", "进展「推进中」：完成时限 2025年 未到，不判断滞后，由审核人员在审核表中给出审核结论（通过或已说明）"],
  ["a reform 推进中 before its 完成时限, en", { ...row("reform", "推进中", "全覆盖"), baseline: "2025年" }, "en", "progress \"推进中\": its deadline (完成时限) 2025年 has not passed, so it is not judged lagging; the reviewer concludes on it with a 审核结论 (通过 or 已说明) on the review sheet"],
  ["a project whose 总投资 is 「/」", row("project", "0", "/"), "zh", "总投资为「/」，不计算投资完成率，由审核人员在审核表中给出审核结论（通过或已说明）"],
  ["a project whose 总投资 is 「/」, en", row("project", "0", "/"), "en", "总投资 (total investment) is \"/\", so no completion rate: the reviewer concludes on it with a 审核结论 (通过 or 已说明) on the review sheet"],
])("%s", (_, item, lang, words) => {
  expect(flagReason(item, 2024, lang)).toBe(words);
  // the 审核 sheet's 问题 (zh) and the pane's list (en): the same words, never the bare status
  expect(reviewIssue(item, "I24", true, lang, 2024)).toBe(words);
});
