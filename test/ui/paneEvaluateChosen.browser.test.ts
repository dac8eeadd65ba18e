/**
 * trial34 (P8): 评估所选文件 in the pane (production bundle, headless Chromium, fakeOffice.js) writes into the open
 * workbook the 评估 sheets `report <folder> --out x.xlsx` writes for the same files, cell by cell (the hidden own-sheet
 * mark aside), passing over what report passes over; clicked again (by keyboard) it replaces its own unchanged set;
 * 生成评估 in a workbook with no return, files chosen, points to it. On main there was no such button.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CellValue } from "../../src/domain/CellValue";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { formulaResults } from "../support/formulaResults";
import { messageText, openPane, untilIdle, type OpenPane } from "./paneHarness";
import { paneOtherYearFix } from "./paneOtherYearFix";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const zs = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "pane-evaluate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function returnFile(unit: string, year: number, shift: number): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, year).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

/** A cell as both hosts hold it: its value as text, null when empty (a percent style or a number's form aside). */
const shown = (v: CellValue | undefined): string | null => {
  if (!v || v.type === "empty") return null;
  if (v.type === "string") return v.text === "" ? null : v.text;
  if (v.type === "date") return v.iso;
  if (v.type === "number" || v.type === "boolean") return String(v.value);
  return v.type === "error" ? v.code : null;
};

/** Each sheet's cells by row (report's COUNTIF/SUM by their results: the pane writes them as numbers), the own-sheet mark's column left out, trailing empties trimmed. */
function sheetValues(grid: GridWorkbook, only?: readonly string[]): Record<string, Array<Array<string | null>>> {
  const out: Record<string, Array<Array<string | null>>> = {};
  for (const s of grid.sheets.filter((x) => !only || only.includes(x.name))) {
    const mark = (s.rows[0] ?? []).findIndex((v) => (shown(v) ?? "").startsWith("plan-returns:evaluation:"));
    const rows = formulaResults(s).map((r) => (mark < 0 ? r : r.filter((_, c) => c !== mark)).map(shown));
    const trimmed = rows.map((r) => { const x = [...r]; while (x.length && x[x.length - 1] === null) x.pop(); return x; });
    while (trimmed.length && trimmed[trimmed.length - 1]!.length === 0) trimmed.pop();
    out[s.name] = trimmed;
  }
  return out;
}

const paneGrid = (page: Page): Promise<GridWorkbook> => page.evaluate(() => (window as unknown as { __fakeWorkbook: { grid(): GridWorkbook } }).__fakeWorkbook.grid());

describe("评估所选文件 writes report's 评估 sheets for the chosen files", () => {
  let pane: OpenPane;
  let page: Page;
  const files: Array<{ name: string; buffer: Buffer }> = [];
  let reportSheets: Record<string, Array<Array<string | null>>> = {};
  let reportLines: string[] = [];

  beforeAll(async () => {
    files.push({ name: "2023-定海区.xlsx", buffer: await returnFile("定海区", 2023, 0) });
    files.push({ name: "2023-普陀区.xlsx", buffer: await returnFile("普陀区", 2023, -0.05) });
    files.push({ name: "2022-东港.xlsx", buffer: await returnFile("东港", 2022, 0.01) });
    files.push({ name: "损坏.xlsx", buffer: Buffer.from("this is not a workbook") });
    const folder = join(dir, "收到");
    mkdirSync(folder);
    for (const f of files) writeFileSync(join(folder, f.name), f.buffer);
    const r = await cli("report", folder, "--out", join(dir, "评估.xlsx"));
    expect(r.code).toBe(0);
    reportLines = (r.out + r.err).split(`${folder}/`).join("").split("\n").filter(Boolean);
    reportSheets = sheetValues(await readXlsxZip(readFileSync(join(dir, "评估.xlsx"))));
    pane = await openPane(400, 900);
    page = pane.page;
    await page.click("#tab-summary");
    await page.setInputFiles("#summary-files", files.map((f) => ({ name: f.name, mimeType: XLSX_MIME, buffer: f.buffer })));
  }, 120000);

  afterAll(async () => {
    await pane?.close();
  });

  test.each<[string, (p: Page) => Promise<void>, RegExp, string]>([
    // how many returns and the files passed over first, then the sheets (trial37b F6: the count came after 28 sheet names)
    ["clicked: report's sheets, its lines", (p) => p.click("#evaluate-files-button"), /^评估 2 份填报（2023 年度）。[^]*损坏\.xlsx[^]*。已生成：县区对比、评估-定海区、评估-普陀区。/, ""],
    // the pane writes 县区对比's counts as numbers, so our first set, unchanged, is replaced in place (before dev34j the
    // COUNTIF formulas were never taken for unchanged and every click added 县区对比(2) …)
    ["again by keyboard: our unchanged set replaced by report's sheets", async (p) => { await p.focus("#evaluate-files-button"); await p.keyboard.press("Enter"); }, /^评估 2 份填报（2023 年度）。[^]*。已更新：县区对比、评估-定海区、评估-普陀区（替换本工具上次生成/, ""],
  ])("%s", async (_name, act, head, suffix) => {
    await act(page);
    await untilIdle(page, head);
    const text = await messageText(page);
    expect(text).toMatch(head);
    const written = Object.keys(reportSheets);
    const named = (name: string): string => `${name}${suffix}`;
    const grid = await paneGrid(page);
    const values = sheetValues(grid, written.map(named));
    expect(written.map((n) => values[named(n)])).toEqual(written.map((n) => reportSheets[n]));
    // nothing but the report's sheets (clicked again, in place of the first set)
    expect(grid.sheets.map((s) => s.name).sort()).toEqual([...written, ...(suffix ? written.map(named) : [])].sort());
    // another year's return told the pane's way, not rollover's command (paneOtherYearFix, trial37c F7)
    for (const l of reportLines.slice(1)) expect(text).toContain(paneOtherYearFix(l, "zh", "report"));
    expect(text).not.toContain("rollover");
    expect(text).toContain("损坏.xlsx");
    expect(pane.pageErrors).toEqual([]);
  });

  test.each<["zh" | "en", string, string]>([
    ["zh", "评估所选文件", "要评估所选的各单位文件，请点「评估所选文件」。"],
    ["en", "Evaluate chosen files", "To evaluate the chosen returns, use Evaluate chosen files."],
  ])("(%s) the button in the pane's words; 生成评估 over a workbook with no return, files chosen, points to it", async (lang, label, hint) => {
    if (lang === "en") await page.click("#lang-toggle");
    expect((await page.locator("#evaluate-files-button").innerText()).trim()).toBe(label);
    await page.click("#evaluation-button");
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
    // after the refusal's own sentence, joined as the pane's lines are (paneSentences): no 「。。」 where the refusal ended
    const said = await messageText(page);
    expect({ endsWithHint: said.endsWith(hint), doubled: /。。|\.\./.test(said), said }).toEqual({ endsWithHint: true, doubled: false, said });
    if (lang === "en") await page.click("#lang-toggle");
  });
});

/**
 * trial37b F6: over many returns the line begins with the count and the file not evaluated, then the units' sheets
 * counted, never their names one by one before them (28 names, five lines, on main), in both languages.
 */
describe("评估所选文件 over many returns: the count and the files passed over first, the units' sheets counted", () => {
  let pane: OpenPane;
  const chosen: Array<{ name: string; mimeType: string; buffer: Buffer }> = [];
  const UNITS = ["定海区", "普陀区", "岱山县", "嵊泗县", "新城"];
  beforeAll(async () => {
    for (const [i, u] of UNITS.entries()) chosen.push({ name: `2023-${u}.xlsx`, mimeType: XLSX_MIME, buffer: await returnFile(u, 2023, i / 100) });
    chosen.push({ name: "损坏.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from("this is not a workbook") });
  }, 120000);
  afterEach(async () => {
    await pane?.close();
  });

  test.each<["zh" | "en", RegExp]>([
    ["zh", /^评估 5 份填报（2023 年度）。[^]*损坏\.xlsx[^]*。已生成：「县区对比」及 5 张「评估-单位」表。/],
    ["en", /^Evaluated 5 returns, year 2023\. [^]*损坏\.xlsx[^]*\. Added: "县区对比" and 5 "评估-<unit>" sheets\./],
  ])("(%s)", async (lang, head) => {
    pane = await openPane(400, 900);
    const page = pane.page;
    if (lang === "en") await page.click("#lang-toggle");
    await page.click("#tab-summary");
    await page.setInputFiles("#summary-files", chosen);
    await page.click("#evaluate-files-button");
    await untilIdle(page, head);
    expect(await messageText(page)).toMatch(head);
    expect(await messageText(page)).not.toContain("评估-定海区");
    expect(pane.pageErrors).toEqual([]);
  }, 120000);
});
