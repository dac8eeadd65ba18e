import type { Issue, IssueCode } from "../../src/domain/Issue";
import { emptyCounts, type Status } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { runningTotals } from "../../src/sheet/runningTotals";
import { summarize } from "../../src/sheet/summarize";
import { SummaryTally } from "../../src/sheet/SummaryTally";
import type { RowStore } from "../../src/sheet/RowStore";

type Spec = [status: Status, issues: Array<[IssueCode, Issue["severity"]]>];

function item(n: number, [status, issues]: Spec): CheckItem {
  return {
    kind: "indicator", template: "t", id: `r${n}`, name: `指标${n}`, unit: "%", sheet: "表1", baseline: "1", target: "2",
    cells: { "2023": `K${n + 4}` }, statusCell: `N${n + 4}`, status, progress: null, expected: null, value: "3",
    issues: issues.map(([code, severity]) => ({ code, severity, ...(code === "running_total" ? { params: { total: 3, amount: 1 } } : {}), message: code, messageEn: code })),
  };
}

function report(unit: string, rows: Spec[]): CheckReport {
  const counts = emptyCounts();
  for (const [s] of rows) counts[s]++;
  return { year: 2023, reportingUnit: unit, templates: [{ id: "t", title: "表", kind: "indicator", rows: "00000000" }], items: rows.map((r, i) => item(i, r)), counts, problems: [] };
}

/**
 * The 问题清单 has one row per issue that is not informational, and one for a row flagged by
 * its status alone; the running totals are those flags of code running_total, in their order
 * (SummaryTally keeps them apart so the summary's text need not read every flag again).
 */
describe("SummaryTally's flag rows", () => {
  test.each<[string, Spec[], number, string[]]>([
    ["no issue, status met", [["met", []]], 0, []],
    ["flagged by status alone", [["lagging", []]], 1, []],
    ["two warnings on one row", [["met", [["value_jump", "warning"], ["running_total", "warning"]]]], 2, ["r0"]],
    ["an informational issue only", [["met", [["value_jump", "info"]]]], 0, []],
    ["lagging with one error", [["lagging", [["value_jump", "error"]]]], 1, []],
    ["running totals on two rows", [["met", [["running_total", "warning"]]], ["severe", [["running_total", "warning"]]]], 2, ["r0", "r1"]],
  ])("%s", (_what, rows, flags, running) => {
    const r = summarize([{ file: "a.xlsx", report: report("甲县", rows) }, { file: "b.xlsx", report: report("乙县", rows) }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.figures.flags).toHaveLength(2 * flags);
    expect(r.figures.runningTotals.every((x) => x.code === "running_total")).toBe(true);
    expect(runningTotals(r.figures).map((x) => `${x.unit} ${x.id}`)).toEqual([...running.map((id) => `甲县 ${id}`), ...running.map((id) => `乙县 ${id}`)]);
  });
});

/**
 * The plan's own issues (a unit read from the name, a direction read from the series) are said once in
 * 问题清单, as the template's, however many returns have them; a unit's lines are its values' alone
 * (trial25b: 18 lines over 6 counties that no county could fix).
 */
describe("SummaryTally's plan notes", () => {
  test.each<[string, Spec[], number, string[]]>([
    ["a unit read from the name on a met row", [["met", [["unit_inferred", "warning"]]]], 0, ["r0 unit_inferred"]],
    ["a direction read from the series on a lagging row", [["lagging", [["direction_inferred", "warning"]]]], 1, ["r0 direction_inferred"]],
    ["with a value's own warning", [["met", [["unit_inferred", "warning"], ["count_not_whole", "warning"]]]], 1, ["r0 unit_inferred"]],
    ["two rows", [["met", [["unit_inferred", "warning"]]], ["met", [["direction_inferred", "warning"]]]], 0, ["r0 unit_inferred", "r1 direction_inferred"]],
    // trial37c F4: an index's unit left blank on purpose is information (isPlanFault), no 规划模板 row to tell the keeper
    ["a unit left blank (an index): no note, no flag", [["met", [["unit_unknown", "info"]]]], 0, []],
    ["a unit left blank beside a unit read from the name", [["met", [["unit_unknown", "info"]]], ["met", [["unit_inferred", "warning"]]]], 0, ["r1 unit_inferred"]],
    ["none", [["met", [["value_jump", "warning"]]]], 1, []],
  ])("%s", (_what, rows, flagsPerUnit, notes) => {
    const r = summarize([{ file: "a.xlsx", report: report("甲县", rows) }, { file: "b.xlsx", report: report("乙县", rows) }, { file: "c.xlsx", report: report("丙县", rows) }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.figures.flags).toHaveLength(3 * flagsPerUnit);
    expect(r.figures.flags.map((x) => x.code)).not.toContain("unit_inferred");
    expect((r.figures.planNotes ?? []).map((x) => `${x.item.id} ${x.code}`)).toEqual(notes);
  });
});

/**
 * A return whose numbers were stored as text had a 问题清单 row a cell (trial44b F6: 144 for one county). Where such
 * cells are most of a return's rows (≥ 80 % and ≥ 10: massSlip) they are one row, first, saying how many, what the summary
 * did with them and (the CLI: `seeAll`) where to see each; the return's other rows stay; another return's are untouched.
 */
describe("SummaryTally: numbers stored as text, one row for the return", () => {
  /** `n` rows 数据异常, each with its 2023 cell and its 2021 cell text; `others`: rows lagging without a note */
  const textReturn = (unit: string, n: number, others: number): CheckReport => {
    const text = (k: number): CheckItem => ({
      ...item(k, ["invalid", []]),
      issues: [
        { code: "text_number", severity: "error", cell: `K${k + 4}`, message: "文本", messageEn: "text", suggestion: 1 },
        { code: "earlier_year_invalid", severity: "warning", cell: `I${k + 4}`, params: { year: 2021, reason: "text_number" }, message: "2021 文本", messageEn: "2021 text" },
      ],
    });
    const items = [...Array.from({ length: n }, (_, k) => text(k)), ...Array.from({ length: others }, (_, k) => item(n + k, ["lagging", [["lagging_no_note", "warning"]]]))];
    const counts = emptyCounts();
    for (const i of items) counts[i.status]++;
    return { ...report(unit, []), items, counts };
  };
  test.each<[string, number, number, number, string | null]>([
    ["all text (10 cells)", 5, 0, 1, "全部 10 个数值以文本形式保存（WPS 或脚本保存、从网页粘贴时常见），公式无法读取：2023 年 5 项按数据异常计数，数值未采用；以前年度 5 个数值也未采用；请填报单位改为数值后重新报送"],
    ["text and one lagging row: grouped, the lag kept", 5, 1, 2, "10 个数值以文本形式保存"],
    ["text under 80 %: a row each", 5, 3, 13, null],
    ["under 10 cells: a row each", 4, 0, 8, null],
  ])("%s", (_what, n, others, rowsOfUnit, line) => {
    const r = summarize([{ file: "a.xlsx", report: textReturn("丁县", n, others) }, { file: "b.xlsx", report: textReturn("甲县", 1, 0) }]);
    if (!r.ok) throw new Error(r.message);
    const own = r.figures.flags.filter((x) => x.unit === "丁县");
    expect(own).toHaveLength(rowsOfUnit);
    expect(own[0]?.message.includes("以文本形式保存") ? own[0].message : null).toEqual(line === null ? null : expect.stringContaining(line) as unknown);
    if (line !== null) expect([own[0]?.workbook, own[0]?.item.statusCell, own.slice(1).map((x) => x.code)]).toEqual([true, "K4", Array(others).fill("lagging_no_note")]);
    // another return's cells, too few, keep their rows
    expect(r.figures.flags.filter((x) => x.unit === "甲县")).toHaveLength(2);
  });

  test("the CLI's tally names plan-returns check on the file", () => {
    const tally = new SummaryTally(<T>(): RowStore<T> => [] as T[], { seeAll: true });
    expect(tally.add("收到/2023-丁县.xlsx", textReturn("丁县", 5, 0))).toBeNull();
    const f = tally.figures();
    if (!f.ok) throw new Error("no figures");
    expect([...f.figures.flags][0]?.message).toContain("；逐个单元格见 plan-returns check 收到/2023-丁县.xlsx；请填报单位改为数值后重新报送");
  });
});
