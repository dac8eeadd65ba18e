/**
 * trJ item 4: a 审核 row of an indicator 待人工评估 said only 待人工评估, so 通过 there looked final
 * though it grades nothing; its 问题 now says where the verdict goes, in the summary's words
 * (flagReason: 由审核人员在「人工评估」列评估), on the sheet and in the pane's English list.
 */
import { emptyCounts, type Status } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { reviewSheetInEnglish } from "../../src/sheet/reviewSheet";

const jump: CheckItem["issues"][number] = { code: "value_jump", severity: "warning", cell: "K4", message: "工作表「表1」K4：比 2022 年（0.2）增加 50%", messageEn: "Sheet \"表1\" K4: up 50% on 2022 (0.2)" };
/** The plan's own issue (isPlanIssue): every return of the template has it, and check leaves it out of the row. */
const unitUnknown: CheckItem["issues"][number] = { code: "unit_unknown", severity: "info", cell: "K4", message: "工作表「表1」K4：单位留空（如指数，无量纲），仅检查是否为数值", messageEn: "Sheet \"表1\" K4: unit left blank (as an index has none); only checked to be a number" };
const item = (kind: CheckItem["kind"], status: Status, issues: CheckItem["issues"] = []): CheckItem => ({
  kind, template: "t", id: "x1", name: "国内生产总值（GDP）增长（%）", unit: "%", sheet: "表1", baseline: "2.3", target: "保持在合理区间",
  cells: { "2023": "K4" }, statusCell: "N4", status, progress: null, expected: null, value: "5.2", issues,
});
const report = (i: CheckItem): CheckReport => ({ year: 2023, reportingUnit: "南港区", templates: [], items: [i], counts: emptyCounts(), problems: [] });
/** The 问题 cell the 审核 sheet writes for the one row, and the pane's English words for it. */
const issueOf = (r: CheckReport): { zh: string; en: string } => {
  const { sheet, english } = reviewSheetInEnglish(r);
  const col = sheet.cells.find((c) => c.value === "问题")!.address.replace(/\d+$/, "");
  return { zh: String(sheet.cells.find((c) => c.address === `${col}4`)?.value ?? ""), en: english.get("t|x1|2023") ?? "" };
};

describe("the 问题 of a row 待人工评估 says the verdict goes in 人工评估 (trJ item 4)", () => {
  test.each<[string, CheckItem, string, string]>([
    ["an indicator 待人工评估", item("indicator", "manual"), "定性目标「保持在合理区间」，由审核人员在「人工评估」列评估",
      'qualitative target "保持在合理区间", assessed by the reviewer in the "人工评估" (assessment) column'],
    ["an indicator 待人工评估 with a warning: the warning, then where the verdict goes", item("indicator", "manual", [jump]), "比 2022 年（0.2）增加 50%；定性目标「保持在合理区间」，由审核人员在「人工评估」列评估",
      'up 50% on 2022 (0.2); qualitative target "保持在合理区间", assessed by the reviewer in the "人工评估" (assessment) column'],
    // session 40 (dev40e, trial40c): a list row 待人工评估 says why and that its 审核结论 concludes it (lists have no 人工评估 column)
    ["a project 待人工评估 (no 人工评估 column): why, and the 审核结论 that concludes it", item("project", "manual"), "总投资为「/」，不计算投资完成率，由审核人员在审核表中给出审核结论（通过或已说明）",
      '总投资 (total investment) is "/", so no completion rate: the reviewer concludes on it with a 审核结论 (通过 or 已说明) on the review sheet'],
    // its target is words, so only its 人工评估 makes it 滞后: the reviewer is asked to confirm that (trial35 X1)
    ["a words row 滞后 by its 人工评估: to be confirmed", item("indicator", "lagging"), "人工评估为「滞后」：请审核人员确认（人工评估列填报单位也能填写）",
      '人工评估 (assessment) says "Lagging": to be confirmed by the reviewer (the unit can fill in that column too)'],
    // trial35 TP8: K6's 问题 began with the template's own 单位栏为空… though check keeps it out of the row (a numeric target: no 人工评估 to confirm)
    ["a lagging indicator with the plan's own issue: left out, as check leaves it out", { ...item("indicator", "lagging", [unitUnknown]), target: "6" },
      // no progress to say (trial42a F6): why, in the summary's words (flagReason), not the status 状态 already shows
      "未达到目标（目标 6），无法计算进度", "target not reached (target 6); progress cannot be worked out"],
    ["a warning and the plan's own issue: the warning alone", { ...item("indicator", "lagging", [unitUnknown, jump]), target: "6" }, "比 2022 年（0.2）增加 50%", "up 50% on 2022 (0.2)"],
  ])("%s: the sheet's 问题, and the pane's English", (_, i, zh, en) => {
    expect(issueOf(report(i))).toEqual({ zh, en });
  });
});
