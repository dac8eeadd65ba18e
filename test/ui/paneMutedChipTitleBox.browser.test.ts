/**
 * trial47c F5: a status chip at 0 kept its full colour (严重滞后 0 solid red; only 待人工评估 / 不适用 were white), and after
 * 读取 the 标题（可选） box stayed empty though the message named the title read. Now a chip at 0 is muted (white, grey words,
 * count-zero) and 读取 puts the table's title in the box, a typed title kept, the next table's title replacing the one put
 * there. On the old code no chip was muted and the box stayed empty. Production bundle, headless Chromium, fakeOffice.js, 320 px.
 */
import type { Page } from "playwright-core";
import { loadAndCheck, openImportPane, openPane, readImport, type OpenPane } from "./paneHarness";

const table = (title: string): string => [title, "序号\t指标\t2020年\t2025年", "1\t森林覆盖率（%）\t60\t≥ 61"].join("\n");

describe("a chip at 0 is muted", () => {
  let pane: OpenPane;
  let page: Page;
  beforeAll(async () => {
    pane = await openPane(320, 900);
    page = pane.page;
    await loadAndCheck(page, "zhoushan-2021-2025", "2023");
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });

  it("each chip at 0, and only those, is white with grey words; a chip with rows keeps its colour", async () => {
    const chips = await page.locator("#status-counts [data-status]").evaluateAll((xs) => xs.map((x) => ({
      status: (x as HTMLElement).dataset.status, count: Number(x.querySelector(".count-value")?.textContent), zero: x.classList.contains("count-zero"), background: getComputedStyle(x).backgroundColor,
    })));
    expect(chips.some((c) => c.count === 0)).toBe(true);
    expect(chips.some((c) => c.count > 0 && c.status === "missing")).toBe(true);
    for (const c of chips) {
      expect([c.status, c.zero]).toEqual([c.status, c.count === 0]);
      if (c.count === 0) expect([c.status, c.background]).toEqual([c.status, "rgb(255, 255, 255)"]);
    }
    expect(chips.find((c) => c.status === "missing")?.background).not.toBe("rgb(255, 255, 255)");
  });
});

describe("读取 fills the 标题 box", () => {
  let pane: OpenPane;
  let page: Page;
  beforeAll(async () => {
    pane = await openImportPane(320, 900);
    page = pane.page;
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });
  const box = (): Promise<string> => page.inputValue("#import-title-input");

  it("the title read is put in the box, the next table's replaces it, a typed one is kept", async () => {
    await readImport(page, table("某县“十四五”林业主要指标"), /读出 1 项指标（[^）]*林业/);
    expect(await box()).toBe("某县“十四五”林业主要指标");
    await readImport(page, table("某县“十四五”水利主要指标"), /读出 1 项指标（[^）]*水利/);
    expect(await box()).toBe("某县“十四五”水利主要指标");
    await page.fill("#import-title-input", "我的标题");
    await readImport(page, table("某县“十四五”交通主要指标"), /读出 1 项指标（[^）]*我的标题/);
    expect(await box()).toBe("我的标题");
    expect(pane.pageErrors).toEqual([]);
  });
});
