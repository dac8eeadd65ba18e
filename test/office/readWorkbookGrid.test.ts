import ExcelJS from "exceljs";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { catalog } from "../../src/templates/catalog";
import { columnLetter } from "../../src/sheet/a1";
import { ownFormulaColumns } from "../../src/sheet/ownFormulaColumns";
import { FakeExcel, parseAddress } from "./fakeExcel";
import type { CellValue } from "../../src/domain/CellValue";

const NUMBERS = ["95", "3.2", "0.8", "120", "-4", "1500", "98.5", "0", "12", "60"];
const TEXTS: Record<string, string[]> = {
  input: [...NUMBERS, "≥90", "约85", "80%", "#DIV/0!", "１２"],
  inputText: ["在建", "已完工", "推进中", "已完成", "未开工", "说明：数据来自统计局", "已达标", "滞后"],
};

/** What a person types into the input cells: numbers, text, percentages, an error, full-width digits. */
function typing(plan: WorkbookPlan): Array<{ sheet: string; address: string; typed: string }> {
  const out: Array<{ sheet: string; address: string; typed: string }> = [];
  let i = 0;
  for (const s of plan.sheets) {
    if (s.role !== "template") continue;
    for (const c of s.cells) {
      const choices = c.style === "input" || c.style === "inputText" ? TEXTS[c.style] : undefined;
      if (!choices || i++ % 3 === 2) continue;
      out.push({ sheet: s.name, address: c.address, typed: choices[i % choices.length] as string });
    }
  }
  return out;
}

async function loadedFake(plan: WorkbookPlan): Promise<{ fx: FakeExcel; written: string[] }> {
  const fx = new FakeExcel(["Sheet1"]);
  const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
  return { fx, written: res.written };
}

describe("readWorkbookGrid (Office host)", () => {
  const plan = buildWorkbookPlan(catalog(), { year: 2023, reportingUnit: "普陀区" });

  it("reads in one sync, and checkGrid gives the same statuses as over the .xlsx host's reading", async () => {
    const { fx, written } = await loadedFake(plan);
    const wb = planToWorkbook(plan);
    const entries = typing(plan);
    expect(entries.length).toBeGreaterThan(200);
    for (const e of entries) {
      fx.userType(e.sheet, e.address, e.typed);
      // the .xlsx side gets what Excel stored for the typing (a number for "95" and "80%", an error for #DIV/0!)
      const stored = fx.content(e.sheet, e.address);
      const cell = wb.getWorksheet(e.sheet)?.getCell(e.address);
      if (!cell) throw new Error(`no cell ${e.sheet}!${e.address}`);
      cell.value = stored.error !== undefined ? ({ error: stored.error } as ExcelJS.CellErrorValue) : (stored.value ?? null);
    }

    // the pane's hints from its last read: the sheet names and (below ExcelApi 1.9) the status and progress columns
    const sheetNames = ["Sheet1", ...written];
    const formulaColumns = Object.fromEntries((await readWorkbookGrid(fx.context, { sheetNames })).sheets.map((s) => [s.name, ownFormulaColumns(s)]));
    const before = fx.syncs;
    const grid = await readWorkbookGrid(fx.context, { sheetNames, formulaColumns });
    expect(fx.syncs - before).toBe(1);

    const office = checkGrid(grid);
    const xlsx = checkGrid(workbookToGrid(wb));
    if (!office.ok || !xlsx.ok) throw new Error(`check failed: ${JSON.stringify([office, xlsx]).slice(0, 300)}`);
    const view = (r: typeof office.report) => r.items.map((i) => ({ id: `${i.template}/${i.id}`, status: i.status, progress: i.progress, expected: i.expected, value: i.value, issues: i.issues.map((x) => `${x.code}:${x.severity}:${x.cell ?? ""}`) }));
    expect(view(office.report)).toEqual(view(xlsx.report));
    expect(office.report.counts).toEqual(xlsx.report.counts);
    expect(office.report.year).toBe(2023);
    expect(office.report.reportingUnit).toBe("普陀区");
    expect(new Set(office.report.items.map((i) => i.status)).size).toBeGreaterThan(3);
  });

  // below ExcelApi 1.9 the status columns' places come from the metadata sheet read with the sheet list (issue 19: a third sync before)
  it("without the sheet names takes a second sync (below ExcelApi 1.9 too: the status columns are read with the values), and gives the same grid", async () => {
    const { fx, written } = await loadedFake(plan);
    const hinted = await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...written] });
    const before = fx.syncs;
    const plain = await readWorkbookGrid(fx.context);
    expect(fx.syncs - before).toBe(2);
    expect(plain).toEqual(hinted);
  });

  it("recovers when a named sheet is gone (renamed by the user)", async () => {
    const { fx, written } = await loadedFake(plan);
    const first = written[1] as string;
    fx.sheet(first).name = "改名了";
    const before = fx.syncs;
    const grid = await readWorkbookGrid(fx.context, { sheetNames: written });
    expect(fx.syncs - before).toBe(4);
    expect(grid.sheets.map((s) => s.name)).toContain("改名了");
    expect(grid).toEqual(await readWorkbookGrid(fx.context));
    // sheets are found by their marks, not their names: every row is still checked
    const outcome = checkGrid(grid);
    const rows = catalog().reduce((n, t) => n + (t.kind === "indicators" ? t.indicators.length : t.kind === "projects" ? t.projects.length : t.reforms.length), 0);
    expect(outcome.ok && outcome.report.items.length).toBe(rows);
  });

  it("honours a used range that does not start at A1", async () => {
    const fx = new FakeExcel(["S"]);
    fx.userType("S", "C5", "x");
    fx.userType("S", "D7", 3);
    const grid = await readWorkbookGrid(fx.context, { sheetNames: ["S"] });
    const rows = grid.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(7);
    expect(rows[4]).toEqual([{ type: "empty" }, { type: "empty" }, { type: "string", text: "x" }]);
    expect(rows[6]).toEqual([{ type: "empty" }, { type: "empty" }, { type: "empty" }, { type: "number", value: 3 }]);
    expect(rows[0]).toEqual([]);
  });

  it("maps values to cell values, with Excel's valueTypes when asked", async () => {
    const fx = new FakeExcel(["S"]);
    const ws = fx.context.workbook.worksheets.getItem("S");
    const r = ws.getRange("A1:E1");
    r.numberFormat = [["General", "@", "General", "General", "General"]];
    r.values = [[12.5, "#N/A", "#DIV/0!", true, "文字"]];
    await fx.context.sync();
    const expectedTail = [{ type: "error", code: "#DIV/0!" }, { type: "boolean", value: true }, { type: "string", text: "文字" }];
    const typed = await readWorkbookGrid(fx.context, { sheetNames: ["S"], valueTypes: true });
    // B1's text is in the Text format (@), said so as the .xlsx reader says it (trial44a F4)
    expect(typed.sheets[0]?.rows[0]).toEqual([{ type: "number", value: 12.5 }, { type: "string", text: "#N/A", textStyle: true }, ...expectedTail]);
    const inferred = await readWorkbookGrid(fx.context, { sheetNames: ["S"] });
    // without valueTypes, text equal to an error value reads as that error
    expect(inferred.sheets[0]?.rows[0]).toEqual([{ type: "number", value: 12.5 }, { type: "error", code: "#N/A" }, ...expectedTail]);
  });

  // trial44a F6: =A1*2 pointing at a title gives #VALUE!; from ExcelApi 1.9 the pane knows the cell holds a formula and
  // reads its text, as the .xlsx reader does (quoted up to FORMULA_KEPT); a formula that is only an error value (a file
  // LibreOffice saved holds a typed #DIV/0! as =#DIV/0!) is that value; below ExcelApi 1.9, an error value as before
  it.each<[string, number, string, string, CellValue]>([
    ["ExcelApi 1.9: a formula's error, quoted", 9, "=A1*2", "#VALUE!", { type: "error", code: "#VALUE!", formula: "A1*2" }],
    ["ExcelApi 1.9: a formula past FORMULA_KEPT, unquoted", 9, `=${"A1+".repeat(30)}A1`, "#VALUE!", { type: "error", code: "#VALUE!", formula: "" }],
    ["ExcelApi 1.9: LibreOffice's error value, that value", 9, "=#DIV/0!", "#DIV/0!", { type: "error", code: "#DIV/0!" }],
    ["ExcelApi 1.9: an error value spaced, in lower case, that value", 9, "= #n/a ", "#N/A", { type: "error", code: "#N/A" }],
    ["ExcelApi 1.8: an error value", 8, "=A1*2", "#VALUE!", { type: "error", code: "#VALUE!" }],
  ])("%s", async (_, minor, formula, error, read) => {
    const fx = new FakeExcel(["S"]);
    fx.maxMinor = minor;
    const cell = fx.sheet("S").cell(1, 2);
    cell.formula = formula;
    cell.error = error;
    fx.sheet("S").cell(2, 2).error = "#N/A";
    const grid = await readWorkbookGrid(fx.context, { sheetNames: ["S"], isSetSupported: fx.isSetSupported });
    expect(grid.sheets[0]?.rows.map((r) => r[1])).toEqual([read, { type: "error", code: "#N/A" }]);
  });

  it("reads workbook names as sheet and cell, and sheet visibility", async () => {
    const { fx, written } = await loadedFake(plan);
    const grid = await readWorkbookGrid(fx.context, { sheetNames: written });
    for (const n of plan.names) {
      const m = /^'(.+)'!\$([A-Z]+)\$(\d+)$/.exec(n.ref);
      expect(grid.names[n.name]).toEqual({ sheet: m?.[1], row: Number(m?.[3]), col: parseAddress(`${m?.[2]}1`).c0 });
    }
    const meta = plan.sheets.find((s) => s.role === "meta")?.name;
    expect(grid.sheets.find((s) => s.name === meta)?.visible).toBe(false);
    expect(grid.sheets.find((s) => s.name === "Sheet1")?.visible).toBe(true);
  });
});

// formulas_lost in the task pane: Excel says where the formulas are (ExcelApi 1.9), as the .xlsx reader counts them
describe("a template sheet's formulas, as the task pane reads them", () => {
  const plan = buildWorkbookPlan(catalog().filter((t) => t.id === "zhoushan-2021-2025"), { year: 2023 });
  test.each<[string, number, boolean | "one", number | "some" | undefined, string[]]>([
    ["ExcelApi 1.9, formulas kept: counted, nothing told", 9, false, "some", []],
    ["ExcelApi 1.9, pasted as values: none, told once", 9, true, 0, ["formulas_lost"]],
    ["ExcelApi 1.8 (Office 2019), pasted as values: not counted, but the status and progress columns tell every row", 8, true, undefined, ["own_formulas_broken"]],
    ["ExcelApi 1.9, one status cell's formula typed over (agreeing or not): told once", 9, "one", "some", ["own_formulas_broken"]],
    ["ExcelApi 1.8, one status cell's formula typed over with the label it computed: told once, as check does (trial40e F3)", 8, "one", undefined, ["own_formulas_broken"]],
  ])("%s", async (_why, minor, valuesOnly, formulas, problems) => {
    const fx = new FakeExcel(["Sheet1"]);
    fx.maxMinor = minor;
    const { written } = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    const name = written.find((n) => n.includes("表2")) ?? "";
    if (valuesOnly === true) for (const c of fx.sheet(name).cells.values()) delete c.formula;
    // the first row's status cell (its column from the key row) holds a typed label, no formula
    if (valuesOnly === "one") {
      const ws = fx.sheet(name);
      const col = Array.from({ length: 300 }, (_x, i) => i + 1).find((c) => ws.peek(2, c)?.value === "status") ?? 0;
      const c = ws.peek(4, col);
      if (!c) throw new Error("status cell");
      delete c.formula;
      c.value = "已达标";
    }
    const grid = await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...written], isSetSupported: fx.isSetSupported });
    const got = grid.sheets.find((s) => s.name === name)?.formulas;
    if (formulas === "some") expect(got).toBeGreaterThan(100);
    else expect(got).toBe(formulas);
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems.map((p) => p.code)).toEqual(problems);
  });
});

// trial40e F3: below ExcelApi 1.9 the status and progress columns' formulas are read with the values, in the same sync when the pane knows them
describe("the status and progress columns' formulas below ExcelApi 1.9", () => {
  const plan = buildWorkbookPlan(catalog().filter((t) => t.id === "zhoushan-2021-2025"), { year: 2023 });
  test.each<[string, "hinted" | "none" | "stale", number]>([
    ["columns known from the last read: one sync, as before", "hinted", 1],
    ["no columns known (the first read): one sync more", "none", 2],
    ["columns that moved since (a column inserted): one sync more, and the right ones read", "stale", 2],
  ])("%s", async (_why, hint, syncs) => {
    const fx = new FakeExcel(["Sheet1"]);
    const { written } = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    const sheetNames = ["Sheet1", ...written];
    const name = written.find((n) => n.includes("表2")) ?? "";
    const first = await readWorkbookGrid(fx.context, { sheetNames, isSetSupported: fx.isSetSupported });
    const known = Object.fromEntries(first.sheets.map((s) => [s.name, ownFormulaColumns(s)]));
    const status = (known[name] ?? [])[0] ?? 0;
    const c = fx.sheet(name).peek(9, status);
    if (!c) throw new Error("status cell");
    delete c.formula;
    c.value = "已达标";
    const formulaColumns = hint === "none" ? undefined : hint === "hinted" ? known : Object.fromEntries(Object.entries(known).map(([k, v]) => [k, v.map((x) => x + 1)]));
    const before = fx.syncs;
    const grid = await readWorkbookGrid(fx.context, { sheetNames, isSetSupported: fx.isSetSupported, ...(formulaColumns ? { formulaColumns } : {}) });
    expect(fx.syncs - before).toBe(syncs);
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    const broken = r.report.problems.filter((p) => p.code === "own_formulas_broken");
    expect(broken.map((p) => [p.code, p.params.count, p.params.missing, p.params.found])).toEqual([["own_formulas_broken", 1, `${columnLetter(status)}9`, "已达标"]]);
  });
});
