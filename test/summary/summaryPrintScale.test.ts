import type { CheckReport } from "../../src/sheet/CheckReport";
import { fitToWidthScale } from "../../src/sheet/fitToWidthScale";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { copiedBase, copiedSummarySheet } from "./copiedSummarySheet";
import { wrappedHeight } from "../../src/sheet/summarySheets";
import { wrappedLines } from "../../src/sheet/wrappedLines";

/**
 * trial37b F1/F2: the 30-unit 汇总 printed as 34 half-empty pages. 汇总范围 (A2) ran unwrapped far past column L, so
 * fit-to-width shrank the page while the breaks by hand were made for 100 %; 按单位统计 (the chart's source, kept
 * contiguous) went on to page 2 without its header; 文件 cut 开化县2023年度规划指标填报（终稿）.x; the chart 各单位状态分布
 * kept 26 rows, so LibreOffice labelled every other bar. Now, at 3, 30 and 300 units: the lines across the table are
 * merged over it and wrapped; each page's rows fit the page at the scale printed (fitToWidthScale); a page break inside
 * 按单位统计 is followed by its header; the file's name is on one line or its row is as tall as its lines; the chart
 * (up to 60 units) draws every unit from a copy of the rows (hidden columns) and is about 0.6 cm a bar, up to a page.
 */
const LONG_FILE = "收到/开化县2023年度规划指标填报（终稿）.xlsx";

let base: CheckReport;
beforeAll(async () => {
  base = await copiedBase();
});

const summarySheet = (n: number): PlannedSheet => copiedSummarySheet(base, n, (i) => (i === 1 ? LONG_FILE : `收到/2023-县${i + 1}.xlsx`));

const rowOf = (address: string): number => Number(/\d+$/.exec(address)?.[0]);

test.each([3, 30, 300])("%d units: 汇总 prints at the scale it is laid out for, its unit table headed on each page", (n) => {
  const sheet = summarySheet(n);
  const visible = sheet.columns.filter((c) => !c.hidden).map((c) => c.width);
  const last = String.fromCharCode(64 + visible.length);
  const page = 500 / fitToWidthScale(visible);
  // 汇总范围 and 模板: merged across the table, wrapped, as tall as their lines there
  for (const row of [2, 3]) {
    const cell = sheet.cells.find((c) => c.address === `A${row}`)!;
    expect([cell.style, sheet.merges.includes(`A${row}:${last}${row}`)]).toEqual(["subtitleWrap", true]);
    expect(sheet.rowHeights[row]).toBe(wrappedHeight([[String(cell.value), visible.reduce((a, b) => a + b, 0)]]));
  }
  // each page's rows fit the page at the scale printed
  const breaks = sheet.rowBreaks ?? [];
  const bounds = [0, ...breaks, Math.max(...Object.keys(sheet.rowHeights).map(Number))];
  for (let i = 1; i < bounds.length; i++) {
    let h = 0;
    for (let r = bounds[i - 1]! + 1; r <= bounds[i]!; r++) h += sheet.rowHeights[r] ?? 15;
    expect(h).toBeLessThanOrEqual(page);
  }
  // a break inside 按单位统计 is followed by its header
  const at = new Map(sheet.cells.map((c) => [c.address, c]));
  const head = rowOf(sheet.cells.find((c) => c.value === "填报单位" && c.style === "header")!.address);
  const total = rowOf(sheet.cells.find((c) => c.value === "合计" && c.address.startsWith("A"))!.address);
  for (const b of breaks.filter((x) => x > head && x < total)) expect([at.get(`A${b + 1}`)?.value, at.get(`A${b + 1}`)?.style]).toEqual(["填报单位", "header"]);
  // the renamed file's name on one line, or its row as tall as its lines
  const file = sheet.cells.find((c) => c.value === LONG_FILE.split("/")[1])!;
  expect(sheet.rowHeights[rowOf(file.address)]).toBeGreaterThanOrEqual(wrappedLines(String(file.value), sheet.columns[1]!.width) * 13.5);
  // the chart: every unit a bar, about 0.6 cm (17 pt) each up to a page, from rows holding the units in order
  const chart = sheet.charts?.[0];
  if (n > 60) return expect(chart).toBeUndefined();
  const [, col, a, b] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(chart!.categories) ?? [];
  expect(Number(b) - Number(a) + 1).toBe(n);
  expect(Array.from({ length: n }, (_, i) => at.get(`${col}${Number(a) + i}`)?.value)).toEqual(Array.from({ length: n }, (_, i) => `县${i + 1}`));
  let high = 0;
  for (let r = chart!.from.row + 1; r <= chart!.to.row; r++) high += sheet.rowHeights[r] ?? 15;
  expect(high).toBeGreaterThanOrEqual(Math.min(n * 17 + 90, page - 48));
  expect(high).toBeLessThanOrEqual(page);
});
