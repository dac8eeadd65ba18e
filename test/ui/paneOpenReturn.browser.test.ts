/**
 * trial41d F8: a distributed return opened before the pane starts: the 填报 view chose its template and year but left
 * 填报单位 empty, though the cover's C4 holds the unit (菜园镇). The form now shows the unit check reads from the
 * cover. On the old code the field stayed empty. The workbook is made in a first pane (加载模板 with 填报单位) and put
 * into the second pane's fake host before the pane starts, as a file opened in Excel is. Production bundle,
 * headless Chromium, fakeOffice.js, 320 px.
 */
import type { Page } from "playwright-core";
import { openPane, untilIdle } from "./paneHarness";

interface Cell { type: string; text?: string; value?: unknown }
interface FakeGrid { sheets: Array<{ name: string; visible: boolean; rows: Cell[][] }>; names: Record<string, unknown> }
interface FakeWorkbook { grid(): FakeGrid; addSheet(name: string, values: Record<string, unknown>): void; actions: { readGrid(): Promise<FakeGrid> } }

/** The workbook a first pane made: 舟山 2021–2025 for `year`, 填报单位 `unit` typed before 加载模板. */
async function madeReturn(year: string, unit: string): Promise<FakeGrid> {
  const pane = await openPane(320, 900);
  try {
    const page = pane.page;
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", year);
    await page.fill("#unit-input", unit);
    await page.click("#load-button");
    await untilIdle(page, /^已加载/);
    return await page.evaluate(() => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.grid());
  } finally {
    await pane.close();
  }
}

/** Puts `grid`'s sheets into the fake host as it is made (before the pane's script runs), its names and hidden sheets kept. */
async function openWith(page: Page, grid: FakeGrid): Promise<void> {
  await page.addInitScript((g: FakeGrid) => {
    let held: FakeWorkbook | undefined;
    Object.defineProperty(window, "__fakeWorkbook", {
      configurable: true,
      get: () => held,
      set: (fw: FakeWorkbook) => {
        held = fw;
        const col = (n: number): string => (n > 26 ? col(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
        for (const s of g.sheets) {
          const values: Record<string, unknown> = {};
          s.rows.forEach((r, i) => r.forEach((c, j) => {
            if (c.type !== "empty") values[`${col(j + 1)}${i + 1}`] = c.type === "string" ? c.text : c.value;
          }));
          fw.addSheet(s.name, values);
        }
        const read = fw.actions.readGrid.bind(fw.actions);
        fw.actions.readGrid = () => read().then((x) => ({ ...x, names: g.names, sheets: x.sheets.map((s) => ({ ...s, visible: g.sheets.find((y) => y.name === s.name)?.visible ?? true })) }));
      },
    });
  }, grid);
}

describe.each([
  { unit: "菜园镇", year: "2023" },
  { unit: "五龙乡", year: "2024" },
])("a return of $unit opened before the pane starts", ({ unit, year }) => {
  it("the 填报 view shows its template, year and 填报单位", async () => {
    const grid = await madeReturn(year, unit);
    const pane = await openPane(320, 900, (page) => openWith(page, grid));
    try {
      const page = pane.page;
      await page.waitForFunction(() => (document.getElementById("unit-input") as HTMLInputElement).value !== "", undefined, { timeout: 10000 });
      expect(await page.inputValue("#template-select")).toBe("zhoushan-2021-2025");
      expect(await page.inputValue("#year-input")).toBe(year);
      expect(await page.inputValue("#unit-input")).toBe(unit);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  }, 120000);
});
