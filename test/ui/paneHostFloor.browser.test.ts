/**
 * The pane in an Excel below the add-in's floor (ExcelApi 1.8: Excel 2016 without updates, where the
 * manifest's requirement was not enforced): one clear line at once, in Office's display language, and
 * nothing sent to Excel when a button is clicked; at the floor the pane starts as usual (in English on
 * an English Office). Production bundle, headless Chromium, fakeOffice.js (window.__fakeExcelApi).
 */
import { openPane, type OpenPane } from "./paneHarness";

type Fake = { __fakeWorkbook: { sheetNames(): string[]; log: { applies: unknown[] } } };

describe("the pane and the Excel version (scripted Office host)", () => {
  test.each<[string, string, number, string, "error" | "info"]>([
    ["zh-CN, ExcelApi 1.7", "zh-CN", 1.7, "此 Excel 版本过旧，规划指标填报助手无法在其中工作（需要 Excel 2019 及以上", "error"],
    ["en-US, ExcelApi 1.7", "en-US", 1.7, "This version of Excel is too old for Plan Indicator Returns (it needs Excel 2019 or later", "error"],
    ["en-US, ExcelApi 1.8", "en-US", 1.8, "Ready", "info"],
  ])("%s", async (_d, language, api, first, kind) => {
    let pane: OpenPane | undefined;
    try {
      pane = await openPane(350, 800, async (page) => {
        await page.addInitScript(([l, v]) => {
          const w = window as unknown as { __fakeDisplayLanguage: string; __fakeExcelApi: number };
          w.__fakeDisplayLanguage = String(l);
          w.__fakeExcelApi = Number(v);
        }, [language, api]);
      }, first);
      const { page } = pane;
      const bar = page.locator("#message");
      expect(await bar.textContent()).toMatch(new RegExp(`^${first.replace(/[()]/g, "\\$&")}`));
      expect(await bar.getAttribute("class")).toContain(`is-${kind}`);
      // 读取选中区域 needs Excel: offered only when the pane can use it
      expect(await page.$eval("#import-range-button", (b) => (b as HTMLElement).hidden)).toBe(kind === "error");
      if (kind === "error") {
        // a click says the same line again and sends Excel nothing
        await page.selectOption("#template-select", { index: 1 });
        await page.fill("#year-input", "2023");
        await page.click("#load-button");
        await page.click("#tab-check");
        await page.click("#check-button");
        expect(await bar.textContent()).toMatch(new RegExp(`^${first.replace(/[()]/g, "\\$&")}`));
        expect(await page.evaluate(() => (window as unknown as Fake).__fakeWorkbook.log.applies.length)).toBe(0);
      }
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane?.close();
    }
  });
});
