/**
 * 校验 at 320 px with a workbook problem that is a warning (a repeated id: row_id_duplicated):
 * the message bar is amber (is-warning), not red, and says the warnings in words; each problem
 * line starts 警告：/ Warning: in amber; the 校验 card says what the check does before its button;
 * no axe violation, in Chinese and in English. Screenshots in test/out (pane-severity-*.png).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; grid(): { sheets: Array<{ name: string; rows: Array<Array<{ type: string; text?: string }>> }> } } };
const SHEET = "衢州市主要指标目标表";

let pane: OpenPane;
let page: Page;
beforeAll(async () => {
  pane = await openPane(320, 900);
  page = pane.page;
}, 120000);
afterAll(async () => {
  await pane?.close();
});

const shot = (name: string): Promise<Buffer> => {
  fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
  return page.screenshot({ path: path.join(ROOT, `test/out/pane-severity-${name}.png`), fullPage: true });
};

describe("校验 colours a workbook problem by its severity, at 320 px", () => {
  it("the 校验 card says what the check does, and the template list's placeholder has no bracket", async () => {
    await shot("fill-zh");
    expect(await page.locator("#template-select option").first().innerText()).toBe("请选择模板…");
    await page.click("#tab-check");
    expect(await page.locator("#check-section p.hint").first().innerText()).toMatch(/^核对已填的数值和说明/);
    await shot("check-empty-zh");
    await page.click("#lang-toggle");
    expect(await page.locator("#check-section p.hint").first().innerText()).toMatch(/^Checks the values and notes entered/);
    await shot("check-empty-en");
    await page.click("#tab-fill");
    expect(await page.locator("#template-select option").first().innerText()).toBe("Choose a template…");
    await shot("fill-en");
    await page.click("#lang-toggle");
  });

  it("a warning: amber, said in words, no axe violation in zh and en", async () => {
    await page.selectOption("#template-select", "quzhou-2021-2025");
    await page.fill("#year-input", "2024");
    await page.click("#load-button");
    await untilIdle(page, /已加载/);
    // a row's hidden id repeats the row above's (row_id_duplicated), a warning (problemSeverity)
    await page.evaluate((s) => {
      const wb = (window as unknown as FakeWindow).__fakeWorkbook;
      const rows = wb.grid().sheets.find((x) => x.name === s)?.rows ?? [];
      const col = (rows[1] ?? []).findIndex((c) => c.text === "id");
      const ids = rows.map((r, i) => ({ i, id: r[col]?.text ?? "" })).filter((x) => x.i >= 3 && x.id !== "");
      const [a, b] = [ids[0], ids[1]];
      if (col < 0 || !a || !b) throw new Error("no id column");
      wb.set(s, `${String.fromCharCode(65 + col)}${b.i + 1}`, a.id);
    }, SHEET);
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, /校验完成/);
    const problems = page.locator("#flag-list li.flag-problem");
    expect(await problems.count()).toBeGreaterThan(0);
    expect(await page.locator("#flag-list li.flag-problem.level-warning").count()).toBe(await problems.count());
    expect(await page.evaluate(() => document.getElementById("message-bar")?.className)).toBe("message-bar is-warning");
    for (const lang of ["zh", "en"]) {
      const first = await problems.first().innerText();
      expect({ lang, first: first.slice(0, lang === "zh" ? 3 : 9) }).toEqual({ lang, first: lang === "zh" ? "警告：" : "Warning: " });
      expect({ lang, text: /工作簿问题中有警告|Workbook problems: \d+ warning/.test(await page.locator("#message").innerText()) }).toEqual({ lang, text: true });
      expect({ lang, violations: await axeViolations(page) }).toEqual({ lang, violations: [] });
      await problems.first().scrollIntoViewIfNeeded();
      await shot(`check-warning-${lang}`);
      await page.click("#lang-toggle");
    }
  }, 60000);

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
