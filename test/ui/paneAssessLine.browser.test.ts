/**
 * trial35 TP10: a 待人工评估 row in 校验 said nothing and offered no button, so a filer could not tell whether anything
 * was asked of them. It now says, in the 审核 sheet's words (flagReason), that the reviewer assesses it in 人工评估; still
 * no button. On the old code the row had no such line. Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { openPane, type OpenPane, loadAndCheck } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { set(sheet: string, cell: string, v: unknown): void } }
const SHEET = "衢州市主要指标目标表";

describe("校验 says who assesses a 待人工评估 row", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(320, 900);
    page = pane.page;
    // 居民人均可支配收入增长（%）, target 保持全省领先 (words): a 2023 value makes it 待人工评估
    await loadAndCheck(page, "quzhou-2021-2025", "2023", () => page.evaluate((s) => (window as unknown as FakeWindow).__fakeWorkbook.set(s, "K13", 8.5), SHEET));
  });

  afterAll(async () => {
    await pane?.close();
  });

  test.each<[string, string]>([
    ["zh", "定性目标「保持全省领先」，由审核人员在「人工评估」列评估"],
    ["en", 'qualitative target "保持全省领先", assessed by the reviewer in the "人工评估" (assessment) column'],
  ])("(%s) the row says the reviewer assesses it, and offers no button", async (lang, said) => {
    if (lang === "en") await page.click("#lang-toggle");
    const row = page.locator('#flag-list li.flag.status-manual[data-cell="K13"]');
    expect(await row.count()).toBe(1);
    expect(await row.locator(".flag-assess").innerText()).toBe(said);
    expect(await row.locator("button").count()).toBe(0);
    expect(pane.pageErrors).toEqual([]);
  });
});
