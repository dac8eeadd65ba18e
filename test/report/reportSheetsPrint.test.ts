import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluationWorkbookPlan, GRID_SHEET } from "../../src/sheet/evaluationSheets";
import { columnLetter } from "../../src/sheet/a1";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial31: `report --out 评估.xlsx`'s 县区对比 (an indicator a row, a county a column) was A4 portrait fit to
 * width, and its colour key, one unwrapped line running past the last column, widened the page further:
 * seven counties printed at about 5 pt. Every sheet of the report prints landscape now, one page wide, and
 * the key is merged across the table and wrapped within it (its row as high as its lines).
 */
const row = (name: string, values: RowFacts["values"], attribute = "预期性"): RowFacts => ({ name, attribute, unit: "%", baseline: "50", target: "≥60", values, domain: "经济发展" });
const rows = [row("常住人口城镇化率", { 2025: 61 }), row("城市空气质量优良天数比率", { 2025: 55 }, "约束性")];
const UNITS = ["莲都区", "青田县", "缙云县", "遂昌县", "松阳县", "云和县", "庆元县"];

describe("the report workbook's sheets print landscape, one page wide", () => {
  test.each<[string, number]>([
    ["two counties", 2],
    ["seven counties (trial31)", 7],
  ])("%s", (_why, n) => {
    const c = combineEvaluations(UNITS.slice(0, n).map((u) => returnOf(u, rows, 2025)), []);
    if (!c.ok) throw new Error("not combined");
    const plan = evaluationWorkbookPlan(c.report);
    expect(plan.sheets.map((s) => [s.name, s.print?.landscape, s.print?.fitToWidth])).toEqual(plan.sheets.map((s) => [s.name, true, true]));
    const grid = plan.sheets.find((s) => s.name === GRID_SHEET)!;
    // the key: merged from A2 to the 合计 column, wrapped
    const last = columnLetter(grid.columns.length);
    expect(grid.merges).toContain(`A2:${last}2`);
    expect(grid.cells.find((x) => x.address === "A2")?.style).toBe("subtitleWrap");
  });
});
