import type { ReturnBlank } from "../../src/cycle/UnitFacts";
import type { Status } from "../../src/domain/Status";
import type { CheckItem } from "../../src/sheet/CheckReport";
import { figureWanted } from "../../src/ui/taskpane/figureWanted";
import { item } from "./items";

/**
 * Session 41: a list's 未填报 row in a return holding nothing for its year but earlier entries (a project list after a
 * change of year: check's 本年度未填 asks for the year's 累计完成投资) asks for its figure's cell, not a 说明; any other row
 * keeps its 填写说明 (null).
 */
const project = (status: Status): CheckItem => item("4", status, { kind: "project", cells: { completed: "K4", state: "L4" } });
const reform = (status: Status): CheckItem => item("5", status, { kind: "reform", cells: { state: "F5", evidence: "G5" } });

describe("figureWanted", () => {
  test.each<[string, CheckItem, ReturnBlank | null, string | null]>([
    ["a rolled project list's blank row: its 累计完成投资", project("missing"), "year", "K4"],
    ["a reform list's blank row: its 进展", reform("missing"), "year", "F5"],
    ["an indicator's blank row keeps 填写说明 (§6a)", item("6", "missing"), "year", null],
    ["a list that holds a figure: 填写说明 as before", project("missing"), null, null],
    ["a blank form (空表): 填写说明 as before", project("missing"), "file", null],
    ["a row that is not 未填报", project("lagging"), "year", null],
  ])("%s", (_why, row, blank, cell) => {
    expect(figureWanted(row, blank)).toBe(cell);
  });
});
