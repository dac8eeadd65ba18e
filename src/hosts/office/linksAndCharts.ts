import { a1 } from "../../sheet/a1";
import type { PlannedChart, PlannedSheet } from "../../sheet/SheetPlan";
import { requestBytes } from "./requestSize";

/**
 * Range.hyperlink (ExcelApi 1.7, below the 1.8 floor) for a planned link: `#'Sheet'!K6` is a
 * place in this workbook (documentReference); anything else, e.g. `县.xlsx#'Sheet'!K6`, is an
 * address Excel opens (a file relative to this workbook, with its place after the `#`).
 */
export function hyperlinkOf(link: string, text: string): Excel.RangeHyperlink {
  if (link.startsWith("#")) return { documentReference: link.slice(1), textToDisplay: text };
  return { address: link, textToDisplay: text };
}

/** The planned links of a sheet, one write each (a link is a property of one cell). */
export function hyperlinkWrites(sheet: PlannedSheet): Array<{ address: string; link: Excel.RangeHyperlink; bytes: number }> {
  return sheet.cells.flatMap((c) => {
    if (c.hyperlink === undefined || c.formula !== undefined) return [];
    const link = hyperlinkOf(c.hyperlink, c.value === undefined || c.value === null ? c.hyperlink : String(c.value));
    return [{ address: c.address, link, bytes: requestBytes(3, c.address, link) }];
  });
}

export function setHyperlink(ws: Excel.Worksheet, address: string, link: Excel.RangeHyperlink): void {
  const r = ws.getRange(address);
  r.hyperlink = link;
  r.untrack();
}

/** Estimated request bytes of addChart: the add, title, position, legend, and four calls per series. */
export function chartBytes(c: PlannedChart): number {
  return requestBytes(6 + 6 * c.series.length, c);
}

/**
 * A native chart (ExcelApi 1.1 charts.add, 1.7 series.add/setValues/setXAxisValues, 1.8 plotVisibleOnly): made from
 * the first series' values, then every series gets its name, values, categories and colour.
 * All ranges are on the chart's own sheet, so a renamed sheet needs no change here.
 */
export function addChart(ws: Excel.Worksheet, c: PlannedChart): void {
  const first = c.series[0];
  if (!first) return;
  const type = "BarStacked" as Excel.ChartType.barStacked;
  const chart = ws.charts.add(type, ws.getRange(first.values), "Columns" as Excel.ChartSeriesBy.columns);
  chart.title.text = c.title;
  chart.legend.position = "Bottom" as Excel.ChartLegendPosition.bottom;
  // its data may be in hidden columns (汇总's 各单位状态分布: summarySheets), drawn all the same (ExcelApi 1.8)
  chart.plotVisibleOnly = false;
  chart.setPosition(a1(c.from.row + 1, c.from.col + 1), a1(c.to.row + 1, c.to.col + 1));
  const categories = ws.getRange(c.categories);
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(ws.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(`#${s.colour}`);
  });
}
