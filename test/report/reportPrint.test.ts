import * as docx from "docx";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { reportDocx } from "../../src/cli/reportDocx";
import { reportTitle } from "../../src/cli/runReport";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import type { EvaluationReport } from "../../src/sheet/EvaluationReport";
import { evaluationSheet, evaluationWorkbookPlan } from "../../src/sheet/evaluationSheets";
import { columnPoints } from "../../src/sheet/printSetup";
import { STYLES } from "../../src/sheet/styles";
import { PROGRESS_FORMAT } from "../../src/sheet/progressFormat";
import { convert } from "../support/libreoffice";
import { requireTool } from "../support/requireTool";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The printed report as a leader gets it (a fresh user's trial): the Word 附表 never breaks a number
 * over two lines ("<0.02 / 0", "（202 / 3 年"); the 评估 sheet prints on one landscape page width with
 * its title whole, at a legible scale; its 基期值, actual, 进度 and 序时进度 are numbers with formats.
 */
const rows: RowFacts[] = [
  { name: "生产安全事故死亡人数", attribute: "约束性", unit: "人", baseline: "45", target: "≤38", values: { 2021: 44, 2022: 44, 2023: 43, 2024: 42, 2025: 40 }, domain: "安全生产" },
  { name: "亿元GDP生产安全事故死亡率", attribute: "约束性", unit: "人/亿元", baseline: "0.030", target: "<0.020", values: { 2021: 0.029, 2022: 0.028, 2023: 0.027, 2024: 0.025, 2025: 0.021 }, domain: "安全生产" },
  { name: "综合减灾示范社区", attribute: "预期性", unit: "个", baseline: "/", target: "[30]", values: { 2021: 3, 2022: 4, 2023: 4, 2024: 6, 2025: 8 }, domain: "防灾减灾" },
  { name: "年均每百万人口因自然灾害死亡率", attribute: "预期性", unit: "人/百万人", baseline: "0.8", target: "<1", values: { 2021: 0.9, 2022: 1.1, 2023: 1.2, 2024: 1, 2025: 0.9 }, domain: "防灾减灾" },
  { name: "应急避难场所覆盖率", attribute: "约束性", unit: "%", baseline: "60", target: "≥80", values: { 2021: 62, 2022: 65, 2023: 68, 2024: 75, 2025: 81 }, domain: "防灾减灾" },
];
const report = (year: number): EvaluationReport => {
  const c = combineEvaluations([returnOf("东港区", rows, year)]);
  if (!c.ok) throw new Error("not combined");
  return c.report;
};
/** A4 landscape between the sheet's 0.4" margins, in points (writeXlsx). */
const PRINTABLE = ((297 - 2 * 0.4 * 25.4) / 25.4) * 72;

describe("the 评估 sheet: one page wide, legible, numbers as numbers", () => {
  test.each([
    ["2023 (Y < T)", 2023],
    ["2025 (Y = T): no forecast column", 2025],
  ] as const)("%s", (_why, year) => {
    const sheet = evaluationSheet(report(year).returns[0]!, "评估");
    expect(sheet.print).toEqual({ landscape: true, fitToWidth: true, titleRows: "4:4", footer: "第 &P 页，共 &N 页" });
    // at one page wide it prints at 78 % or more (10 pt text at about 8 pt)
    const width = sheet.columns.reduce((a, c) => a + columnPoints(c.width), 0);
    expect(PRINTABLE / width).toBeGreaterThanOrEqual(0.78);
    // the paragraph spans the printed width
    expect(sheet.merges[0]).toBe(`B2:${String.fromCharCode(64 + sheet.columns.length)}2`);
    const at = (a: string) => sheet.cells.find((c) => c.address === a);
    // row 6: 亿元GDP…死亡率, baseline 0.030 (as written), actual, 进度, 序时进度
    expect([at("E6")?.value, at("E6")?.numFmt]).toEqual([0.03, "0.000"]);
    expect(at("G6")?.value).toBe(year === 2023 ? 0.027 : 0.021);
    expect([typeof at("H6")?.value, at("H6")?.style]).toEqual(["number", "progress"]);
    // 序时进度 in I before T; at T (the 期末评估) no such column, 评估 there (trial39e F6: 100% on every row)
    expect([at("I6")?.value, at("I6")?.style]).toEqual(year === 2023 ? [0.6, "progress"] : ["未完成", "text"]);
    expect(STYLES.progress.numFmt).toBe(PROGRESS_FORMAT);
    // a cumulative target's actual stays its words, on its two lines (累计 11 / （2023 年 4）), the target its text
    expect(at("G7")?.value).toMatch(/^累计\u00a0\d+\n（\d{4}\u00a0年 /);
    expect(at("F6")?.value).toBe("<0.020");
  });
});

describe("rendered by LibreOffice, nothing breaks a number and the sheet is one page wide", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-print-"));
  const pdfText = (pdf: string, page?: number): string =>
    execFileSync(join(dirname(requireTool("pdftoppm")), "pdftotext"), [...(page ? ["-f", String(page), "-l", String(page)] : []), "-layout", pdf, "-"], { encoding: "utf8" });
  test.each([
    ["the Word 附表", "docx", ["<0.020", "（2023", "0.0035", "约束性", "滞后于预期", "28.6%"]],
    ["the 评估 sheet, page 1", "xlsx", ["东港区 2023 年规划指标实施情况评估", "<0.020", "趋势", "说明", "(基期)", "28.6%"]],
  ] as const)("%s", async (_why, kind, whole) => {
    const r = report(2023);
    const file = join(dir, `东港区.${kind}`);
    writeFileSync(file, kind === "docx" ? await reportDocx(docx, r, reportTitle(r)) : await planToXlsx(evaluationWorkbookPlan(r)));
    convert([file], "pdf", dir);
    const pdf = file.replace(/\.\w+$/, ".pdf");
    const text = kind === "docx" ? pdfText(pdf).slice(pdfText(pdf).indexOf("附表")) : pdfText(pdf, 1);
    for (const token of whole) expect(text).toContain(token);
  });
});
