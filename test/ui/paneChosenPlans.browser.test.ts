/**
 * trial32p: 汇总所选文件 with a return on each of two plans and a fake .xlsx refused with the CLI's words
 * (请把不用的文件移出文件夹（或只列出要用的文件）后再汇总: the pane has no folder) and did not name the fake file. The
 * pane says to choose the files again and names every file it could not read, in either language. Production bundle,
 * headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { messageText, openPane, type OpenPane } from "./paneHarness";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function returnFile(template: string, unit: string): Promise<Buffer> {
  const tpl = findTemplate(template) as Template;
  const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(tpl, 2023));
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

const sheetNames = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __fakeWorkbook: { sheetNames(): string[] } }).__fakeWorkbook.sheetNames());

describe("汇总所选文件 over two plans and a file it cannot read", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(400, 900);
    page = pane.page;
    await page.click("#tab-summary");
    await page.setInputFiles("#summary-files", [
      { name: "定海区.xlsx", mimeType: XLSX_MIME, buffer: await returnFile("zhoushan-2021-2025", "定海区") },
      { name: "fake.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from("this is not a workbook") },
      { name: "柯城区.xlsx", mimeType: XLSX_MIME, buffer: await returnFile("quzhou-2021-2025", "柯城区") },
    ]);
    await page.click("#consolidate-button");
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
  });

  afterAll(async () => {
    await pane?.close();
  });

  test.each<[string, string[], RegExp]>([
    ["zh", ["这些填报分属 2 个规划", "请重新选择文件（只选要用的）后再汇总", "未汇总：fake.xlsx："], /文件夹|只列出/],
    ["en", ["These returns are on 2 plans", "choose the files again (only those to use) and summarise again", "Not summed: fake.xlsx: "], /folder|name only/],
  ])("(%s) the pane's advice, the plans' files and the unreadable one named; nothing written", async (lang, said, cli) => {
    if (lang === "en") await page.click("#lang-toggle");
    const text = await messageText(page);
    if (lang === "en") await page.click("#lang-toggle");
    for (const s of said) expect(text).toContain(s);
    expect(text).toContain("定海区.xlsx");
    expect(text).toContain("柯城区.xlsx");
    expect(text).not.toMatch(cli);
    expect(await sheetNames(page)).not.toContain("汇总");
    expect(pane.pageErrors).toEqual([]);
  });
});
