import ExcelJS from "exceljs";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { metaSheet } from "../../src/sheet/metaSheet";
import { checkGrid } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { findTemplate } from "../../src/templates/catalog";
import { sampleReturn } from "../../src/cli/sampleReturn";
import type { Template } from "../../src/templates/TemplateSchema";

const t = findTemplate("zhoushan-2021-2025") as Template;

async function filled(earlierRules = false): Promise<ExcelJS.Workbook> {
  const plan = buildWorkbookPlan([t], { year: 2023 });
  // a workbook made before SHEET_RULES 2: its metadata has no `rules`
  if (earlierRules) plan.sheets = plan.sheets.map((s) => (s.role === "meta" ? metaSheet({ app: "plan-returns", version: 1, createdYear: 2023, templates: [t] }) : s));
  const wb = planToWorkbook(plan);
  fillInputs(wb, sampleReturn(t, 2023));
  // round-trip through bytes, as a user's saved file would be
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer() as ArrayBuffer);
  return back;
}

function statuses(wb: ExcelJS.Workbook): Map<string, string> {
  const r = checkGrid(workbookToGrid(wb));
  if (!r.ok) throw new Error(r.message);
  return new Map(r.report.items.map((i) => [i.id, i.status]));
}

function sheetOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => w.name.includes("表2"));
  if (!ws) throw new Error("sheet");
  return ws;
}

describe("identity comes from ids and keys, not positions", () => {
  let expected: Map<string, string>;
  beforeAll(async () => { expected = statuses(await filled()); });

  test.each<[string, (ws: ExcelJS.Worksheet) => void]>([
    ["rows inserted above the data", (ws) => ws.spliceRows(5, 0, [], [])],
    ["a row deleted between data rows' neighbours (blank row inserted then removed)", (ws) => { ws.spliceRows(10, 0, []); ws.spliceRows(10, 1); }],
    ["rows sorted (reversed)", (ws) => {
      const rows = Array.from({ length: 48 }, (_, i) => ws.getRow(4 + i).values);
      rows.reverse().forEach((v, i) => { ws.getRow(4 + i).values = v as ExcelJS.CellValue[]; });
    }],
    ["a column inserted before the inputs", (ws) => ws.spliceColumns(3, 0, [])],
    ["the sheet renamed", (ws) => { ws.name = "改过名字的表"; }],
  ])("%s: every status unchanged", async (_why, tamper) => {
    const wb = await filled();
    tamper(sheetOf(wb));
    expect(statuses(wb)).toEqual(expected);
  });

  test("a sheet whose key row was removed gets a clear message and is not guessed at", async () => {
    const wb = await filled();
    sheetOf(wb).spliceRows(2, 1);
    const r = checkGrid(workbookToGrid(wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.items).toHaveLength(0);
    expect(r.report.problems.map((p) => p.code)).toContain("key_row_deleted");
    expect(r.report.problems.map((p) => describeWorkbookProblem(p, "zh")).join("\n")).toMatch(/插件标记.*已被删除/);
  });
});

// the reporting year's input column gone: its formulas read another year's cell, so check does not say the
// status formula was typed over. In this plan (every year has had its column since the first version) it was
// deleted, as spliceColumns leaves it (formulas not rewritten): told as our column deleted (trial s35 X2), not as
// year_column_missing, which stays for a yearly plan's return made before every year had its column
// (ownColumnsDeleted.test)
describe("a sheet without the reporting year's input column", () => {
  const keyCol = (ws: ExcelJS.Worksheet, key: string): number => {
    let col = 0;
    ws.getRow(2).eachCell((c, n) => { if (c.value === key) col = n; });
    if (!col) throw new Error(key);
    return col;
  };
  test.each<[string, boolean, string[], string[]]>([
    ["the 2023 column gone: a workbook problem, no formula blamed", true, ["own_formulas_broken"], []],
    ["the column there: a status unlike the engine's is blamed on the formula", false, [], ["status_overwritten"]],
  ])("%s", async (_why, drop, problems, issues) => {
    const wb = await filled();
    const ws = sheetOf(wb);
    // 城镇登记失业率 (row 17): a value the status cell shows, as a recalculation of the old layout did
    ws.getCell(17, keyCol(ws, "status")).value = "严重滞后";
    if (drop) ws.spliceColumns(keyCol(ws, "in:2023"), 1);
    const r = checkGrid(workbookToGrid(wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems.map((p) => p.code)).toEqual(problems);
    expect(r.report.items.find((i) => i.id === "zs21-12")?.issues.map((i) => i.code).filter((c) => c === "status_overwritten")).toEqual(issues);
    if (drop) expect(describeWorkbookProblem(r.report.problems[0] ?? { code: "lock_damaged", params: {} }, "zh")).toMatch(/「2023年」列已被删除/);
  });
});

// a trial user inserted a 备注 column between 2023 and 2024 with LibreOffice: the sheet's INDEX over the
// year columns took it in, so every status cell showed 未填报 and check blamed 23 formulas, one a row
describe("a column inserted among the template's columns", () => {
  const keyCol = (ws: ExcelJS.Worksheet, key: string): number => {
    let col = 0;
    ws.getRow(2).eachCell((c, n) => { if (c.value === key) col = n; });
    if (!col) throw new Error(key);
    return col;
  };
  const lastKeyed = (ws: ExcelJS.Worksheet): number => {
    let col = 0;
    ws.getRow(2).eachCell((c, n) => { if (typeof c.value === "string" && c.value) col = Math.max(col, n); });
    return col;
  };
  test.each<[string, (ws: ExcelJS.Worksheet) => number, string, string[], string[]]>([
    ["between 2022 and 2023: told once, the formula not blamed", (ws) => keyCol(ws, "in:2023"), "未填报", ["column_inserted"], []],
    ["between two of a year's hidden columns (bad:2022, bad:2023)", (ws) => keyCol(ws, "bad:2023"), "未填报", ["column_inserted"], []],
    ["among the year columns, a status no formula gives (typed over) still blamed", (ws) => keyCol(ws, "in:2023"), "好", ["column_inserted"], ["status_overwritten"]],
    ["after the last keyed column: harmless, a wrong status is the formula's", (ws) => lastKeyed(ws) + 1, "未填报", [], ["status_overwritten"]],
    ["before the first year column: harmless (the year range moves whole)", (ws) => keyCol(ws, "in:2021"), "未填报", [], ["status_overwritten"]],
  ])("%s", async (_why, where, shown, problems, issues) => {
    const wb = await filled();
    const ws = sheetOf(wb);
    // 城镇登记失业率 (row 17): the label the shifted formula showed when LibreOffice recalculated
    ws.getCell(17, keyCol(ws, "status")).value = shown;
    const at = where(ws);
    ws.spliceColumns(at, 0, []);
    ws.getCell(3, at).value = "备注";
    const r = checkGrid(workbookToGrid(wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems.map((p) => p.code)).toEqual(problems);
    expect(r.report.items.flatMap((i) => i.issues.filter((x) => x.code === "status_overwritten").map(() => i.id))).toEqual(issues.length ? ["zs21-12"] : []);
    if (problems.length) {
      const letter = ws.getColumn(at).letter;
      expect(r.report.problems[0]).toEqual({ code: "column_inserted", params: { sheet: ws.name, columns: letter } });
      expect(describeWorkbookProblem(r.report.problems[0]!, "zh")).toContain(`插入了第 ${letter} 列`);
    }
  });
});

// a return made by the previous version (a blank words row showed 待人工评估, now 未填报): its status
// cells follow that version's formulas, which is told once per sheet, not blamed on a typed-over formula
describe("a workbook made with earlier sheet rules", () => {
  const statusCol = (ws: ExcelJS.Worksheet): number => {
    let col = 0;
    ws.getRow(2).eachCell((c, n) => { if (c.value === "status") col = n; });
    return col;
  };
  test.each<[string, boolean, string, string[], string[]]>([
    ["earlier rules, a label its formula gives: told once, not blamed", true, "严重滞后", ["rules_outdated"], []],
    ["earlier rules, a text no formula gives: still typed over", true, "好", [], ["status_overwritten"]],
    ["current rules, a label unlike the check's: the formula is blamed", false, "严重滞后", [], ["status_overwritten"]],
  ])("%s", async (_why, earlier, shown, problems, issues) => {
    const wb = await filled(earlier);
    const ws = sheetOf(wb);
    ws.getCell(17, statusCol(ws)).value = shown;
    const r = checkGrid(workbookToGrid(wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems.map((p) => p.code)).toEqual(problems);
    expect(r.report.items.find((i) => i.id === "zs21-12")?.issues.map((i) => i.code).filter((c) => c === "status_overwritten")).toEqual(issues);
    if (problems.length) {
      const cell = `${ws.getColumn(statusCol(ws)).letter}17`;
      expect(r.report.problems[0]).toEqual({ code: "rules_outdated", params: { sheet: ws.name, cells: cell } });
      expect(describeWorkbookProblem(r.report.problems[0]!, "zh")).toContain(`${cell} 的状态公式按当时的规则计算`);
    }
  });
});
