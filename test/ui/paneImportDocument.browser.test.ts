/**
 * trial39b F4: the CLI's `import` asks for the plan's document (--document); the pane's 导入 had no box for it and its
 * 读取 said nothing, so a pane-only user's returns gave the table's title alone as 来源 (填报说明 C7). 读取 now says so
 * in the pane's way (规划文件名称, then 载入), and the 规划文件名称 box, typed before 读取 or after it, names the
 * document on the cover as --document does. On the old code there was no such box and no such sentence.
 * Production bundle, headless Chromium, fakeOffice.js, 360 px.
 */
import type { Page } from "playwright-core";
import { openImportPane, untilIdle, type OpenPane } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { get(sheet: string, a1: string): { text?: string } } }
const TITLE = "青川县“十四五”文化和旅游发展主要指标表";
const TABLE = [TITLE, "类别\t序号\t指标\t单位\t2020年\t2025年\t属性", "文化事业\t1\t公共图书馆人均藏书量\t册\t0.85\t≥1.2\t预期性"].join("\n");
const PLAN = "青川县“十四五”文化和旅游发展规划";
const HINT_ZH = "要写明规划文件名称，请填在上方“规划文件名称”一格，再点“载入”。";
const HINT_EN = "to name the plan's document, type it in \"Plan document\" above, then click Load.";

const message = (page: Page): Promise<string> => page.locator("#message").innerText();

describe.each<[string, string, string, boolean, string]>([
  // why; typed before 读取; typed after it; said at 读取; the cover's 来源
  ["none typed", "", "", true, TITLE],
  ["typed before 读取", PLAN, PLAN, false, `${PLAN} ${TITLE}`],
  ["typed after 读取, as the sentence says", "", PLAN, true, `${PLAN} ${TITLE}`],
])("导入 › 规划文件名称: %s", (_why, before, after, said, source) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1000, { fields: { "year-input": "2023" } });
    page = pane.page;
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });

  it("读取 says what the CLI says, the pane's way (zh, en)", async () => {
    expect(await page.locator('label[for="import-document-input"]').innerText()).toBe("规划文件名称（可选）");
    await page.fill("#import-document-input", before);
    await page.fill("#import-text", TABLE);
    await page.click("#import-read-button");
    await untilIdle(page, /^读出 1 项指标/);
    const zh = await message(page);
    expect(zh.includes(HINT_ZH)).toBe(said);
    expect(zh).not.toContain("--document");
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await untilIdle(page, /indicators? read/);
    expect(await page.locator('label[for="import-document-input"]').innerText()).toBe("Plan document (optional)");
    expect((await message(page)).includes(HINT_EN)).toBe(said);
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  });

  it("载入 names the document on the cover's 来源", async () => {
    await page.fill("#import-document-input", after);
    await page.click("#import-load-button");
    await untilIdle(page, /^已加载/);
    const cell = await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.get("填报说明", "C7"));
    expect(cell.text).toBe(source);
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
