import { openWorkbookProblemText } from "../../src/ui/shared/openWorkbookProblem";
import type { WorkbookProblem } from "../../src/sheet/WorkbookProblem";

/** What the pane (and the ribbon's dialog) says when the open workbook cannot be checked or summarized. */
describe("openWorkbookProblemText", () => {
  const notChecked = (unit?: string): WorkbookProblem => ({ code: "not_plan_returns", params: unit === undefined ? {} : { unit } });
  test.each<[string, WorkbookProblem, "zh" | "en", string]>([
    ["a blank workbook: load a template first", notChecked(), "zh", "本工作簿还没有填报表：请先在“填报”中选择填报模板和年度，点“加载模板”"],
    ["a blank workbook, in English", notChecked(), "en", "This workbook has no return sheets yet: on Fill in, choose a template and a year and click Load template"],
    ["a return copied into a new workbook keeps its own advice", notChecked("定海区"), "zh", "「填报说明」表写着填报单位「定海区」，可能是把填报表复制到了新工作簿"],
    // trial43b F3: a return's sheet copied alone (its mark kept, no cover) was told to load a template
    ["a return's sheet copied into a new workbook: to refill the distributed one", { code: "not_plan_returns", params: { copied: "白石县2025年指标" } }, "zh", "不是本工具的填报：可能复制到了新工作簿（工作表「白石县2025年指标」带有填报表的表头和标记，但缺少填报表自带的隐藏工作表），请用下发的原表重填"],
    ["the same, in English", { code: "not_plan_returns", params: { copied: "白石县2025年指标" } }, "en", "Not a plan-returns return: perhaps copied into a new workbook (sheet \"白石县2025年指标\" carries a return's header row and marks, but not the hidden sheet every return carries); ask for it again in the distributed file"],
    ["another problem keeps its text", { code: "key_row_deleted", params: { sheet: "舟山市表2" } }, "zh", "工作表「舟山市表2」看起来是填报表，但插件标记（隐藏的第 2 行）已被删除"],
  ])("%s", (_d, problem, lang, says) => {
    expect(openWorkbookProblemText(problem, lang)).toContain(says);
  });
});
