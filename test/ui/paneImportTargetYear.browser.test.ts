/**
 * 目标年份 in the pane's import (import --target-year): 《健康中国建设主要指标》 `2015年 2020年 2030年` read 2020 as
 * its target and said the 2030 column was a vision not loaded, and the pane had no way to take 2030 (nor, under a
 * title naming 2030, 2020). A table offering several target years now shows a select beside 标题 / 地区, the year
 * read selected; choosing another reads the table again with it (asking first over the preview's edits), and 读取
 * keeps the chosen year. A table of one target year shows none. Production bundle, headless Chromium, fakeOffice.js, 330 px.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { messageText, openImportPane, readImport, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const HEALTH = fs.readFileSync(path.join(ROOT, "test/fixtures/tables/health-china-2016-2020.txt"), "utf8");
const TITLED_2030 = HEALTH.replace("健康中国建设主要指标", "“健康中国2030”规划纲要主要指标");
const ONE_YEAR = fs.readFileSync(path.join(ROOT, "test/fixtures/tables/chunan-2021-2025.txt"), "utf8");

/** 目标年份 as shown: hidden, or its years and the one selected. */
async function targetYear(page: Page): Promise<{ shown: boolean; years: string[]; selected: string }> {
  return page.evaluate(() => {
    const select = document.getElementById("import-target-year") as HTMLSelectElement;
    const shown = !select.closest("[hidden]") && select.getClientRects().length > 0;
    return { shown, years: Array.from(select.options).map((o) => o.value), selected: shown ? select.value : "" };
  });
}

/** Row 1's (人均预期寿命) target in the preview, and the codes of the lines said about the header. */
async function read(page: Page): Promise<{ target: string; codes: string[] }> {
  const target = await page.locator("#import-rows tr[data-id]").first().locator('input[data-field="target"]').inputValue();
  const codes = await page.locator("#import-unread li").evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.code ?? "").filter((c) => /^(column-vision|target-choice)$/.test(c)));
  return { target, codes };
}

async function choose(page: Page, year: string): Promise<void> {
  await page.focus("#import-target-year");
  await page.selectOption("#import-target-year", year);
  await untilIdle(page, /^读出 \d+ 项指标/);
}

describe("目标年份 in the import preview at 330 px", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(330, 900);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  test.each([
    ["健康中国建设主要指标 (no year in the title)", HEALTH, /^读出 13 项指标/, { shown: true, years: ["2020", "2030"], selected: "2020" }, { target: "77.3", codes: ["column-vision"] }],
    ["“健康中国2030”规划纲要 (the title names 2030)", TITLED_2030, /^读出 13 项指标/, { shown: true, years: ["2020", "2030"], selected: "2030" }, { target: "79.0", codes: ["target-choice"] }],
    ["淳安 2021–2025 (one target year)", ONE_YEAR, /^读出 15 项指标/, { shown: false, years: [], selected: "" }, null],
  ])("%s: 读取 shows the years offered, the one read selected", async (_name, text, counted, shown, got) => {
    await readImport(page, text, counted);
    expect(await targetYear(page)).toEqual(shown);
    if (got) expect(await read(page)).toEqual(got);
  });

  test.each([
    ["2030", HEALTH, { target: "79.0", codes: ["target-choice"] }],
    ["2020", HEALTH, { target: "77.3", codes: ["target-choice"] }],
    ["2020", TITLED_2030, { target: "77.3", codes: ["target-choice"] }],
  ])("choosing %s reads the table again with it", async (year, text, got) => {
    await readImport(page, text, /^读出 13 项指标/);
    await choose(page, year);
    expect(await read(page)).toEqual(got);
    expect((await targetYear(page)).selected).toBe(year);
    // focus stays on the select (the person may go on choosing with the keyboard)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("import-target-year");
  });

  it("读取 keeps the year chosen; a table without it reads its own", async () => {
    await readImport(page, HEALTH, /^读出 13 项指标/);
    await choose(page, "2030");
    await page.click("#import-read-button");
    await untilIdle(page, /^读出 13 项指标/);
    expect([(await targetYear(page)).selected, (await read(page)).target]).toEqual(["2030", "79.0"]);
    await readImport(page, ONE_YEAR, /^读出 15 项指标/);
    expect((await targetYear(page)).shown).toBe(false);
    await readImport(page, HEALTH, /^读出 13 项指标/);
    expect((await targetYear(page)).selected).toBe("2020");
  });

  test.each([
    ["取消 keeps the edit and the year read", "#reread-cancel", { target: "78", year: "2020" }],
    ["重新读取 reads with the year chosen", "#reread-ok", { target: "79.0", year: "2030" }],
  ])("over an edited target, choosing 2030 asks first: %s", async (_name, button, after) => {
    await readImport(page, HEALTH, /^读出 13 项指标/);
    const target = page.locator("#import-rows tr[data-id]").first().locator('input[data-field="target"]');
    await target.fill("78");
    await target.press("Tab");
    await page.focus("#import-target-year");
    await page.selectOption("#import-target-year", "2030");
    await page.locator("#reread-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#reread-text").innerText()).toContain("已修改 1 行");
    await page.click(button);
    await page.locator("#reread-dialog").waitFor({ state: "hidden" });
    if (button === "#reread-ok") await untilIdle(page, /^读出 13 项指标/);
    else expect(await messageText(page)).toContain("预览中的修改都保留");
    expect({ target: await target.inputValue(), year: (await targetYear(page)).selected }).toEqual(after);
    // the edit undone: the next 读取 reads at once
    await target.fill(await target.inputValue() === "78" ? "77.3" : await target.inputValue());
    await target.press("Tab");
  });

  test.each([
    ["zh", "目标年份"],
    ["en", "Target year"],
  ])("(%s) the select is labelled %s and the row fits the pane", async (lang, label) => {
    await readImport(page, HEALTH, /^读出 13 项指标/);
    if (lang === "en") await page.click("#lang-toggle");
    expect(await page.locator('label[for="import-target-year"]').innerText()).toBe(label);
    const fits = await page.evaluate(() => {
      const row = (document.getElementById("import-target-year") as HTMLElement).closest(".field-row") as HTMLElement;
      const boxes = Array.from(row.querySelectorAll("input, select")).map((e) => e.getBoundingClientRect());
      // one row: three controls side by side, each inside the pane and apart
      return boxes.every((b, i) => b.right <= innerWidth && b.width >= 60 && (i === 0 || b.left >= (boxes[i - 1]?.right ?? 0)));
    });
    expect(fits).toBe(true);
    fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, `test/out/pane-import-target-year-${lang}.png`) });
    if (lang === "en") await page.click("#lang-toggle");
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
