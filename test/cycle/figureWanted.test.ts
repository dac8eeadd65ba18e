import type { Status } from "../../src/domain/Status";
import type { CheckItem } from "../../src/sheet/CheckReport";
import { figureWanted } from "../../src/cycle/figureWanted";
import { item } from "../ui/items";

/**
 * Session 41: a list's 未填报 row in a return holding nothing for its year but earlier entries (a project list after a
 * change of year: check's 本年度未填 asks for the year's 累计完成投资) asks for its figure's cell, not a 说明; any other row
 * keeps its 填写说明 (null). Session 42: the same once other rows hold their figure (`earlier`: the return holds entries
 * besides the year's figures; the return no longer 本年度未填, one 累计完成投资 typed turned the rest back to 填写说明).
 */
const project = (status: Status, note?: string): CheckItem => item("4", status, { kind: "project", cells: { completed: "K4", state: "L4" }, ...(note === undefined ? {} : { note }) });
const reform = (status: Status): CheckItem => item("5", status, { kind: "reform", cells: { state: "F5", evidence: "G5" } });

describe("figureWanted", () => {
  test.each<[string, CheckItem, boolean, string | null]>([
    ["a rolled project list's blank row: its 累计完成投资", project("missing"), true, "K4"],
    ["a reform list's blank row: its 进展", reform("missing"), true, "F5"],
    ["an indicator's blank row keeps 填写说明 (§6a)", item("6", "missing"), true, null],
    ["a return holding nothing but the year's figures (a blank form, first filling): 填写说明", project("missing"), false, null],
    ["a row that is not 未填报", project("lagging"), true, null],
    ["a row whose 说明 gives a reason: 未填报（已说明）, no figure asked", project("missing", "项目暂缓，待省里批复"), true, null],
  ])("%s", (_why, row, earlier, cell) => {
    expect(figureWanted(row, earlier)).toBe(cell);
  });
});
