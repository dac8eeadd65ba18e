import type { CellValue } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { columnLetter } from "../../src/sheet/a1";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { carriedInputs } from "../../src/sheet/carriedInputs";
import type { GridSheet, GridWorkbook } from "../../src/sheet/Grid";
import { looseCells } from "../../src/sheet/looseCells";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";

const s = (text: string): CellValue => ({ type: "string", text });
const put = (sh: GridSheet, row: number, col: number, v: CellValue): void => {
  while (sh.rows.length < row) sh.rows.push([]);
  const r = sh.rows[row - 1]!;
  while (r.length < col) r.push({ type: "empty" });
  r[col - 1] = v;
};

/** A 2023 return as the add-in writes it, read back, and the 2024 plan it rolls over to. */
async function fixture(): Promise<{ old: GridWorkbook; plan: WorkbookPlan; sheet: GridSheet; last: number; firstHidden: number }> {
  const t = findTemplate("zhoushan-2021-2025")!;
  const made = buildWorkbookPlan([t], { year: 2023, reportingUnit: "定海区" });
  const old = await readXlsxZip(Buffer.from(await planToWorkbook(made).xlsx.writeBuffer() as ArrayBuffer));
  const planned = made.sheets.find((x) => x.role === "template")!;
  const sheet = old.sheets.find((x) => x.name === planned.name)!;
  const firstHidden = planned.columns.findIndex((c) => c.hidden) + 1;
  return { old, plan: buildWorkbookPlan([t], { year: 2024, reportingUnit: "定海区" }), sheet, last: sheet.rows.length, firstHidden };
}

describe("looseCells: what a person wrote outside a template sheet's table, named by a roll-over", () => {
  test.each<[string, (f: Awaited<ReturnType<typeof fixture>>) => void, (f: Awaited<ReturnType<typeof fixture>>) => { cells: string[]; sample: string; inserted?: number[] } | null]>([
    ["nothing outside the table", () => undefined, () => null],
    ["notes under the last row", (f) => { put(f.sheet, f.last + 2, 1, s("注：2023年地区生产总值为快报数，待统计局年报核定后更正。")); put(f.sheet, f.last + 2, 3, s("填表人：张三")); },
      (f) => ({ cells: [`A${f.last + 2}`, `C${f.last + 2}`], sample: "注：2023年地区生产总值为快报数，待统…" })],
    ["a note above the header, beside the title", (f) => { put(f.sheet, 1, 8, s("单位：万元")); }, () => ({ cells: ["H1"], sample: "单位：万元" })],
    ["a note of two lines: shown on one", (f) => { put(f.sheet, f.last + 1, 2, s("第一行\n第二行")); }, (f) => ({ cells: [`B${f.last + 1}`], sample: "第一行 ⏎ 第二行" })],
    ["a formula never calculated under the table: named, no sample", (f) => { put(f.sheet, f.last + 1, 11, { type: "uncalculated" }); }, (f) => ({ cells: [`K${f.last + 1}`], sample: "" })],
    // Excel saves a cached value with every formula: the hidden constants and checks (right of the id) are ours
    ["cached values in the hidden columns of every row", (f) => { for (let r = 4; r <= f.last; r++) for (let c = f.firstHidden + 1; c < f.firstHidden + 6; c++) put(f.sheet, r, c, { type: "number", value: 1 }); }, () => null],
    ["a title or header the add-in wrote, retyped", (f) => { put(f.sheet, 1, 1, s("2023年舟山市指标")); put(f.sheet, 3, 3, s("指标")); }, () => null],
    ["a column added (no key), from its header down: addedColumns names it", (f) => { put(f.sheet, 3, f.sheet.rows[1]!.length + 1, s("备注")); put(f.sheet, f.last + 2, f.sheet.rows[1]!.length + 1, s("核实中")); }, () => null],
    ["a column added, above its header: named here", (f) => { put(f.sheet, 1, f.sheet.rows[1]!.length + 1, s("单位：万元")); }, (f) => ({ cells: [`${columnLetter(f.sheet.rows[1]!.length + 1)}1`], sample: "单位：万元" })],
    ["a row copied under the table (the town's own indicator): its visible cells, not the hidden ones", (f) => {
      const copy = f.sheet.rows[3]!.map((v) => v);
      for (let c = f.firstHidden; c <= copy.length; c++) copy[c - 1] = { type: "number", value: 7 };
      f.sheet.rows.push([], copy);
    }, (f) => {
      const row = f.sheet.rows[3]!;
      const cells = row.flatMap((v, i) => (i + 1 < f.firstHidden && v.type !== "empty" ? [`${columnLetter(i + 1)}${f.last + 2}`] : []));
      // its status and progress formulas too (copies, not ours, once they stand outside the table)
      expect(cells).toEqual(expect.arrayContaining([`N${f.last + 2}`, `O${f.last + 2}`]));
      return { cells, sample: "幼儿照护服务" };
    }],
    // 柯城区 inserted its own indicator as row 25, among the template's rows: inside the table, not outside it
    ["a row inserted among the indicators: its row is told as inserted", (f) => { f.sheet.rows.splice(9, 0, [s("文化和旅游服务"), s("全域旅游示范村数（个）（本区自设）")]); },
      () => ({ cells: ["A10", "B10"], inserted: [10], sample: "文化和旅游服务" })],
  ])("%s", async (_, edit, expected) => {
    const f = await fixture();
    edit(f);
    const want = expected(f);
    const got = carriedInputs(f.old, f.plan).looseCells;
    expect(got).toEqual(want ? [{ sheet: f.sheet.name, inserted: [], ...want }] : []);
  });

  test("a row whose id the plan does not know is not the template's", async () => {
    const f = await fixture();
    put(f.sheet, 4, 8, s("手填"));
    expect(looseCells(f.sheet, new Map([["x", 4]]), f.plan.sheets.find((x) => x.role === "template")!)?.cells).toContain("H4");
  });
});
