/**
 * trial34p Q2: a 数据异常 row holding 「待统计」 is told 请让此格空着（按未填报），在「说明」列写明原因, but the pane
 * offered neither: the person had to leave the pane, clear the cell in the sheet and check again. Now the issue
 * line has 清空 (confirmed as any change is: 「待统计」 → （空）), reached with the keyboard, and the row has
 * 填写说明 (its dialog asks why the value is not there). Cleared, the row is 未填报 as check says. On the old code
 * neither button was there. Production bundle, headless Chromium, fakeOffice.js, 320 px, zh and en.
 */
import type { Page } from "playwright-core";
import { messageText, openLoaded, untilIdle, type OpenPane } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; get(s: string, c: string): unknown; log: { writes: Array<{ cell: string; value: unknown }> } } }
const SHEET = "舟山市表2";

describe.each([
  { lang: "zh" as const, clear: "清空", note: "填写说明", line: "「待统计」 → （空）", why: "· 数据异常：请写明未填的原因", checked: /^已修改 1 个单元格。/ },
  { lang: "en" as const, clear: "Clear", note: "Write a note", line: "\"待统计\" → (empty)", why: "· Invalid data: say why the value is not there", checked: /^1 cell changed\./ },
])("a 数据异常 row told to stay blank ($lang): 清空 and 填写说明 offered", ({ lang, clear, note, line, why, checked }) => {
  let pane: OpenPane;
  let page: Page;
  const row = (): ReturnType<Page["locator"]> => page.locator('#flag-list li.flag[data-cell="K8"]');

  beforeAll(async () => {
    pane = await openLoaded(lang, 900);
    page = pane.page;
    await page.evaluate((s) => (window as unknown as FakeWindow).__fakeWorkbook.set(s, "K8", "待统计"), SHEET);
    await page.click("#check-button");
    await untilIdle(page, lang === "zh" ? /^校验完成/ : /^Check done/);
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });

  it("填写说明 on the row opens the note dialog, asking why the value is not there; Esc writes nothing", async () => {
    const b = row().locator("button.flag-note-button");
    expect(await b.innerText()).toBe(note);
    await b.focus();
    await page.keyboard.press("Enter");
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#note-why").innerText()).toContain(why);
    await page.keyboard.press("Escape");
    await page.locator("#note-dialog").waitFor({ state: "hidden" });
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.log.writes.length)).toBe(0);
  });

  it("清空 with the keyboard: confirmed first (「待统计」 → （空）), then the cell is empty and the row is 未填报", async () => {
    const b = row().locator("button.flag-clear");
    expect(await b.innerText()).toBe(clear);
    await b.focus();
    await page.keyboard.press("Enter");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#confirm-list li").allInnerTexts()).toEqual([expect.stringContaining(line)]);
    await page.click("#confirm-ok");
    await untilIdle(page, checked);
    expect(await page.evaluate((s) => (window as unknown as FakeWindow).__fakeWorkbook.get(s, "K8"), SHEET)).toEqual({ type: "empty" });
    // no longer 数据异常: folded into the sheet's 未填报 line, whose 填写说明 it now has
    expect(await row().count()).toBe(0);
    expect(await page.locator('#flag-list li.flag-missing button.flag-note-button[data-note-cell]').count()).toBeGreaterThan(0);
    expect(await messageText(page)).not.toContain("K8");
    expect(pane.pageErrors).toEqual([]);
  });
});

/**
 * trial41d F5: 填写说明 on a 数据异常 row holding 「无」 asked why the value is not there, wrote the note, and left 「无」 in
 * the cell: still 数据异常, lock refused (the CLI agreed). The dialog now says the cell is emptied too, and 确定 empties
 * it and writes the note in one write: the row is 未填报（已说明）, listed with its 说明 as check accepts it (§6a). On the
 * old code the dialog said nothing of emptying and the cell kept 「无」.
 */
describe.each([
  { lang: "zh" as const, why: "确定后同时清空 舟山市表2!K8（现为「无」）并写入说明", done: /^已清空 舟山市表2!K8 并写入说明 舟山市表2!/, invalid: "数据异常" },
  { lang: "en" as const, why: "OK also empties 舟山市表2!K8 (now \"无\") as it writes the note", done: /^舟山市表2!K8 emptied and the note written to 舟山市表2!/, invalid: "Invalid data" },
])("填写说明 on a 数据异常 「无」 ($lang): the cell emptied with the note", ({ lang, why, done, invalid }) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openLoaded(lang, 900);
    page = pane.page;
    await page.evaluate((s) => (window as unknown as FakeWindow).__fakeWorkbook.set(s, "K8", "无"), SHEET);
    await page.click("#check-button");
    await untilIdle(page, lang === "zh" ? /^校验完成/ : /^Check done/);
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });

  it("the dialog says the cell is emptied; 确定 empties it and writes the note; the row is no longer 数据异常", async () => {
    const row = page.locator('#flag-list li.flag[data-cell="K8"]');
    expect(await row.locator(".flag-badge").innerText()).toBe(invalid);
    const b = row.locator("button.flag-note-button");
    const noteCell = await b.getAttribute("data-note-cell");
    await b.click();
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#note-why").innerText()).toContain(why);
    await page.fill("#note-text", "统计局尚未发布");
    await page.click("#note-ok");
    await untilIdle(page, done);
    const cell = (c: string): Promise<unknown> => page.evaluate(([s, x]) => (window as unknown as FakeWindow).__fakeWorkbook.get(s!, x!), [SHEET, c]);
    expect(await cell("K8")).toEqual({ type: "empty" });
    expect(await cell(noteCell ?? "")).toEqual({ type: "string", text: "统计局尚未发布" });
    // 未填报（已说明）: listed on its own with its 说明 and 修改说明, no longer 数据异常
    const after = page.locator('#flag-list li.flag[data-cell="K8"]');
    expect(await after.locator(".flag-badge").innerText()).not.toBe(invalid);
    expect(await after.locator(".flag-note").innerText()).toContain("统计局尚未发布");
    expect(pane.pageErrors).toEqual([]);
  });
});
