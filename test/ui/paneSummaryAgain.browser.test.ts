/**
 * 生成汇总 clicked again (trial, session 32): it used to add 汇总(2), 汇总(3)… on every click. Now it
 * replaces its own earlier 汇总 and 问题清单 while they are as it wrote them, and says 已更新; once a
 * person has typed into one, it writes new sheets beside them and says why in the same line, naming
 * only the sheet typed into as changed (trial33p P9: 问题清单 was said changed with 汇总).
 * Production bundle, headless Chromium, fakeOffice.js, 320 px, zh and en.
 */
import type { Page } from "playwright-core";
import { messageText, openLoaded, untilIdle, type OpenPane } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; sheetNames(): string[] } };

const names = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.sheetNames().filter((n) => /^(汇总|问题清单)/.test(n)));

async function summary(page: Page): Promise<string> {
  await page.click("#tab-summary");
  await page.click("#summary-button");
  await untilIdle(page, /^(已生成|已更新|Added|Updated)/);
  return messageText(page);
}

describe.each([
  // replaced: and that a change of format alone is not seen (the mark hashes values); kept: each sheet with its own reason, in its number
  ["zh", "已生成：汇总、问题清单", "已更新：汇总、问题清单（替换本工具上次生成、之后未改动的表）。只改格式（颜色、加粗、列宽）不算改动：这样的表也会被替换；要保留，先在表中任一单元格写入内容。",
    "已生成：汇总(2)、问题清单(2)。原有的「汇总」生成后已有改动，保留原样、未覆盖。原有的「问题清单」本身未改动，但同批生成的表之后改了内容、被复制或删除，一并保留、未覆盖。"],
  ["en", "Added: 汇总, 问题清单", "Updated: 汇总, 问题清单 (the add-in's earlier sheets, unchanged since, replaced). A change of format alone (colour, bold, column width) is not seen as a change: such a sheet is replaced too; to keep one, type something into any of its cells first.",
    "Added: 汇总(2), 问题清单(2). Kept as it is, not overwritten (changed since the add-in made it): \"汇总\". Kept as it is, not overwritten (unchanged, but made together with a sheet changed, copied or deleted since): \"问题清单\"."],
] as const)("生成汇总 again (%s)", (lang, first, replaced, edited) => {
  let pane: OpenPane;
  let page: Page;
  beforeAll(async () => {
    pane = await openLoaded(lang);
    page = pane.page;
  });
  afterAll(async () => { await pane?.close(); });

  it.each([
    ["first click: new sheets", () => Promise.resolve(), first, ["汇总", "问题清单"]],
    ["again, unchanged: its own sheets replaced", () => Promise.resolve(), replaced, ["汇总", "问题清单"]],
    ["again after a person typed into 汇总: new sheets, and why", () => page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.set("汇总", "B2", "我的批注")), edited, ["汇总", "问题清单", "汇总(2)", "问题清单(2)"]],
    ["again: the unchanged second set replaced, the edited first kept", () => Promise.resolve(), replaced.replace(/汇总/, "汇总(2)").replace(/问题清单/, "问题清单(2)"), ["汇总", "问题清单", "汇总(2)", "问题清单(2)"]],
  ])("%s", async (_n, before, said, sheets) => {
    await before();
    // then summary's own lines on the return (this workbook's cover names no 填报单位: paneSaysWhatCliSays)
    const text = await summary(page);
    expect({ startsWithSaid: text.startsWith(said), text }).toEqual({ startsWithSaid: true, text });
    expect(await names(page)).toEqual(sheets);
    expect(pane.pageErrors).toEqual([]);
  });
});
