/**
 * trial34 (P8): 评估所选文件 evaluates the files `report a.xlsx b.xlsx …` is given as report evaluates them: the same
 * 评估 sheets (评估, 县区对比 …, but the hidden own-sheet mark), the same files passed over (a return of another year,
 * an older version, a workbook that is no return, a file the reader refuses) and report's own lines on them. Of two
 * years as many returns each, the pane takes the later and says so (the CLI asks for --year; given the later year, it
 * writes the same sheets); 汇总所选文件 does the same where it refused (year_differs). On main the pane had no
 * evaluation of chosen files and 汇总所选文件 refused the tie. The CLI runs in-process over the same bytes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook, planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import type { CellValue } from "../../src/domain/CellValue";
import { formulaResults } from "../support/formulaResults";
import { evaluateChosenFiles } from "../../src/ui/shared/evaluationActions";
import { consolidate } from "../../src/ui/shared/summaryActions";
import { summaryLine } from "../../src/ui/shared/summaryLine";
import { cli } from "../support/cli";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { recordingActions } from "./recordingActions";
import { paneOtherYearFix } from "./paneOtherYearFix";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "chosen-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = new Map<string, { bytes: Buffer; modified: number }>();
function put(name: string, bytes: Buffer, modified: number): void {
  writeFileSync(join(dir, name), bytes);
  utimesSync(join(dir, name), modified / 1000, modified / 1000);
  files.set(name, { bytes, modified });
}
// the next plan period's plan, imported (its 2026 returns chosen beside the 2023 ones: another plan period)
const NEXT: Template = { ...(zs as Extract<Template, { kind: "indicators" }>), id: "imported-2025-2030-0000abcd", title: "舟山市“十五五”主要指标", baselineYear: 2025, targetYear: 2030, indicators: (zs as Extract<Template, { kind: "indicators" }>).indicators.slice(0, 12) };
async function returnBytes(unit: string, year: number, shift: number, plan: Template = zs, savedAt = T0): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan([plan], { year, reportingUnit: unit }));
  // the time the workbook records as saved (versionOrder reads it before the file's)
  wb.modified = new Date(savedAt);
  fillInputs(wb, sampleReturn(plan, year).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const T0 = Date.UTC(2024, 2, 1);
beforeAll(async () => {
  put("2023-定海区.xlsx", await returnBytes("定海区", 2023, 0), T0);
  put("2023-定海区(修改).xlsx", await returnBytes("定海区", 2023, 0.02, zs, T0 + 3600_000), T0 + 3600_000);
  put("2023-普陀区.xlsx", await returnBytes("普陀区", 2023, -0.05), T0);
  put("2023-岱山县.xlsx", await returnBytes("岱山县", 2023, 0.03), T0);
  put("2022-东港.xlsx", await returnBytes("东港", 2022, 0.01), T0);
  put("2024-嵊泗县.xlsx", await returnBytes("嵊泗县", 2024, 0.04), T0);
  put("2024-岱山县.xlsx", await returnBytes("岱山县", 2024, -0.02), T0);
  put("2026-定海区.xlsx", await returnBytes("定海区", 2026, 0.01, NEXT), T0);
  put("2026-普陀区.xlsx", await returnBytes("普陀区", 2026, 0.02, NEXT), T0);
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  put("空白工作簿.xlsx", Buffer.from(await empty.xlsx.writeBuffer()), T0);
  put("损坏.xlsx", Buffer.from("this is not a workbook"), T0);
}, 60000);

/** Actions over an empty open workbook that keep the plan written. */
const recording = () => recordingActions((p) => [p]);

const chosen = (names: readonly string[]): Array<{ name: string; modified: number; read: () => Promise<GridWorkbook> }> =>
  names.map((name) => ({ name, modified: files.get(name)?.modified ?? 0, read: () => readXlsxZip(files.get(name)!.bytes) }));

/** A cell as compared: null when empty, else what the reader read (its type and value or text). */
const shown = (v: CellValue | undefined): string | null => (v === undefined || v === null || (typeof v === "object" && "type" in v && v.type === "empty") ? null : JSON.stringify(v));

/** Each sheet's cells by row (a formula by its result: calculated), the own-sheet mark's column (row 1: plan-returns:evaluation:…) left out. */
function sheetValues(grid: GridWorkbook): Record<string, Array<Array<string | null>>> {
  const out: Record<string, Array<Array<string | null>>> = {};
  for (const s of grid.sheets) {
    const mark = (s.rows[0] ?? []).findIndex((v) => (shown(v) ?? "").includes("plan-returns:evaluation:"));
    const rows = formulaResults(s).map((r) => (mark < 0 ? r : r.filter((_, c) => c !== mark)).map(shown));
    // trailing empty cells and rows, as a reader leaves them out
    const trimmed = rows.map((r) => { const x = [...r]; while (x.length && x[x.length - 1] === null) x.pop(); return x; });
    while (trimmed.length && trimmed[trimmed.length - 1]!.length === 0) trimmed.pop();
    out[s.name] = trimmed;
  }
  return out;
}

/**
 * `report`'s lines and its .xlsx over a folder holding the same files (`--year` when given; a multi-selection stands for
 * a folder: a file named on its own that is no return is refused by the CLI), the folder cut off (the pane names a file by its name).
 */
let folders = 0;
async function report(names: readonly string[], lang: "zh" | "en", year?: number): Promise<{ code: number; lines: string[]; sheets: Record<string, Array<Array<string | null>>> }> {
  const folder = join(dir, `收到-${++folders}`);
  mkdirSync(folder);
  for (const n of names) {
    writeFileSync(join(folder, n), files.get(n)!.bytes);
    utimesSync(join(folder, n), files.get(n)!.modified / 1000, files.get(n)!.modified / 1000);
  }
  const out = join(dir, `评估-${folders}.xlsx`);
  const r = await cli("report", folder, ...(year ? ["--year", String(year)] : []), "--out", out, "--lang", lang);
  const text = (r.out + r.err).split(`${folder}/`).join("");
  const sheets = r.code === 0 ? sheetValues(await readXlsxZip(readFileSync(out))) : {};
  return { code: r.code, lines: text.split("\n").filter(Boolean), sheets };
}

const A_FOLDER = ["2023-定海区.xlsx", "2023-定海区(修改).xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx", "2022-东港.xlsx", "空白工作簿.xlsx"];
const TIED = ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2024-嵊泗县.xlsx", "2024-岱山县.xlsx"];

describe("评估所选文件 evaluates what report evaluates and says its lines", () => {
  test.each<[string, string[], "zh" | "en", number | undefined, number, RegExp]>([
    ["another year, two versions, a workbook that is no return", A_FOLDER, "zh", undefined, 3, /^东港：收到的文件无法评估（「填报说明」表的报告年份是 2022 年/],
    ["the same in English", A_FOLDER, "en", undefined, 3, /^东港: /],
    ["two years as many returns each: the later, as report --year 2024", TIED, "zh", 2024, 2, /^2023-定海区\.xlsx|^定海区：收到的文件无法评估/],
    ["the same in English", TIED, "en", 2024, 2, /^定海区: |^2023-定海区\.xlsx/],
  ])("%s (%s): report's sheets, and each of its lines but the head in the pane's", async (_name, names, lang, year, returns, special) => {
    const { a, written } = recording();
    const out = await evaluateChosenFiles(a, chosen(names), lang);
    if (!out.ok) throw new Error(out.message);
    const cli = await report(names, lang, year);
    expect(cli.code).toBe(0);
    expect(cli.lines[0]).toContain(lang === "en" ? `${returns} returns, year ${year ?? 2023}` : `${returns} 份，${year ?? 2023} 年度`);
    if (!("lead" in out)) throw new Error("no lead");
    // the count, the year taken and the files passed over lead, before the sheets written (trial37b F6); the paragraphs follow them
    const line = `${out.lead?.(lang) ?? ""} ${out.found(lang)}`;
    // every line report prints after its head (the paragraph, the versions set aside, each file passed over) is the pane's
    // another year's return: told the pane's way, not rollover's command (paneOtherYearFix, trial37c F7)
    for (const l of cli.lines.slice(1)) expect(line).toContain(paneOtherYearFix(l, lang, "report").replace(/^not evaluated/, "Not evaluated").replace(/^(.)/, (c) => (lang === "en" ? c.toUpperCase() : c)));
    expect(line).not.toContain("rollover");
    expect(cli.lines.some((l) => special.test(l))).toBe(true);
    // the tie said, with the year taken (the CLI asks for --year instead)
    expect(line.includes(lang === "en" ? "as of the later year, 2024" : "已按较新的 2024 年度评估")).toBe(year !== undefined);
    expect(written).toHaveLength(1);
    const pane = sheetValues(await readXlsxZip(await planToXlsx(written[0]!)));
    expect(Object.keys(pane)).toEqual(Object.keys(cli.sheets));
    expect(pane).toEqual(cli.sheets);
    expect(out.noted).toBe(true);
  });

  test.each<["zh" | "en", string]>([["zh", "损坏.xlsx"], ["en", "损坏.xlsx"]])("a file the reader refuses is passed over and named (%s), the rest evaluated", async (lang, bad) => {
    const { a, written } = recording();
    const out = await evaluateChosenFiles(a, chosen(["2023-定海区.xlsx", bad, "2023-普陀区.xlsx"]), lang);
    if (!out.ok) throw new Error(out.message);
    // named in the lead, before the sheets written (trial37b F6: after every unit's paragraph, behind 展开全文)
    expect("lead" in out ? out.lead?.(lang) : "").toContain(bad);
    expect(written).toHaveLength(1);
    expect(summaryLine(out, lang)).toMatch(lang === "en" ? /^Added: 县区对比, 评估-定海区, 评估-普陀区\.$/ : /^已生成：县区对比、评估-定海区、评估-普陀区。$/);
  });

  // session 40: the pane listed the returns of another plan period one a sentence, while report says them in one line
  // (unusableFileLines, trial39e F7); the pane has no --year to add
  test.each<["zh" | "en", string]>([
    ["zh", "未评估：2 份是另一规划期的填报（「舟山市“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2023 年）：2026-定海区.xlsx、2026-普陀区.xlsx；定海区、普陀区已按其另一份填报评估。"],
    ["en", "Not evaluated: 2 returns of another plan period (the 2026 returns of \"舟山市“十五五”主要指标\", whose plan period 2026–2030 (baseline 2025) does not hold 2023): 2026-定海区.xlsx, 2026-普陀区.xlsx; the other returns of 定海区, 普陀区 were evaluated."],
  ])("returns of another plan period among them (%s): one sentence in the lead, as report's one line", async (lang, said) => {
    const { a } = recording();
    const out = await evaluateChosenFiles(a, chosen(["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx", "2026-定海区.xlsx", "2026-普陀区.xlsx"]), lang);
    if (!out.ok) throw new Error(out.message);
    const lead = "lead" in out ? out.lead?.(lang) ?? "" : "";
    expect(lead.endsWith(said)).toBe(true);
    expect(lead.split("2026-定海区.xlsx")).toHaveLength(2);
  });

  test.each<[string, string[]]>([
    ["only files that are no return", ["空白工作簿.xlsx", "损坏.xlsx"]],
  ])("%s: refused, each named, nothing written", async (_name, names) => {
    const { a, written } = recording();
    const out = await evaluateChosenFiles(a, chosen(names), "zh");
    if (out.ok) throw new Error("evaluated");
    for (const n of names) expect(out.message).toContain(n);
    expect(out.inLang("en")).toContain(names[0]);
    expect(written).toEqual([]);
  });
});

describe("汇总所选文件 over two years as many returns each sums the later and says so", () => {
  test.each<["zh" | "en", RegExp]>([
    ["zh", /所选填报中 2023 年度与 2024 年度各 2 份，已按较新的 2024 年度汇总/],
    ["en", /The chosen returns are 2 each of 2023 and 2024: summed as of the later year, 2024/],
  ])("(%s) summed as summary --year 2024 sums them, the tie said, the other year's files named", async (lang, said) => {
    const { a, written } = recording();
    const out = await consolidate(a, chosen(TIED), lang);
    if (!out.ok) throw new Error(out.message);
    expect(summaryLine(out, lang)).toMatch(said);
    for (const f of ["2023-定海区.xlsx", "2023-普陀区.xlsx"]) expect(out.passedOver?.(lang)).toContain(f);
    const cli = await (await import("../support/cli")).cli("summary", ...TIED.map((n) => join(dir, n)), "--year", "2024", "--lang", lang);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain(lang === "en" ? "2 returns, year 2024" : "2 份，2024 年度");
    expect(written[0]?.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["汇总", "问题清单"]));
  });
});
