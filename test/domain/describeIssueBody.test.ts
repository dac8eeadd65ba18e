import { describeIssue } from "../../src/domain/describeIssue";
import { describeIssueBody } from "../../src/domain/describeIssueBody";
import type { Issue } from "../../src/domain/Issue";

const unit: Issue = { code: "unit_inferred", severity: "info", params: { unit: "比" } };
const text: Issue = { code: "text_number", severity: "error", received: "96.5", suggestion: 96.5 };

// trial31: the words said the name lacked a unit where the table's 单位 column held a dash: they say the column now;
// trial44b F4: the sheet writes the unit read from the name into that column (D15 比), so the words say so
// one home for "an issue's words without its place" (check's plan notes, the pane's flag under its sheet's heading)
describe("describeIssueBody: describeIssue without the sheet and cell", () => {
  it.each([
    ["zh, sheet and cell", { ...unit, sheet: "衢州市主要指标目标表", cell: "K15" }, "zh", "规划未写单位，单位栏的「比」是按指标名称推断填入的，请核对（无误的，在模板中写明单位后不再提示）"],
    ["en, sheet and cell", { ...unit, sheet: "衢州市主要指标目标表", cell: "K15" }, "en", `the plan gives no unit; the unit column's "比" was inferred from the indicator's name: please check it (if right, write the unit into the template and this is no longer said)`],
    ["zh, a cell alone", { ...text, cell: "K8" }, "zh", "填写的是文本「96.5」，公式无法读取；应填数值，建议改为 96.5"],
    ["en, a sheet alone", { ...text, sheet: "舟山市表2" }, "en", describeIssue(text, "en")],
  ] as const)("%s", (_what, issue, lang, expected) => {
    const said = describeIssueBody(issue, lang);
    expect(said).toBe(expected);
    // the place is what describeIssue adds before these words
    expect(describeIssue(issue, lang).endsWith(said)).toBe(true);
    expect(said).not.toMatch(/工作表|Sheet/);
  });
});
