/**
 * 生成审核表 names the rows that wait for the reviewer (fresh-user trial: the pane said only
 * "其中待复核 2 条"): reviewPlan's `toDo` gives each 待复核 row, then each flagged row without a
 * decision (待审核), with its 审核结论 cell, the indicator's cell, name and 数值变化.
 */
import { columnNumber, parseA1 } from "../../src/sheet/a1";
import { REVIEW_STATES } from "../../src/sheet/reviewSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import type { GridWorkbook } from "../../src/sheet/Grid";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { planLoad } from "../../src/ui/shared/planLoad";
import { reviewPlan } from "../../src/ui/shared/summaryPlans";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkbook } = require("./fakeOffice.js") as { createWorkbook: () => { actions: OfficeActions; set: (s: string, c: string, v: unknown) => void; grid: () => GridWorkbook } };

const SHEET = "舟山市表2";
const NAMES: Record<string, string> = { K7: "儿童预期受教育年限(年)", K8: "普惠幼儿园(含公办园)比例(%)" };

/** A 2023 return of 舟山 表2 with `values` typed, and its 审核 sheet made once. */
async function reviewed(values: Array<[string, unknown]>): Promise<ReturnType<typeof createWorkbook>> {
  const wb = createWorkbook();
  const load = planLoad([findTemplate("zhoushan-2021-2025") as Template], 2023, [], "copy");
  await wb.actions.apply(load.plan, []);
  for (const [cell, v] of values) wb.set(SHEET, cell, v);
  const first = reviewPlan(wb.grid());
  if (!first.ok) throw new Error("not planned");
  await wb.actions.apply(first.plan, []);
  return wb;
}

/** The 审核 row whose 位置 is `cell`, and the column of a key (the hidden key row). */
function reviewRow(grid: GridWorkbook, cell: string): { row: number; col: (key: string) => number } {
  const s = grid.sheets.find((x) => x.name === "审核");
  const keys = (s?.rows[1] ?? []).map((c) => (c.type === "string" ? c.text : ""));
  const row = (s?.rows ?? []).findIndex((r) => r[1]?.type === "string" && r[1].text === cell) + 1;
  return { row, col: (key) => keys.indexOf(key) + 1 };
}

describe("reviewPlan lists the rows that wait for a decision", () => {
  const filled: Array<[string, unknown]> = [["K4", 12], ["K5", 2.5], ["K6", 99], ["K7", "12.5"], ["K8", 80]];

  test.each<[string, Array<[string, unknown]>, Array<{ state: string; cell: string; change: RegExp }>]>([
    ["a value typed as text corrected to a number", [["K7", 12.5]], [{ state: REVIEW_STATES.stale, cell: "K7", change: /^「12\.5」（文本） → 12\.5$/ }]],
    ["two rows changed, in sheet order", [["K8", 85], ["K7", 12.5]], [
      { state: REVIEW_STATES.stale, cell: "K7", change: /^「12\.5」（文本） → 12\.5$/ },
      { state: REVIEW_STATES.stale, cell: "K8", change: /^80 → 85$/ },
    ]],
    ["nothing changed: no 待复核", [], []],
  ])("%s", async (_name, changes, expected) => {
    const wb = await reviewed(filled);
    // the reviewer decides on K7 and K8; the county then changes values
    for (const cell of ["K7", "K8"]) {
      const { row, col } = reviewRow(wb.grid(), cell);
      wb.set("审核", `${String.fromCharCode(64 + col("decision"))}${row}`, "通过");
    }
    for (const [cell, v] of changes) wb.set(SHEET, cell, v);
    const again = reviewPlan(wb.grid());
    if (!again.ok) throw new Error("not planned");
    const stale = again.toDo.filter((x) => x.state === REVIEW_STATES.stale);
    expect(stale.length).toBe(again.stale);
    expect(stale.map((x) => ({ state: x.state, cell: x.cell }))).toEqual(expected.map(({ state, cell }) => ({ state, cell })));
    stale.forEach((x, i) => {
      expect(x.sheet).toBe(SHEET);
      expect(x.name).toBe(NAMES[x.cell]);
      expect(x.change).toMatch(expected[i]!.change);
      const { row, col } = reviewRow(wb.grid(), x.cell);
      expect(parseA1(x.decisionCell)).toEqual({ row, col: col("decision") });
    });
  });

  test("flagged rows without a decision follow as 待审核, with their 问题; 待复核 first", async () => {
    const wb = await reviewed(filled);
    const { row, col } = reviewRow(wb.grid(), "K8");
    wb.set("审核", `${String.fromCharCode(64 + col("decision"))}${row}`, "通过");
    wb.set(SHEET, "K8", 85);
    const again = reviewPlan(wb.grid());
    if (!again.ok) throw new Error("not planned");
    expect(again.toDo[0]).toMatchObject({ state: REVIEW_STATES.stale, cell: "K8" });
    const open = again.toDo.slice(1);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((x) => x.state === REVIEW_STATES.open && x.change !== "" && x.sheet === SHEET)).toBe(true);
    // each names its own 审核结论 cell, one column, rows going down
    const rows = open.map((x) => parseA1(x.decisionCell));
    expect(new Set(rows.map((p) => p?.col))).toEqual(new Set([columnNumber(again.toDo[0]!.decisionCell.replace(/\d+$/, ""))]));
    expect(rows.map((p) => p?.row)).toEqual([...rows.map((p) => p?.row ?? 0)].sort((a, b) => a - b));
  });
});

// a trial in English: every row of the pane's list said its 问题 in Chinese (…!L10 · 滞后指标须填写说明)
describe("each row's words in English, for the pane in English (the sheet stays Chinese)", () => {
  const filled: Array<[string, unknown]> = [["K4", 12], ["K5", 2.5], ["K6", 99], ["K7", "12.5"], ["K8", 80]];
  test.each<[string, string, Array<[string, unknown]>, RegExp, RegExp]>([
    ["a 待复核 row's 数值变化", "K7", [["K7", 12.5]], /^「12\.5」（文本） → 12\.5$/, /^"12\.5" \(text\) → 12\.5$/],
    ["a 待复核 row's changed value", "K8", [["K8", 85]], /^80 → 85$/, /^80 → 85$/],
    // the 说明 cell is named, as check's table names it (the row's 位置 is its value, K4)
    // the row has no baseline: why its 进度 is blank is said after the warning (issueText gives info last)
    ["a 待审核 row's 问题 (an issue's words)", "K4", [], /^P4：滞后指标须填写说明；K4：无基期值，无法计算序时进度$/, /^P4: a lagging indicator needs an explanation \(说明\); K4: /],
    // a blank row says the 序时应达 it should hold (missingDue), as check's 问题 does
    ["a 待审核 row flagged by its status alone", "K9", [], /^未填报（序时应达 97\.57）$/, /^Not reported \(expected value 97\.57\)$/],
  ])("%s", async (_name, cell, changes, zh, en) => {
    const again = await decidedThenChanged(filled, changes);
    const row = again.toDo.find((x) => x.cell === cell);
    expect(row?.change).toMatch(zh);
    expect(row?.changeEn).toMatch(en);
    expect(row?.changeEn).not.toBe("");
  });
});

// trial42a F6: a 待复核 row whose new value is now 滞后 without 说明 said what changed only: the new problem is said beside it
describe("a row listed with its 数值变化 says its 问题 now too", () => {
  const filled: Array<[string, unknown]> = [["K4", 12], ["K5", 2.5], ["K6", 99], ["K7", "12.5"], ["K8", 80]];
  test.each<[string, string, Array<[string, unknown]>, string, string, string]>([
    ["now 严重滞后 without 说明 (14.8 → 16, 15 in 2023)", "K7", [["K7", 15]], REVIEW_STATES.stale, "进度 16.7%，低于序时进度 60.0%；P7：滞后指标须填写说明", "progress 16.7%, below the expected progress 60.0%; P7: a lagging indicator needs an explanation (说明)"],
    // its 问题 is what the row already says: not said twice
    ["a 待审核 row, nothing changed", "K4", [], REVIEW_STATES.open, "", ""],
  ])("%s", async (_name, cell, changes, state, zh, en) => {
    const again = await decidedThenChanged(filled, changes);
    const row = again.toDo.find((x) => x.cell === cell);
    expect(row?.state).toBe(state);
    expect({ issue: row?.issue, issueEn: row?.issueEn }).toEqual({ issue: zh, issueEn: en });
  });
});

/** The review planned again after K7 and K8 were decided 通过 and `changes` typed into the return. */
async function decidedThenChanged(filled: Array<[string, unknown]>, changes: Array<[string, unknown]>) {
  const wb = await reviewed(filled);
  for (const c of ["K7", "K8"]) {
    const { row, col } = reviewRow(wb.grid(), c);
    wb.set("审核", `${String.fromCharCode(64 + col("decision"))}${row}`, "通过");
  }
  for (const [c, v] of changes) wb.set(SHEET, c, v);
  const again = reviewPlan(wb.grid());
  if (!again.ok) throw new Error("not planned");
  return again;
}
