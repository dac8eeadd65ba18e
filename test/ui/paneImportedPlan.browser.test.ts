/**
 * An imported plan in the pane (trial 25c, /tmp/trial25c/run2.js, run3.js): the 《“健康中国2030”规划纲要》 table
 * (test/fixtures/tables/health-china-2016-2020.txt, 2015 → 2020 with a 2030 column) read and loaded for 2019.
 * 读取 said 未载入 1 行，需核对 4 行 where the list held the 2030年 column and line 10 twice; a second 载入 with
 * a year outside the plan threw the focus to <body>; after 载入 the template list still read its placeholder (请选择模板…)
 * and 加载模板 for 2020 said 请先选择填报模板。, so the plan could not be rolled over. Production bundle,
 * headless Chromium, fakeOffice.js, 330 px.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { messageText, openImportPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const TABLE = fs.readFileSync(path.join(ROOT, "test/fixtures/tables/health-china-2016-2020.txt"), "utf8");

interface FakeWindow { __fakeWorkbook: { grid(): { sheets: Array<{ name: string }> }; log: { applies: unknown[] } } }

const focused = (page: Page): Promise<string> => page.evaluate(() => {
  const e = document.activeElement as HTMLElement | null;
  return !e || e === document.body ? "body" : e.id ? `#${e.id}` : e.tagName.toLowerCase();
});

describe("an imported plan: counts as listed, focus on a refused year, rolled over from 加载模板", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(330, 800, { fields: { "unit-input": "某县" }, read: { text: TABLE, done: /^读出 13 项指标/ } });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("读取's counts are those of the lists shown (the 2030年 column, line 10's two notes, line 12's 左右 met at its baseline, the directions guessed from the numbers)", async () => {
    const shown = await Promise.all(["unread-not-loaded", "unread-to-check"].map((c) => page.locator(`#import-unread .${c} li`).count()));
    expect(shown).toEqual([1, 6]);
    expect(await messageText(page)).toContain(`未载入 ${shown[0] ?? 0} 处，需核对 ${shown[1] ?? 0} 处`);
    expect(await page.locator("#import-unread h3").allInnerTexts()).toEqual([`未载入（${shown[0] ?? 0} 处）`, `已载入，请核对（${shown[1] ?? 0} 处）`]);
  });

  it.each([
    ["no year", ""],
    ["a year outside 2016–2020", "2023"],
  ])("载入 with %s: the year field is focused, nothing written", async (_what, year) => {
    await page.click("#tab-fill");
    await page.fill("#year-input", year);
    await page.click("#tab-import");
    await page.focus("#import-load-button");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
    expect(await messageText(page)).toBe("未加载：请看“填报年度”下的说明。");
    expect(await focused(page)).toBe("#year-input");
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.log.applies.length)).toBe(0);
  });

  it("once loaded for 2019 the plan is the chosen template, and 加载模板 for 2020 rolls it over", async () => {
    await page.click("#tab-fill");
    await page.fill("#year-input", "2019");
    await page.click("#tab-import");
    await page.click("#import-load-button");
    await untilIdle(page, /^已加载/);
    await page.click("#tab-fill");
    const chosen = await page.locator("#template-select").evaluate((s: HTMLSelectElement) => ({ value: s.value, label: s.selectedOptions[0]?.textContent ?? "" }));
    expect(chosen.value).not.toBe("");
    expect(chosen.label).toContain("健康中国建设主要指标");
    await page.fill("#year-input", "2020");
    await page.click("#load-button");
    await page.locator("#roll-dialog").waitFor({ state: "visible" });
    await page.click("#roll-ok");
    await untilIdle(page, /已改为 2020 年度/);
    const sheets = await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.grid().sheets.map((s) => s.name));
    // rolled in place: no second copy of the plan's sheet
    expect(sheets.filter((n) => n.includes("健康中国建设主要指标"))).toHaveLength(1);
  });
});
