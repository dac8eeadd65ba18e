/**
 * 从规划文本导入 of a trial's real web copies (trial28c; test/fixtures/tables/trial28c): the pane's 读取 says what
 * `import` says. 专栏1 with `1。空气质量` sub-groups loaded 7 of 8 (the first row 没有序号, the rest 未分类), its
 * browser copy lost its row without a 累计 cell (整行错位), and a 完成情况 table was refused for a baseline year
 * not before its target year. Production bundle, headless Chromium, fakeOffice.js, 360 px.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { openImportPane, readImport, type OpenPane } from "./paneHarness";

const TABLES = path.join(__dirname, "../fixtures/tables/trial28c");
const text = (file: string): string => fs.readFileSync(path.join(TABLES, file), "utf8");

describe("从规划文本导入: a trial's web copies", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1000);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it.each<[string, string, RegExp]>([
    ["1。空气质量 as a numbered sub-group", "icbw-eco-13th-cleaned-tabs.txt", /^读出 8 项指标.*；未载入 0 处，需核对 10 处/],
    ["the browser's copy, merged cells on their first row only", "icbw-eco-13th-browser-copy.txt", /^读出 8 项指标.*；未载入 0 处，需核对 14 处/],
    ["a 完成情况 table, refused for what it is", "yuecheng-13th-completion.txt", /粘贴文本第 3 行的表头没有基期值一列：“2020年预计值”“完成情况”是完成结果（预计、完成、实际），不是基期值。这像是规划的完成情况表/],
  ])("%s (%s)", async (_d, file, said) => {
    await readImport(page, text(file), said);
    if (file.startsWith("icbw")) expect(await page.locator("#import-rows tr[data-id]").count()).toBe(8);
  });
});
