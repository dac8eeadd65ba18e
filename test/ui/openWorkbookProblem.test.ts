import { openWorkbookProblemText } from "../../src/ui/shared/openWorkbookProblem";
import type { WorkbookProblem } from "../../src/sheet/WorkbookProblem";

/** What the pane (and the ribbon's dialog) says when the open workbook cannot be checked or summarized. */
describe("openWorkbookProblemText", () => {
  const notChecked = (unit?: string): WorkbookProblem => ({ code: "not_plan_returns", params: unit === undefined ? {} : { unit } });
  test.each<[string, WorkbookProblem, "zh" | "en", string]>([
    ["a blank workbook: load a template first", notChecked(), "zh", "本工作簿还没有填报表：请先在“填报”中选择填报模板和年度，点“加载模板”"],
    ["a blank workbook, in English", notChecked(), "en", "This workbook has no return sheets yet: on Fill in, choose a template and a year and click Load template"],
    ["a return copied into a new workbook keeps its own advice", notChecked("定海区"), "zh", "「填报说明」表写着填报单位「定海区」，可能是把填报表复制到了新工作簿"],
    ["another problem keeps its text", { code: "key_row_deleted", params: { sheet: "舟山市表2" } }, "zh", "工作表「舟山市表2」看起来是填报表，但插件标记（隐藏的第 2 行）已被删除"],
  ])("%s", (_d, problem, lang, says) => {
    expect(openWorkbookProblemText(problem, lang)).toContain(says);
  });
});
