/**
 * A fresh-user trial of the pane (session 32) found it quieter than the CLI on the same workbook. Each case
 * here is a line the CLI gives, from the same coded message, that the pane now shows too: a return whose
 * template sheet is gone is refused in red (not 0 项需关注 in amber). Production bundle, headless Chromium,
 * fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { findTemplate } from "../../src/templates/catalog";
import { messageText, openPane, untilIdle, type OpenPane } from "./paneHarness";

type Actions = { readGrid(): Promise<{ sheets: Array<{ name: string }> }>; sheets(): Promise<Array<{ name: string }>> };
const SHEET = "舟山市表2";
const ID = "zhoushan-2021-2025";

let pane: OpenPane;
let page: Page;
beforeAll(async () => {
  pane = await openPane(350, 900);
  page = pane.page;
  await page.selectOption("#template-select", ID);
  await page.fill("#year-input", "2023");
  await page.click("#load-button");
  await untilIdle(page, /^已加载/);
}, 120000);
afterAll(async () => {
  await pane?.close();
});

const barClass = (): Promise<string | undefined> => page.evaluate(() => document.getElementById("message-bar")?.className);

describe("校验 of a return whose indicator sheet was deleted", () => {
  it("is refused in red with check's line (template_sheet_missing), in zh and en", async () => {
    const t = findTemplate(ID);
    if (!t) throw new Error(ID);
    // the sheet deleted: the host no longer reads it (as a user's 删除工作表 leaves the metadata)
    await page.evaluate((s) => {
      const a = (window as unknown as { __planReturnsActions: Actions }).__planReturnsActions;
      const read = a.readGrid.bind(a);
      const sheets = a.sheets.bind(a);
      a.readGrid = () => read().then((g) => ({ ...g, sheets: g.sheets.filter((x) => x.name !== s) }));
      a.sheets = () => sheets().then((all) => all.filter((x) => x.name !== s));
    }, SHEET);
    await page.click("#tab-check");
    await page.click("#check-button");
    const zh = describeWorkbookProblem({ code: "template_sheet_missing", params: { id: t.id, title: t.title } }, "zh");
    await page.waitForFunction((z) => (document.getElementById("message")?.textContent ?? "").includes(z), zh);
    expect({ message: await messageText(page), bar: await barClass() }).toEqual({ message: expect.stringContaining(zh), bar: "message-bar is-error" });
    expect(await messageText(page)).not.toMatch(/需关注/);
    await page.click("#lang-toggle");
    expect(await messageText(page)).toContain(describeWorkbookProblem({ code: "template_sheet_missing", params: { id: t.id, title: t.title } }, "en"));
    await page.click("#lang-toggle");
  }, 60000);
});

describe("no page errors", () => {
  it("had none", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
