/**
 * 从规划文本导入 of a table without 序号 or 属性 columns (trial 26): the preview showed empty 序号 and 属性 cells,
 * which read as a field not shown or still loading. Now such a cell says "—", as the row's own labels already
 * did (序号 —); a table that has them shows them. Production bundle, headless Chromium, fakeOffice.js, 360 px.
 */
import type { Page } from "playwright-core";
import { openImportPane, readImport, type OpenPane } from "./paneHarness";

const WITHOUT = ["领域\t指标\t单位\t2020年\t2025年", "经济发展\t地区生产总值\t亿元\t1500\t2000", "经济发展\t城镇调查失业率\t%\t5\t≤5.5"].join("\n");
const WITH = ["序号\t领域\t指标\t单位\t2020年\t2025年\t属性", "1\t经济发展\t地区生产总值\t亿元\t1500\t2000\t预期性", "2\t经济发展\t城镇调查失业率\t%\t5\t≤5.5\t约束性"].join("\n");

/** The 序号 and 属性 cells of every preview row. */
const cells = (page: Page): Promise<Array<[string, string]>> => page.locator("#import-rows tr[data-id]").evaluateAll((trs) => trs.map((tr) => [
  (tr.querySelector("td.col-number") as HTMLElement).innerText.trim(), (tr.querySelector("td.col-attribute") as HTMLElement).innerText.trim(),
] as [string, string]));

describe("从规划文本导入: a table without 序号 or 属性", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(360, 1000);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it.each([
    ["without them: a dash in each", WITHOUT, [["—", "—"], ["—", "—"]]],
    ["with them: the table's own", WITH, [["1", "预期性"], ["2", "约束性"]]],
  ])("%s", async (_what, text, expected) => {
    // a second 读取 over an unedited preview reads again at once (paneImportEdits)
    await readImport(page, text, /^读出 2 项指标/);
    expect(await cells(page)).toEqual(expected);
  });
});
