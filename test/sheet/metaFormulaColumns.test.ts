import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { META_SHEET } from "../../src/sheet/keys";
import { metaFormulaColumns } from "../../src/sheet/metaFormulaColumns";
import { ownFormulaColumns } from "../../src/sheet/ownFormulaColumns";
import { plannedFormulaColumns } from "../../src/sheet/plannedFormulaColumns";
import { catalog } from "../../src/templates/catalog";
import { syntheticTemplate } from "../office/syntheticTemplate";

// issue 19: the task pane below ExcelApi 1.9 reads the status and progress columns' formulas with the values, their places known
// beforehand from the metadata sheet (the first read) or from the plan it wrote (载入); both must be where the written sheet has them
describe("the status and progress columns known before the sheet is read", () => {
  test.each([...catalog().map((t) => [t.id, [t]] as const), ["all seven seeds in one workbook", catalog()] as const, ["5,000 indicators", [syntheticTemplate(5000)]] as const])("%s", (_id, templates) => {
    const plan = buildWorkbookPlan([...templates], { year: 2024 });
    const grid = workbookToGrid(planToWorkbook(plan));
    const written = Object.fromEntries(grid.sheets.map((s) => [s.name, ownFormulaColumns(s)]).filter(([, c]) => (c?.length ?? 0) > 0));
    expect(Object.keys(written)).toHaveLength(templates.length);
    const meta = grid.sheets.find((s) => s.name === META_SHEET);
    if (!meta) throw new Error("no metadata sheet");
    expect(metaFormulaColumns(meta)).toEqual(written);
    expect(Object.fromEntries(plan.sheets.map((s) => [s.name, plannedFormulaColumns(s)]).filter(([, c]) => (c?.length ?? 0) > 0))).toEqual(written);
  });

  it("gives nothing for a sheet that is not our metadata", () => {
    expect(metaFormulaColumns({ name: META_SHEET, visible: false, rows: [[{ type: "string", text: "mine" }]] })).toEqual({});
  });
});
