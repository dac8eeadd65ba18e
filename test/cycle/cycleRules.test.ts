import { unitFileName } from "../../src/cycle/unitFileName";
import { chaseText } from "../../src/cycle/ledgerSheet";
import { ledgerState } from "../../src/cycle/ledgerState";
import type { LockState } from "../../src/cycle/applyLock";
import type { ReviewTally } from "../../src/cycle/reviewTally";
import { diffReturns, describeChange } from "../../src/cycle/diffReturns";
import { changesByRow } from "../../src/cycle/changesByRow";
import type { EnteredValue } from "../../src/cycle/returnValues";
import { deadlineProblem, splitUnits } from "../../src/cli/runDistribute";

describe("unitFileName: a unit's return file, safe on Windows", () => {
  test.each([
    ["定海区", "2024-定海区.xlsx"],
    ["普陀区/东港", "2024-普陀区_东港.xlsx"],
    ['a:b*c?"d<e>f|g\\h', "2024-a_b_c__d_e_f_g_h.xlsx"],
    ["CON", "2024-_CON.xlsx"],
    ["lpt1", "2024-_lpt1.xlsx"],
    ["嵊泗县. ", "2024-嵊泗县.xlsx"],
    ["tab\there", "2024-tab_here.xlsx"],
    ["...", "2024-_.xlsx"],
    ["区".repeat(120), `2024-${"区".repeat(100)}.xlsx`],
  ])("%j → %s", (unit, name) => {
    expect(unitFileName(unit, 2024)).toBe(name);
  });
});

describe("--units and --deadline", () => {
  test.each([
    ["定海区,普陀区", ["定海区", "普陀区"]],
    ["定海区，普陀区、岱山县", ["定海区", "普陀区", "岱山县"]],
    [" 定海区 , ,嵊泗县", ["定海区", "", "嵊泗县"]],
  ])("%j splits into %j", (v, units) => {
    expect(splitUnits(v)).toEqual(units);
  });
  test.each([
    ["2025-01-31", true], ["2024-02-29", true], ["2025-02-29", false], ["2025-1-31", false], ["31/01/2025", false], ["", false],
  ])("%j is a date: %s", (v, ok) => {
    expect(deadlineProblem(v) === null).toBe(ok);
  });
});

describe("催报: who is chased, as of a day", () => {
  test.each([
    ["2025-01-31", "2025-02-03", "已逾期 3 天（截止 2025-01-31）"],
    ["2025-01-31", "2025-01-31", "今日截止（2025-01-31）"],
    ["2025-01-31", "2025-01-28", "临近截止，还剩 3 天（2025-01-31）"],
    ["2025-01-31", "2025-01-27", null],
    ["", "2025-01-27", "未报送（未设截止日期）"],
  ])("deadline %j as of %s → %j", (deadline, asOf, text) => {
    expect(chaseText(deadline, asOf)).toBe(text);
  });
});

describe("报送状态 from the lock and the 审核 decisions", () => {
  const none: LockState = { locked: false };
  const intact: LockState = { locked: true, intact: true, changed: 0, lockedAt: "", reviewer: "" };
  const edited: LockState = { locked: true, intact: false, changed: 1, lockedAt: "", reviewer: "" };
  const t = (o: Partial<ReviewTally>): ReviewTally => ({ reviewed: true, decided: 0, returned: 0, open: 0, stale: 0, ...o });
  test.each([
    ["no review yet", none, { ...t({}), reviewed: false }, "已报"],
    ["reviewed, nothing decided", none, t({ open: 2 }), "已报"],
    ["a 退回修改 in force", none, t({ decided: 2, returned: 1 }), "退回"],
    ["every flag decided, none sent back", none, t({ decided: 3 }), "通过"],
    ["decided, one flag still open", none, t({ decided: 3, open: 1 }), "已报"],
    ["resubmitted: the 退回修改 is 待复核", none, t({ decided: 2, stale: 1 }), "已报"],
    ["locked and unchanged", intact, t({ open: 5 }), "通过"],
    ["locked, then edited", edited, t({ decided: 3 }), "已报"],
    ["locked, edited, and a 退回修改 in force", edited, t({ decided: 3, returned: 1 }), "退回"],
  ])("%s → %s", (_, lock, tally, state) => {
    expect(ledgerState(lock, tally)).toBe(state);
  });
});

describe("diffReturns compares by template, id and field, never by position", () => {
  const v = (id: string, field: string, text: string, cell = "K6"): EnteredValue => ({ template: "t", id, name: `指标${id}`, field, sheet: "表", cell, text });
  const map = (...vs: EnteredValue[]): Map<string, EnteredValue> => new Map(vs.map((x) => [`${x.template}|${x.id}|${x.field}`, x]));
  test.each([
    ["a sorted sheet (rows moved) is no change", map(v("a", "2023", "1", "K6"), v("b", "2023", "2", "K7")), map(v("b", "2023", "2", "K6"), v("a", "2023", "1", "K7")), []],
    ["a changed value", map(v("a", "2023", "1")), map(v("a", "2023", "1.5")), [["a", "2023", "1", "1.5"]]],
    ["a value filled in", map(v("a", "2023", "")), map(v("a", "2023", "7")), [["a", "2023", "", "7"]]],
    ["a value cleared", map(v("a", "2022", "7")), map(v("a", "2022", "")), [["a", "2022", "7", ""]]],
    ["a row deleted in the new version", map(v("a", "2023", "3"), v("b", "2023", "4")), map(v("a", "2023", "3")), [["b", "2023", "4", ""]]],
    ["95% and 0.95 are not the same entry", map(v("a", "2023", "95%")), map(v("a", "2023", "0.95")), [["a", "2023", "95%", "0.95"]]],
  ])("%s", (_, older, newer, expected) => {
    expect(diffReturns(older, newer).map((c) => [c.id, c.field, c.old, c.new])).toEqual(expected);
  });

  test.each([
    ["zh" as const, "表!K6 指标a 2023年：1 → （空）"],
    ["en" as const, "表!K6 指标a 2023: 1 → (empty)"],
  ])("described in %s", (lang, text) => {
    expect(describeChange({ template: "t", id: "a", name: "指标a", field: "2023", sheet: "表", cell: "K6", old: "1", new: "" }, lang)).toBe(text);
  });

  test("changes grouped per 审核 row: the reporting year plain, other years and columns named", () => {
    const c = (id: string, field: string, o: string, n: string) => ({ template: "t", id, name: id, field, sheet: "表", cell: "K6", old: o, new: n });
    expect(changesByRow([c("a", "2023", "1", "2"), c("a", "2022", "", "5"), c("p", "state", "在建", "已完工")], 2023)).toEqual(new Map([
      ["t|a|2023", "1 → 2；2022年 （空） → 5"], ["t|p|2023", "状态：在建 → 已完工"],
    ]));
  });
});
