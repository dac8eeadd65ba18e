/**
 * 从规划文本导入 after the preview is edited (trial trH, /tmp/trH/s5_import_load.js, s10_reread.js):
 * row 7's target changed to ≤6 as its 请核对 line suggested and row 2 ticked 删除 left the list saying
 * 需核对 10 行, the old target, and 已载入 for the dropped row after 载入; 读取 again threw every edit
 * away without a word. Now a line of a dropped row is struck through and says 已删除, one whose field
 * was edited says 已修改, neither is counted to check (list and message), and 读取 over edits asks
 * first (Esc keeps them). Production bundle, headless Chromium, fakeOffice.js, 360 px.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { messageText, openImportPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const TABLE = fs.readFileSync(path.join(ROOT, "test/fixtures/tables/chunan-2021-2025.txt"), "utf8");

/** The preview row `n` (1-based). */
const row = (page: Page, n: number) => page.locator("#import-rows tr[data-id]").nth(n - 1);

/** A line of the 请核对 list by its line in the box: its state (data-state, "" when to check) and text. */
async function line(page: Page, n: number): Promise<Array<{ state: string; text: string; struck: boolean }>> {
  return page.locator(`#import-unread li[data-line="${n}"]`).evaluateAll((lis) => lis.map((li) => ({
    state: (li as HTMLElement).dataset.state ?? "",
    text: (li as HTMLElement).innerText.replace(/\s+/g, " "),
    struck: getComputedStyle(li.querySelector(".unread-reason") ?? li).textDecorationLine.includes("line-through"),
  })));
}

/** 导入 › 读取 of the table */
const READ = { text: TABLE, done: /^读出 15 项指标/ };

async function edit(page: Page): Promise<void> {
  const target = row(page, 7).locator('input[data-field="target"]');
  await target.fill("≤6");
  await target.press("Tab");
  await row(page, 2).locator("input.import-drop").check();
}

describe("从规划文本导入: the 请核对 list follows the preview's edits", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1200, { fields: { "year-input": "2024", "unit-input": "淳安县" }, read: READ });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("reads 12 lines to check (one the importer's list of directions guessed from the numbers, session 40)", async () => {
    expect(await messageText(page)).toContain("需核对 12 处");
    expect(await page.locator("#import-unread .unread-to-check h3").innerText()).toBe("已载入，请核对（12 处）");
    expect(await line(page, 9)).toEqual([expect.objectContaining({ state: "", struck: false })]);
  });

  it("after row 7's target ≤6 and row 2 删除: line 9 已修改, line 4 已删除 and struck through, 10 left to check", async () => {
    await edit(page);
    const [l9] = await line(page, 9);
    expect(l9?.state).toBe("edited");
    expect(l9?.text).toContain("已修改：目标");
    expect(l9?.text).not.toContain("已载入，请核对");
    const [l4] = await line(page, 4);
    expect(l4).toEqual(expect.objectContaining({ state: "dropped", struck: true }));
    expect(l4?.text).toContain("已删除，不载入");
    expect(l4?.text).not.toContain("已载入");
    expect(await page.locator("#import-unread .unread-to-check h3").innerText()).toBe("已载入，请核对（10 处）");
    expect(await messageText(page)).toMatch(/需核对 10 处（已修改 1 处，已删除 1 处）/);
  });

  it("an edit undone puts its line back to check", async () => {
    const target = row(page, 7).locator('input[data-field="target"]');
    await target.fill("控制在6左右");
    await target.press("Tab");
    expect((await line(page, 9))[0]?.state).toBe("");
    expect(await messageText(page)).toMatch(/需核对 11 处（已删除 1 处）/);
    await target.fill("≤6");
    await target.press("Tab");
  });

  it("after 载入 the dropped row's line still says 已删除, never 已载入; in English too", async () => {
    await page.click("#import-load-button");
    await untilIdle(page, /已加载/);
    const [l4] = await line(page, 4);
    expect(l4?.state).toBe("dropped");
    expect(l4?.text).not.toContain("已载入");
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    const [en4] = await line(page, 4);
    expect(en4?.text).toContain("dropped, not loaded");
    expect(en4?.text).not.toMatch(/loaded, to check/);
    expect((await line(page, 9))[0]?.text).toContain("edited: target");
    expect(await page.locator("#import-unread .unread-to-check h3").innerText()).toBe("Loaded, please check (10)");
    await page.click("#lang-toggle");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});

describe("从规划文本导入: 读取 over edits asks first", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1200, { read: READ });
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("without edits, 读取 reads again at once", async () => {
    await page.click("#import-read-button");
    await untilIdle(page, /^读出 15 项指标/);
    expect(await page.locator("#reread-dialog").isVisible()).toBe(false);
  });

  it.each([
    ["Esc", async (p: Page) => p.keyboard.press("Escape")],
    ["取消", async (p: Page) => p.click("#reread-cancel")],
  ])("with edits, 读取 asks, naming 1 row edited and 1 dropped; %s keeps every edit", async (_how, cancel) => {
    if ((await row(page, 2).locator("input.import-drop").isChecked()) === false) await edit(page);
    await page.click("#import-read-button");
    await page.locator("#reread-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#reread-text").innerText()).toContain("已修改 1 行、删除 1 行");
    await cancel(page);
    await page.locator("#reread-dialog").waitFor({ state: "hidden" });
    expect(await row(page, 7).locator('input[data-field="target"]').inputValue()).toBe("≤6");
    expect(await row(page, 2).locator("input.import-drop").isChecked()).toBe(true);
    expect(await messageText(page)).toContain("预览中的修改都保留");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("import-read-button");
  });

  it("重新读取 reads the text again, the edits gone", async () => {
    await page.click("#import-read-button");
    await page.locator("#reread-dialog").waitFor({ state: "visible" });
    await page.click("#reread-ok");
    await untilIdle(page, /^读出 15 项指标/);
    expect(await row(page, 7).locator('input[data-field="target"]').inputValue()).toBe("控制在6左右");
    expect(await row(page, 2).locator("input.import-drop").isChecked()).toBe(false);
    expect(await messageText(page)).toContain("需核对 12 处");
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
