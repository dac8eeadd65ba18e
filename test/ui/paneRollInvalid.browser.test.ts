/**
 * trial34p Q1: a 2023 value that is not a number (「待统计」 in K8), left as it is, then 填报 › 2024 › 加载模板. `rollover`
 * names it (注意：带入的 1 格…不是有效数值…请逐格改正) and `check` of the 2024 file lists it on the row's empty 2024 cell
 * (K8：2023 年的数值不能使用…); the pane said only 「说明 1 条已清空」 and folded the row into 「未填报」. Now the roll
 * dialog names the cell before anything is written, in rollover's own lines (rolledInvalidLines), and the 2024 校验
 * lists the row with check's own words of the problem (the engine's check of the fake workbook's grid).
 * Production bundle, headless Chromium, fakeOffice.js, 320 px, in Chinese and in English.
 */
import type { Page } from "playwright-core";
import { rolledInvalidLines } from "../../src/cli/rolledInvalidLines";
import { carriedInvalid } from "../../src/cycle/carriedInvalid";
import { carriedInputs } from "../../src/sheet/carriedInputs";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { flagCell } from "../../src/ui/shared/sortFlags";
import { messageText, openPane, untilIdle, type OpenPane } from "./paneHarness";

const SHEET = "舟山市表2";
const TEMPLATE = findTemplate("zhoushan-2021-2025") as Template;
type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; grid(): GridWorkbook } };
const gridOf = (page: Page): Promise<GridWorkbook> => page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.grid());

describe.each([
  { lang: "zh" as const, rolled: /^已改为 2024 年度/, checked: /^校验完成/, head: "注意：带入的 1 格在原填报（2023 年度）核对时不是有效数值，已照原样带入；" },
  { lang: "en" as const, rolled: /^Now reporting on 2024/, checked: /^Check done/, head: "Note: 1 cell carried is not a valid number in the 2023 return's check, carried as it is;" },
])("a carried value that is not a number ($lang): named before the roll, listed by the new year's 校验", ({ lang, rolled, checked, head }) => {
  let pane: OpenPane;
  let page: Page;
  let before: GridWorkbook;

  beforeAll(async () => {
    pane = await openPane(320, 900);
    page = pane.page;
    await page.selectOption("#template-select", TEMPLATE.id);
    await page.fill("#year-input", "2023");
    await page.click("#load-button");
    await untilIdle(page, /^已加载/);
    if (lang === "en") await page.click("#lang-toggle");
    await page.evaluate(([s]) => { const wb = (window as unknown as FakeWindow).__fakeWorkbook; wb.set(s as string, "I8", 80); wb.set(s as string, "J8", 85); wb.set(s as string, "K8", "待统计"); }, [SHEET] as const);
    before = await gridOf(page);
    await page.fill("#year-input", "2024");
    await page.click("#load-button");
    await page.locator("#roll-dialog").waitFor({ state: "visible" });
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });

  it("the roll dialog names K8 before anything is written, in rollover's lines", async () => {
    // what rollover says of the same values: carriedInvalid on the 2023 workbook checked as 2024's
    const checked = checkGrid(before, 2024);
    if (!checked.ok) throw new Error(checked.message);
    const plan = buildWorkbookPlan([TEMPLATE], { year: 2024 });
    const lines = rolledInvalidLines(carriedInvalid(carriedInputs(before, plan).inputs, checked.report.items, 2023), 2023, lang);
    expect(lines.length).toBe(2);
    expect(await page.locator("#roll-invalid").innerText()).toBe(lines[0]);
    expect(lines[0]?.startsWith(head)).toBe(true);
    expect(await page.locator("#roll-invalid-list li").allInnerTexts()).toEqual([lines[1]?.trim()]);
    expect(lines[1]).toContain(`${SHEET}!K8`);
  });

  it("confirmed: the message says it again, and the 2024 校验 lists the row with check's words, not folded into 未填报", async () => {
    await page.click("#roll-ok");
    await untilIdle(page, rolled);
    expect(await messageText(page)).toContain(head);
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, checked);
    const after = checkGrid(await gridOf(page));
    if (!after.ok) throw new Error(after.message);
    const row = after.report.items.find((i) => i.cells["2023"] === "K8");
    const issue = row?.issues.find((x) => x.code === "earlier_year_invalid");
    expect([row?.status, issue?.cell]).toEqual(["missing", "K8"]);
    // the row's line goes to K8, the cell to correct (flagCell)
    const text = await page.locator(`#flag-list li.flag[data-cell="${row ? flagCell(row, 2024) : "?"}"]`).innerText();
    // check's words from the cell on (the pane's list is by sheet, so it leaves out 工作表「…」)
    const words = (lang === "zh" ? issue?.message : issue?.messageEn) ?? "?";
    expect(text).toContain(words.slice(words.indexOf("K8")));
    expect(pane.pageErrors).toEqual([]);
  });
});
