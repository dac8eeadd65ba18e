/**
 * dev45d: a filer's own 人工评估 (已达标 on a words target) is said by `check` as awaiting the reviewer (the row's
 * assessment_to_confirm, the totals' 已达标 1（其中 1 项为人工评估，待审核确认）: trial44a F5), but the pane's 校验 said
 * nothing of it: its line counted nothing, and the row under the 已达标 chip had no such line. Both now say it from the
 * same marking (applyCheckMarks). Production bundle, headless Chromium, fakeOffice.js; screenshots in
 * test/out/pane-assessment-to-confirm-*.png.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { loadAndCheck, messageText, openPane, ROOT, type OpenPane } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { set(sheet: string, cell: string, v: unknown): void; grid(): { sheets: Array<{ name: string; rows: Array<Array<{ text?: string }>> }> } } }
const SHEET = "衢州市主要指标目标表";

let pane: OpenPane;
let page: Page;
let assess = "";

beforeAll(async () => {
  pane = await openPane(320, 900);
  page = pane.page;
  // 居民人均可支配收入增长（%）, target 保持全省领先 (words): its 2023 value and the filer's own 人工评估 已达标
  await loadAndCheck(page, "quzhou-2021-2025", "2023", async () => {
    assess = await page.evaluate((s) => {
      const sheet = (window as unknown as FakeWindow).__fakeWorkbook.grid().sheets.find((x) => x.name === s);
      const c = (sheet?.rows[1] ?? []).map((x) => x.text).indexOf("assess");
      return c >= 0 ? `${String.fromCharCode(65 + c)}13` : "";
    }, SHEET);
    await page.evaluate(([s, a]) => {
      const wb = (window as unknown as FakeWindow).__fakeWorkbook;
      wb.set(s as string, "K13", 8.5);
      wb.set(s as string, a as string, "已达标");
    }, [SHEET, assess]);
  });
}, 120000);

afterAll(async () => {
  await pane?.close();
});

test.each<[string, string, string]>([
  ["zh", "其中计为已达标的 1 项按人工评估结论计，尚待审核人员在审核表中确认（人工评估列填报单位也能填写）。",
    "人工评估为「已达标」，本行按此评估，尚待审核人员在审核表中确认"],
  ["en", "Counted by a 人工评估 (assessment) not yet confirmed by the reviewer on the 审核 (review) sheet (the unit can fill that column too): 1 counted as Met.",
    "人工评估 (assessment) says \"Met\": the row is graded by it, not yet confirmed by the reviewer on the 审核 (review) sheet"],
])("(%s) 校验's line counts it, and the row under the 已达标 chip says it on its 人工评估 cell", async (lang, line, row) => {
  if (lang === "en") await page.click("#lang-toggle");
  expect(assess).toMatch(/^[A-Z]13$/);
  expect(await messageText(page)).toContain(line);
  await page.click('#status-counts [data-status="met"]');
  const issue = page.locator("#flag-list li.flag .flag-issue", { hasText: row });
  expect(await issue.count()).toBe(1);
  expect(await issue.innerText()).toBe(`${assess}${lang === "en" ? ": " : "："}${row}`);
  await page.screenshot({ path: path.join(ROOT, `test/out/pane-assessment-to-confirm-${lang}.png`), fullPage: true });
  await page.click('#status-counts [data-status="met"]');
  expect(pane.pageErrors).toEqual([]);
}, 60000);
