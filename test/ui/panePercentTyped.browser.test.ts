/**
 * 95% typed into a % row, as Excel stores it (0.95 in the 0% format: the fake host's typeCell), checked and fixed in the
 * pane (zh, en). trial47c needed a wrapper around readGrid and applyFixes for this, the fake host keeping no formats:
 * the pane then quoted the cell as 95% and the host refused the fix (「校验时为「95%」，现在是「0.95」…未修改」).
 * Production bundle, headless Chromium, fakeOffice.js, 320 px.
 */
import type { Page } from "playwright-core";
import { loadTemplate, messageText, openPane, untilIdle, type OpenPane } from "./paneHarness";

interface FakeBook {
  typeCell(s: string, c: string, typed: string): void;
  get(s: string, c: string): { type: string; value?: number };
  numberFormat(s: string, c: string): string;
  text(s: string, c: string): string;
  exportBook(): { sheets: Array<{ name: string; cells: Record<string, { value: unknown; numberFormat: string; text: string }> }> };
}
type FakeWindow = { __fakeWorkbook: FakeBook };

const SHEET = "舟山市表2";
const CELL = "K4"; // the 2023 column of a % row

/** what the host holds in the cell: value, format and Range.text, and the same through exportBook */
const held = (page: Page): Promise<{ value: unknown; numberFormat: string; text: string; exported: unknown }> => page.evaluate(([s, c]) => {
  const wb = (window as unknown as FakeWindow).__fakeWorkbook;
  const v = wb.get(s, c);
  return { value: v.value, numberFormat: wb.numberFormat(s, c), text: wb.text(s, c), exported: wb.exportBook().sheets.find((x) => x.name === s)?.cells[c] };
}, [SHEET, CELL] as const);

async function check(page: Page, done: RegExp): Promise<void> {
  await page.click("#tab-check");
  await page.click("#check-button");
  await untilIdle(page, done);
}

describe.each([
  ["zh", { loaded: /^已加载/, checked: /^校验完成/, said: "单元格为百分比格式，填入「95%」实际存为 0.95；本行单位为 %，应填 95（不带 %）", refused: /未修改/, fixed: /已修改 1 个单元格/, confirm: "：「95%」 → 95" }],
  ["en", { loaded: /^Loaded/, checked: /^Check done/, said: 'the cell is in a percent style: "95%" is stored as 0.95; the row\'s unit is %, so enter 95 (without %)', refused: /not changed/, fixed: /1 cell changed/, confirm: ': "95%" → 95' }],
] as const)("95%% typed into a %% row, as Excel stores it (%s)", (lang, w) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(320, 800);
    page = pane.page;
    if (lang === "en") await page.click("#lang-toggle");
    await loadTemplate(page, "zhoushan-2021-2025", "2023", w.loaded);
    await page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fakeWorkbook.typeCell(s, c, "95%"), [SHEET, CELL] as const);
  });
  afterAll(async () => { await pane?.close(); });

  it("the host holds 0.95 in 0%, shown as 95%", async () => {
    expect(await held(page)).toEqual({ value: 0.95, numberFormat: "0%", text: "95%", exported: { value: 0.95, numberFormat: "0%", text: "95%" } });
  });

  it("校验 says the cell is in a percent style and 95 is meant", async () => {
    await check(page, w.checked);
    const flag = page.locator(`#flag-list li.flag[data-cell="${CELL}"]`);
    expect(await flag.innerText()).toContain(w.said);
  });

  it("the fix is written: the host holds 95 in General, and the new check has nothing on the cell", async () => {
    await page.locator(`#flag-list li.flag[data-cell="${CELL}"] button.flag-apply`).click();
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    expect((await page.locator("#confirm-list li").allInnerTexts()).join("\n")).toContain(w.confirm);
    await page.click("#confirm-ok");
    await untilIdle(page, w.fixed);
    expect(await messageText(page)).not.toMatch(w.refused);
    expect(await held(page)).toEqual({ value: 95, numberFormat: "General", text: "95", exported: { value: 95, numberFormat: "General", text: "95" } });
    const again = page.locator(`#flag-list li.flag[data-cell="${CELL}"]`);
    expect(await again.count() === 0 ? "" : await again.innerText()).not.toContain(w.said);
    expect(pane.pageErrors).toEqual([]);
  });
});
