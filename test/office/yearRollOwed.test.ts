/**
 * Session 46 in the pane: `rollover` names each row left blank for its year with a reason in 说明 (未填报（已说明）), still
 * blank in the new return, and keeps it in the new return's metadata (WorkbookMeta.owed), so the new return's check names
 * the cell while it is blank (earlier_year_owed). The pane's change of year (填报 › 年度 › 加载模板 › roll dialog) empties
 * the 说明 as rollover leaves it, and said nothing: its roll dialog now names the same rows (cycle/rolledOwed, rollover's
 * words: explainedBlankLines) and its metadata keeps the same values, in the roll's own two syncs, so the pane's workbook
 * and rollover's file check alike. Session 47: the roll checks the workbook as of its old year once, not once in rolledOwed
 * and again in rolledReferences (both now read the one checkGrid result they are given).
 */
import ExcelJS from "exceljs";
import { explainedBlankLines } from "../../src/cli/explainedBlankLines";
import { rollReturn } from "../../src/cli/rollReturn";
import { rolledOwed } from "../../src/cycle/rolledOwed";
import { rolledReferences } from "../../src/cycle/rolledReferences";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { xlsxBytes } from "../../src/hosts/xlsx/xlsxBytes";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import * as checkGridModule from "../../src/sheet/checkGrid";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { perYearCells } from "../../src/sheet/perYearCells";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { excelActions } from "../../src/ui/shared/excelActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { planLoad, workbookState } from "../../src/ui/shared/planLoad";
import { openFileInFake } from "./openFileInFake";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

const ZS = findTemplate("zhoushan-2021-2025") as Template;
const e = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: ZS.id, id, key, value });

afterAll(unstubExcelRun);
// a spy left by a failed expectation would count the next case's checks too
afterEach(() => jest.restoreAllMocks());

/** The earlier_year_owed issues of a workbook's check: row id, cell, year, its 说明. */
const owedOf = (g: GridWorkbook): Array<[string, string, unknown, unknown]> => {
  const c = checkGrid(g);
  if (!c.ok) throw new Error("not checked");
  return c.report.items.flatMap((i) => i.issues.filter((x) => x.code === "earlier_year_owed").map((x): [string, string, unknown, unknown] => [i.id, x.cell ?? "", x.params?.["year"], x.params?.["note"]]));
};

test.each<[string, InputEntry[], Array<[string, string]>]>([
  ["one row explained, one filled with a 说明, one blank with 无", [
    e("zs21-10", "note", "县统计局尚未发布2024年劳动年龄人口平均受教育年限，发布后补报"),
    e("zs21-09", "in:2024", 6.1), e("zs21-09", "note", "已核实"), e("zs21-08", "note", "无"),
  ], [["zs21-10", "L15"]]],
  ["six rows explained: one line naming five", ["zs21-01", "zs21-02", "zs21-03", "zs21-04", "zs21-05", "zs21-07"].map((id) => e(id, "note", "数据待市统计局核定")),
    [["zs21-01", "L4"], ["zs21-02", "L5"], ["zs21-03", "L6"], ["zs21-04", "L7"], ["zs21-05", "L8"], ["zs21-07", "L12"]]],
  ["none explained: nothing named, nothing kept", [e("zs21-09", "in:2024", 6.1)], []],
])("the pane's change of year (%s) names and keeps the values still owed as rollover does", async (_, typed, want) => {
  const plan2024 = buildWorkbookPlan([ZS], { year: 2024, reportingUnit: "定海区" });
  const wb = planToWorkbook(plan2024);
  expect(fillInputs(wb, typed)).toEqual([]);
  const bytes = await xlsxBytes(wb, plan2024);

  // rollover: its lines and the new file's check
  const grid = await readXlsxZip(bytes);
  const checked = checkGrid(grid);
  if (!checked.ok) throw new Error("the 2024 return does not check");
  const cli = await rollReturn("2024.xlsx", "2025.xlsx", { grid, report: checked.report, templates: [ZS] }, { year: 2025 }, "zh");

  // the pane (taskpane loadInto): the workbook read and checked as of 2024 once, what it owes, planned for 2025 with it,
  // the figures' references from the same check, the year's cells emptied
  const fx = await openFileInFake(bytes);
  stubExcelRun(fx.context);
  const a = excelActions(hostFunctions(fx.isSetSupported));
  const read = await a.readGrid();
  const checks = jest.spyOn(checkGridModule, "checkGrid");
  const checkedFrom = checkGrid(read, 2024);
  const owing = rolledOwed(checkedFrom, 2024, 2025);
  const lp = planLoad(workbookState(read)?.templates ?? [], 2025, await a.sheets(), "refresh", { owed: owing.owed });
  const figures = rolledReferences(read, lp.plan, checkedFrom, 2024, 2025);
  // one check of the old year for both (session 47: each made its own, two on every roll)
  expect(checks.mock.calls.map((c) => c[1])).toEqual([2024]);
  checks.mockRestore();
  const before = fx.syncs;
  const out = await a.apply(figures.plan, lp.refresh, [...perYearCells(read, new Set(lp.refresh)), ...figures.cells]);
  expect([fx.syncs - before, out.refused]).toEqual([2, []]);

  // the dialog's rows are rollover's, in its words, zh and en
  expect(owing.rows.map((r) => [r.sheet, r.cell])).toEqual(want.map(([, cell]) => ["舟山市表2", cell]));
  expect(owing.rows).toEqual(cli.explained);
  for (const l of ["zh", "en"] as const) expect(explainedBlankLines(owing.rows, l)).toEqual(explainedBlankLines(cli.explained, l));
  // the 说明 is emptied, and both workbooks' checks name each value still owed, alike
  const after = await a.readGrid();
  const inPane = owedOf(after);
  expect(inPane.map(([id, cell, year]) => [id, cell, year])).toEqual(want.map(([id, cell]) => [id, cell, 2024]));
  expect(inPane).toEqual(owedOf(await readXlsxZip(cli.bytes)));
});
