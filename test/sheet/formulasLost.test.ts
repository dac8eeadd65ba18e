import ExcelJS from "exceljs";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * A return saved with its values only (openpyxl data_only, or pasted as values): its sheet keeps
 * the status labels it showed but no formula, so it no longer follows what is entered. check
 * says so once per sheet (formulas_lost) instead of blaming each fixed label as typed over; a text
 * no formula gives is still the row's own problem.
 */
const t = findTemplate("zhoushan-2021-2025") as Template;

async function saved(valuesOnly: boolean): Promise<ExcelJS.Workbook> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023 }));
  fillInputs(wb, sampleReturn(t, 2023));
  const ws = wb.worksheets.find((w) => w.name.includes("表2"));
  if (!ws) throw new Error("sheet");
  let statusCol = 0;
  ws.getRow(2).eachCell((c, n) => { if (c.value === "status") statusCol = n; });
  if (valuesOnly) ws.eachRow((row) => row.eachCell((c) => { if (c.formula) c.value = null; }));
  // 城镇登记失业率 (row 17) shows a label the check does not give; row 18 a text no formula gives
  ws.getCell(17, statusCol).value = "未填报";
  ws.getCell(18, statusCol).value = "好";
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer() as ArrayBuffer);
  return back;
}

async function zipGrid(wb: ExcelJS.Workbook): Promise<GridWorkbook> {
  const r = await gridOfBytes("r.xlsx", Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  if (!r.ok) throw new Error(r.message);
  return r.grid;
}

describe("a sheet without formulas", () => {
  test.each<[string, boolean, "zip" | "exceljs", string[], string[]]>([
    ["values only, read by the CLI: told once; the fixed label not blamed, the text still", true, "zip", ["formulas_lost"], ["zs21-13"]],
    ["formulas kept: the two typed over told once (own_formulas_broken); both cells blamed", false, "zip", ["own_formulas_broken"], ["zs21-12", "zs21-13"]],
    ["values only, read where formulas are not seen (the task pane's reader): not told", true, "exceljs", [], ["zs21-12", "zs21-13"]],
  ])("%s", async (_why, valuesOnly, reader, problems, blamed) => {
    const wb = await saved(valuesOnly);
    const r = checkGrid(reader === "zip" ? await zipGrid(wb) : workbookToGrid(wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems.map((p) => p.code)).toEqual(problems);
    expect(r.report.items.filter((i) => i.issues.some((x) => x.code === "status_overwritten")).map((i) => i.id)).toEqual(blamed);
  });
});
