/**
 * trial37b F5: 汇总所选文件 with the 报送台账 chosen beside the returns uses it as `summary --ledger` does: the units that
 * never replied are named to chase (未报，请催报), the counts by state said, and the 报送台账 sheet written with the summary,
 * the same units and states as the CLI's over the same files (the pane said only 未汇总（报送台账）：报送台账.xlsx). Two
 * ledgers chosen: refused in one line, nothing written. The CLI runs in-process over the same bytes.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { ledgerBookPlan } from "../../src/cycle/ledgerBook";
import { LEDGER_SHEET } from "../../src/cycle/ledgerSheet";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { cellText } from "../../src/domain/CellValue";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { consolidate, type WriteOutcome } from "../../src/ui/shared/summaryActions";
import { summaryLine } from "../../src/ui/shared/summaryLine";
import { cli } from "../support/cli";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { recordingActions } from "./recordingActions";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "chosen-ledger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = new Map<string, Buffer>();
async function put(name: string, wb: ExcelJS.Workbook): Promise<void> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(join(dir, name), bytes);
  utimesSync(join(dir, name), Date.UTC(2024, 2, 1) / 1000, Date.UTC(2024, 2, 1) / 1000);
  files.set(name, bytes);
}
function returnBook(unit: string, shift: number): ExcelJS.Workbook {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return wb;
}
const ledgerOf = (units: readonly string[]): ExcelJS.Workbook =>
  planToWorkbook(ledgerBookPlan({ year: 2023, templates: [zs.id], units: units.map((unit) => ({ unit, file: `2023-${unit}.xlsx`, deadline: "2024-01-31" })) }));

const RETURNS = ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx"];
beforeAll(async () => {
  await put("2023-定海区.xlsx", returnBook("定海区", 0));
  await put("2023-普陀区.xlsx", returnBook("普陀区", -0.05));
  // sent back as distributed: received, counted 未报 (收到空表)
  await put("2023-岱山县.xlsx", planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "岱山县" })));
  // 嵊泗县 and 东港 never replied
  await put("报送台账.xlsx", ledgerOf(["定海区", "普陀区", "岱山县", "嵊泗县", "东港"]));
  await put("报送台账2.xlsx", ledgerOf(["新城"]));
}, 60000);

/** Actions over an empty open workbook that record the sheets planned. */
const recording = () => recordingActions((p) => p.sheets);
const chosen = (names: readonly string[]): Array<{ name: string; read: () => Promise<GridWorkbook> }> =>
  names.map((name) => ({ name, read: () => readXlsxZip(files.get(name)!) }));

/** The pane's whole line after 汇总所选文件, as onConsolidate puts it together. */
function paneLine(out: Extract<WriteOutcome, { ok: true }>, lang: "zh" | "en"): string {
  const head = summaryLine(out, lang);
  return out.passedOver ? `${head}${lang === "en" ? " " : ""}${out.passedOver(lang)}` : head;
}

/** Each unit's row of a 报送台账 sheet (序号 1 on), its cells A to P joined by "|". */
function ledgerRows(cells: ReadonlyMap<string, string>): string[] {
  const rows: string[] = [];
  for (let r = 1; r < 100; r++) if (cells.get(`A${r}`) === String(rows.length + 1)) rows.push("ABCDEFGHIJKLMNOP".split("").map((c) => cells.get(`${c}${r}`) ?? "").join("|"));
  return rows;
}
const plannedCells = (s: PlannedSheet): Map<string, string> => new Map(s.cells.map((c) => [c.address, c.value === undefined || c.value === null ? "" : String(c.value)]));

describe("汇总所选文件 with the 报送台账 chosen uses it as summary --ledger does", () => {
  test.each<["zh" | "en", RegExp]>([
    ["zh", /未报，请催报：嵊泗县、东港/],
    ["en", /Not sent, to be chased: 嵊泗县, 东港/],
  ])("%s: the units not sent named, the ledger's lines as summary's, its 报送台账 sheet as summary --out writes it", async (lang, notSent) => {
    const { a, written } = recording();
    const out = await consolidate(a, chosen([...RETURNS, "报送台账.xlsx"]), lang);
    if (!out.ok) throw new Error(out.message);
    const line = paneLine(out, lang);
    expect(line).toMatch(notSent);
    // the ledger is used, not passed over as 未汇总（报送台账）
    expect(line).not.toContain("报送台账.xlsx");
    const summary = join(dir, `汇总-${lang}.xlsx`);
    const r = await cli("summary", ...RETURNS.map((n) => join(dir, n)), "--ledger", join(dir, "报送台账.xlsx"), "--out", summary, "--force", "--lang", lang);
    expect(r.code).toBe(0);
    // every line summary prints on the ledger (报送台账：应报 5…, 未报，请催报…) is in the pane's, the counts line only
    // counting the unit received and counted 未报 that the 催报 line names with why (trial37c F7, session 38: said once)
    const cliLines = r.out.split("\n").filter((l) => /^(报送台账：|Ledger \(报送台账\)|未报，请催报|Not sent, to be chased)/.test(l));
    expect(cliLines.length).toBe(2);
    expect(cliLines[0]).toContain(lang === "en" ? "3 received (1 of them counted as not sent, named below among those to be chased); not sent 3" : "收到 3 份（其中 1 份按未报，见催报）；未报 3");
    for (const l of cliLines) expect(line).toContain(l);
    // 岱山县's blank return said once, on the 催报 line, not also in the counts or a 其中 sentence
    expect(line.split(lang === "en" ? "sent back blank" : "收到空表")).toHaveLength(2);
    // the units to chase before the totals by status: in the lines the folded message shows
    expect(line.indexOf(lang === "en" ? "Not sent, to be chased" : "未报，请催报")).toBeLessThan(line.indexOf(lang === "en" ? "Met " : "已达标"));
    // the file read as the ledger, for the chosen files' line (已选择 … 另 1 份是报送台账)
    expect(out.ledger).toBe("报送台账.xlsx");
    // the 报送台账 sheet written: the same units and states, in the ledger's order, as summary --out's
    const sheet = written.find((s) => s.name === LEDGER_SHEET);
    if (!sheet) throw new Error(`no ${LEDGER_SHEET} among ${written.map((s) => s.name).join(",")}`);
    const book = await readXlsxZip(await import("node:fs").then((fs) => fs.readFileSync(summary)));
    const cliSheet = book.sheets.find((s) => s.name === LEDGER_SHEET);
    if (!cliSheet) throw new Error("summary --out wrote no 报送台账");
    const cliCells = new Map<string, string>();
    cliSheet.rows.forEach((row, i) => row.forEach((v, j) => cliCells.set(`${String.fromCharCode(65 + j)}${i + 1}`, cellText(v))));
    expect(ledgerRows(plannedCells(sheet))).toEqual(ledgerRows(cliCells));
    const rows = ledgerRows(cliCells);
    expect(rows.map((x) => x.split("|")[1])).toEqual(["定海区", "普陀区", "岱山县（收到空表）", "嵊泗县", "东港"]);
    for (const x of rows.slice(2)) expect(x).toContain("|未报|");
  });

  test.each<["zh" | "en", RegExp]>([
    ["zh", /^所选文件中有 2 份报送台账（报送台账\.xlsx、报送台账2\.xlsx）：.*请只选其中一份再汇总。$/],
    ["en", /^2 报送台账 ledgers are among the chosen files \(报送台账\.xlsx, 报送台账2\.xlsx\); .*choose only one of them and summarise again\.$/],
  ])("two ledgers chosen (%s): refused in one line, nothing written", async (lang, said) => {
    const { a, written } = recording();
    const out = await consolidate(a, chosen([...RETURNS, "报送台账.xlsx", "报送台账2.xlsx"]), lang);
    if (out.ok) throw new Error("summed");
    expect(out.message).toMatch(said);
    expect(written).toEqual([]);
  });
});
