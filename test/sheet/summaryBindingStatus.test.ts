import { describeIssue } from "../../src/domain/describeIssue";
import type { Issue } from "../../src/domain/Issue";
import { emptyCounts, type Status } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { summarize } from "../../src/sheet/summarize";
import { FLAGS_SHEET, internalLink, summaryWorkbookPlan } from "../../src/sheet/summarySheets";
import { formatReport } from "../../src/cli/formatReport";

/**
 * Session 44: check's table marked a binding row 「严重滞后（约束性）」, the summary's 问题清单 said 「严重滞后」 alone, so a
 * manager scanning it could not tell the binding rows from the others. Both now ask markedStatus; the column is as wide
 * as its longest status (符合序时进度 12 when no row is binding). On the old code the 状态 cells read the bare status.
 */
const note = (cell: string): CheckItem["issues"][number] => {
  const i: Issue = { code: "lagging_no_note", severity: "warning", sheet: "专栏1", cell };
  return { ...i, message: describeIssue(i, "zh"), messageEn: describeIssue(i, "en") };
};
const row = (n: number, status: Status, attribute: string | undefined): CheckItem => ({
  kind: "indicator", template: "t", id: `r${n}`, name: `指标${n}`, unit: "%", sheet: "专栏1", baseline: "10", target: "20", cells: { 2023: `K${n}` }, statusCell: `O${n}`,
  status, progress: status === "severe" ? 0.1 : 0.4, expected: 0.6, value: "12", issues: [note(`P${n}`)], ...(attribute ? { attribute } : {}),
});

function flagsOf(items: CheckItem[]): { statuses: unknown[]; width: number | undefined } {
  const counts = emptyCounts();
  for (const i of items) counts[i.status]++;
  const report: CheckReport = { year: 2023, reportingUnit: "甲县", templates: [{ id: "t", title: "表", kind: "indicator", rows: "00000000" }], items, counts, problems: [] };
  const s = summarize([{ file: "2023-甲县.xlsx", report }]);
  if (!s.ok) throw new Error(s.message);
  const sheet = summaryWorkbookPlan(s.figures, (_f, sh, cell) => internalLink(sh, cell)).sheets.find((x) => x.name === FLAGS_SHEET) as PlannedSheet;
  const statuses = items.map((i) => sheet.cells.find((c) => c.address === `F${sheet.cells.find((x) => x.address.startsWith("D") && x.value === i.name)?.address.slice(1)}`)?.value);
  return { statuses, width: sheet.columns[5]?.width };
}

describe("问题清单's 状态 marks a binding row as check's table does", () => {
  test.each<[string, CheckItem[], string[], number]>([
    ["binding severe and lagging, an indicative one", [row(4, "severe", "约束性"), row(5, "lagging", "约束性"), row(6, "severe", "预期性")], ["严重滞后（约束性）", "滞后（约束性）", "严重滞后"], 18],
    ["a plan that marks no 属性: as before", [row(4, "severe", undefined), row(5, "lagging", undefined)], ["严重滞后", "滞后"], 12],
  ])("%s", (_why, items, shown, width) => {
    const f = flagsOf(items);
    expect(f.statuses).toEqual(shown);
    expect(f.width).toBe(width);
    // the very words check's table gives each row
    const counts = emptyCounts();
    const table = formatReport("甲县.xlsx", { year: 2023, reportingUnit: "甲县", templates: [], items, counts, problems: [] });
    for (const s of shown) expect(table).toContain(s);
  });
});
