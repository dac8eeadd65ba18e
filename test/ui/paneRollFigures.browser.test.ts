/**
 * trial40c F12 in the pane: changing a project list's year (填报 › 年度 2025 › 加载模板 › the roll dialog) kept 2024's
 * 累计完成投资 in the cell, where `rollover` leaves it blank (未填报) with last year's figure in the cell's comment. The
 * pane empties it now, keeps the same reference in the cell's input prompt (ExcelApi 1.8; the cells and prompts, cell by
 * cell against rollover's file, and the syncs: test/office/yearRollFigures), and its dialog (before anything is
 * written) and result line say what rollover's says (rolledReferencesLine), the prompt named for the comment. 项目状态 stays. Production bundle, headless Chromium,
 * fakeOffice.js, 360 px, in Chinese and in English.
 * Session 41: the dialog's button said 「改为 2025 年（保留已填数值）」 and its text 「已填写的数值全部保留」 over a list whose
 * 累计完成投资 it empties; both now say so. The rolled list's 校验 offered 填写说明 on each 未填报 row, where check
 * (本年度未填) asks for the year's figure: each row now offers 填写数值, which selects its 累计完成投资 cell (figureWanted).
 * On the old code the button and text said everything was kept, and the rows had 填写说明 and no 填写数值.
 */
import type { Page } from "playwright-core";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { messageText, untilIdle, type OpenPane, openPaneIn, loadTemplate } from "./paneHarness";

const TEMPLATE = "quzhou-2021-2025-housing-projects";
const plan = buildWorkbookPlan([findTemplate(TEMPLATE) as Template], { year: 2024 });
const sheet = plan.sheets.find((s) => s.role === "template")?.name ?? "?";
/** a column's letter by its key in the template's hidden key row */
const col = (key: string): string => (plan.sheets.find((s) => s.name === sheet)?.cells.find((c) => /^[A-Z]+2$/.test(c.address) && c.value === key)?.address ?? "?").replace(/\d+$/, "");

interface FakeWorkbook { set(s: string, c: string, v: unknown): void; get(s: string, c: string): { type: string; text?: string; value?: unknown }; log: { selects: Array<{ sheet: string; cell: string }> } }
const cellOf = (page: Page, s: string, c: string): Promise<unknown> => page.evaluate(([x, y]) => {
  const v = (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.get(x as string, y as string);
  return v.type === "string" ? v.text : v.type === "empty" ? "" : v.value;
}, [s, c] as const);

describe.each([
  {
    display: "zh-CN", ready: "就绪", loaded: /^已加载/, rolled: /^已改为 2025 年度/,
    line: "项目清单的累计完成投资按年度填写：1 格未带入（2025 年度为未填报），2024 年的数写在该格的输入提示中（选中该格时显示），如“上年（2024 年）累计完成投资：38.5 亿元。请填写截至 2025 年底的累计完成投资（亿元）。”",
    ok: "改为 2025 年（清空累计完成投资，保留其他数值）",
    kept: "项目的累计完成投资清空待填（见下），其他已填写的数值全部保留。",
    figure: "填写数值",
    checked: /^校验完成/,
    blank: "本年度未填：项目的累计完成投资都是空的（项目清单的累计完成投资按年度填写，请填写截至 2025 年底的累计数，汇总时按未报）；以下各项均为未填报。",
    partly: (c: string): string => `本年度尚未填完：2 个项目的累计完成投资是空的（${c}6、${c}7；清单按年度填写，请填写截至 2025 年底的累计完成投资），未填的按未填报。`,
  },
  {
    display: "en-US", ready: "Ready", loaded: /^Loaded/, rolled: /^Now reporting on 2025/,
    line: "A project list's 累计完成投资 (investment completed to date) is typed anew each year: 1 cell not carried (未填报 (not reported) in 2025), the 2024 figure kept in the cell's input prompt (shown when the cell is selected); type the total to the end of 2025.",
    ok: "Change to 2025 (empty 累计完成投资, keep other values)",
    kept: "each project's 累计完成投资 is emptied, to be typed anew (see below), and every other value entered is kept.",
    figure: "Enter the figure",
    checked: /^Check done/,
    blank: "No values for the year: every project's 累计完成投资 (investment completed to date) is blank (a project list is filled in each year: type the total to the end of 2025; summary counts it as not sent). Every item below is Not reported.",
    partly: (c: string): string => `Not yet filled for the year: 2 projects' 累计完成投资 (investment completed to date) are blank (${c}6, ${c}7; a list is filled in each year: type each project's total to the end of 2025); rows left blank are Not reported.`,
  },
])("a project list changed to the next year in the pane ($display)", ({ display, ready, loaded, rolled, line, ok, kept, figure, checked, blank, partly }) => {
  let pane: OpenPane;

  afterAll(async () => {
    await pane?.close();
  });

  it("says in the dialog, then empties 2024's 累计完成投资 and says where last year's figure is, as rollover does; 项目状态 stays", async () => {
    pane = await openPaneIn(display, 360, 900, ready);
    const page = pane.page;
    await loadTemplate(page, TEMPLATE, "2024", loaded);
    await page.evaluate(([s, c, st]) => {
      const wb = (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook;
      wb.set(s as string, c as string, 38.5);
      wb.set(s as string, st as string, "在建");
    }, [sheet, `${col("completed")}4`, `${col("state")}4`] as const);
    await page.fill("#year-input", "2025");
    await page.click("#load-button");
    await page.locator("#roll-dialog").waitFor({ state: "visible" });
    // said before anything is written, so the person can cancel
    expect(await page.locator("#roll-cleared").innerText()).toContain(line);
    // the button and the text say the list's 累计完成投资 is emptied, not that every value is kept
    expect(await page.locator("#roll-ok").innerText()).toBe(ok);
    expect(await page.locator("#roll-text").innerText()).toContain(kept);
    await page.click("#roll-ok");
    await untilIdle(page, rolled);
    expect(await messageText(page)).toContain(line);
    expect([await cellOf(page, sheet, `${col("completed")}4`), await cellOf(page, sheet, `${col("state")}4`)]).toEqual(["", "在建"]);
    expect(pane.pageErrors).toEqual([]);
  });

  // trial40f F6: the rolled list's 校验 said only 「3 项未填报」 where check heads with 本年度未填 (yearBlankLine, one home)
  it("校验 of the rolled list says check's 本年度未填 line: the year's 累计完成投资 to type", async () => {
    const page = pane.page;
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, checked);
    expect(await messageText(page)).toContain(blank);
    expect(pane.pageErrors).toEqual([]);
  });

  // session 41: check asks for the year's figure on each row, so the pane offers to type it, not 填写说明
  it("each 未填报 row of the rolled list offers 填写数值, which selects its 累计完成投资 cell; no 填写说明", async () => {
    const page = pane.page;
    // rows 5–7 folded into 3 项未填报, each with its button (row 4, its 项目状态 typed with no 责任单位, is 数据异常)
    const group = page.locator("#flag-list li.flag-missing");
    const buttons = group.locator("button.flag-figure-button");
    expect(await buttons.allInnerTexts()).toEqual([figure, figure, figure]);
    expect(await page.locator("#flag-list button.flag-note-button").count()).toBe(0);
    expect(await buttons.evaluateAll((xs) => xs.map((x) => (x as HTMLElement).dataset.figureCell))).toEqual([5, 6, 7].map((r) => `${col("completed")}${r}`));
    await buttons.first().click();
    const selects = await page.evaluate(() => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.log.selects);
    expect(selects[selects.length - 1]).toEqual({ sheet, cell: `${col("completed")}5` });
    expect(pane.pageErrors).toEqual([]);
  });

  // session 42: one figure typed, the return is no longer 本年度未填, yet the rows still blank want theirs (figuresWanted):
  // on the old code rows 6–7 went back to 填写说明 and the result line said nothing of them
  it("one figure typed, the rows still blank keep 填写数值 and the result line names them", async () => {
    const page = pane.page;
    await page.evaluate(([s, c]) => { (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.set(s as string, c as string, 3); }, [sheet, `${col("completed")}5`] as const);
    await page.click("#check-button");
    await untilIdle(page, checked);
    expect(await messageText(page)).toContain(partly(col("completed")));
    const buttons = page.locator("#flag-list li.flag-missing button.flag-figure-button");
    expect(await buttons.evaluateAll((xs) => xs.map((x) => (x as HTMLElement).dataset.figureCell))).toEqual([6, 7].map((r) => `${col("completed")}${r}`));
    expect(await buttons.allInnerTexts()).toEqual([figure, figure]);
    expect(await page.locator("#flag-list li.flag-missing button.flag-note-button").count()).toBe(0);
    expect(pane.pageErrors).toEqual([]);
  });
});
