import { describeIssue } from "../../src/domain/describeIssue";
import type { Issue } from "../../src/domain/Issue";
import { emptyCounts, type Status } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { flagReason } from "../../src/sheet/flagReason";
import { rowIssueText } from "../../src/sheet/rowIssueText";
import { summarize } from "../../src/sheet/summarize";

/**
 * trial38 F5: the 问题清单 dropped what check's line says of a row beside its problems: 临港新区 K12 (58 against a
 * baseline of 59.5) was 「倒退（58 对基期 59.5）；P12：滞后指标须填写说明」 in check and the 审核 sheet, only
 * 「滞后指标须填写说明」 in the 问题清单; a row with no baseline, 「P14：滞后指标须填写说明；K14：无基期值，无法计算序时进度」,
 * lost its second part. Now each is a line of the 问题清单 (its cell, its words; a status line in flagReason's words).
 * On the old code the backwards line and the 无基期值 line are missing.
 */
const issue = (code: Issue["code"], severity: Issue["severity"], cell: string, more: Partial<Issue> = {}): CheckItem["issues"][number] => {
  const i: Issue = { code, severity, sheet: "专栏1", cell, ...more };
  return { ...i, message: describeIssue(i, "zh"), messageEn: describeIssue(i, "en") };
};
const row = (n: number, status: Status, value: string, baseline: string, progress: number | null, issues: CheckItem["issues"]): CheckItem => ({
  kind: "indicator", template: "t", id: `r${n}`, name: `指标${n}`, unit: "%", sheet: "专栏1", baseline, target: ">70", cells: { 2023: `K${n}` }, statusCell: `O${n}`,
  status, progress, expected: 0.6, value, issues,
});

describe("the 问题清单 says of a row what check's line says", () => {
  test.each<[string, CheckItem, Array<[string, string]>]>([
    ["gone backwards, no 说明", row(12, "severe", "58", "59.5", -0.14, [issue("lagging_no_note", "warning", "P12")]),
      [["K12", "进度 倒退（58 对基期 59.5），低于序时进度 60.0%"], ["P12", "滞后指标须填写说明"]]],
    ["no baseline, no 说明", row(14, "lagging", "14", "—", null, [issue("lagging_no_note", "warning", "P14"), issue("no_baseline", "info", "K14", { received: "—" })]),
      [["P14", "滞后指标须填写说明"], ["K14", "无基期值，无法计算序时进度"]]],
    // trial42a F7: the reason check gives and the status line were two lines for one cell, counted twice by 审核结论: one line
    ["no baseline, 说明 written: one line, both reasons", row(16, "lagging", "45", "—", null, [issue("no_baseline", "info", "K16", { received: "—" })]),
      [["K16", "无基期值，无法计算序时进度；未达到目标（目标 >70），无法计算进度"]]],
    // as before: lagging with no other problem is its status line alone
    ["lagging, 说明 written", row(4, "lagging", "15.5", "14.6", 0.474, []), [["K4", "进度 47.4%，低于序时进度 60.0%"]]],
  ])("%s", (_why, item, lines) => {
    const counts = emptyCounts();
    counts[item.status]++;
    const report: CheckReport = { year: 2023, reportingUnit: "临港新区", templates: [{ id: "t", title: "表", kind: "indicator", rows: "00000000" }], items: [item], counts, problems: [] };
    const s = summarize([{ file: "2023-临港新区.xlsx", report }]);
    if (!s.ok) throw new Error(s.message);
    const said = [...s.figures.flags].map((x): [string, string] => [x.cell ?? `K${item.id.slice(1)}`, (x.message.replace(/^工作表「专栏1」[A-Z]+\d+：/, "") || flagReason(x.item, 2023)) ?? ""]);
    expect(said).toEqual(lines);
    // every part of check's line is on one of them
    for (const part of rowIssueText(item, `K${item.id.slice(1)}`, "zh").split("；")) expect(said.some(([, m]) => m.includes(part.replace(/^[A-Z]+\d+：/, "")))).toBe(true);
  });
});
