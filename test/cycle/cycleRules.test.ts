import { unitFileName } from "../../src/cycle/unitFileName";
import { chaseText } from "../../src/cycle/ledgerSheet";
import { ledgerStanding, ledgerState } from "../../src/cycle/ledgerState";
import type { LockState } from "../../src/cycle/applyLock";
import type { ReviewTally } from "../../src/cycle/reviewTally";
import { diffReturns, describeChange } from "../../src/cycle/diffReturns";
import { describeFieldChanges } from "../../src/sheet/reviewBasis";
import type { FieldChange } from "../../src/sheet/FieldChange";
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
  const unreviewed: LockState = { locked: true, intact: true, changed: 0, lockedAt: "", reviewer: "", unreviewed: true };
  const t = (o: Partial<ReviewTally>): ReviewTally => ({ reviewed: true, decided: 0, returned: 0, returnedRows: [], returnedItems: [], open: 0, openRows: [], stale: 0, sheet: "审核", staleRows: [], staleUnmarked: 0, staleReturnedRows: [], staleItems: [], rechecked: [], accepted: [], marks: {}, acceptedWithErrors: [], unreviewed: [], dates: [], ...o });
  test.each([
    ["no review yet", none, { ...t({}), reviewed: false }, "已报"],
    ["reviewed, nothing decided", none, t({ open: 2 }), "已报"],
    ["a 退回修改 in force", none, t({ decided: 2, returned: 1 }), "退回"],
    ["every flag decided, none sent back", none, t({ decided: 3 }), "通过"],
    ["decided, one flag still open", none, t({ decided: 3, open: 1 }), "已报"],
    ["resubmitted: the 退回修改 is 待复核", none, t({ decided: 2, stale: 1 }), "已报"],
    ["locked and unchanged", intact, t({ open: 5 }), "通过"],
    // trial29c F1: a lock with no decision on the 审核 sheet is not 审核通过: judged by the decisions, as unlocked
    ["locked without review, no 审核 sheet", unreviewed, { ...t({}), reviewed: false }, "已报"],
    ["locked without review, the 审核 sheet undecided", unreviewed, t({ open: 5 }), "已报"],
    // its lock still says 未经审核 until lock runs again on the decisions (then 通过): the ledger says what the lock says
    ["locked without review, every flag decided since, not locked again", unreviewed, t({ decided: 3 }), "已报"],
    ["locked, then edited", edited, t({ decided: 3 }), "已报"],
    ["locked, edited, and a 退回修改 in force", edited, t({ decided: 3, returned: 1 }), "退回"],
  ])("%s → %s", (_, lock, tally, state) => {
    expect(ledgerState(lock, tally)).toBe(state);
  });

  // trial C 3: 通过 on a 数据异常 row while the error stays; lock refuses it, so the ledger does not say 通过
  test.each<[string, LockState, ReviewTally, number, { state: string; held: number }]>([
    ["every flag decided, one error left: not 通过, held by it", none, t({ decided: 3 }), 1, { state: "已报", held: 1 }],
    ["every flag decided, no error: 通过", none, t({ decided: 3 }), 0, { state: "通过", held: 0 }],
    ["a 退回修改 in force and an error: 退回", none, t({ decided: 3, returned: 1 }), 2, { state: "退回", held: 0 }],
    ["one flag still open and an error: 已报, nothing held", none, t({ decided: 3, open: 1 }), 1, { state: "已报", held: 0 }],
  ])("%s", (_, lock, tally, errors, standing) => {
    expect(ledgerStanding(lock, tally, errors)).toEqual(standing);
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
    // a trial: 2.6 in a date style of a 1904 workbook came back as 1464, showing the same day
    ["one day shown, another number stored", map({ ...v("a", "2023", "1904-01-03"), stored: "2.6" }), map({ ...v("a", "2023", "1904-01-03"), stored: "1464" }), [["a", "2023", "1904-01-03", "1904-01-03"]]],
  ])("%s", (_, older, newer, expected) => {
    expect(diffReturns(older, newer).map((c) => [c.id, c.field, c.old, c.new])).toEqual(expected);
  });

  // a date and a text typed with spaces are shown in check's words (dateCellText, typedSpaces; trial33 T13: 100 typed in a
  // date-formatted cell read 2023-12-31 → 1900-04-09, " 0.09 " read 「0.09」（文本）); the date pair's words were 单元格数值 2.6 before
  type Side = { text: string; stored?: string; typed?: string; isText?: boolean };
  test.each<["zh" | "en", Side, Side, string]>([
    ["zh", { text: "1904-01-03", stored: "2.6" }, { text: "1904-01-03", stored: "1464" }, "表!K6 指标a 2023年：1904-01-03（单元格为日期格式，2.6 显示为 1904-01-03） → 1904-01-03（单元格为日期格式，1464 显示为 1904-01-03）"],
    ["en", { text: "1904-01-03", stored: "2.6" }, { text: "1904-01-03", stored: "1464" }, "表!K6 指标a 2023: 1904-01-03 (the cell has a date format: 2.6 shows as 1904-01-03) → 1904-01-03 (the cell has a date format: 1464 shows as 1904-01-03)"],
    ["zh", { text: "2023-12-31", stored: "45291" }, { text: "1900-04-09", stored: "100" }, "表!K6 指标a 2023年：2023-12-31（单元格为日期格式，填的是日期 2023-12-31） → 1900-04-09（单元格为日期格式，100 显示为 1900-04-09）"],
    ["en", { text: "95" }, { text: "1900-04-09", stored: "100" }, "表!K6 指标a 2023: 95 → 1900-04-09 (the cell has a date format: 100 shows as 1900-04-09)"],
    ["zh", { text: "" }, { text: "0.09", typed: " 0.09 ", isText: true }, "表!K6 指标a 2023年：（空） → 「 0.09 」（文本，开头有 1 个空格、末尾有 1 个空格）"],
    ["en", { text: "0.09" }, { text: "0.09", typed: "0.09  ", isText: true }, "表!K6 指标a 2023: 0.09 → \"0.09  \" (text, with 2 trailing spaces)"],
    ["zh", { text: "约3", isText: true }, { text: "3" }, "表!K6 指标a 2023年：「约3」（文本） → 3"],
  ])("a change described in %s: %j → %j", (lang, was, now, text) => {
    const at = (s: Side) => new Map([["t|a|2023", { template: "t", id: "a", name: "指标a", field: "2023", sheet: "表", cell: "K6", ...s }]]);
    const [c] = diffReturns(at(was), at(now));
    expect(describeChange(c!, lang)).toBe(text);
  });

  test.each([
    ["zh" as const, "表!K6 指标a 2023年：1 → （空）"],
    ["en" as const, "表!K6 指标a 2023: 1 → (empty)"],
  ])("described in %s", (lang, text) => {
    expect(describeChange({ template: "t", id: "a", name: "指标a", field: "2023", sheet: "表", cell: "K6", old: "1", new: "" }, lang)).toBe(text);
  });

  test.each<[string, string, FieldChange[], string]>([
    ["the year's own value at 位置: plain", "K6", [{ field: "2023", cell: "K6", old: "1", new: "2" }], "1 → 2"],
    ["another year named with its cell", "K6", [{ field: "2022", cell: "J6", old: "", new: "5" }], "2022年 J6：（空） → 5"],
    ["the year's value where 位置 is another cell", "L6", [{ field: "2023", cell: "K6", old: "", new: "94" }, { field: "2024", cell: "L6", old: "94", new: "" }], "2023年 K6：（空） → 94；2024年 L6：94 → （空）"],
    ["text turned number", "K6", [{ field: "2022", cell: "J6", old: "3.2", new: "3.2", oldIsText: true }], "2022年 J6：「3.2」（文本） → 3.2"],
    ["a project's column", "G5", [{ field: "state", cell: "H5", old: "在建", new: "已完工" }], "状态 H5：在建 → 已完工"],
    ["a 说明", "K6", [{ field: "note", cell: "P6", old: "", new: "原因" }], "说明 P6：（空） → 原因"],
    ["a 人工评估 left out", "K6", [{ field: "assess", cell: "Q6", old: "已达标", new: "" }], "人工评估 Q6：已达标 → （空）（请在指标表重新填写）"],
  ])("数值变化 of a 审核 row: %s", (_, place, changes, text) => {
    expect(describeFieldChanges(changes, 2023, place)).toBe(text);
  });

  // trial37 F3: a bare `16 → 5` after `2017年 J6：11 → 5` read as J6's second change
  const twoYears: FieldChange[] = [{ field: "2017", cell: "J6", old: "11", new: "5" }, { field: "2018", cell: "K6", old: "16", new: "5" }];
  test.each<[string, "zh" | "en", FieldChange[], string]>([
    ["another year and the year's own value", "zh", twoYears, "2017年 J6：11 → 5；2018年 K6：16 → 5"],
    ["another year and the year's own value", "en", twoYears, "2017 J6: 11 → 5; 2018 K6: 16 → 5"],
    ["the year's own value and its 说明", "zh", [{ field: "2018", cell: "K6", old: "19.8", new: "20.1" }, { field: "note", cell: "P6", old: "", new: "原因" }], "2018年 K6：19.8 → 20.1；说明 P6：（空） → 原因"],
    ["the year's own value and its 说明", "en", [{ field: "2018", cell: "K6", old: "19.8", new: "20.1" }, { field: "note", cell: "P6", old: "", new: "原因" }], "2018 K6: 19.8 → 20.1; note (说明) P6: (empty) → 原因"],
    ["the year's own value alone stays plain", "en", [{ field: "2018", cell: "K6", old: "16", new: "5" }], "16 → 5"],
  ])("数值变化 of several changes names each with its year and cell: %s (%s)", (_, lang, changes, text) => {
    expect(describeFieldChanges(changes, 2018, "K6", lang)).toBe(text);
  });
});
