/**
 * Issue #7 (reliability): what users do to a return between loading and checking, beyond
 * test/sheet/tampering.test.ts. .xlsx cases run through the CLI (`check --json`, the reader
 * a county's file goes through); Office cases through the fake.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { STATUS_LABELS } from "../../src/domain/Status";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { refreshPlan } from "../../src/hosts/office/refreshPlan";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { FIRST_DATA_ROW, KEY_ROW, META_SHEET, parseTemplateMark } from "../../src/sheet/keys";
import { FakeExcel, type FakeCell } from "../office/fakeExcel";
import { fakeSnapshot, plannedAddress, plannedSheetOf, snapshotDiff, template, ZS } from "./support";
import { sheetRefusalText } from "../../src/ui/shared/sheetRefusalText";
import type { SheetRefusal } from "../../src/hosts/office/SheetRefusal";

const YEAR = 2023;
const t = template(ZS);
const dir = mkdtempSync(join(tmpdir(), "hardening-tamper-"));
let fileNo = 0;

interface JsonReport { year: number; items: Array<{ id: string; status: string; statusCell: string; sheet: string }>; problems: string[] }

/** A filled return of 舟山 表2, as a user's saved file. */
function filled(): ExcelJS.Workbook {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: YEAR }));
  expect(fillInputs(wb, sampleReturn(t, YEAR))).toEqual([]);
  return wb;
}

function templateSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => parseTemplateMark(w.getCell(KEY_ROW, 1).value) === ZS);
  if (!ws) throw new Error("no template sheet");
  return ws;
}

function colOf(ws: ExcelJS.Worksheet, key: string): number {
  let col = 0;
  ws.getRow(KEY_ROW).eachCell((c, n) => { if (c.value === key) col = n; });
  if (!col) throw new Error(`no key ${key}`);
  return col;
}

function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  const idCol = colOf(ws, "id");
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) if (ws.getCell(r, idCol).value === id) return r;
  throw new Error(`no row ${id}`);
}

async function save(wb: ExcelJS.Workbook): Promise<string> {
  const file = join(dir, `t${++fileNo}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function checkJson(file: string): Promise<{ code: number; report: JsonReport | null; err: string; bytesKept: boolean }> {
  const before = readFileSync(file);
  const r = await cli("check", file, "--json");
  return { code: r.code, report: r.out ? JSON.parse(r.out) as JsonReport : null, err: r.err, bytesKept: readFileSync(file).equals(before) };
}

const statusesOf = (r: JsonReport | null): Map<string, string> => new Map((r?.items ?? []).map((i) => [i.id, i.status]));

describe("tampering with an .xlsx return (CLI check)", () => {
  let expected: Map<string, string>;
  beforeAll(async () => {
    const r = await checkJson(await save(filled()));
    expect(r.code).toBe(0);
    expected = statusesOf(r.report);
    expect(expected.size).toBe(t.kind === "indicators" ? t.indicators.length : 0);
  });

  test("rows deleted: the others keep their statuses; each deleted row is 未填报 (the plan's rows are counted) and named as a problem", async () => {
    const wb = filled();
    const ws = templateSheet(wb);
    const gone = ["zs21-05", "zs21-06-compulsory"];
    for (const id of gone) ws.spliceRows(rowOf(ws, id), 1);
    const r = await checkJson(await save(wb));
    expect(r.code).toBe(0);
    const want = new Map([...expected].map(([id, st]) => [id, gone.includes(id) ? "missing" : st]));
    expect(statusesOf(r.report)).toEqual(want);
    for (const id of gone) expect(r.report?.problems.join("\n")).toMatch(new RegExp(`未找到.*\\(${id}\\) 所在行，可能已被删除`));
    expect(r.bytesKept).toBe(true);
  });

  test("a column inserted before the status column: the same statuses, the status cell moves with it", async () => {
    const wb = filled();
    const ws = templateSheet(wb);
    const statusCol = colOf(ws, "status");
    const before = await checkJson(await save(filled()));
    ws.spliceColumns(statusCol, 0, []);
    const r = await checkJson(await save(wb));
    expect(statusesOf(r.report)).toEqual(expected);
    const cellOf = (rep: JsonReport | null): string => rep?.items.find((i) => i.id === "zs21-12")?.statusCell ?? "";
    const col = (a: string): string => a.replace(/\d+$/, "");
    expect(col(cellOf(r.report))).not.toBe(col(cellOf(before.report)));
    expect(r.report?.problems).toEqual([]);
  });

  test("the sheet renamed: the same statuses, reported under the new name", async () => {
    const wb = filled();
    templateSheet(wb).name = "我改的名字";
    const r = await checkJson(await save(wb));
    expect(statusesOf(r.report)).toEqual(expected);
    expect(new Set(r.report?.items.map((i) => i.sheet))).toEqual(new Set(["我改的名字"]));
  });

  test("the metadata sheet removed: check exits 2 with one clear line, and --json's error object on stdout", async () => {
    const wb = filled();
    const meta = wb.getWorksheet(META_SHEET);
    if (!meta) throw new Error("no meta sheet");
    wb.removeWorksheet(meta.id);
    const file = await save(wb);
    const r = await checkJson(file);
    expect(r.code).toBe(2);
    expect(r.report).toEqual({ file, error: { code: "not_plan_returns", message: r.err.trim() } });
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(file);
    expect(r.err).toContain("不是本工具的填报");
    expect(r.bytesKept).toBe(true);
    // the readable form too
    const plain = await cli("check", file);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain("不是本工具的填报");
  });

  test("the hidden key row removed: a clear message naming the sheet, no row guessed at, the file not written", async () => {
    const wb = filled();
    const ws = templateSheet(wb);
    const name = ws.name;
    ws.spliceRows(KEY_ROW, 1);
    const file = await save(wb);
    const r = await checkJson(file);
    expect(r.code).toBe(0);
    expect(r.report?.items).toEqual([]);
    expect(r.report?.problems.join("\n")).toContain(`工作表「${name}」看起来是填报表，但插件标记（隐藏的第 2 行）已被删除，无法核对，未做任何修改`);
    expect(r.bytesKept).toBe(true);
    const plain = await cli("check", file);
    expect(plain.out).toMatch(/! 工作表「.*」看起来是填报表/);
  });

  test("a status formula overwritten with 已达标: the check gives the engine's status, and the file is not written", async () => {
    const wb = filled();
    const ws = templateSheet(wb);
    const notMet = [...expected].filter(([, s]) => s === "severe" || s === "lagging" || s === "invalid").map(([id]) => id);
    expect(notMet.length).toBeGreaterThan(2);
    for (const id of notMet) ws.getCell(rowOf(ws, id), colOf(ws, "status")).value = STATUS_LABELS.met;
    const r = await checkJson(await save(wb));
    expect(r.code).toBe(0);
    expect(statusesOf(r.report)).toEqual(expected);
    expect(r.bytesKept).toBe(true);
  });

  test("a row copied (duplicated id): a clear problem naming both rows; the first row is checked", async () => {
    const wb = filled();
    const ws = templateSheet(wb);
    const r0 = rowOf(ws, "zs21-12");
    const last = ws.rowCount + 1;
    ws.getRow(last).values = ws.getRow(r0).values as ExcelJS.CellValue[];
    ws.getCell(last, colOf(ws, `in:${YEAR}`)).value = 99; // the copy says something else
    const r = await checkJson(await save(wb));
    expect(r.code).toBe(0);
    expect(r.report?.problems.join("\n")).toContain(`工作表「${ws.name}」第 ${last} 行：id「zs21-12」与第 ${r0} 行重复，仅核对第一行`);
    expect(statusesOf(r.report)).toEqual(expected);
  });
});

describe("tampering in the Office host (fake)", () => {
  const plan = buildWorkbookPlan([t], { year: YEAR });
  const s = plannedSheetOf(plan, ZS);
  const opts = (fx: FakeExcel): { isSetSupported: FakeExcel["isSetSupported"] } => ({ isSetSupported: fx.isSetSupported });
  const rows = t.kind === "indicators" ? t.indicators.length : 0;

  async function loadedAndTyped(): Promise<{ fx: FakeExcel; written: string[] }> {
    const fx = new FakeExcel(["Sheet1"]);
    const res = await applyPlan(fx.context, plan, opts(fx));
    for (const e of sampleReturn(t, YEAR)) {
      const v = e.value;
      if (v === null || v === undefined) continue;
      fx.userType(s.name, plannedAddress(s, e.id, e.key), typeof v === "number" || typeof v === "string" ? v : typeof v === "object" && "error" in v ? String(v.error) : String(v));
    }
    return { fx, written: res.written };
  }

  async function statuses(fx: FakeExcel, written: string[]): Promise<Map<string, string>> {
    const r = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...written] }));
    if (!r.ok) throw new Error(r.message);
    return new Map(r.report.items.map((i) => [i.id, i.status]));
  }

  /** Moves every cell of the data rows to its new row, as a sort does (row r → FIRST_DATA_ROW + perm index). */
  function permuteRows(fx: FakeExcel, order: number[]): void {
    const sheet = fx.sheet(s.name);
    const moved: Array<[number, number, FakeCell]> = [];
    for (const [k, c] of [...sheet.cells]) {
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      const i = row - FIRST_DATA_ROW;
      if (i < 0 || i >= order.length) continue;
      sheet.cells.delete(k);
      moved.push([FIRST_DATA_ROW + (order[i] as number), col, c]);
    }
    for (const [row, col, c] of moved) sheet.cells.set(row * 16384 + col, c);
  }

  test("rows sorted (reversed, and interleaved): the same statuses as before", async () => {
    for (const order of [[...Array(rows).keys()].reverse(), [...Array(rows).keys()].map((i) => (i * 7) % rows)]) {
      expect(new Set(order).size).toBe(rows);
      const { fx, written } = await loadedAndTyped();
      const before = await statuses(fx, written);
      permuteRows(fx, order);
      expect(await statuses(fx, written)).toEqual(before);
    }
  });

  test("refreshPlan on a sorted sheet refuses with a message and writes nothing", async () => {
    const { fx } = await loadedAndTyped();
    permuteRows(fx, [...Array(rows).keys()].reverse());
    const before = fakeSnapshot(fx);
    const res = await refreshPlan(fx.context, plan, opts(fx));
    expect(res.refreshed).toEqual([]);
    expect(res.refused).toEqual([{ sheet: s.name, reason: "layout_changed", layout: "row_id", row: 4 }]);
    expect(sheetRefusalText(res.refused[0] as SheetRefusal, "zh")).toMatch(/行被排序、插入或删除.*未重新加载/);
    expect(snapshotDiff(before, fakeSnapshot(fx))).toEqual([]);
  });

  test("refreshPlan on a sheet whose hidden key row was deleted refuses with a message and writes nothing", async () => {
    const { fx, written } = await loadedAndTyped();
    const sheet = fx.sheet(s.name);
    // delete row 2: every row below moves up by one
    const cells = [...sheet.cells];
    sheet.cells.clear();
    for (const [k, c] of cells) {
      const row = Math.floor(k / 16384);
      if (row === KEY_ROW) continue;
      sheet.cells.set((row > KEY_ROW ? row - 1 : row) * 16384 + (k % 16384), c);
    }
    const before = fakeSnapshot(fx);
    const res = await refreshPlan(fx.context, plan, opts(fx));
    expect(res.refreshed).toEqual([]);
    expect(res.refused).toHaveLength(1);
    expect(res.refused[0]?.sheet).toBe(s.name);
    expect(snapshotDiff(before, fakeSnapshot(fx))).toEqual([]);
    const r = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...written] }));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.items).toEqual([]);
    expect(r.report.problems.map((p) => p.code)).toContain("key_row_deleted");
    expect(r.report.problems.map((p) => describeWorkbookProblem(p, "zh")).join("\n")).toContain("插件标记（隐藏的第 2 行）已被删除");
  });
});
