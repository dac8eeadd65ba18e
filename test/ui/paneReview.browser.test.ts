/**
 * A reviewer in a 350 px pane (fresh-user trial): after 生成审核表 again, once the county changed
 * a value, the rows to decide on are listed under the message (待复核 first, with the indicator's
 * cell, name and 数值变化), and Enter on one selects that row's 审核结论 cell in the 审核 sheet.
 * Production bundle, headless Chromium, fakeOffice.js.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations, messageText, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

type Cell = { type: string; text?: string };
type FakeWindow = {
  __fakeWorkbook: { set(s: string, c: string, v: unknown): void; grid(): { sheets: Array<{ name: string; rows: Cell[][] }> }; log: { selects: Array<{ sheet: string; cell: string }> } };
};

const SHEET = "舟山市表2";

describe("生成审核表 lists the rows to decide on (scripted Office host, 350 px)", () => {
  let pane: OpenPane;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await openPane(350, 900);
    ({ page, pageErrors } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  const message = (): Promise<string> => messageText(page);
  const until = (re: RegExp): Promise<unknown> => untilIdle(page, re);
  const set = (sheet: string, cell: string, v: unknown): Promise<void> => page.evaluate(([s, c, x]) => (window as unknown as FakeWindow).__fakeWorkbook.set(s as string, c as string, x), [sheet, cell, v]);
  /** The 审核 row whose 位置 is `cell`, and its 审核结论 cell (columns found by the hidden key row). */
  const decisionCell = (cell: string): Promise<string> => page.evaluate((c) => {
    const s = (window as unknown as FakeWindow).__fakeWorkbook.grid().sheets.find((x) => x.name === "审核");
    const d = (s?.rows[1] ?? []).map((x) => x.text).indexOf("decision") + 1;
    const r = (s?.rows ?? []).findIndex((cells) => cells[1]?.text === c) + 1;
    return d > 0 && r > 0 ? `${String.fromCharCode(64 + d)}${r}` : "";
  }, cell);

  it("the 汇总与审核 view says where decisions go", async () => {
    await page.click("#tab-summary");
    expect(await page.locator("#summary-section .hint").allInnerTexts()).toContain("审核结论写在“审核”表的“审核结论”列（通过 / 退回修改 / 已说明）；标为“待复核”的行在下结论后数值变了，须重新审核：结论不变的，在该行的审核意见里添上“已复核”或改审核日期；结论要改的，改选结论即可。审核意见里原有的“已复核”不算这次复核（看不出是在改动之后写的），请再添一次“已复核”或改审核日期。");
  });

  it("after a decision and a changed value, 生成审核表 again lists the 待复核 row first; Enter selects its 审核意见 cell", async () => {
    await page.click("#tab-fill");
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", "2023");
    await page.click("#load-button");
    await until(/已加载/);
    for (const [cell, v] of [["K4", 12], ["K5", 2.5], ["K6", 99], ["K7", "12.5"], ["K8", 80]] as const) await set(SHEET, cell, v);
    await page.click("#tab-summary");
    await page.click("#review-button");
    await until(/已生成审核表「审核」/);
    // the reviewer accepts K7 (typed as text); the county then types it as a number
    const k7 = await decisionCell("K7");
    expect(k7).toMatch(/^[A-Z]+\d+$/);
    await set("审核", k7, "通过");
    // the 审核意见 column follows 审核结论
    const comment = k7.replace(/^[A-Z]+/, (c) => String.fromCharCode(c.charCodeAt(c.length - 1) + 1).padStart(c.length, c.slice(0, -1)));
    await set("审核", comment, "文本已核实");
    await set(SHEET, "K7", 12.5);
    await page.click("#review-button");
    await until(/已更新审核表/);
    expect(await message()).toMatch(/其中待复核 1 条。$/);

    const rows = page.locator("#review-list li.review-row");
    expect(await page.locator("#review-list li.flag-group").first().innerText()).toBe("待复核 1 条：下结论后数值变了");
    const first = rows.first();
    expect(await first.getAttribute("class")).toContain("review-stale");
    // on main: no 原审核结论 line (trial33p: the decision and comment given before the change were not shown)
    // trial35 TP8: the row's status beside the review state (on the old code 严重滞后 and 数据异常 rows looked alike)
    // trial42a F6: a row listed with its 数值变化 says its 问题 now too (it is 倒退 and asks for its 说明)
    // trial40e F9: the row names its 审核意见 cell, where 已复核 confirms it (it named 审核结论 while the hint said 审核意见)
    expect((await first.innerText()).split("\n")).toEqual(["待复核", "严重滞后", "儿童预期受教育年限(年)", `${SHEET}!K7 · 「12.5」（文本） → 12.5`, "倒退（12.5 对基期 14.8）；P7：滞后指标须填写说明", "原审核结论：通过（审核意见：文本已核实）", `审核意见：审核!${comment}`]);
    // trial35 TP2: lock's outlook on its own line above the list, in lock's words (a 待复核 row is a reason lock refuses for);
    // trial40e F2: each reason an item of its own under the head, not one long paragraph
    expect(await page.locator("#review-lock").innerText()).toMatch(/^不能锁定：审核人员锁定时会因以下 \d+ 个原因拒绝：\n1\. /);
    const reasons = page.locator("#review-lock li");
    expect(await reasons.count()).toBeGreaterThan(0);
    expect(await reasons.first().innerText()).toMatch(/^1\. 审核表「审核」中有 1 行待复核.*「生成审核表」只标出待复核/);
    expect(await first.getAttribute("aria-keyshortcuts")).toBe("Enter Space");
    expect(await page.locator("#review-hint").isVisible()).toBe(true);
    // the other flagged rows follow as 待审核, capped
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.count()).toBeLessThanOrEqual(50);
    expect(await page.locator("#review-list li.review-open").count()).toBe((await rows.count()) - 1);

    // keyboard: one tab stop, arrow keys move, Enter selects the 审核意见 cell (a 待复核 row's: trial40e F9)
    expect(await first.getAttribute("tabindex")).toBe("0");
    await first.focus();
    await page.keyboard.press("ArrowDown");
    expect(await rows.nth(1).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    const selects = await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.log.selects);
    expect(selects[selects.length - 1]).toEqual({ sheet: "审核", cell: comment });

    expect(await axeViolations(page)).toEqual([]);
    const [scroll, client] = await page.locator("#summary-section").evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client ?? 0);
    fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, "test/out/pane-review-350.png") });
  });

  it("in English the list says the same, and a click selects too", async () => {
    await page.click("#lang-toggle");
    await page.waitForFunction(() => /to re-check/.test(document.getElementById("review-list")?.textContent ?? ""));
    expect(await page.locator("#review-list li.flag-group").first().innerText()).toBe("1 to re-check (待复核): values changed after the decision");
    const first = page.locator("#review-list li.review-row").first();
    expect((await first.innerText()).split("\n").slice(0, 2)).toEqual(["Re-check", "Severely lagging"]);
    expect(await page.locator("#review-lock").innerText()).toMatch(/^Cannot be locked yet: the reviewer's lock would refuse it for 1 reason:\n1\. /);
    expect((await first.innerText()).split("\n")).toContain("Earlier decision: 通过 (comment: 文本已核实)");
    await page.locator("#review-list li.review-row").nth(1).click();
    const selects = await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.log.selects);
    expect(selects[selects.length - 1]?.sheet).toBe("审核");
    await page.screenshot({ path: path.join(ROOT, "test/out/pane-review-350-en.png") });
    await page.click("#lang-toggle");
  });

  // trial40e F8: a 退回修改 row showed 仍然有效 but not the reviewer's own 审核意见, which a 待复核 row shows
  it("a 退回修改 row shows its decision and 审核意见", async () => {
    const k8 = await decisionCell("K8");
    const comment = k8.replace(/^[A-Z]+/, (c) => String.fromCharCode(c.charCodeAt(c.length - 1) + 1).padStart(c.length, c.slice(0, -1)));
    await set("审核", k8, "退回修改");
    await set("审核", comment, "请填确切数值（95），不要带 %");
    await page.click("#review-button");
    await until(/已更新审核表/);
    const held = page.locator("#review-list li.review-held").first();
    expect((await held.innerText()).split("\n")).toContain("审核结论：退回修改（审核意见：请填确切数值（95），不要带 %）");
  });

  it("had no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
