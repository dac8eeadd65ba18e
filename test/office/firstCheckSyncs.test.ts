import { applyPlan } from "../../src/hosts/office/applyPlan";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { columnLetter } from "../../src/sheet/a1";
import { ownFormulaColumns } from "../../src/sheet/ownFormulaColumns";
import { catalog } from "../../src/templates/catalog";
import { excelActions } from "../../src/ui/shared/excelActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { storedSheetHint } from "../../src/ui/shared/storedSheetHint";
import { FakeExcel } from "./fakeExcel";
import { SIZES } from "./measure";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";
import { syntheticTemplate } from "./syntheticTemplate";

/** A workbook as a county sends it: loaded elsewhere, opened here with no hint from an earlier read. */
async function returnInFake(minor: number, n: number): Promise<{ fx: FakeExcel; written: string[] }> {
  const fx = new FakeExcel(["Sheet1"]);
  fx.maxMinor = minor;
  const { written } = await applyPlan(fx.context, buildWorkbookPlan([syntheticTemplate(n)], { year: 2023 }), { isSetSupported: fx.isSetSupported });
  stubExcelRun(fx.context);
  return { fx, written };
}

afterAll(unstubExcelRun);

// issue 19: the first 校验 of a workbook (no hint: a reviewer opening a county's file; a never-saved workbook) took 3 syncs on ExcelApi 1.8
describe("the first 校验 of a workbook, no hint from an earlier read", () => {
  test.each(SIZES.flatMap((n) => [[8, n, 2], [9, n, 2]] as Array<[number, number, number]>))(
    "ExcelApi 1.%i, %i indicators: %i syncs, the same grid as a hinted read, no larger a response",
    async (minor, n, syncs) => {
      const { fx } = await returnInFake(minor, n);
      const a = excelActions(hostFunctions(fx.isSetSupported));
      const before = fx.syncs;
      const firstResponses = fx.responseBytes.length;
      const first = await a.readGrid();
      expect(fx.syncs - before).toBe(syncs);
      const firstLargest = Math.max(...fx.responseBytes.slice(firstResponses));
      // the next read has the hint: one sync, and what the first read gave
      const again = fx.syncs;
      const hintedResponses = fx.responseBytes.length;
      expect(await a.readGrid()).toEqual(first);
      expect(fx.syncs - again).toBe(1);
      expect(firstLargest).toBeLessThanOrEqual(Math.max(...fx.responseBytes.slice(hintedResponses)));
      // below ExcelApi 1.9 the status and progress columns' formulas were read on the first read
      const sheet = first.sheets.find((s) => ownFormulaColumns(s).length > 0);
      expect(sheet?.formulaColumns?.map((c) => c + 1)).toEqual(minor < 9 ? ownFormulaColumns(sheet ?? { name: "", visible: true, rows: [] }) : undefined);
    },
  );

  // a guess that misses costs a sync, never a wrong read
  test.each<[string, (fx: FakeExcel, written: string[]) => void, number]>([
    ["the template's sheet renamed: its columns read in one sync more, as before", (fx, written) => { fx.sheet(written.find((w) => w.includes("舟山")) ?? "").name = "改名了"; }, 3],
    ["not a plan-returns workbook (no metadata sheet): the first sync made again without it", (fx, written) => { for (const w of written) fx.sheets.splice(fx.sheets.indexOf(fx.sheet(w)), 1); }, 3],
  ])("ExcelApi 1.8, %s", async (_why, change, syncs) => {
    const { fx, written } = await returnInFake(8, 50);
    change(fx, written);
    const a = excelActions(hostFunctions(fx.isSetSupported));
    const before = fx.syncs;
    const first = await a.readGrid();
    expect(fx.syncs - before).toBe(syncs);
    expect(await a.readGrid()).toEqual(first);
  });
});

// trial40e F3 on the first read: a status label typed over the formula is found below ExcelApi 1.9 with no hint
describe("a status label typed over its formula, found on the first 校验 on ExcelApi 1.8", () => {
  const zs = catalog().filter((t) => t.id === "zhoushan-2021-2025");
  test.each<[string, (fx: FakeExcel, name: string) => void, number]>([
    ["as loaded", () => undefined, 2],
    ["the sheet renamed (the guess misses: one sync more)", (fx, name) => { fx.sheet(name).name = "表2（改）"; }, 3],
  ])("%s", async (_why, change, syncs) => {
    const fx = new FakeExcel(["Sheet1"]);
    const { written } = await applyPlan(fx.context, buildWorkbookPlan(zs, { year: 2023 }), { isSetSupported: fx.isSetSupported });
    const name = written.find((n) => n.includes("表2")) ?? "";
    const ws = fx.sheet(name);
    const status = Array.from({ length: 300 }, (_x, i) => i + 1).find((c) => ws.peek(2, c)?.value === "status") ?? 0;
    const c = ws.peek(9, status);
    if (!c) throw new Error("status cell");
    delete c.formula;
    c.value = "已达标";
    change(fx, name);
    stubExcelRun(fx.context);
    const before = fx.syncs;
    const grid = await excelActions(hostFunctions(fx.isSetSupported)).readGrid();
    expect(fx.syncs - before).toBe(syncs);
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    const broken = r.report.problems.filter((p) => p.code === "own_formulas_broken");
    expect(broken.map((p) => [p.params.count, p.params.missing, p.params.found])).toEqual([[1, `${columnLetter(status)}9`, "已达标"]]);
  });
});

// 载入 sets the hint: the first 校验 after it is one sync on ExcelApi 1.8, in the pane and (stored per workbook URL) in the ribbon's function file
describe("the first 校验 after the pane's 载入", () => {
  test.each<[string, boolean]>([
    ["in the pane that loaded", false],
    ["in the ribbon's function file (the stored hint)", true],
  ])("%s: 1 sync", async (_why, stored) => {
    const fx = new FakeExcel(["Sheet1"]);
    stubExcelRun(fx.context);
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => { store.set(k, v); } };
    const pane = excelActions(hostFunctions(fx.isSetSupported), storedSheetHint("https://x/县.xlsx", storage));
    await pane.sheets();
    await pane.apply(buildWorkbookPlan([syntheticTemplate(500)], { year: 2023 }), []);
    const a = stored ? excelActions(hostFunctions(fx.isSetSupported), storedSheetHint("https://x/县.xlsx", storage)) : pane;
    const before = fx.syncs;
    const grid = await a.readGrid();
    expect(fx.syncs - before).toBe(1);
    expect(grid.sheets.some((s) => s.formulaColumns !== undefined && (s.formulaCells?.length ?? 0) > 500)).toBe(true);
  });
});
