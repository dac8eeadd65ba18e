/**
 * trial33p P3, P4, P5, P7: 汇总所选文件 over the files `summary a.xlsx b.xlsx …` is given sums what summary sums and
 * says summary's own lines. A return of another year among them is passed over with summary's reason and the pane's fix
 * (the pane refused, blaming a good file); a unit's two versions give the latest and 版本变化 (the pane refused them as
 * the same unit twice); every file that is no return is named at once, an empty workbook among them (the pane and the
 * CLI named one a try); the line says summary's totals (其中 N 项数值待核实) and versions, and the units alike in every value
 * (trial37c F6: one line per group, sameValueGroups). The CLI runs in-process over
 * the same bytes; its lines, their folder cut off, are looked for in the pane's.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { VERSIONS_SHEET } from "../../src/cycle/versionsSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { consolidate, type WriteOutcome } from "../../src/ui/shared/summaryActions";
import { summaryLine } from "../../src/ui/shared/summaryLine";
import { cli } from "../support/cli";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { recordingActions } from "./recordingActions";
import { paneOtherYearFix } from "./paneOtherYearFix";

const zs = findTemplate("zhoushan-2021-2025") as Template;
// the next plan period's plan, imported (its 2026 returns chosen beside the 2023 ones: another plan period)
const NEXT: Template = { ...(zs as Extract<Template, { kind: "indicators" }>), id: "imported-2025-2030-0000abcd", title: "舟山市“十五五”主要指标", baselineYear: 2025, targetYear: 2030, indicators: (zs as Extract<Template, { kind: "indicators" }>).indicators.slice(0, 12) };
const dir = mkdtempSync(join(tmpdir(), "chosen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each file's bytes, written into `dir` with its time (ms), as the pane's File gives lastModified. */
const files = new Map<string, { bytes: Buffer; modified: number }>();
async function put(name: string, wb: ExcelJS.Workbook, modified: number): Promise<void> {
  // saved then: the workbook records the time its file has (versionOrder reads the recorded one first)
  wb.modified = new Date(modified);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(join(dir, name), bytes);
  utimesSync(join(dir, name), modified / 1000, modified / 1000);
  files.set(name, { bytes, modified });
}
function returnBook(unit: string, year: number, shift: number, plan: Template = zs): ExcelJS.Workbook {
  const wb = planToWorkbook(buildWorkbookPlan([plan], { year, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(plan, year).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return wb;
}

const T0 = Date.UTC(2024, 2, 1);
beforeAll(async () => {
  await put("2023-定海区.xlsx", returnBook("定海区", 2023, 0), T0);
  await put("2023-定海区(修改).xlsx", returnBook("定海区", 2023, 0.02), T0 + 3600_000);
  await put("2023-普陀区.xlsx", returnBook("普陀区", 2023, -0.05), T0);
  await put("2023-岱山县.xlsx", returnBook("岱山县", 2023, 0.03), T0);
  // 普陀区's values under another unit's cover (trial37c F6: the pane said nothing of returns alike)
  await put("2023-嵊泗县.xlsx", returnBook("嵊泗县", 2023, -0.05), T0);
  await put("2022-东港.xlsx", returnBook("东港", 2022, 0.01), T0);
  await put("2023-衢江区.xlsx", returnBook("衢江区", 2023, 0, findTemplate("quzhou-2021-2025") as Template), T0);
  await put("2026-定海区.xlsx", returnBook("定海区", 2026, 0.01, NEXT), T0);
  await put("2026-普陀区.xlsx", returnBook("普陀区", 2026, 0.02, NEXT), T0);
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  await put("空白工作簿.xlsx", empty, T0);
  const note = new ExcelJS.Workbook();
  note.addWorksheet("Sheet1").getCell("A1").value = "报送说明";
  await put("说明.xlsx", note, T0);
}, 60000);

/** Actions over an empty open workbook that record what is written. */
const recording = () => recordingActions((p) => p.sheets.map((s) => s.name));

const chosen = (names: readonly string[]): Array<{ name: string; modified: number; read: () => Promise<GridWorkbook> }> =>
  names.map((name) => ({ name, modified: files.get(name)?.modified ?? 0, read: () => readXlsxZip(files.get(name)!.bytes) }));

/** The pane's whole line after 汇总所选文件, as onConsolidate puts it together (summaryLine, then the files passed over). */
function paneLine(out: Extract<WriteOutcome, { ok: true }>, lang: "zh" | "en"): string {
  const head = summaryLine(out, lang);
  return out.passedOver ? `${head}${lang === "en" ? " " : ""}${out.passedOver(lang)}` : head;
}

/** `summary`'s lines over the same files, the folder cut off (the pane names a file by its name), but its first (the head). */
async function cliLines(names: readonly string[], lang: "zh" | "en"): Promise<{ code: number; lines: string[] }> {
  const r = await cli("summary", ...names.map((n) => join(dir, n)), "--lang", lang);
  const text = (r.out + r.err).split(`${dir}/`).join("");
  return { code: r.code, lines: text.split("\n").filter(Boolean) };
}

describe("汇总所选文件 sums what summary sums and says its lines", () => {
  test.each<[string, string[], "zh" | "en", number, RegExp]>([
    ["a return of another year among them (P3)", ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx", "2022-东港.xlsx"], "zh", 3, /^东港：收到的文件无法汇总（「填报说明」表的报告年份是 2022 年/],
    ["the same in English", ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx", "2022-东港.xlsx"], "en", 3, /^东港: /],
    ["two versions of one county (P4)", ["2023-定海区.xlsx", "2023-定海区(修改).xlsx", "2023-普陀区.xlsx"], "zh", 2, /^定海区 收到 2 版，按最新一版（2023-定海区\(修改\)\.xlsx/],
    ["the same in English", ["2023-定海区.xlsx", "2023-定海区(修改).xlsx", "2023-普陀区.xlsx"], "en", 2, /^定海区 sent 2 versions/],
    ["two units alike in every value (trial37c F6)", ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-嵊泗县.xlsx"], "zh", 3, /^嵊泗县、普陀区 两个单位填报的数值完全相同（2023-嵊泗县\.xlsx、2023-普陀区\.xlsx）/],
    ["the same in English", ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-嵊泗县.xlsx"], "en", 3, /^嵊泗县 and 普陀区 sent exactly the same values/],
  ])("%s (%s): summed, and each of summary's lines but its head is in the pane's", async (_name, names, lang, units, special) => {
    const { a, written } = recording();
    const out = await consolidate(a, chosen(names), lang);
    if (!out.ok) throw new Error(out.message);
    const cli = await cliLines(names, lang);
    expect(cli.code).toBe(0);
    // the head names the count and year: the pane's sheets say that; every other line is said as summary says it
    expect(cli.lines[0]).toContain(lang === "en" ? `${units} returns, year 2023` : `${units} 份，2023 年度`);
    const line = paneLine(out, lang);
    // another year's return: told the pane's way, not rollover's command (paneOtherYearFix, trial37c F7)
    for (const l of cli.lines.slice(1).filter((x) => !x.startsWith("以上计数中") && !x.startsWith("Of these counts") && !/^(累计指标|cumulative rows)/.test(x))) expect(line).toContain(paneOtherYearFix(l, lang, "summary").replace(/^not summed/, "Not summed"));
    expect(line).not.toContain("rollover");
    expect(cli.lines.some((l) => special.test(l))).toBe(true);
    // the totals line (P7), which the loop above found as summary prints it
    expect(line).toMatch(lang === "en" ? /\. Met \d+ {2}On track/ : /。已达标 \d+ {2}符合序时进度/);
    expect(line).not.toMatch(/\s$/);
    // 版本变化 written beside 汇总 and 问题清单 when a unit sent two versions, as summary --out writes it
    expect(written.includes(VERSIONS_SHEET)).toBe(names.includes("2023-定海区(修改).xlsx"));
  });

  test.each<["zh" | "en"]>([["zh"], ["en"]])("several files that are no return (P5, %s): every one named at once, the rest summed", async (lang) => {
    const names = ["2023-定海区.xlsx", "空白工作簿.xlsx", "说明.xlsx", "2022-东港.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx"];
    const { a } = await Promise.resolve(recording());
    const out = await consolidate(a, chosen(names), lang);
    if (!out.ok) throw new Error(out.message);
    const passed = out.passedOver?.(lang) ?? "";
    for (const f of ["空白工作簿.xlsx", "说明.xlsx", "2022-东港.xlsx"]) expect(passed).toContain(f);
    expect(passed).not.toMatch(/定海区\.xlsx|普陀区\.xlsx|岱山县\.xlsx/);
    // session 41: one sentence a file, joined as every pane line is (paneSentences), not by hand with ； and left unended
    const sentences = passed.split(lang === "en" ? /(?<=\.) (?=[A-Z\u4e00-\u9fff])/ : /(?<=。)(?=[^。])/);
    expect(sentences).toHaveLength(3);
    for (const x of sentences) expect(x).toMatch(lang === "en" ? /^[^a-z].*\.$/ : /^[^。]+。$/);
    expect(passed).not.toMatch(/[；;] ?(未汇总|[Nn]ot summed)/);
  });

  // session 40: the pane listed the returns of another plan period one a sentence, while summary and report say them in one
  // line (unusableFileLines, trial39e F7); the pane's has no --year to add (it sums the year most chosen returns give)
  test.each<["zh" | "en", string, string]>([
    ["zh", "未汇总：2 份是另一规划期的填报（「舟山市“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2023 年）：2026-定海区.xlsx、2026-普陀区.xlsx；定海区、普陀区已按其另一份填报汇总。",
      "未汇总：2 份是另一规划期的填报（「舟山市“十五五”主要指标」的 2026 年度填报表，该规划的规划期为 2026–2030 年（基期 2025 年），不含 2023 年）："],
    ["en", "Not summed: 2 returns of another plan period (the 2026 returns of \"舟山市“十五五”主要指标\", whose plan period 2026–2030 (baseline 2025) does not hold 2023): 2026-定海区.xlsx, 2026-普陀区.xlsx; the other returns of 定海区, 普陀区 were summed.",
      "Not summed: 2 returns of another plan period (the 2026 returns of \"舟山市“十五五”主要指标\", whose plan period 2026–2030 (baseline 2025) does not hold 2023): "],
  ])("returns of another plan period among them (%s): one sentence, as summary's one line", async (lang, said, cliHead) => {
    const names = ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx", "2026-定海区.xlsx", "2026-普陀区.xlsx"];
    const { a } = recording();
    const out = await consolidate(a, chosen(names), lang);
    if (!out.ok) throw new Error(out.message);
    expect(out.passedOver?.(lang)).toBe(said);
    const cli = await cliLines(names, lang);
    expect(cli.lines.filter((l) => l.startsWith(cliHead))).toHaveLength(1);
  });

  // trial33p P5: the pane said only 空白工作簿.xlsx：…, and 衢江区's other plan on the next try
  test("a return on another plan and files that are no return: refused, every one named in the one line", async () => {
    const { a, written } = recording();
    const out = await consolidate(a, chosen(["2023-定海区.xlsx", "空白工作簿.xlsx", "2023-衢江区.xlsx", "说明.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx"]), "zh");
    if (out.ok) throw new Error("summed");
    for (const f of ["空白工作簿.xlsx", "2023-衢江区.xlsx：是另一规划", "说明.xlsx"]) expect(out.message).toContain(f);
    expect(out.message).not.toMatch(/\s$/);
    expect(written).toEqual([]);
  });

  test("only files that are no return: refused, each named", async () => {
    const { a, written } = recording();
    const out = await consolidate(a, chosen(["空白工作簿.xlsx", "说明.xlsx"]), "zh");
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.message).toContain("空白工作簿.xlsx");
    expect(out.message).toContain("说明.xlsx");
    expect(written).toEqual([]);
  });
});
