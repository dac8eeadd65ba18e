import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbookFile } from "../../src/cli/loadWorkbookFile";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import { cli } from "../support/cli";

// a manager's trial: =120/3 typed with openpyxl (no result stored) was dropped by rollover,
// "216 个已填单元格" and nothing named; and a comment (批注) on a cell went unsaid
const dir = mkdtempSync(join(tmpdir(), "rollover-formulas-"));
const T = findTemplate("zhoushan-2021-2025")!;
if (T.kind !== "indicators") throw new Error("indicators");
const id = T.indicators[4]!.id;

type Typed = ExcelJS.CellValue;

/** A 2023 return with `typed` in the row's 2023 cell (and `note` as its comment), rolled over to 2024. */
async function rolled(name: string, typed: Typed, note?: string): Promise<{ lines: string[]; newCell: ExcelJS.CellValue; cell: string; sheet: string }> {
  const src = join(dir, `${name}.xlsx`), out = join(dir, `${name}-2024.xlsx`);
  const wb = planToWorkbook(buildWorkbookPlan([T], { year: 2023, reportingUnit: "定海区" }));
  const valid = sampleReturn(T, 2023).filter((e) => typeof e.value === "number" && !e.numFmt?.includes("%") && !(e.id === id && e.key === "in:2023"));
  const entries: InputEntry[] = [...valid, { template: T.id, id, key: "in:2023", value: typed }];
  expect(fillInputs(wb, entries)).toEqual([]);
  const before = await loadWorkbookFile(await written(wb, src));
  if (!before.ok) throw new Error(before.message);
  const c0 = checkGrid(before.grid);
  if (!c0.ok) throw new Error(c0.message);
  const item = c0.report.items.find((i) => i.id === id)!;
  const cell = item.cells["2023"]!;
  if (note !== undefined) {
    wb.getWorksheet(item.sheet)!.getCell(cell).note = note;
    await wb.xlsx.writeFile(src);
  }
  const r = await cli("rollover", src, "--year", "2024", "--out", out, "--force");
  expect([r.code, r.err]).toEqual([0, ""]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  return { lines: r.out.split("\n"), newCell: back.getWorksheet(item.sheet)!.getCell(cell).value, cell, sheet: item.sheet };
}

async function written(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

describe("rollover carries a formula as a person typed it", () => {
  test.each<[string, Typed, ExcelJS.CellValue, string | null]>([
    // no result stored: carried as the formula, and named in check's own words for the cell
    ["a formula never calculated", { formula: "120/3" } as ExcelJS.CellFormulaValue, { formula: "120/3" }, "公式「=120/3」未计算（文件中没有公式的计算结果）：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对"],
    ["one with a sum of cells", { formula: "SUM(1,2)" } as ExcelJS.CellFormulaValue, { formula: "SUM(1,2)" }, "公式「=SUM(1,2)」未计算（文件中没有公式的计算结果）：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对"],
    // a result stored: carried as its value, as before
    ["a formula calculated", { formula: "100/2", result: 50 } as ExcelJS.CellFormulaValue, 50, null],
  ])("%s", async (name, typed, carried, named) => {
    const { lines, newCell, cell, sheet } = await rolled(name.replace(/\W/g, "").slice(0, 12) || "f", typed);
    expect(newCell).toEqual(carried);
    const line = lines.find((l) => l.startsWith(`  ${sheet}!${cell} `));
    if (named === null) expect(line).toBeUndefined();
    else expect(line?.endsWith(` 2023 年：${named}`)).toBe(true);
  });
});

describe("rollover names the comments it does not carry", () => {
  test.each<[string, string | undefined, boolean]>([
    ["a comment on a value", "快报数，待统计局正式发布", true],
    ["no comment", undefined, false],
  ])("%s", async (name, note, said) => {
    const { lines, cell, sheet } = await rolled(`c${name.length}`, 12.5, note);
    const line = lines.find((l) => l.includes("有批注"));
    if (!said) expect(line).toBeUndefined();
    else expect(line).toBe(`「${sheet}」的 ${cell} 有批注（如“${note ?? ""}”），批注未带入新年度；如仍需要，请从原文件复制到新文件`);
  });
});
