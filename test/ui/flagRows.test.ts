import type { Status } from "../../src/domain/Status";
import { flagRows, type FlagRow } from "../../src/ui/taskpane/flagRows";
import { item } from "./items";

const shape = (rows: FlagRow[]): string[] => rows.map((r) => (r.kind === "item" ? r.item.id : `未填报×${r.items.length}`));
const items = [
  item("1", "missing", { attribute: "约束性" }),
  item("2", "missing"),
  item("3", "lagging", { attribute: "约束性" }),
  item("4", "met"),
  item("5", "missing", { issues: [{ code: "not_a_number", severity: "error", message: "m", messageEn: "m" }] }),
  item("6", "missing", { sheet: "表2" }),
  item("7", "severe", { sheet: "表2" }),
  // left blank with its reason (§6a): listed on its own, its 说明 and 修改说明 shown, not folded
  item("8", "missing", { sheet: "表2", note: "统计局尚未发布" }),
  // an earlier year's value that cannot be used (§8e), as check lists it on the empty Y (trial34p Q1): not folded
  item("9", "missing", { sheet: "表2", issues: [{ code: "earlier_year_invalid", severity: "warning", cell: "K9", received: "待统计", params: { year: 2023, reason: "not_a_number" }, message: "m", messageEn: "m" }] }),
  // a warning quoting nothing typed (the unit read from the name): still folded
  item("10", "missing", { sheet: "表2", issues: [{ code: "unit_inferred", severity: "warning", params: { unit: "%" }, message: "m", messageEn: "m" }] }),
  // an earlier year's value still owed, left blank with a reason then (session 46): listed on its own, as check lists it
  item("11", "missing", { sheet: "表2", issues: [{ code: "earlier_year_owed", severity: "warning", cell: "K11", params: { year: 2023, note: "统计局尚未发布" }, message: "m", messageEn: "m" }] }),
];

describe("flagRows", () => {
  it.each<[string, Status[], boolean, Array<[string, string[]]>]>([
    ["no chip: flagged items, plain 未填报 collapsed per sheet", [], false, [["表1", ["3", "5", "未填报×2"]], ["表2", ["7", "8", "9", "11", "未填报×2"]]]],
    ["只看约束性", [], true, [["表1", ["3", "未填报×1"]]]],
    // 5's error (one lock refuses) lists it first, with the 数据异常 rows (listedStatus, trial40e F5)
    ["the 未填报 chip lists them one by one", ["missing"], false, [["表1", ["5", "1", "2"]], ["表2", ["6", "8", "9", "10", "11"]]]],
    ["the 已达标 chip shows rows that are not flags", ["met"], false, [["表1", ["4"]]]],
    ["two chips", ["severe", "lagging"], false, [["表1", ["3"]], ["表2", ["7"]]]],
    ["a chip and 只看约束性 with nothing left", ["severe"], true, []],
  ])("%s", (_name, statuses, bindingOnly, expected) => {
    const got = flagRows(items, { statuses: new Set(statuses), bindingOnly });
    expect(got.map((g) => [g.sheet, shape(g.rows)])).toEqual(expected);
  });
});

// trial40e F5: a status cell typed over on a 已达标 row is an error lock refuses, counted with the 数据异常 rows: listed and filtered with them
describe("flagRows: a row holding an error lock refuses", () => {
  const rows = [
    item("a", "lagging"),
    item("b", "lagging"),
    item("c", "invalid", { issues: [{ code: "not_a_number", severity: "error", cell: "K6", message: "m", messageEn: "m" }] }),
    item("d", "met", { issues: [{ code: "status_overwritten", severity: "error", received: "严重滞后", expected: "已达标", message: "m", messageEn: "m" }] }),
    // changed after the lock: an error lock takes once decided on, not one it refuses (isLockError)
    item("e", "met", { issues: [{ code: "locked_value_changed", severity: "error", cell: "K8", message: "m", messageEn: "m" }] }),
  ];
  it.each<[string, Status[], string[]]>([
    ["no chip: with the 数据异常 rows, before the lags", [], ["c", "d", "a", "b", "e"]],
    ["the 数据异常 chip reaches it", ["invalid"], ["c", "d"]],
    ["the 滞后 chip does not", ["lagging"], ["a", "b"]],
  ])("%s", (_name, statuses, expected) => {
    expect(flagRows(rows, { statuses: new Set(statuses), bindingOnly: false }).flatMap((g) => shape(g.rows))).toEqual(expected);
  });
});
