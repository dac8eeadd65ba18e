/**
 * trial38 F3 in the pane itself (dist/, headless Chromium, fakeOffice): 评估所选文件 with the 报送台账 chosen beside the
 * returns uses it as `report --ledger` does (chosenLedger, as 汇总所选文件): the units in the ledger's order, the unit
 * that never replied 未报送, the ledger not said 未评估（报送台账）. On the old code the line said
 * 未评估（报送台账）：报送台账.xlsx and gave the units by file name, none 未报送. Chinese and English.
 */
import type { Page } from "playwright-core";
import { axeViolations, messageText, openLoaded, untilIdle, type OpenPane } from "./paneHarness";
import { returnsWithLedger, type Chosen } from "./returnsWithLedger";

let pane: OpenPane;
let page: Page;
let files: Chosen[] = [];
beforeAll(async () => {
  // the ledger's order is not the files' names' (定海区 before 普陀区 by name)
  files = await returnsWithLedger(["普陀区", "嵊泗县", "定海区"], ["定海区", "普陀区"]);
  pane = await openLoaded("zh");
  page = pane.page;
}, 180_000);
afterAll(async () => { await pane?.close(); });

test.each<["zh" | "en", RegExp, RegExp]>([
  ["zh", /^评估 2 份填报（2023 年度）。[^]*【普陀区】[^]*【嵊泗县】未报送。[^]*【定海区】/, /未评估|报送台账\.xlsx/],
  ["en", /^Evaluated 2 returns, year 2023\.[^]*\[普陀区\][^]*\[嵊泗县\] Not submitted\.[^]*\[定海区\]/, /not evaluated|报送台账\.xlsx/i],
])("评估所选文件 with the 报送台账 chosen (%s): the ledger's order, the unit not sent 未报送, the ledger not 未评估", async (lang, said, never) => {
  await page.click("#tab-summary");
  await page.setInputFiles("#summary-files", files);
  await page.click("#evaluate-files-button");
  await untilIdle(page, /^评估 2 份填报/);
  if (lang === "en") await page.click("#lang-toggle");
  const line = await messageText(page);
  if (lang === "en") await page.click("#lang-toggle");
  expect(line).toMatch(said);
  expect(line).not.toMatch(never);
  expect(await axeViolations(page)).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
}, 120_000);
