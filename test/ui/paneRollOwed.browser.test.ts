/**
 * Session 46 in the pane: a 2024 row left blank with its reason in 说明 (未填报（已说明）, 县统计局尚未发布…) loses that 说明
 * when the pane changes the year (填报 › 年度 2025 › 加载模板 › the roll dialog), as `rollover` leaves it; rollover names
 * the row (rolled_explained_blank), the pane said nothing. The roll dialog now names it in rollover's words before anything
 * is written, the result line again, and 校验 of the rolled workbook names the cell still blank (earlier_year_owed, as
 * `check`: the metadata keeps it; its syncs and the agreement with rollover's file: test/office/yearRollOwed). Typed, the
 * line goes. On the old code the dialog had no #roll-owed and 校验 said nothing of L15.
 * Production bundle, headless Chromium, fakeOffice.js, 360 px, in Chinese and in English.
 */
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { messageText, untilIdle, type OpenPane, openPaneIn, loadTemplate } from "./paneHarness";

const TEMPLATE = "zhoushan-2021-2025";
const SHEET = "舟山市表2";
const plan = buildWorkbookPlan([findTemplate(TEMPLATE) as Template], { year: 2024 });
/** a column's letter by its key in the template's hidden key row */
const col = (key: string): string => (plan.sheets.find((s) => s.name === SHEET)?.cells.find((c) => /^[A-Z]+2$/.test(c.address) && c.value === key)?.address ?? "?").replace(/\d+$/, "");
const NOTE = "县统计局尚未发布2024年劳动年龄人口平均受教育年限，发布后补报";

interface FakeWorkbook { set(s: string, c: string, v: unknown): void }

describe.each([
  {
    display: "zh-CN", ready: "就绪", loaded: /^已加载/, rolled: /^已改为 2025 年度/, checked: /^校验完成/,
    line: `注意：舟山市表2!L15 劳动年龄人口平均受教育年限(年)：2024 年未填报（原说明：${NOTE}），新表中仍为空，数据发布后请补填。`,
    owed: `2024 年的数值仍未填写（2024 年填报时已说明：${NOTE}）：数据发布后请补填`,
  },
  {
    display: "en-US", ready: "Ready", loaded: /^Loaded/, rolled: /^Now reporting on 2025/, checked: /^Check done/,
    line: `Note: 舟山市表2!L15 劳动年龄人口平均受教育年限(年): not filled in for 2024 (its 说明 then: ${NOTE}), still blank in the new return; fill it in once the figure is published.`,
    owed: `the value for 2024 is still not filled in (explained in the 2024 return: ${NOTE}): fill it in once the figure is published`,
  },
])("a row left blank with its reason, the year changed in the pane ($display)", ({ display, ready, loaded, rolled, checked, line, owed }) => {
  let pane: OpenPane;

  afterAll(async () => {
    await pane?.close();
  });

  it("the roll dialog and the result line name it, as rollover does", async () => {
    pane = await openPaneIn(display, 360, 900, ready);
    const page = pane.page;
    await loadTemplate(page, TEMPLATE, "2024", loaded);
    await page.evaluate(([s, c, v]) => { (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.set(s as string, c as string, v); }, [SHEET, `${col("note")}15`, NOTE] as const);
    await page.fill("#year-input", "2025");
    await page.click("#load-button");
    await page.locator("#roll-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#roll-owed").isVisible()).toBe(true);
    expect(await page.locator("#roll-owed").innerText()).toBe(line);
    await page.click("#roll-ok");
    await untilIdle(page, rolled);
    expect(await messageText(page)).toContain(line);
    expect(pane.pageErrors).toEqual([]);
  });

  it("校验 of the rolled workbook names L15 while it is blank; typed, the line goes", async () => {
    const page = pane.page;
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, checked);
    expect(await page.locator("#flag-list").innerText()).toContain(owed);
    await page.evaluate(([s, c]) => { (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.set(s as string, c as string, 11.1); }, [SHEET, `${col("in:2024")}15`] as const);
    await page.click("#check-button");
    await untilIdle(page, checked);
    expect(await page.locator("#flag-list").innerText()).not.toContain(owed);
    expect(pane.pageErrors).toEqual([]);
  });
});
