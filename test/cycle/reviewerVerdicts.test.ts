/**
 * Trial C problems 2 and 3. 2: 庄桥 L15 (严重滞后, no 说明) got the reviewer's 已说明 (电话核实…):
 * the ledger counted it in 未说明的滞后; a reviewer's 已说明 in force takes the row out of that
 * count and the ledger shows it under 审核已认可 (so does a 通过 in force since trial34 M4). 3: 洪塘 L5 (5.2%, 数据异常) got 通过: the ledger
 * said 通过 while lock refused (1 error); now the ledger says 已报（通过未生效） with the reason,
 * the terminal names it, and review warns on the row.
 */
import { summaryText } from "../../src/cli/summaryText";
import { lagsOf } from "../../src/cycle/lagsOf";
import { ledgerSheet } from "../../src/cycle/ledgerSheet";
import { reviewerVerdicts } from "../../src/cycle/reviewTally";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import type { SummaryFigures } from "../../src/sheet/summarize";

const item = (id: string, issues: Array<[string, string]>): CheckItem => ({
  template: "t", id, sheet: "江北区表1", name: `指标${id}`, status: "severe", cells: { "2024": `L${id}` }, statusCell: `N${id}`,
  issues: issues.map(([code, severity]) => ({ code, severity, cell: `L${id}`, message: "", messageEn: "" })),
} as unknown as CheckItem);
const report = (...items: CheckItem[]): CheckReport => ({ year: 2024, reportingUnit: "庄桥街道", items } as unknown as CheckReport);
const row = (id: string, decision: string, state = "有效"): { key: string; decision: string; state: string; row: number } => ({ key: `t|${id}|2024`, decision, state, row: Number(id) });

const lag = item("15", [["lagging_no_note", "warning"]]);
const bad = item("5", [["invalid_number", "error"]]);

describe("a reviewer's 已说明 and the count of unexplained lags (trial C 2)", () => {
  test.each<[string, Array<ReturnType<typeof row>>, { unexplained: number; explainedByReviewer: number }]>([
    ["no decision: unexplained", [], { unexplained: 1, explainedByReviewer: 0 }],
    ["已说明 in force: explained by the reviewer", [row("15", "已说明")], { unexplained: 0, explainedByReviewer: 1 }],
    ["已说明 待复核 (the row changed since): unexplained again", [row("15", "已说明", "待复核")], { unexplained: 1, explainedByReviewer: 0 }],
    // trial34 M4: the reviewer accepted the row as it stands; a manager does not chase it for a 说明 (this row pinned the old reading on purpose)
    ["通过 in force: accepted by the reviewer, not chased", [row("15", "通过")], { unexplained: 0, explainedByReviewer: 1 }],
    ["通过 待复核 (the row changed since): unexplained again", [row("15", "通过", "待复核")], { unexplained: 1, explainedByReviewer: 0 }],
    ["退回修改: unexplained", [row("15", "退回修改")], { unexplained: 1, explainedByReviewer: 0 }],
  ])("%s", (_, rows, lags) => {
    const r = report(lag);
    expect(lagsOf(r, reviewerVerdicts(rows, r).accepted)).toMatchObject(lags);
  });
});

describe("each decided row's 审核结论 as 问题清单 shows it (trial34 M4)", () => {
  test.each<[string, Array<ReturnType<typeof row>>, Record<string, string>]>([
    ["no decision: no mark", [], {}],
    ["通过 in force", [row("15", "通过")], { "t|15": "通过" }],
    ["已说明 in force", [row("15", "已说明")], { "t|15": "已说明" }],
    ["退回修改 in force", [row("15", "退回修改")], { "t|15": "退回修改" }],
    ["通过 on a value changed since: 待复核", [row("15", "通过", "待复核")], { "t|15": "待复核" }],
    ["a word outside the list decides nothing", [row("15", "同意", "待审核")], {}],
    ["a row of another year: not this return's", [{ ...row("15", "通过"), key: "t|15|2023" }], {}],
  ])("%s", (_, rows, marks) => {
    expect(reviewerVerdicts(rows, report(lag)).marks).toEqual(marks);
  });
});

describe("通过 on a row that still has an error (trial C 3)", () => {
  test.each<[string, Array<ReturnType<typeof row>>, Array<[string, number]>]>([
    ["通过 in force on an error: named", [row("5", "通过")], [["通过", 1]]],
    ["已说明 in force on an error: named", [row("5", "已说明")], [["已说明", 1]]],
    ["退回修改 on an error: nothing to say", [row("5", "退回修改")], []],
    ["通过 待复核: not in force, nothing to say", [row("5", "通过", "待复核")], []],
    ["通过 on a row without an error: nothing to say", [row("15", "通过")], []],
  ])("%s", (_, rows, named) => {
    expect(reviewerVerdicts(rows, report(bad, lag)).acceptedWithErrors.map((a) => [a.decision, a.errors])).toEqual(named);
  });
});

describe("the ledger sheet and the terminal say it (trial C 2, 3)", () => {
  const facts = (unit: string, more: Partial<UnitFacts>): UnitFacts => ({
    unit, deadline: "2025-01-31", file: `2024-${unit}.xlsx`, state: "已报", errors: 0, unexplainedLags: 0, missing: 0, rows: 21, lock: "", versions: 1, changes: 0, ...more,
  });
  const cells = (f: UnitFacts): string[] => ledgerSheet([f], 2024, "2025-02-10").cells.map((c) => String(c.value ?? ""));
  const text = (f: UnitFacts, lang: "zh" | "en"): string => summaryText("s.xlsx", { projects: { count: 0, planned: 0, completed: 0, byCategory: [], byOwner: [], lagging: [], withheld: [] }, year: 2024, units: [], totals: {}, flags: [], runningTotals: [] } as unknown as SummaryFigures, [], [f], lang);
  test.each<[string, UnitFacts, string[], string, string]>([
    ["通过 held by an error", facts("洪塘街道", { errors: 1, held: 1 }), ["已报（通过未生效）", "审核结论均为通过，但仍有 1 处错误，不能锁定：请退回修改，或更正后再锁定"],
      "审核通过但仍有错误、不能锁定（按已报）：洪塘街道 1 处错误", "Accepted on the review sheet but still with errors, so not lockable (counted sent): 洪塘街道 (1 error)"],
    ["a lag explained by the reviewer", facts("庄桥街道", { unexplainedLags: 5, explainedByReviewer: 1 }), ["审核已认可"],
      "滞后未写说明、审核人已认可（通过或已说明，不计入未说明的滞后）：庄桥街道 1 项", "accepted by the reviewer (通过 or 已说明; not counted as unexplained lags): 庄桥街道 1"],
  ])("%s", (_, f, inSheet, zh, en) => {
    expect(cells(f)).toEqual(expect.arrayContaining(inSheet));
    expect(text(f, "zh")).toContain(zh);
    expect(text(f, "en")).toContain(en);
  });
});
