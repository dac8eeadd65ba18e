/**
 * trial31: check tells a filer with no value to leave the cell blank (按未填报) and write the reason in 说明,
 * but the pane offered 填写说明 only on 滞后 / 严重滞后 rows: a blank row was folded into "N 项未填报" with no
 * note action, so the advice could not be followed in the pane. Each row of the folded 未填报 line now has
 * its 填写说明; written, the row is 未填报 still (counts unchanged) but listed on its own with its 说明 and
 * 修改说明 (evaluation-rules §6a). On the old code the folded line had no button. Production bundle,
 * headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { axeViolations, messageText, openPane, type OpenPane, loadAndCheck } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { get(sheet: string, cell: string): unknown } }
const SHEET = "舟山市表2";

describe("a 未填报 row offers 填写说明", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(320, 900);
    page = pane.page;
    await loadAndCheck(page, "zhoushan-2021-2025", "2023");
  });

  afterAll(async () => {
    await pane?.close();
  });

  const missingCount = (): Promise<number> => page.locator('#status-counts [data-status="missing"] .count-value').innerText().then(Number);

  test.each<[string, string, RegExp, string, string, string]>([
    ["zh", "填写说明", /^未填报：请写明未填的原因/, "统计局尚未发布2023年数据", "已写入说明", "修改说明"],
    ["en", "Write a note", /^Not reported: say why the value is not there/, "Not yet published by the statistics bureau", "Note written to", "Edit the note"],
  ])("(%s) a folded 未填报 row's 填写说明 writes its 说明; the row stays 未填报, listed with its 说明", async (lang, write, why, text, written, edit) => {
    if (lang === "en") await page.click("#lang-toggle");
    const group = page.locator(`#flag-list li.flag-missing`).first();
    const buttons = group.locator("button.flag-note-button");
    // one 填写说明 per row folded into the line
    const folded = Number(/\d+/.exec(await group.locator(".flag-name").innerText())?.[0]);
    expect(await buttons.count()).toBe(folded);
    expect(await buttons.first().innerText()).toBe(write);
    const before = await missingCount();
    const cell = (await buttons.first().getAttribute("data-note-cell")) ?? "";
    const name = (await group.locator(".flag-note-name").first().innerText()).replace(/[：:]\s*$/, "");
    await buttons.first().click();
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#note-why").innerText()).toMatch(new RegExp(`· ${why.source.slice(1)}`));
    expect({ lang, violations: await axeViolations(page) }).toEqual({ lang, violations: [] });
    await page.fill("#note-text", text);
    await page.click("#note-ok");
    await page.waitForFunction((w) => (document.getElementById("message")?.textContent ?? "").startsWith(w) && document.getElementById("progress")?.hidden === true, written);
    expect(await messageText(page)).toContain(cell);
    expect(await page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fakeWorkbook.get(s!, c!), [SHEET, cell])).toEqual({ type: "string", text });
    // still 未填报 (the count is unchanged), now on its own line with its 说明 and 修改说明, no longer folded
    expect(await missingCount()).toBe(before);
    const own = page.locator("#flag-list li.flag.status-missing:not(.flag-missing)", { hasText: name });
    expect(await own.count()).toBe(1);
    expect(await own.locator(".flag-note").innerText()).toContain(text);
    expect(await own.locator("button.flag-note-button").innerText()).toBe(edit);
    expect(Number(/\d+/.exec(await page.locator("#flag-list li.flag-missing .flag-name").first().innerText())?.[0])).toBe(folded - 1);
    expect(pane.pageErrors).toEqual([]);
  });

  // session 33: a 说明 of / or 暂无 gives no reason (isReasonWritten), so check would ask again: the dialog refuses it
  // as it refuses an empty one, and writes nothing (on the old code it was written, and the row listed as explained)
  test.each<[string, string, string]>([
    ["en", "暂无", "A note of “暂无” alone gives no reason (nor do /, —, 无, 暂无 and the like): say why, and what is being done."],
    ["zh", " / ", "只写「/」不算说明（/、—、无、暂无 等没有写明原因），请写明原因和措施。"],
  ])("(%s) 填写说明 refuses %j, which gives no reason", async (lang, typed, said) => {
    if (lang === "zh") await page.click("#lang-toggle");
    const button = page.locator("#flag-list li.flag-missing button.flag-note-button").first();
    const cell = (await button.getAttribute("data-note-cell")) ?? "";
    await button.click();
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    await page.fill("#note-text", typed);
    await page.click("#note-ok");
    expect(await page.locator("#note-error").innerText()).toBe(said);
    expect(await page.getAttribute("#note-text", "aria-invalid")).toBe("true");
    await page.click("#note-cancel");
    expect(await page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fakeWorkbook.get(s!, c!), [SHEET, cell])).toEqual({ type: "empty" });
    expect(pane.pageErrors).toEqual([]);
  });

  // trial35 TP4: a 说明 emptied (or left as spaces) in 修改说明 was refused ("说明不能为空。"), so a note written on the
  // wrong row could not be taken back in the pane: now the confirm dialog says the cell is emptied, and 确定 empties it
  test.each<[string, string, RegExp]>([
    ["zh", "  ", /^已修改 1 个单元格。/],
    ["en", "", /^1 cell changed\./],
  ])("(%s) 修改说明 emptied to %j clears the 说明 after the confirm dialog", async (lang, typed, changed) => {
    if ((await page.locator("html").getAttribute("lang"))?.startsWith("en") !== (lang === "en")) await page.click("#lang-toggle");
    const own = page.locator("#flag-list li.flag.status-missing:not(.flag-missing)").first();
    const button = own.locator("button.flag-note-button");
    const cell = (await button.getAttribute("data-note-cell")) ?? "";
    const before = await page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fakeWorkbook.get(s!, c!), [SHEET, cell]);
    expect(before).toMatchObject({ type: "string" });
    await button.click();
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    await page.fill("#note-text", typed);
    await page.click("#note-ok");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#note-dialog").isHidden()).toBe(true);
    expect(await page.locator("#confirm-list").innerText()).toContain(cell);
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("progress")?.hidden === true && document.getElementById("confirm-dialog")?.hidden !== false);
    await page.waitForFunction((re) => new RegExp(re).test(document.getElementById("message")?.textContent ?? ""), changed.source);
    expect(await page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fakeWorkbook.get(s!, c!), [SHEET, cell])).toEqual({ type: "empty" });
    expect(pane.pageErrors).toEqual([]);
  });
});
