/**
 * trial40c F12 in the pane: `rollover` of a project list leaves this year's 累计完成投资 blank (未填报, never last year's
 * figure judged as this year's) with last year's in the cell's comment, but the pane's change of year (填报 › 年度 ›
 * 加载模板 › roll dialog) kept 2024's figure in the cell, so pane and CLI differed on the same file. The pane now uses the
 * same rule (carriedInputs' references, carriedReference's words; cycle/rolledReferences): the cell emptied, the same
 * reference in the cell's input prompt (a comment needs ExcelApi 1.10, the fake host is at the floor, 1.8), in the
 * roll's own two syncs. Cell by cell on the 累计完成投资 column, the pane's workbook equals rollover's file, and their
 * checks agree. The pane's result line: test/ui/paneRollFigures.browser.test.ts.
 */
import ExcelJS from "exceljs";
import { rollReturn } from "../../src/cli/rollReturn";
import { rolledReferences } from "../../src/cycle/rolledReferences";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { xlsxBytes } from "../../src/hosts/xlsx/xlsxBytes";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import * as checkGridModule from "../../src/sheet/checkGrid";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { perYearCells } from "../../src/sheet/perYearCells";
import { plannedInputs } from "../../src/sheet/plannedInputs";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { excelActions } from "../../src/ui/shared/excelActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { planLoad, workbookState } from "../../src/ui/shared/planLoad";
import { openFileInFake } from "./openFileInFake";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

const HP = findTemplate("quzhou-2021-2025-housing-projects") as Template;
const UNIT = "衢州市住建局";

afterAll(unstubExcelRun);
// a spy left by a failed expectation would count the next case's checks too
afterEach(() => jest.restoreAllMocks());

/** The 累计完成投资 cells of a plan: sheet, row id, 1-based row and column, and the plan's own prompt there. */
function figureCells(plan: WorkbookPlan): Array<{ sheet: string; id: string; row: number; col: number; prompt: string }> {
  return plan.sheets.flatMap((ps) => (plannedInputs(ps)?.cells ?? []).filter((c) => c.key === "completed").map((c) => ({
    sheet: ps.name, id: c.id, row: c.row, col: c.col,
    prompt: ps.validations.find((v) => v.range === `${String.fromCharCode(64 + c.col)}${c.row}`)?.prompt ?? "",
  })));
}

const statuses = (g: GridWorkbook): Array<[string, string, string | undefined]> => {
  const c = checkGrid(g);
  if (!c.ok) throw new Error("not checked");
  return c.report.items.map((i) => [i.id, i.status, i.value]);
};

/** The reference of a usable figure: last year's amount in 亿元. */
const usable = (v: ExcelJS.CellValue): string => `上年（2024 年）累计完成投资：${String(v).trim()} 亿元。请填写截至 2025 年底的累计完成投资（亿元）。`;

test.each<[string, Array<[string, string, ExcelJS.CellValue]>, Record<string, [string, string]>?]>([
  ["built on, done, and one left blank in 2024", [
    ["qz21-housing-01", "completed", 38.5], ["qz21-housing-01", "state", "在建"], ["qz21-housing-01", "unit", UNIT],
    ["qz21-housing-02", "completed", 16.4], ["qz21-housing-02", "state", "已完工"], ["qz21-housing-02", "unit", UNIT],
    ["qz21-housing-03", "state", "在建"], ["qz21-housing-03", "unit", UNIT],
  ]],
  // typed as text (a figure pasted from a document): check's error (text_number), so quoted as typed, not as 亿元 (trial40f F5)
  ["a figure typed as text", [["qz21-housing-01", "completed", " 12.30 "], ["qz21-housing-01", "unit", UNIT]], {
    "qz21-housing-01": ["上年（2024 年）填的「12.30」未被采用（填的是文本，不是数值），请填写截至 2025 年底的累计完成投资（亿元）。", "text_number"],
  }],
  // trial40f F5: a date (2024.6, a number) and a share (85%) were quoted 「2024.6 亿元」「85% 亿元」: named as typed, with why
  ["a date and a share typed as 累计完成投资", [
    ["qz21-housing-01", "completed", 2024.6], ["qz21-housing-01", "state", "在建"], ["qz21-housing-01", "unit", UNIT],
    ["qz21-housing-02", "completed", "85%"], ["qz21-housing-02", "state", "在建"], ["qz21-housing-02", "unit", UNIT],
    ["qz21-housing-03", "completed", 1.5], ["qz21-housing-03", "state", "在建"], ["qz21-housing-03", "unit", UNIT],
  ], {
    "qz21-housing-01": ["上年（2024 年）填的「2024.6」未被采用（疑似日期），请填写截至 2025 年底的累计完成投资（亿元）。", "project_completed_date"],
    "qz21-housing-02": ["上年（2024 年）填的「85%」未被采用（像是完成比例，不是金额），请填写截至 2025 年底的累计完成投资（亿元）。", "project_completed_share"],
  }],
])("the pane's change of year (%s) writes the 累计完成投资 column as rollover does, in two syncs", async (_, typed, unusable = {}) => {
  const plan2024 = buildWorkbookPlan([HP], { year: 2024, reportingUnit: UNIT });
  const wb = planToWorkbook(plan2024);
  expect(fillInputs(wb, typed.map(([id, key, value]) => ({ template: HP.id, id, key, value })))).toEqual([]);
  const bytes = await xlsxBytes(wb, plan2024);

  // rollover: the new file's cells and comments
  const grid = await readXlsxZip(bytes);
  const checked = checkGrid(grid);
  if (!checked.ok) throw new Error("the 2024 return does not check");
  const cli = await rollReturn("2024.xlsx", "2025.xlsx", { grid, report: checked.report, templates: [HP] }, { year: 2025 }, "zh");
  const rolled = new ExcelJS.Workbook();
  await rolled.xlsx.load(new Uint8Array(cli.bytes).buffer);

  // the pane (taskpane loadInto): the workbook read, planned for 2025, the year's cells and the figures emptied
  const fx = await openFileInFake(bytes);
  expect(fx.isSetSupported("ExcelApi", "1.10")).toBe(false);
  stubExcelRun(fx.context);
  const a = excelActions(hostFunctions(fx.isSetSupported));
  const read = await a.readGrid();
  const lp = planLoad(workbookState(read)?.templates ?? [], 2025, await a.sheets(), "refresh");
  // the roll's one check of the old year, read by rolledOwed too (taskpane loadInto; session 47: each checked on its own)
  const checks = jest.spyOn(checkGridModule, "checkGrid");
  const figures = rolledReferences(read, lp.plan, checkGrid(read, 2024), 2024, 2025);
  expect(checks).toHaveBeenCalledTimes(1);
  checks.mockRestore();
  const before = fx.syncs;
  const out = await a.apply(figures.plan, lp.refresh, [...perYearCells(read, new Set(lp.refresh)), ...figures.cells]);
  expect([fx.syncs - before, out.refused]).toEqual([2, []]);

  const cells = figureCells(lp.plan);
  expect(cells.length).toBeGreaterThan(2);
  const noteText = (n: ExcelJS.Cell["note"] | undefined): string | null => (n === undefined ? null : typeof n === "string" ? n : n.texts?.map((t) => t.text).join("") ?? null);
  // what each cell holds and says beyond the plan's own words: rollover's comment, the pane's prompt
  const inFile = cells.map((c) => [c.id, rolled.getWorksheet(c.sheet)?.getCell(c.row, c.col).value ?? null, noteText(rolled.getWorksheet(c.sheet)?.getCell(c.row, c.col).note)]);
  const inPane = cells.map((c) => {
    const message = fx.sheet(c.sheet).validationOf.get(c.row * 16384 + c.col)?.prompt?.["message"];
    return [c.id, fx.content(c.sheet, `${String.fromCharCode(64 + c.col)}${c.row}`).value ?? null, message === c.prompt ? null : message];
  });
  expect(inPane).toEqual(inFile);
  // the references are there, one a figure typed in 2024
  const typedFigures = typed.filter(([, key]) => key === "completed");
  expect(inFile.filter(([, , note]) => note !== null)).toHaveLength(typedFigures.length);
  for (const [id, , value] of typedFigures) expect(inPane.find(([x]) => x === id)?.[2]).toBe(unusable[id]?.[0] ?? usable(value));
  // each unusable one listed with check's issue, where it sits; the others not
  expect(figures.cells.flatMap((c) => (c.unusable ? [[c.unusable.cell, c.unusable.issue.code]] : []))).toEqual(Object.keys(unusable).map((id) => {
    const c = cells.find((x) => x.id === id);
    return [`${String.fromCharCode(64 + (c?.col ?? 0))}${c?.row ?? 0}`, unusable[id]?.[1]];
  }));
  // and the two workbooks check alike (an emptied figure 未填报, never 滞后 on 2024's)
  expect(statuses(await a.readGrid())).toEqual(statuses(await readXlsxZip(cli.bytes)));
});
