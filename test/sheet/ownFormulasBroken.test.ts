import JSZip from "jszip";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { lockErrors } from "../../src/cycle/lockErrors";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { columnLetter } from "../../src/sheet/a1";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import type { WorkbookProblemParams } from "../../src/sheet/WorkbookProblem";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * The add-in's own formulas of a return's rows (当年状态, 进度 and the hidden columns they rest on)
 * that no longer compute their row (trial27a): a value pasted over one that happens to agree, one
 * cleared, and rows inserted the way openpyxl's ws.insert_rows does it (every cell below moved
 * down, no formula rewritten, so each row reads the row above). The broken files are made here by
 * editing the sheet's XML as those tools leave it; check says so once per sheet, and lock refuses.
 */
const t = findTemplate("zhoushan-2021-2025") as Template;

type Col = (key: string) => string;
interface Made { xml: string; col: Col }
type Edit = (m: Made) => string;

/** A filled 2023 return, its 表2 sheet's XML changed by `edit`, read as the CLI reads it. */
async function checked(edit: Edit) {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023 }));
  fillInputs(wb, sampleReturn(t, 2023));
  const ws = wb.worksheets.find((w) => w.name.includes("表2"));
  if (!ws) throw new Error("sheet");
  const keys = new Map<string, string>();
  ws.getRow(2).eachCell((c, n) => { if (typeof c.value === "string") keys.set(c.value, columnLetter(n)); });
  const col = (k: string): string => keys.get(k) ?? "";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer() as ArrayBuffer);
  const part = `xl/worksheets/sheet${ws.id}.xml`;
  const xml = await zip.file(part)?.async("string") ?? "";
  zip.file(part, edit({ xml, col }));
  const r = await gridOfBytes("r.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
  if (!r.ok) throw new Error(r.message);
  const c = checkGrid(r.grid);
  if (!c.ok) throw new Error(c.message);
  return { report: c.report, col };
}

/** A cell's element: `<c r="S14" …/>` or `<c r="S14" …>…</c>`. */
const cellElement = (ref: string): RegExp => new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>.*?</c>)`);
/** The cell `ref` holding a typed text instead of its formula (pasted over it). */
const typed = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Rows from `at` down moved one row lower; formulas rewritten (as Excel, WPS and LibreOffice insert a row) or not (openpyxl). */
function rowInserted(at: number, rewrite: boolean): Edit {
  const down = (n: number): number => (n >= at ? n + 1 : n);
  return ({ xml }) => xml
    .replace(/<row r="(\d+)"/g, (_m, n: string) => `<row r="${down(Number(n))}"`)
    .replace(/<c r="([A-Z]+)(\d+)"/g, (_m, c: string, n: string) => `<c r="${c}${down(Number(n))}"`)
    .replace(/<f>(.*?)<\/f>/g, (m, f: string) => (rewrite ? `<f>${f.replace(/(\$?[A-Z]{1,3})(\d+)/g, (_x, c: string, n: string) => `${c}${down(Number(n))}`)}</f>` : m));
}

describe("a return's own formulas that no longer compute their row", () => {
  test.each<[string, Edit, ((col: Col) => Partial<WorkbookProblemParams["own_formulas_broken"]>) | null]>([
    ["untouched: nothing told", ({ xml }) => xml, null],
    ["a status agreeing with the check typed over its formula (S14 in trial27a)", ({ xml, col }) => xml.replace(cellElement(`${col("status")}14`), typed(`${col("status")}14`, "已达标")),
      (col) => ({ missing: `${col("status")}14`, found: "已达标", misread: "", count: 1 })],
    ["a 进度 formula cleared (T15)", ({ xml, col }) => xml.replace(cellElement(`${col("progress")}15`), `<c r="${col("progress")}15"/>`), (col) => ({ missing: `${col("progress")}15`, found: "", count: 1 })],
    ["a hidden step (met) pasted as its value", ({ xml, col }) => xml.replace(cellElement(`${col("met")}9`), `<c r="${col("met")}9" t="b"><v>0</v></c>`), (col) => ({ missing: `${col("met")}9`, found: "FALSE", count: 1 })],
    ["a row inserted at 8 by a script (openpyxl insert_rows): each row below reads the one above", rowInserted(8, false), (col) => ({ missing: "", misread: [9, 10, 11, 12, 13].map((r) => `${col("status")}${r}`).join("\n"), rows: "8\n9\n10\n11\n12" })],
    ["a row inserted at 8 as Excel or LibreOffice insert it (formulas follow): nothing told", rowInserted(8, true), null],
    ["values only (formulas_lost said instead): not told again", ({ xml }) => xml.replace(/<f>.*?<\/f>/g, ""), null],
  ])("%s", async (_why, edit, expecting) => {
    const { report, col } = await checked(edit);
    const broken = report.problems.find((p) => p.code === "own_formulas_broken");
    if (expecting === null) {
      expect(broken).toBeUndefined();
      expect(lockErrors({ ...report, items: [] })).toEqual([]);
      return;
    }
    const expected = expecting(col);
    expect(broken?.params).toEqual(expect.objectContaining(expected));
    // an error lock refuses, with the sheet's one line in both languages
    expect(lockErrors({ ...report, items: [] }).map((e) => e.code)).toEqual(["own_formulas_broken"]);
    if (broken) for (const lang of ["zh", "en"] as const) expect(describeWorkbookProblem(broken, lang)).toContain(expected.misread ? "distribute" : "template");
  });

  test("the row count says how many rows read another row: every row below the inserted one", async () => {
    const { report } = await checked(rowInserted(8, false));
    const below = report.items.filter((i) => Number(/\d+$/.exec(i.statusCell ?? "")?.[0]) > 8).length;
    expect(report.problems.find((p) => p.code === "own_formulas_broken")?.params).toEqual(expect.objectContaining({ count: below }));
    expect(below).toBeGreaterThan(5);
  });
});
