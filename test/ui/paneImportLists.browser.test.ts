/**
 * 从规划文本导入 of a project list and a reform list: before, 读取 refused them (这是一张项目表…请写成模板
 * JSON), and planning staff cannot write JSON. Now the preview shows the items (删除, 序号, 类别, name, a
 * project's investment, years and unit), a dropped item's lines say 已删除, and 载入 adds the list's sheet.
 * The problems 载入 finds (a name emptied) are redrawn on 中文/English, as the rest of the pane is (they
 * stayed in the language they were first shown in). Production bundle, headless Chromium, fakeOffice.js, 360 px.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { messageText, openImportPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const LISTS = path.join(ROOT, "test/fixtures/tables/other/lists");
const PROJECTS = fs.readFileSync(path.join(LISTS, "county-projects-2021-2025-wan-pdf.txt"), "utf8");
const REFORMS = fs.readFileSync(path.join(LISTS, "city-reforms-2023-category-column.txt"), "utf8");

type Fake = { __fakeWorkbook: { sheetNames(): string[] } };
const sheetNames = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as Fake).__fakeWorkbook.sheetNames());
const row = (page: Page, n: number) => page.locator("#import-rows tr[data-id]").nth(n - 1);
const texts = (page: Page, sel: string): Promise<string[]> => page.locator(sel).evaluateAll((es) => es.map((e) => (e as HTMLElement).innerText.trim()));

describe("从规划文本导入: a project list", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1200, { fields: { "year-input": "2023", "unit-input": "某某县" }, read: { text: PROJECTS, done: /^读出 6 个项目/ } });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("previews the projects with their category, investment in 亿元, years and unit", async () => {
    expect(await texts(page, "#import-preview thead th")).toEqual(["删除", "序号", "类别", "项目名称", "总投资（亿元）", "建设起止年限", "责任单位"]);
    expect(await page.locator("#import-preview-title").innerText()).toBe("读出的项目");
    expect(await row(page, 1).locator("td").evaluateAll((tds) => tds.slice(1).map((td) => (td.querySelector("input") as HTMLInputElement | null)?.value ?? (td as HTMLElement).innerText.trim())))
      .toEqual(["1", "交通", "某某至某某公路改建工程", "15.6", "2021-2024", "县交通运输局"]);
    expect(await messageText(page)).toMatch(/未载入 1 处/);
    expect(await page.locator("#import-unread .unread-not-loaded li").first().innerText()).toContain("合计行");
  });

  it("an emptied name: 载入 refuses, its problem follows 中文/English", async () => {
    const name = row(page, 2).locator('input[data-field="name"]');
    await name.fill("");
    await page.click("#import-load-button");
    await page.locator("#import-problems").waitFor({ state: "visible" });
    expect(await page.locator("#import-problems li").first().innerText()).toContain("（序号 2）");
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator("#import-problems li").first().innerText()).toContain("(No. 2)");
    expect(await texts(page, "#import-preview thead th")).toContain("Investment (100m yuan)");
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await page.locator("#import-problems li").first().innerText()).toContain("（序号 2）");
    await name.fill("某某港区综合码头");
  });

  it("row 6 dropped: its line says 已删除; 载入 adds the list's sheet", async () => {
    await row(page, 6).locator("input.import-drop").check();
    const line = page.locator('#import-unread li[data-code="list-period-unreadable"]');
    expect(await line.getAttribute("data-state")).toBe("dropped");
    await page.click("#import-load-button");
    await untilIdle(page, /已加载/);
    expect(await page.locator("#import-problems").isVisible()).toBe(false);
    expect((await sheetNames(page)).some((n) => n.includes("重大建设项目表"))).toBe(true);
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});

describe("从规划文本导入: a reform list", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1200, { read: { text: REFORMS, done: /^读出 4 项改革/ } });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("previews the reforms under their 类别 column's categories, with the lead unit", async () => {
    expect(await texts(page, "#import-preview thead th")).toEqual(["删除", "序号", "类别", "改革名称", "牵头单位"]);
    expect(await texts(page, "#import-rows td.col-domain")).toEqual(["经济体制改革", "经济体制改革", "社会民生改革", "社会民生改革"]);
    expect(await texts(page, "#import-rows td.col-owner")).toEqual(["市国资委", "市发改委", "市卫健委", "市民政局"]);
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});

describe("从规划文本导入: an indicator table's problems follow 中文/English too", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1200, { read: { text: fs.readFileSync(path.join(ROOT, "test/fixtures/tables/chunan-2021-2025.txt"), "utf8"), done: /^读出 15 项指标/ } });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("an emptied name's problem is redrawn in English and back", async () => {
    await row(page, 3).locator('input[data-field="name"]').fill("");
    await page.click("#import-load-button");
    await page.locator("#import-problems").waitFor({ state: "visible" });
    expect(await page.locator("#import-problems li").first().innerText()).toMatch(/（序号 \d+）/);
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator("#import-problems li").first().innerText()).toMatch(/\(No\. \d+\)/);
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await page.locator("#import-problems li").first().innerText()).toMatch(/（序号 \d+）/);
  });
});
