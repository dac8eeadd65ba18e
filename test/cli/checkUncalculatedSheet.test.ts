/**
 * session 47: a return a script wrote (openpyxl, some exporters: formulas stored with no result) gave formula_uncalculated
 * for every formula cell, each with the whole advice: a 48-row sheet's three years were 144 lines in check, and as many in
 * 问题清单 and the report's paragraph, burying the one thing to do (open and save it). A sheet nothing calculated now says
 * them once (formulas_uncalculated: how many, where, what to do), each row naming its cells in short; --json keeps each
 * cell (uncalculated, formula). A few such cells keep their lines. On the old code every assertion on counts failed.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { openpyxlSaved } from "../support/openpyxlSaved";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";

const dir = mkdtempSync(join(tmpdir(), "uncalculated-sheet-"));
const zs = findTemplate("zhoushan-2021-2025")!;
// the sample's numbers, each written by a script as a formula giving it (=40*1), of the years up to 2023
const numbers = sampleReturn(zs, 2023).filter((e) => typeof e.value === "number");

/** 定海区's return with the first `n` of the sample's numbers written as formulas, saved as openpyxl saves it */
async function scripted(name: string, n: number): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "定海区" }));
  fillInputs(wb, numbers.map((e, k) => (k < n ? { ...e, value: { formula: `${String(e.value)}*1` } as ExcelJS.CellFormulaValue } : e)));
  const f = join(dir, name);
  writeFileSync(f, await openpyxlSaved(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer)));
  return f;
}

const WHOLE = { zh: "未计算（文件中没有公式的计算结果）", en: "has not been calculated (the file holds no result" } as const;
const count = (text: string, part: string): number => text.split(part).length - 1;

interface Checked { items: Array<{ issues: Array<{ code: string; cell: string; uncalculated?: boolean; formula?: string }> }>; problemCodes: Array<{ code: string; params: Record<string, unknown> }> }

describe("a sheet nothing calculated: its formulas said once", () => {
  let all = "";
  beforeAll(async () => { all = await scripted("script.xlsx", numbers.length); });

  test.each<["zh" | "en", string]>([
    ["zh", "! 工作表「舟山市表2」的公式都没有计算结果"],
    ["en", "! Sheet \"舟山市表2\": no formula has a result"],
  ])("check --lang %s: one line under the title, each row in short", async (lang, lead) => {
    const { out } = await cli("check", all, "--lang", lang);
    const lines = out.split("\n");
    expect(lines[1]?.startsWith(lead)).toBe(true);
    expect(lines[1]).toContain(lang === "zh" ? `${numbers.length} 个数值格` : `${numbers.length} value cells`);
    // the whole advice once at most beyond that line (lock's 第一处 quotes the first cell's own message)
    expect(count(out, WHOLE[lang])).toBeLessThanOrEqual(1);
    expect(count(out, lang === "zh" ? "公式未计算（整张表都未计算" : "formula not calculated (nothing on this sheet was")).toBeGreaterThan(10);
  });

  test("check --json: each cell kept, marked, with its formula; the sheet's line coded", async () => {
    const r = JSON.parse((await cli("check", all, "--json")).out) as Checked;
    const cells = r.items.flatMap((i) => i.issues.filter((x) => x.uncalculated));
    expect(cells).toHaveLength(numbers.length);
    expect(cells.every((x) => /^=[-\d.]+\*1$/.test(x.formula ?? ""))).toBe(true);
    const line = r.problemCodes.find((p) => p.code === "formulas_uncalculated");
    expect(line?.params).toMatchObject({ sheet: "舟山市表2", count: numbers.length });
    expect(String(line?.params["cells"])).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?(\n[A-Z]+\d+(:[A-Z]+\d+)?)*$/);
  });

  test("summary's 问题清单: the sheet's line, no line a cell", async () => {
    const folder = join(dir, "收到");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "2023-定海区.xlsx"), readFileSync(all));
    const out = join(dir, "汇总.xlsx");
    expect((await cli("summary", folder, "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const said: string[] = [];
    wb.getWorksheet("问题清单")!.eachRow((row, n) => { if (n > 1) said.push(String(row.getCell(7).value ?? "")); });
    expect(said.filter((x) => x.includes("公式都没有计算结果"))).toHaveLength(1);
    expect(said.filter((x) => x.includes("未计算"))).toHaveLength(1);
  });

  test("report: one sentence, not a clause a cell", async () => {
    const { out } = await cli("report", all);
    expect(count(out, "本表的公式都没有计算结果")).toBe(1);
    expect(count(out, WHOLE.zh)).toBe(0);
  });
});

test("two formulas with no result: each its own line, no sheet's line", async () => {
  const f = await scripted("two.xlsx", 2);
  const { out } = await cli("check", f);
  expect(out).not.toContain("公式都没有计算结果");
  expect(count(out, WHOLE.zh)).toBeGreaterThanOrEqual(2);
  const r = JSON.parse((await cli("check", f, "--json")).out) as Checked;
  expect(r.problemCodes.map((p) => p.code)).not.toContain("formulas_uncalculated");
  expect(r.items.flatMap((i) => i.issues.filter((x) => x.uncalculated).map((x) => x.formula))).toHaveLength(2);
});
