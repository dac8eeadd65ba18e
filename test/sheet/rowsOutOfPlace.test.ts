import ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid, type CheckOutcome } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { FIRST_DATA_ROW, KEY_ROW, parseTemplateMark } from "../../src/sheet/keys";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { insertAndSortVisible, keyColumn, lastVisible, sortBlock } from "../support/sortBlock";

/**
 * A manager's trial: a county unprotected its sheet, inserted a column 责任科室 and sorted only the
 * visible block A4:S57. The hidden id and formula columns stayed put, so every reader took row 27's
 * 22.32 (the row now reads 城镇住房保障受益覆盖率) for 人均体育场地面积 — 已达标, no warning. Now a row
 * showing another row's name, while that row no longer shows it, refuses the workbook
 * (rows_out_of_place); a name a person only edited is checked as its id's, with a warning; a sort of
 * whole rows (hidden columns included) and differences of spacing, line breaks or bracket width are
 * nothing at all.
 */
const qz = findTemplate("quzhou-2021-2025") as Extract<Template, { kind: "indicators" }>;
const YEAR = 2024;

async function filled(): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = planToWorkbook(buildWorkbookPlan([qz], { year: YEAR, reportingUnit: "江山市" }));
  expect(fillInputs(wb, sampleReturn(qz, YEAR))).toEqual([]);
  // a saved file, as the county sends it
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer() as ArrayBuffer);
  const ws = back.worksheets.find((w) => parseTemplateMark(w.getCell(KEY_ROW, 1).value) === qz.id);
  if (!ws) throw new Error("no template sheet");
  return { wb: back, ws };
}

const lastRow = FIRST_DATA_ROW + qz.indicators.length - 1;
const lastColumn = (ws: ExcelJS.Worksheet): number => ws.getRow(KEY_ROW).cellCount;

/** The sheet row of indicator `id`, by the hidden id column. */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  const col = keyColumn(ws, "id");
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) if (ws.getCell(r, col).value === id) return r;
  throw new Error(id);
}

const sortRows = (ws: ExcelJS.Worksheet, to: number): void => sortBlock(ws, qz.indicators.length, to);

/** Swaps two rows' cells over columns 1…`to`. */
function swap(ws: ExcelJS.Worksheet, a: number, b: number, to: number): void {
  for (let c = 1; c <= to; c++) {
    const x = ws.getCell(a, c).value;
    ws.getCell(a, c).value = ws.getCell(b, c).value;
    ws.getCell(b, c).value = x;
  }
}

function setName(ws: ExcelJS.Worksheet, id: string, name: string): void {
  ws.getCell(rowOf(ws, id), keyColumn(ws, "name")).value = name;
}

function ok(r: CheckOutcome): Extract<CheckOutcome, { ok: true }>["report"] {
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

const statuses = (r: ReturnType<typeof ok>): Map<string, string> => new Map(r.items.map((i) => [i.id, `${i.status} ${i.value ?? ""}`]));

let untouched: Map<string, string>;
beforeAll(async () => { untouched = statuses(ok(checkGrid(workbookToGrid((await filled()).wb)))); });

describe("rows whose names left their hidden ids", () => {
  test.each<[string, (ws: ExcelJS.Worksheet) => void]>([
    ["a column 责任科室 inserted, then only the visible block A4:S57 sorted (the trial)", (ws) => insertAndSortVisible(ws, qz.indicators.length)],
    ["two rows' visible cells swapped (cut and paste over each other)", (ws) => swap(ws, rowOf(ws, "qz21-24"), rowOf(ws, "qz21-21"), lastVisible(ws))],
  ])("%s: refused, naming the sheet, the rows and the names", async (_why, tamper) => {
    const { wb, ws } = await filled();
    tamper(ws);
    const r = checkGrid(workbookToGrid(wb));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.reason, r.problem.code]).toEqual(["rows_out_of_place", "rows_out_of_place"]);
    if (r.problem.code !== "rows_out_of_place") return;
    const p = r.problem.params;
    expect(p.sheet).toBe(ws.name);
    // the first row said shows another indicator's name, and its hidden id is the one named
    const idCol = keyColumn(ws, "id");
    const id = String(ws.getCell(p.row, idCol).value);
    const own = qz.indicators.find((d) => d.id === id)!;
    expect(p.expected).toBe(own.part ? `${own.name}：${own.part}` : own.name);
    expect(p.seen).toBe(String(ws.getCell(p.row, keyColumn(ws, "name")).value));
    expect(p.seen).not.toBe(p.expected);
    expect(qz.indicators.some((d) => d.id !== id && (d.part ? `${d.name}：${d.part}` : d.name) === p.seen)).toBe(true);
    expect(p.rows.split("\n")[0]).toBe(String(p.row));
    const zh = describeWorkbookProblem(r.problem, "zh");
    expect(zh).toContain(`工作表「${ws.name}」的行已错位`);
    expect(zh).toMatch(/请撤销排序，或选中整行（含隐藏列）重新排序，或在下发的原表中重新填写/);
    expect(describeWorkbookProblem(r.problem, "en")).toMatch(/out of place.*Undo the sort, or sort whole rows \(hidden columns included\)/);
  });

  test("the trial's row: 22.32 under 城镇住房保障受益覆盖率 is never graded as 人均体育场地面积", async () => {
    const { wb, ws } = await filled();
    const housing = rowOf(ws, "qz21-21");
    const sport = rowOf(ws, "qz21-24");
    ws.getCell(housing, keyColumn(ws, `in:${YEAR}`)).value = 22.32;
    swap(ws, housing, sport, lastVisible(ws));
    const r = checkGrid(workbookToGrid(wb));
    expect(r.ok ? r.report.items.find((i) => i.id === "qz21-24")?.status : r.reason).toBe("rows_out_of_place");
  });
});

describe("what stays as it was", () => {
  test.each<[string, (ws: ExcelJS.Worksheet) => void]>([
    ["whole rows sorted, the hidden columns included", (ws) => sortRows(ws, lastColumn(ws))],
    ["a column inserted, then whole rows sorted", (ws) => { ws.spliceColumns(4, 0, []); sortRows(ws, lastColumn(ws)); }],
    ["a name wrapped with a line break and spaces", (ws) => setName(ws, "qz21-24", "人均体育场地 面积\n（平方米）")],
    ["full-width brackets typed half-width", (ws) => setName(ws, "qz21-24", "人均体育场地面积(平方米)")],
    ["a part after a half-width colon", (ws) => setName(ws, "qz21-40-living-subsidy", `${qz.indicators.find((d) => d.id === "qz21-40-living-subsidy")!.name}: ${qz.indicators.find((d) => d.id === "qz21-40-living-subsidy")!.part ?? ""}`)],
  ])("%s: every status as before, no workbook problem", async (_why, tamper) => {
    const { wb, ws } = await filled();
    tamper(ws);
    const r = ok(checkGrid(workbookToGrid(wb)));
    expect(r.problems).toEqual([]);
    expect(statuses(r)).toEqual(untouched);
  });

  test.each<[string, string, string]>([
    ["a name a person corrected", "qz21-09", "儿童平均预期受教育年限（年）"],
    // a name copied onto a second row: the row whose name it is still shows it, so nothing moved
    ["another row's name copied over it", "qz21-09", "人均体育场地面积（平方米）"],
  ])("%s: checked as its id, with a warning naming the row and both names", async (_why, id, name) => {
    const { wb, ws } = await filled();
    setName(ws, id, name);
    const r = ok(checkGrid(workbookToGrid(wb)));
    expect(statuses(r)).toEqual(untouched);
    const d = qz.indicators.find((x) => x.id === id)!;
    expect(r.problems).toEqual([{ code: "row_name_changed", params: { sheet: ws.name, row: rowOf(ws, id), id, seen: name, expected: d.name } }]);
    expect(describeWorkbookProblem(r.problems[0]!, "zh")).toBe(`工作表「${ws.name}」第 ${rowOf(ws, id)} 行的名称写作「${name}」，模板中该行（id ${id}）为「${d.name}」：已按「${d.name}」核对；如该行填的其实是别的指标，请恢复原名称并把数值填到该指标的行，或在下发的原表中重新填写`);
  });
});
