import { describeIssue } from "../../src/domain/describeIssue";
import type { Issue } from "../../src/domain/Issue";
import { flagIssueText } from "../../src/ui/shared/flagIssueText";

/** An issue as checkGrid gives it: its messages made by describeIssue, its place in them. */
const issue = (i: Issue) => ({ ...i, message: describeIssue(i, "zh"), messageEn: describeIssue(i, "en") });
const bare: Issue = { code: "text_number", severity: "error", received: "96.5", suggestion: 96.5 };
const textNumber: Issue = { ...bare, sheet: "衢州市主要指标目标表", cell: "K8" };

// trial 25c: under the heading 衢州市主要指标目标表 every flag said 工作表「衢州市主要指标目标表」K8： again
describe("flagIssueText: an issue under its sheet's heading names its cell, not the sheet again", () => {
  it.each([
    ["zh, its own sheet", issue(textNumber), "衢州市主要指标目标表", "zh", "K8：填写的是文本「96.5」，公式无法读取；应填数值，建议改为 96.5"],
    ["en, its own sheet", issue(textNumber), "衢州市主要指标目标表", "en", `K8: ${describeIssue(bare, "en")}`],
    ["another sheet keeps its place", issue(textNumber), "舟山市表2", "zh", "工作表「衢州市主要指标目标表」K8：填写的是文本「96.5」，公式无法读取；应填数值，建议改为 96.5"],
    ["no cell: the body alone", issue({ ...bare, sheet: "衢州市主要指标目标表" }), "衢州市主要指标目标表", "zh", "填写的是文本「96.5」，公式无法读取；应填数值，建议改为 96.5"],
    ["a message made otherwise is shown whole", { ...issue(textNumber), message: "另写的说明" }, "衢州市主要指标目标表", "zh", "另写的说明"],
  ] as const)("%s", (_what, x, sheet, lang, expected) => {
    expect(flagIssueText(x, sheet, lang)).toBe(expected);
  });
});
