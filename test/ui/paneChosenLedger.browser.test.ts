/**
 * trial37b F5 in the pane itself (dist/, headless Chromium, fakeOffice): the 报送台账 chosen beside the returns is used as
 * `summary --ledger` uses it: the unit that never replied is named to chase and the 报送台账 sheet is written beside 汇总;
 * before, the line said only 未汇总（报送台账）：报送台账.xlsx. The ledger code loads with the summary chunk, on demand.
 */
import type { Page } from "playwright-core";
import { messageText, openLoaded, untilIdle, type OpenPane } from "./paneHarness";
import { returnsWithLedger, type Chosen } from "./returnsWithLedger";

type FakeWindow = { __fakeWorkbook: { sheetNames(): string[] } };
let pane: OpenPane;
let page: Page;
let files: Chosen[] = [];
beforeAll(async () => {
  files = await returnsWithLedger(["定海区", "普陀区", "嵊泗县"], ["定海区", "普陀区"]);
  pane = await openLoaded("zh");
  page = pane.page;
}, 180_000);
afterAll(async () => { await pane?.close(); });

test.each<[string, RegExp, string]>([
  ["the unit never replied named to chase, the ledger's counts said", /未报，请催报：嵊泗县/, "报送台账：应报 3，收到 2 份"],
])("汇总所选文件 with the 报送台账 chosen: %s, its sheet written", async (_name, chase, counts) => {
  await page.click("#tab-summary");
  await page.setInputFiles("#summary-files", files);
  await page.click("#consolidate-button");
  await untilIdle(page, /^(已生成|已更新)/);
  const line = await messageText(page);
  expect(line).toMatch(chase);
  expect(line).toContain(counts);
  expect(line).not.toContain("未汇总（报送台账）");
  expect(await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.sheetNames())).toEqual(expect.arrayContaining(["汇总", "问题清单", "报送台账"]));
  // trial37c F7: the units to chase come before the totals by status (in the folded message's first lines), and the
  // chosen files' line says which of them is the 报送台账 once it has been read so
  expect(line.indexOf("未报，请催报")).toBeLessThan(line.indexOf("已达标"));
  expect(await page.locator("#summary-files-chosen").innerText()).toBe("已选择 3 个文件（填报 2 份，另 1 份是报送台账「报送台账.xlsx」）：2023-定海区.xlsx、2023-普陀区.xlsx、报送台账.xlsx");
}, 120_000);
