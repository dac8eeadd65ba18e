/**
 * trial42a F5, F6: a reviewer deciding in the 审核 sheet saw a badly lagging 约束性 row as any 预期性 one (no 属性), its
 * 问题 said 严重滞后 alone where check says how far behind (34.0%/80.0%), and a 未填报 row's 序时应达 was blank.
 */
import { emptyCounts, type Status } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { reviewSheetInEnglish } from "../../src/sheet/reviewSheet";
import { reviewToDo } from "../../src/sheet/reviewToDo";

const jump: CheckItem["issues"][number] = { code: "value_jump", severity: "warning", cell: "K4", message: "工作表「表1」K4：比 2022 年（5）增加 50%", messageEn: "Sheet \"表1\" K4: up 50% on 2022 (5)" };
/** A row, `over` given (an `attribute` of undefined: the plan gives none). */
const item = (status: Status, over: { [K in keyof CheckItem]?: CheckItem[K] | undefined } = {}): CheckItem => {
  const i = {
    kind: "indicator", template: "t", id: "x1", name: "每千人口拥有医疗机构床位数（张）", unit: "张", sheet: "表1", baseline: "6", target: "7",
    attribute: "约束性", cells: { "2024": "K4" }, statusCell: "N4", status, progress: null, expected: null, value: "6.34", issues: [], ...over,
  } as CheckItem;
  if (i.attribute === undefined) delete i.attribute;
  return i;
};
const report = (i: CheckItem): CheckReport => ({ year: 2024, reportingUnit: "定海区", templates: [], items: [i], counts: emptyCounts(), problems: [] });
/** The cells of the one row under each header, and the pane's English for it. */
const rowOf = (i: CheckItem): { cells: Record<string, string>; en: string } => {
  const { sheet, english } = reviewSheetInEnglish(report(i));
  const headers = sheet.cells.filter((c) => /^[A-Z]+3$/.test(c.address));
  const cells = Object.fromEntries(headers.map((h) => [String(h.value), String(sheet.cells.find((c) => c.address === h.address.replace(/3$/, "4"))?.value ?? "")]));
  return { cells, en: english.get("t|x1|2024") ?? "" };
};

describe("the 审核 sheet's 问题 says how far behind a lagging row is, as check does (trial42a F6)", () => {
  test.each<[string, CheckItem, string, string]>([
    ["严重滞后, nothing else to say", item("severe", { progress: 0.34, expected: 0.8 }), "进度 34.0%，低于序时进度 80.0%", "progress 34.0%, below the expected progress 80.0%"],
    ["滞后 with a warning: how far behind first, then the warning", item("lagging", { progress: 0.5, expected: 0.8, issues: [jump] }), "进度 50.0%，低于序时进度 80.0%；比 2022 年（5）增加 50%", "progress 50.0%, below the expected progress 80.0%; up 50% on 2022 (5)"],
    ["倒退: said once, as the value against the baseline", item("severe", { progress: -0.2, expected: 0.8, value: "5.8" }), "倒退（5.8 对基期 6）", "going backwards (5.8 against the baseline 6)"],
    ["on track: nothing", item("on_track", { progress: 0.9, expected: 0.8 }), "", ""],
  ])("%s", (_why, i, zh, en) => {
    const { cells, en: said } = rowOf(i);
    expect({ zh: cells["问题"], en: said }).toEqual({ zh, en });
  });
});

describe("属性 beside 状态, and 序时应达 wherever check has it (trial42a F5, F6)", () => {
  test.each<[string, CheckItem, Record<string, string>]>([
    ["a 约束性 row", item("severe", { progress: 0.34, expected: 0.8, expectedValue: 6.8 }), { 状态: "严重滞后", 属性: "约束性", 序时应达: "6.8" }],
    ["a 预期性 row", item("lagging", { attribute: "预期性", progress: 0.5, expected: 0.8, expectedValue: 6.8 }), { 属性: "预期性" }],
    ["a row the plan gives no 属性", item("on_track", { attribute: undefined }), { 属性: "" }],
    ["a 未填报 row: its 序时应达 (4.2 → 7 in 2024 of 2020–2025)", item("missing", { baseline: "4.2", value: "", expected: 0.8, expectedValue: 6.44 }), { 状态: "未填报", 序时应达: "6.44" }],
  ])("%s", (_why, i, expected) => {
    const { cells } = rowOf(i);
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, cells[k]]))).toEqual(expected);
  });
  test("属性 stands right after 状态", () => {
    const { sheet } = reviewSheetInEnglish(report(item("severe")));
    const at = (h: string): string => sheet.cells.find((c) => c.value === h && /^[A-Z]+3$/.test(c.address))!.address;
    expect([at("状态"), at("属性")]).toEqual(["E3", "F3"]);
  });
  test.each<[string, string | undefined, string]>([
    ["约束性", "约束性", "约束性"],
    ["预期性", "预期性", "预期性"],
    ["none", undefined, ""],
  ])("the pane's review row reads its 属性: %s", (_why, attribute, read) => {
    const { sheet, english } = reviewSheetInEnglish(report(item("severe", { attribute, progress: 0.34, expected: 0.8 })));
    expect(reviewToDo(sheet, english).map((x) => x.attribute)).toEqual([read]);
  });
});

// a 未填报 row's 问题 said 未填报 alone, beside the 序时应达 column: it says what the row should hold, in check's words
describe("the 审核 sheet's 问题 says what a 未填报 row should hold (its 序时应达)", () => {
  const explained: CheckItem["issues"][number] = { code: "missing_explained", severity: "info", cell: "P4", message: "工作表「表1」P4：未填报（已说明：统计局尚未发布）", messageEn: "Sheet \"表1\" P4: not filled in (explained: 统计局尚未发布)" };
  const blank = { baseline: "4.2", value: "", expected: 0.8, expectedValue: 6.44 };
  test.each<[string, CheckItem, string, string]>([
    ["4.2 → 7 in 2024 of 2020–2025", item("missing", blank), "未填报（序时应达 6.44）", "Not reported (expected value 6.44)"],
    ["a cumulative target: the running total due", item("missing", { ...blank, target: "〔15〕", expectedValue: 12 }), "未填报（累计序时应达 12）", "Not reported (expected running total 12)"],
    // trial43c F2: no 序时应达 (no baseline, a baseline past the target, a 保持 row): the target as written, what to fill toward
    ["no 序时应达 (no baseline): the target", item("missing", { ...blank, baseline: "", expected: null, expectedValue: null }), "未填报（目标 7）", "Not reported (target 7)"],
    ["no 序时应达 (a floor met at the baseline)", item("missing", { ...blank, baseline: "96.95", target: "≥90", expected: null, expectedValue: null }), "未填报（目标 ≥90）", "Not reported (target ≥90)"],
    ["no target: the status", item("missing", { ...blank, target: "/", expected: null, expectedValue: null }), "未填报", "Not reported"],
    ["its 说明 says why: that, not the 序时应达", item("missing", { ...blank, issues: [explained] }), "P4：未填报（已说明：统计局尚未发布）", "P4: not filled in (explained: 统计局尚未发布)"],
  ])("%s", (_why, i, zh, en) => {
    const { cells, en: said } = rowOf(i);
    expect({ zh: cells["问题"], en: said, due: cells["序时应达"] }).toEqual({ zh, en, due: i.expectedValue === null ? "" : String(i.expectedValue) });
  });
});
