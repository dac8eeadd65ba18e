/**
 * trial46b (/tmp/s46/trial46b: s11_group.js, s10_keys2.js, s9_short.js): the production pane in headless Chromium,
 * fakeOffice.js, 320 px.
 * F1: in the 校验 list's folded 「N 项未填报」 line, a click on a row's name selected the line's first cell (L10 for
 * 「高等教育毛入学率」), so a figure typed there went into another indicator's row; Enter on the line did the same. Now
 * each name is a button that selects its own row's value cell, and the line itself selects nothing.
 * F7: Space on a 校验 row or a 审核 row did nothing; now it acts as Enter does (chooseRow).
 * F2: at 320×520 the roll dialog opened with its focus on 取消 scrolled to its bottom: its title and what it clears out
 * of sight. It now opens at its top, 取消 still focused, and names the 审核 rows decided 退回修改.
 * F8: the dialog counts the sign-offs it clears by name (填报日期), not every sign-off there could be.
 * Screenshots in test/out/pane-trial46b-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { SIGNATORIES } from "../../src/sheet/coverSheet";
import { axeViolations, openPane, ROOT, untilIdle, loadAndCheck, type OpenPane, openPaneIn, reviewKeyCell } from "./paneHarness";

interface FakeWorkbook { log: { selects: Array<{ sheet: string; cell: string }> }; set(s: string, c: string, v: unknown): void; get(s: string, c: string): { type: string; text?: string } }
const SHEET = "舟山市表2";
const selects = (page: Page): Promise<Array<{ sheet: string; cell: string }>> => page.evaluate(() => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.log.selects.slice());
/** what a step selected in the sheet */
async function selectedBy(page: Page, step: () => Promise<void>): Promise<string[]> {
  const before = (await selects(page)).length;
  await step();
  // the pane's select is a promise of the fake host: settled within the page's next tasks
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  return (await selects(page)).slice(before).map((s) => `${s.sheet}!${s.cell}`);
}
const shot = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, `test/out/pane-trial46b-${name}.png`) });
};
/** the row number of an A1 cell */
const rowOf = (cell: string | null): string => /\d+$/.exec(cell ?? "")?.[0] ?? "?";

describe("the folded 未填报 line: each name selects its own row's cell (F1); Space acts on a row (F7)", () => {
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

  test.each([["zh", 0], ["en", 2], ["zh", 5]] as const)("(%s) the name of folded row %i selects that row's value cell, the one its 填写说明 names", async (lang, i) => {
    if (lang === "en") await page.click("#lang-toggle");
    const group = page.locator("#flag-list li.flag-missing").first();
    const line = group.locator(".flag-note").nth(i);
    const name = line.locator("button.flag-note-name");
    const cell = await name.getAttribute("data-cell");
    const note = await line.locator("button.flag-note-button").getAttribute("data-note-cell");
    const said = await name.getAttribute("aria-label");
    const shown = (await name.innerText()).replace(/[：:]$/, "");
    const got = await selectedBy(page, () => name.click());
    if (lang === "en") await page.click("#lang-toggle");
    // the row's own cell, on the row its 说明 is written in (P12 ↔ K12), not the line's first
    expect({ got, row: rowOf(cell) }).toEqual({ got: [`${SHEET}!${cell}`], row: rowOf(note) });
    expect(said).toBe(lang === "zh" ? `选中数值格：${cell} ${shown}` : `Select the value cell: ${cell} ${shown}`);
  });

  it("the names are different cells, and the line itself (a click on its head, Enter or Space on it) selects none", async () => {
    const group = page.locator("#flag-list li.flag-missing").first();
    const cells = await group.locator("button.flag-note-name").evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.cell));
    expect(new Set(cells).size).toBe(cells.length);
    expect(await selectedBy(page, () => group.locator(".flag-head").click())).toEqual([]);
    await group.focus();
    expect(await selectedBy(page, () => page.keyboard.press("Enter"))).toEqual([]);
    expect(await selectedBy(page, () => page.keyboard.press("Space"))).toEqual([]);
    await shot(page, "missing-names");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("Space on a flag row selects its cell, as Enter does, and the page does not scroll", async () => {
    // a lagging value: a row of its own
    await page.evaluate(() => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.set("舟山市表2", "K7", 12.5));
    await page.click("#check-button");
    await untilIdle(page, /^校验完成/);
    const row = page.locator("#flag-list li.flag[data-cell]:not(.flag-missing)").first();
    const cell = await row.getAttribute("data-cell");
    await row.focus();
    const y = await page.evaluate(() => window.scrollY);
    expect(await selectedBy(page, () => page.keyboard.press("Space"))).toEqual([`${SHEET}!${cell}`]);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    expect(await selectedBy(page, () => page.keyboard.press("Enter"))).toEqual([`${SHEET}!${cell}`]);
    expect(await row.getAttribute("aria-keyshortcuts")).toBe("Enter Space");
  });
});

const DATE = `C${SIGNATORIES.find((s) => s.key === "date")?.row ?? 0}`;

describe.each([
  {
    lang: "zh", display: "zh-CN", ready: "就绪", loaded: /^已加载/, checked: /^校验完成/, reviewed: /^已生成审核表/, cancelled: /已取消/,
    signOff: "「填报说明」表签字栏 1 项（填报日期）", returned: /其中 1 行的审核结论为「退回修改」：\S+；/,
  },
  {
    lang: "en", display: "en-US", ready: "Ready", loaded: /^Loaded/, checked: /^Check done/, reviewed: /^Review sheet/, cancelled: /Cancelled/i,
    signOff: "1 sign-off on the 填报说明 sheet (填报日期)", returned: /Of those, 1 row is returned for correction \(退回修改\): \S+;/,
  },
])("a short pane (320×520, $lang): the 审核 row acts on Space (F7); the roll dialog opens at its title and warnings (F2, F8)", ({ lang, display, ready, loaded, checked, reviewed, cancelled, signOff, returned }) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPaneIn(display, 320, 520, ready);
    page = pane.page;
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", "2023");
    await page.click("#load-button");
    await untilIdle(page, loaded);
    await page.evaluate(([d]) => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.set("填报说明", d as string, "2024年1月15日"), [DATE]);
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, checked);
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, reviewed);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("Space on a 审核 row selects the cell it asks for, as Enter does", async () => {
    const row = page.locator("#review-list li.review-row").first();
    const at = `${await row.getAttribute("data-sheet")}!${await row.getAttribute("data-cell")}`;
    await row.focus();
    expect(await selectedBy(page, () => page.keyboard.press("Space"))).toEqual([at]);
    expect(await row.getAttribute("aria-keyshortcuts")).toBe("Enter Space");
  });

  it("a 退回修改 on the 审核 sheet: the dialog opens at its top, 取消 focused, and names the row returned and the sign-off it clears", async () => {
    const decision = await reviewKeyCell(page, "decision");
    await page.evaluate(([c]) => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.set("审核", c as string, "退回修改"), [decision]);
    await page.click("#tab-fill");
    await page.fill("#year-input", "2024");
    await page.click("#load-button");
    await page.locator("#roll-dialog").waitFor({ state: "visible" });
    await shot(page, `roll-320x520-${lang}`);
    const top = await page.locator("#roll-dialog [role=dialog]").evaluate((d) => d.scrollTop);
    const title = await page.locator("#roll-title").boundingBox();
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect({ top, titleInView: title !== null && title.y >= 0, focused }).toEqual({ top: 0, titleInView: true, focused: "roll-cancel" });
    expect(await page.locator("#roll-review").innerText()).toMatch(returned);
    expect(await page.locator("#roll-cleared").innerText()).toContain(signOff);
    // 取消 stays the default: Enter cancels, nothing rolled
    await page.keyboard.press("Enter");
    await untilIdle(page, cancelled);
    expect(await page.inputValue("#year-input")).toBe("2023");
    expect(pane.pageErrors).toEqual([]);
  });
});
