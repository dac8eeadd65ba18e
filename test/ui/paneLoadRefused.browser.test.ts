/**
 * Session 41: 加载模板's refusal (a sheet the host would not refresh: rows sorted, an id it does not know) joined its
 * lines by hand with ；, so it never ended (「…未重新加载」) and a note after it ran 「。；」. It is one line of
 * sentences now, joined where the pane's sentences are joined (paneSentences): each refusal ends with 。 (en "."),
 * the next begins after it. On the old code: 「…未重新加载；工作表…未重新加载」 with no end. Production bundle,
 * headless Chromium, fakeOffice.js, 320 px, in Chinese and in English.
 */
import type { SheetRefusal } from "../../src/hosts/office/SheetRefusal";
import { sheetRefusalText } from "../../src/ui/shared/sheetRefusalText";
import { messageText, untilIdle, type OpenPane, openPaneIn } from "./paneHarness";

const SHEET = "舟山市表2";
/** what the host refuses on the second load (refreshPlan's layout checks) */
const REFUSED: SheetRefusal[] = [
  { sheet: SHEET, reason: "layout_changed", layout: "row_id", row: 4 },
  { sheet: SHEET, reason: "layout_changed", layout: "extra_id", row: 60 },
];

describe.each([
  { lang: "zh" as const, display: "zh-CN", ready: "就绪", loaded: /^已加载/, said: `${sheetRefusalText(REFUSED[0] as SheetRefusal, "zh")}。${sheetRefusalText(REFUSED[1] as SheetRefusal, "zh")}。` },
  { lang: "en" as const, display: "en-US", ready: "Ready", loaded: /^Loaded/, said: `${sheetRefusalText(REFUSED[0] as SheetRefusal, "en")}. ${sheetRefusalText(REFUSED[1] as SheetRefusal, "en")}.` },
])("加载模板 refused ($lang): one line of sentences", ({ display, ready, loaded, said }) => {
  let pane: OpenPane;

  afterAll(async () => {
    await pane?.close();
  });

  it("each refusal a sentence, ended", async () => {
    pane = await openPaneIn(display, 320, 800, ready);
    const page = pane.page;
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", "2023");
    await page.click("#load-button");
    await untilIdle(page, loaded);
    // the host refuses the refresh, as refreshPlan refuses a sheet whose rows were sorted
    await page.evaluate((r) => {
      const actions = (window as unknown as { __fakeWorkbook: { actions: { apply(): Promise<unknown> } } }).__fakeWorkbook.actions;
      actions.apply = () => Promise.resolve({ refused: r });
    }, REFUSED);
    await page.click("#load-button");
    await page.locator("#conflict-dialog").waitFor({ state: "visible" });
    await page.click("#conflict-refresh");
    await untilIdle(page, new RegExp(`^${said.slice(0, 8).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(await messageText(page)).toBe(said);
    expect(pane.pageErrors).toEqual([]);
  });
});
