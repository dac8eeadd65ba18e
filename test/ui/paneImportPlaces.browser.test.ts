/**
 * 从规划文本导入 in the pane: the unread lists name a line by what it was read from, as the CLI
 * does. 读取选中区域 names the worksheet and its own rows (a cell's line breaks shift nothing; was
 * a line of the text box and 网页复制的表格); text pasted into the box names the box's line.
 * Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { openPane, untilIdle, type OpenPane } from "./paneHarness";
import { SELECTED_RANGE_ROWS } from "../support/selectedRangeRows";

type Fake = { __fakeWorkbook: { setSelection(address: string, text: string[][]): void } };

const RANGE = SELECTED_RANGE_ROWS;
const PASTE = "序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t孕产妇系统管理率\t%\t95%\t≥96%\t约束性\n2\t每千人口执业医师数\n3\t人均预期寿命\t岁\t79\t80\t预期性";

interface Item { line: string; code: string; place: string; text: string }

describe("从规划文本导入: the unread lists name the sheet's rows or the box's lines (scripted Office host)", () => {
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

  const items = (): Promise<Item[]> => page.locator("#import-unread li").evaluateAll((lis) => lis.map((li) => ({
    line: (li as HTMLElement).dataset.line ?? "", code: (li as HTMLElement).dataset.code ?? "",
    place: li.querySelector(".unread-line")?.textContent ?? "", text: li.textContent ?? "",
  })));

  test.each<[string, () => Promise<void>, Array<[string, string, string, string]>, Array<[string, string]>]>([
    ["读取选中区域 (Sheet1!A10:F17)", async () => {
      await page.evaluate((rows) => (window as unknown as Fake).__fakeWorkbook.setSelection("Sheet1!A10:F17", rows), RANGE);
      await page.click("#import-range-button");
    }, [
      // 未载入 first, then 已载入，请核对
      ["16", "name-only", "工作表「Sheet1」第 16 行", "只有指标名称，没有读到基期值和目标值，未载入"],
      ["15", "cell-breaks", "工作表「Sheet1」第 15 行", "单元格内有换行（工作表）"],
    ], [["Sheet “Sheet1” row 16", "a name with no baseline or target: not loaded"], ["Sheet “Sheet1” row 15", "line breaks inside cells (a worksheet)"]]],
    ["pasted text with a bad line 3", async () => {
      await page.fill("#import-text", PASTE);
      await page.click("#import-read-button");
    }, [
      ["3", "name-only", "粘贴文本第 3 行", "只有指标名称，没有读到基期值和目标值，未载入"],
    ], [["Line 3 of the pasted text", "a name with no baseline or target: not loaded"]]],
  ])("%s: zh, then en on English", async (_d, read, zh, en) => {
    await read();
    await untilIdle(page, /读出 \d+ 项指标/);
    const shown = await items();
    expect(shown.map((i) => [i.line, i.code, i.place])).toEqual(zh.map(([line, code, place]) => [line, code, place]));
    zh.forEach(([, , place, says], k) => expect(shown[k]?.text).toContain(`${place}：${says}`));
    expect(shown.map((i) => i.text).join("\n")).not.toMatch(/网页/);
    await page.click("#lang-toggle");
    try {
      const english = await items();
      expect(english.map((i) => i.place)).toEqual(en.map(([place]) => place));
      en.forEach(([place, says], k) => expect(english[k]?.text).toContain(`${place}：${says}`));
      expect(english.map((i) => i.text).join("\n")).not.toMatch(/web page|[Ll]ine 1[0-9]/);
    } finally {
      await page.click("#lang-toggle");
    }
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
