import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { summarize } from "../../src/sheet/summarize";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { SUMMARY_SHEET, internalLink, summaryWorkbookPlan, wrappedHeight } from "../../src/sheet/summarySheets";
import { catalog } from "../../src/templates/catalog";
import { titleWithRegion } from "../../src/templates/titleWithRegion";

/**
 * Session 32: in the summary's 按模板与领域统计 the 模板 column was 20 digits wide, so six of the seven catalogue
 * titles broke after a dozen characters (“十四五”公共服务主要指标⏎目标表). Each title now reads on one line, its
 * row one line high, and the sheet's columns still fit an A4 landscape page at 85 % or more.
 */
describe("汇总: each catalogue template's title on one line", () => {
  test.each(catalog().map((t) => [t.title, t] as const))("%s", async (_title, template) => {
    const wb = planToWorkbook(buildWorkbookPlan([template], { year: template.kind === "indicators" ? template.baselineYear + 2 : template.targetYear, reportingUnit: "定海区" }));
    const r = checkGrid(await readXlsxBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)));
    if (!r.ok) throw new Error(r.message);
    const s = summarize([{ file: "定海区.xlsx", report: r.report }]);
    if (!s.ok) throw new Error(s.message);
    const sheet = summaryWorkbookPlan(s.figures, (_f, name, cell) => internalLink(name, cell)).sheets.find((x) => x.name === SUMMARY_SHEET)!;
    // named as the return's sheets name it, its region in front where the title lacks it (trial39a F8)
    const shown = titleWithRegion(template);
    const cell = sheet.cells.find((c) => c.value === shown && /^A\d+$/.test(c.address));
    expect(cell).toBeDefined();
    const width = sheet.columns[0]?.width ?? 0;
    const row = Number(cell?.address.slice(1));
    expect([wrappedLines(shown, width), sheet.rowHeights[row]]).toEqual([1, wrappedHeight([["一", width]])]);
    // A4 landscape between 0.4" margins, in digits of the default font (columnPoints), at 85 %
    const total = sheet.columns.reduce((a, c) => a + c.width, 0);
    expect(total).toBeLessThanOrEqual(((((297 - 2 * 10.16) / 25.4) * 72) / 0.85 / 0.75 - 5 * sheet.columns.length) / 7);
  });
});
