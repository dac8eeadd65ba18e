/**
 * trial29c F7 in the pane itself: zhoushan-2021-2025 for 2023 with I7 (2021) = 50 and K7 (2023) = 15 read
 * "I7 · 填报值：15 年" (the cell a click selects, where the 2021 issue is). The facts line names K7, the cell
 * `check` names beside 当年值 15; the I7 issue keeps its own line; a click still selects I7, the cell to fix.
 * Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { openPane, type OpenPane, loadAndCheck } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { set(sheet: string, cell: string, v: string | number): void } }
const SHEET = "舟山市表2";

describe("a flag's facts name the cell of the value shown", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(320, 900);
    page = pane.page;
    await loadAndCheck(page, "zhoushan-2021-2025", "2023", async () => {
      await page.evaluate((s) => {
        const wb = (window as unknown as FakeWindow).__fakeWorkbook;
        wb.set(s, "I7", 50);
        wb.set(s, "K7", 15);
      }, SHEET);
    });
  });

  afterAll(async () => {
    await pane?.close();
  });

  test.each<[string, string, string]>([
    ["zh", "K7 · 填报值（年）：15 · 目标：16 · ", "I7："],
    ["en", "K7 · Value (年): 15 · Target: 16 · ", "I7: "],
  ])("(%s) the flag selecting I7 names K7 for the 15, and I7 on the issue's own line", async (lang, facts, issueStart) => {
    if (lang === "en") await page.click("#lang-toggle");
    const li = page.locator('#flag-list li.flag[data-cell="I7"]');
    expect(await li.count()).toBe(1);
    expect((await li.locator(".flag-facts").innerText()).startsWith(facts)).toBe(true);
    expect((await li.locator(".flag-issue").allInnerTexts()).some((x) => x.startsWith(issueStart))).toBe(true);
  });
});
