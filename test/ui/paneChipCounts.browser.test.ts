/**
 * Session 41: a status typed over on a 已达标 row (status_overwritten, an error lock refuses) is listed and filtered
 * with the 数据异常 rows (session 40, listedStatus), but the 数据异常 chip still said check's total of 数据异常 rows:
 * 1 beside a filtered list of 2. Each chip now counts the rows its filter lists (chipHolds, one rule for both): here
 * 数据异常 2 (K5 「待统计」 and N4 typed over), 已达标 1 (row 4 is 已达标 still, and its chip lists it). On the old code
 * the 数据异常 chip said 1. Production bundle, headless Chromium, fakeOffice.js, 320 px.
 */
import type { Page } from "playwright-core";
import { STATUS_CODES } from "../../src/domain/Status";
import { loadAndCheck, openPane, type OpenPane } from "./paneHarness";

interface FakeWindow { __fakeWorkbook: { set(s: string, c: string, v: unknown): void } }
const SHEET = "舟山市表2";
/** K4 60 meets ≥50, its status N4 typed over as 严重滞后; K5 text where a number goes (数据异常) */
const TYPED: ReadonlyArray<readonly [string, unknown]> = [["K4", 60], ["N4", "严重滞后"], ["K5", "待统计"]];

describe("each status chip counts what its filter lists", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(320, 900);
    page = pane.page;
    await loadAndCheck(page, "zhoushan-2021-2025", "2023", async () => {
      await page.evaluate(([s, cs]) => { for (const [c, v] of cs as Array<[string, unknown]>) (window as unknown as FakeWindow).__fakeWorkbook.set(s as string, c, v); }, [SHEET, TYPED] as const);
    });
  }, 120000);
  afterAll(async () => {
    await pane?.close();
  });

  const chip = (s: string): ReturnType<Page["locator"]> => page.locator(`#status-counts [data-status="${s}"]`);
  const chipCount = async (s: string): Promise<number> => Number(await chip(s).locator(".count-value").innerText());
  /** the rows the list shows, a folded 未填报 line counted by its rows */
  const listed = (): Promise<number> => page.locator("#flag-list li.flag:not(.flag-problem):not(.flag-none)").evaluateAll((xs) => xs.reduce((n, x) => n + (x.classList.contains("flag-missing") ? Number(/\d+/.exec(x.querySelector(".flag-name")?.textContent ?? "")?.[0]) : 1), 0));

  it("数据异常 counts the typed-over row it lists with the 数据异常 rows; 已达标 still counts it as its own", async () => {
    expect([await chipCount("invalid"), await chipCount("met")]).toEqual([2, 1]);
    await chip("invalid").click();
    const cells = await page.locator("#flag-list li.flag").evaluateAll((xs) => xs.map((x) => (x as HTMLElement).dataset.cell));
    await chip("invalid").click();
    expect(cells).toEqual(["K4", "K5"]);
  });

  it.each(STATUS_CODES.map((s) => [s]))("the %s chip: its count is the number of rows it lists", async (s) => {
    const n = await chipCount(s);
    await chip(s).click();
    expect(await listed()).toBe(n);
    await chip(s).click();
    expect(pane.pageErrors).toEqual([]);
  });
});
