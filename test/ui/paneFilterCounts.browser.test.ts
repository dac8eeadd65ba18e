/**
 * trial34p Q5: with 只看约束性 ticked the list showed 2 items and 全部修正 counted 2 cells, but the chips still said
 * 数据异常 7 and the message 8 项需关注, with nothing saying what the filter hid. Now the chips count the binding rows
 * while 只看约束性 is ticked, and a line under them says how many the list shows of all that need attention
 * (已筛选：显示 2 项；全部需关注 8 项。); the message keeps check's total. The expected numbers are the engine's check
 * of the fake workbook's grid. On the old code the chips kept the totals and there was no such line.
 * Production bundle, headless Chromium, fakeOffice.js, 320 px, zh and en.
 */
import type { Page } from "playwright-core";
import { STATUS_CODES } from "../../src/domain/Status";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { isFlagged } from "../../src/sheet/isFlagged";
import { openImportPane, untilIdle, type OpenPane } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; grid(): GridWorkbook } }
/** a county's table with binding (约束性) and expected rows, as planning staff paste it (trial34p's, shortened) */
const TABLE = [
  "表1  青溪县“十四五”交通运输发展主要指标",
  "类别\t指标\t单位\t2020年\t2025年\t属性",
  "基础设施\t公路总里程\t公里\t2860\t3100\t预期性",
  "基础设施\t高速公路里程\t公里\t86\t≥120\t预期性",
  "基础设施\t农村公路优良中等路比例\t%\t82\t≥95\t约束性",
  "运输服务\t建制村通快递比例\t%\t60\t100\t预期性",
  "绿色安全\t道路运输事故死亡人数\t人\t15\t≤10\t约束性",
].join("\n");
const SHEET = "青溪县表1";
/** 2023 values typed: text where a number is needed (数据异常) on binding and expected rows alike, and a number */
const TYPED: ReadonlyArray<readonly [string, unknown]> = [["K4", "待统计"], ["K5", "约90"], ["K6", "暂无"], ["K7", "８０"], ["K8", 12]];

describe.each([
  { lang: "zh" as const, done: /^校验完成/, shown: (n: number, all: number) => `已筛选：显示 ${n} 项；全部需关注 ${all} 项。` },
  { lang: "en" as const, done: /^Check done/, shown: (n: number, all: number) => `Filtered: showing ${n} ${n === 1 ? "item" : "items"}; ${all} in all ${all === 1 ? "needs" : "need"} attention.` },
])("只看约束性 ($lang): the chips and a line follow the filter", ({ lang, done, shown }) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openImportPane(320, 900, { fields: { "year-input": "2023" }, read: { text: TABLE, done: /^读出/ } });
    page = pane.page;
    await page.click("#import-load-button");
    await untilIdle(page, /^已加载/);
    if (lang === "en") await page.click("#lang-toggle");
    await page.click("#tab-check");
    await page.evaluate(([s, cs]) => { for (const [c, v] of cs as Array<[string, unknown]>) (window as unknown as FakeWindow).__fakeWorkbook.set(s as string, c, v); }, [SHEET, TYPED] as const);
    await page.click("#check-button");
    await untilIdle(page, done);
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });

  const chips = (): Promise<Record<string, number>> => page.locator("#status-counts [data-status]").evaluateAll((xs) => Object.fromEntries(xs.map((x) => [(x as HTMLElement).dataset.status, Number(x.querySelector(".count-value")?.textContent)])));

  it("ticked: each chip counts the binding rows of its status, and the line says shown / all", async () => {
    const checked = checkGrid(await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.grid()));
    if (!checked.ok) throw new Error(checked.message);
    const items = checked.report.items;
    const binding = items.filter((i) => i.attribute === "约束性");
    expect(await page.locator("#flag-shown").isVisible()).toBe(false);
    expect(await chips()).toEqual(Object.fromEntries(STATUS_CODES.map((s) => [s, checked.report.counts[s]])));
    await page.check("#binding-only");
    expect(await chips()).toEqual(Object.fromEntries(STATUS_CODES.map((s) => [s, binding.filter((i) => i.status === s).length])));
    const flaggedBinding = binding.filter(isFlagged).length;
    const all = items.filter(isFlagged).length;
    expect(flaggedBinding).toBeLessThan(all);
    expect(await page.locator("#flag-shown").innerText()).toBe(shown(flaggedBinding, all));
    await page.uncheck("#binding-only");
    expect(await page.locator("#flag-shown").isVisible()).toBe(false);
    expect(pane.pageErrors).toEqual([]);
  });
});
