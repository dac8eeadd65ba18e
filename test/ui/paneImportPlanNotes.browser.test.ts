/**
 * trial34 F5: the plan's footnote below its table (注：①〔〕内为五年累计数。…) is kept as 规划表注 on every return's
 * 填报说明 sheet; 读取 said nothing of it, so it looked dropped. The pane now says it, in the words `import` prints
 * (importNoteText), in Chinese and, after the language toggle, in English; a table without notes says nothing of them.
 * Production bundle, headless Chromium, fakeOffice.js, 360 px.
 */
import type { Page } from "playwright-core";
import { openImportPane, readImport, untilIdle, type OpenPane } from "./paneHarness";

const TABLE = [
  "青川县“十四五”文化和旅游发展主要指标表",
  "类别\t序号\t指标\t单位\t2020年\t2025年\t属性",
  "文化事业\t1\t公共图书馆人均藏书量\t册\t0.85\t≥1.2\t预期性",
  "旅游发展\t2\t接待游客总人次\t万人次\t420\t〔3000〕\t预期性",
].join("\n");
const NOTE = "注：①〔〕内为五年累计数。②旅游总收入按当年价格计算。";
const ZH = "表下的 1 条表注已保存为“规划表注”，印在各填报表「填报说明」表的下方。";
const EN = "Kept 1 note below the table as 规划表注 (the plan's notes), printed at the foot of every return's 填报说明 sheet (the cover).";

const message = (page: Page): Promise<string> => page.locator("#message").innerText();

describe("从规划文本导入: the plan's notes kept are said", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1000);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it.each<[string, string, string | null, string | null]>([
    ["a footnote", `${TABLE}\n${NOTE}`, ZH, EN],
    ["none", TABLE, null, null],
  ])("%s", async (_what, text, zh, en) => {
    await readImport(page, text, /^读出 2 项指标/);
    const said = await message(page);
    if (zh) expect(said).toContain(zh);
    else expect(said).not.toContain("规划表注");
    // never the CLI's --document hint: the pane has no such option
    expect(said).not.toContain("--document");
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await untilIdle(page, /indicators read/);
    const saidEn = await message(page);
    if (en) expect(saidEn).toContain(en);
    else expect(saidEn).not.toContain("规划表注");
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
