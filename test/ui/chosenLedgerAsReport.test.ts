/**
 * trial38 F3: 评估所选文件 with the 报送台账 chosen beside the returns uses it as `report --ledger` does (chosenLedger, one
 * home with 汇总所选文件): the units in the ledger's order, those that sent nothing 未报送, a unit outside it named, the
 * same 评估 sheets as the CLI's over the same files, and the ledger not passed over as 未评估（报送台账）. On main the pane
 * ordered the units by file name, named no unit 未报送 and listed the ledger as not evaluated. Two ledgers: refused.
 * The CLI runs in-process over the same bytes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { ledgerBookPlan } from "../../src/cycle/ledgerBook";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook, planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { chosenFilesEvaluation } from "../../src/ui/shared/chosenFilesEvaluation";
import { evaluateChosenFiles } from "../../src/ui/shared/evaluationActions";
import { cellText } from "../../src/domain/CellValue";
import { cli } from "../support/cli";
import { formulaResults } from "../support/formulaResults";
import { recordingActions } from "./recordingActions";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "chosen-ledger-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = new Map<string, Buffer>();
async function put(name: string, wb: ExcelJS.Workbook): Promise<void> {
  files.set(name, Buffer.from(await wb.xlsx.writeBuffer()));
}
function returnBook(unit: string, shift: number): ExcelJS.Workbook {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return wb;
}
const ledgerOf = (units: readonly string[], year = 2023): ExcelJS.Workbook =>
  planToWorkbook(ledgerBookPlan({ year, templates: [zs.id], units: units.map((unit) => ({ unit, file: `2023-${unit}.xlsx`, deadline: "2024-01-31" })) }));

// 新城 is no unit of the ledger; 嵊泗县 and 东港 never replied; the ledger's order is not the files' names' order
const RETURNS = ["2023-定海区.xlsx", "2023-普陀区.xlsx", "2023-岱山县.xlsx", "2023-新城.xlsx"];
const LEDGER = ["普陀区", "岱山县", "嵊泗县", "定海区", "东港"];
beforeAll(async () => {
  await put("2023-定海区.xlsx", returnBook("定海区", 0));
  await put("2023-普陀区.xlsx", returnBook("普陀区", -0.05));
  await put("2023-岱山县.xlsx", returnBook("岱山县", 0.03));
  await put("2023-新城.xlsx", returnBook("新城", 0.01));
  await put("报送台账.xlsx", ledgerOf(LEDGER));
  await put("报送台账2.xlsx", ledgerOf(["金塘"]));
  await put("2022报送台账.xlsx", ledgerOf(LEDGER, 2022));
}, 60000);

const chosen = (names: readonly string[]): Array<{ name: string; read: () => Promise<GridWorkbook> }> =>
  names.map((name) => ({ name, read: () => readXlsxZip(files.get(name)!) }));

/** Each sheet's cells by row as text (a formula by its result), the own-sheet mark (plan-returns:evaluation:…) and trailing empty cells left out. */
function sheetText(grid: GridWorkbook): Record<string, string[]> {
  return Object.fromEntries(grid.sheets.map((s) => [s.name, formulaResults(s).map((r) => r.map(cellText).filter((x) => !x.includes("plan-returns:evaluation:")).join("|").replace(/\|+$/, "")).filter((x) => x.replace(/\|/g, "") !== "")]));
}

/** `report <folder> --ledger 报送台账.xlsx --out x.xlsx`: its lines (the folder cut off) and its sheets. */
let runs = 0;
async function reportWithLedger(lang: "zh" | "en"): Promise<{ lines: string[]; sheets: Record<string, string[]> }> {
  const folder = join(dir, `收到-${++runs}`);
  mkdirSync(folder);
  for (const n of RETURNS) writeFileSync(join(folder, n), files.get(n)!);
  writeFileSync(join(dir, "报送台账.xlsx"), files.get("报送台账.xlsx")!);
  const out = join(dir, `评估-${runs}.xlsx`);
  const r = await cli("report", folder, "--ledger", join(dir, "报送台账.xlsx"), "--out", out, "--lang", lang);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
  return { lines: (r.out + r.err).split(`${folder}/`).join("").split("\n").filter(Boolean), sheets: sheetText(await readXlsxZip(readFileSync(out))) };
}

describe("评估所选文件 with the 报送台账 chosen uses it as report --ledger does", () => {
  test.each<["zh" | "en", RegExp, string, string]>([
    ["zh", /【嵊泗县】未报送。[\s\S]*【东港】未报送。/, "另有 1 个单位不在应报单位（台账或 --units）之中，其填报已一并评估：新城", "未报，请催报：嵊泗县、东港。"],
    ["en", /\[嵊泗县\] Not submitted\.[\s\S]*\[东港\] Not submitted\./, "1 unit not among the units expected (the ledger's or --units): its return evaluated too: 新城", "Not sent, to be chased: 嵊泗县, 东港."],
  ])("%s: the ledger's order, the units not sent (and report's 催报 line), the unit outside it, report's sheets; the ledger not 未评估", async (lang, notSent, unlisted, chased) => {
    const names = [...RETURNS, "报送台账.xlsx"];
    const set = chosenFilesEvaluation(await Promise.all(chosen(names).map(async (c) => ({ file: c.name, grid: await c.read() }))), [], lang);
    if (!set.ok) throw new Error("not evaluated");
    // on main: 东港… by file name, none 未报送, and 报送台账.xlsx among the files passed over
    expect(set.report.units.map((u) => u.unit)).toEqual([...LEDGER, "新城"]);
    expect(set.skipped ?? []).toEqual([]);

    const { a, written } = recordingActions((p) => [p]);
    const out = await evaluateChosenFiles(a, chosen(names), lang);
    if (!out.ok || !("lead" in out)) throw new Error(out.ok ? "no lead" : out.message);
    const line = `${out.lead?.(lang) ?? ""} ${out.found(lang)}`;
    expect(line).not.toContain("报送台账.xlsx");
    expect(line).toMatch(notSent);
    expect(line).toContain(unlisted);
    // report --ledger's 催报 line, as of today (reportChaseLines; trial38 F7)
    expect(line).toContain(chased);
    const cliRun = await reportWithLedger(lang);
    // every line report --ledger prints after its head is the pane's (its paragraph with 未报送, the unit outside the ledger)
    for (const l of cliRun.lines.slice(1)) expect(line).toContain(lang === "en" ? l.replace(/^(.)/, (c) => c.toUpperCase()) : l);
    expect(written).toHaveLength(1);
    expect(sheetText(await readXlsxZip(await planToXlsx(written[0]!)))).toEqual(cliRun.sheets);
  });

  test.each<["zh" | "en", RegExp]>([
    ["zh", /^所选文件中有 2 份报送台账（报送台账\.xlsx、报送台账2\.xlsx）：评估所选文件只按一份报送台账.*请只选其中一份再评估。$/],
    ["en", /^2 报送台账 ledgers are among the chosen files \(报送台账\.xlsx, 报送台账2\.xlsx\); Evaluate chosen files .*choose only one of them and evaluate again\.$/],
  ])("two ledgers chosen (%s): refused in one line, nothing written", async (lang, said) => {
    const { a, written } = recordingActions((p) => [p]);
    const out = await evaluateChosenFiles(a, chosen([...RETURNS, "报送台账.xlsx", "报送台账2.xlsx"]), lang);
    if (out.ok) throw new Error("evaluated");
    expect(out.message).toMatch(said);
    expect(written).toEqual([]);
  });

  // the CLI's refusal is a usage error naming --units; the pane's says what to choose (as 汇总所选文件's ledger_year)
  test.each<["zh" | "en", string]>([
    ["zh", "2022报送台账.xlsx：是 2022 年度的报送台账，而所选填报是 2023 年度，不能按它评估；请改选 2023 年度的报送台账，或不选报送台账再评估"],
    ["en", "2022报送台账.xlsx: the ledger of 2022, but the chosen returns are of 2023, so it cannot be used for them; choose the ledger of 2023 instead, or evaluate without a ledger"],
  ])("a ledger of another year (%s): refused in the pane's words, nothing written", async (lang, said) => {
    const { a, written } = recordingActions((p) => [p]);
    const out = await evaluateChosenFiles(a, chosen([...RETURNS, "2022报送台账.xlsx"]), lang);
    if (out.ok) throw new Error("evaluated");
    expect(out.message).toBe(said);
    expect(written).toEqual([]);
  });
});
