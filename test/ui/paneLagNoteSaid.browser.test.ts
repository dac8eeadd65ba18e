/**
 * trial38 F9: a lagging row with no 说明 in the 校验 list says the 说明 is required, in the words check, the 审核 list and
 * 问题清单 use (lagging_no_note: 「P10：滞后指标须填写说明」), above its 填写说明 button. On the old code the row showed its
 * facts and the button only, no words. Chinese and English; a row whose 说明 is written says nothing of it. Keyboard and
 * axe as the other 校验 tests; screenshots in test/out (pane-lag-note-*.png). Production bundle, headless Chromium, fakeOffice.js.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations, loadAndCheck, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const SHEET = "衢州市主要指标目标表";
/** a 2024 return (I–L are 2021–2024, P the 说明): L10 lags with no 说明, L12 lags with one */
const TYPED: Record<string, string | number> = {
  I10: 71.93, J10: 73.95, K10: 75.96, L10: 77.98,
  I12: 63.6, J12: 65.2, K12: 66.8, L12: 63, P12: "受高校扩招政策调整影响",
};

let pane: OpenPane;
let page: Page;
beforeAll(async () => {
  pane = await openPane(330, 900);
  page = pane.page;
  await loadAndCheck(page, "quzhou-2021-2025", "2024", () => page.evaluate(([s, v]) => {
    const wb = (window as unknown as { __fakeWorkbook: { set(s: string, c: string, x: unknown): void } }).__fakeWorkbook;
    for (const [c, x] of Object.entries(v as Record<string, unknown>)) wb.set(s as string, c, x);
  }, [SHEET, TYPED] as const));
}, 120000);
afterAll(async () => {
  await pane?.close();
});

const toggle = async (to: "zh" | "en"): Promise<void> => {
  if ((await page.evaluate(() => document.documentElement.lang)) !== (to === "en" ? "en" : "zh-CN")) await page.click("#lang-toggle");
};
const row = (cell: string) => page.locator(`#flag-list li.flag[data-cell="${cell}"]`);

describe("校验 says a lagging row's 说明 is required, as check and 审核 say it", () => {
  test.each<["zh" | "en", string]>([
    ["zh", "P10：滞后指标须填写说明"],
    ["en", "P10: a lagging indicator needs an explanation (说明)"],
  ])("(%s) L10, lagging without a 说明: the words above its 填写说明 button; L12, with one, says nothing of it", async (lang, said) => {
    await toggle(lang);
    await page.click("#tab-check");
    const li = row("L10");
    expect(await li.getAttribute("class")).toContain("status-lagging");
    // on the old code: no issue line at all on L10
    expect(await li.locator(".flag-issue").allInnerTexts()).toContain(said);
    // the words come before the button they ask to use
    const order = await li.evaluate((x) => Array.from(x.querySelectorAll(".flag-issue, .flag-note-button")).map((e) => e.className.split(" ")[0]));
    expect(order.indexOf("flag-issue")).toBeLessThan(order.indexOf("btn"));
    expect(await row("L12").innerText()).not.toMatch(/须填写说明|needs an explanation/);
    expect(await axeViolations(page)).toEqual([]);
    fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
    await li.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ROOT, `test/out/pane-lag-note-${lang}.png`) });
  });

  test("the 审核 list names the same issue in the same words", async () => {
    await toggle("zh");
    const check = (await row("L10").locator(".flag-issue").allInnerTexts()).find((x) => x.includes("说明")) ?? "";
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, /^已生成审核表/);
    const review = (await page.locator("#review-list li.review-row").filter({ hasText: `${SHEET}!L10` }).innerText()).split("\n");
    // trial42a F6 (session 42): the 审核 list says first how far behind the row is, in the summary's words, then check's words
    expect(review).toContain(`${SHEET}!L10 · 进度 79.98%，低于序时进度 80.00%；${check}`);
  });

  test("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
