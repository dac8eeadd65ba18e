/**
 * 从规划文本导入: a paste past an indicator table's size (a whole document, or a sheet with one huge
 * cell) is refused in one line before reading, as `import` refuses it (MAX_TABLE_CHARS); the pane had no
 * bound and searched the text for a header for minutes. Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { MAX_TABLE_CHARS } from "../../src/import/MAX_TABLE_CHARS";
import { openPane, untilIdle, type OpenPane } from "./paneHarness";

const HEAD = "序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t人均预期寿命\t岁\t79\t80\t预期性\n";

describe("从规划文本导入: a paste too large to be an indicator table (scripted Office host)", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(380, 900);
    page = pane.page;
    await page.click("#tab-import");
  });

  afterAll(async () => {
    await pane?.close();
  });

  test.each<[string, number, RegExp]>([
    ["past the bound: refused", MAX_TABLE_CHARS + 1, /^粘贴的文字有 1,000,\d{3} 个字符，超过一张指标表的上限 1,000,000，没有读取/],
    ["within the bound: read", 2_000, /读出 \d+ 项指标/],
  ])("%s", async (_why, size, said) => {
    const text = HEAD + "注".repeat(Math.max(0, size - HEAD.length));
    await page.evaluate((t) => { (document.getElementById("import-text") as HTMLTextAreaElement).value = t; }, text);
    await page.click("#import-read-button");
    await untilIdle(page, said);
    const message = (await page.textContent("#message")) ?? "";
    expect(message).toMatch(said);
    if (size > MAX_TABLE_CHARS) expect(await page.isHidden("#import-result")).toBe(true);
  });
});
