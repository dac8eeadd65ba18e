import type { SheetPrint } from "../../sheet/SheetPlan";
import { requestBytes } from "./requestSize";

const POINTS_PER_INCH = 72;

/**
 * A4, orientation, fit to the planned pages wide, title rows and columns, and footer, as the .xlsx host writes
 * them. Worksheet.pageLayout is ExcelApi 1.9: the caller asks isSetSupported first.
 * verticalFitToPages 0 means "as many pages tall as needed" (Excel's FitToPagesTall = False).
 */
export function applyPrint(ws: Excel.Worksheet, print: SheetPrint): void {
  const pl = ws.pageLayout;
  pl.paperSize = "A4";
  pl.orientation = print.landscape ? "Landscape" : "Portrait";
  pl.centerHorizontally = true;
  pl.leftMargin = 0.4 * POINTS_PER_INCH;
  pl.rightMargin = 0.4 * POINTS_PER_INCH;
  pl.topMargin = 0.5 * POINTS_PER_INCH;
  pl.bottomMargin = 0.6 * POINTS_PER_INCH;
  pl.headerMargin = 0.3 * POINTS_PER_INCH;
  pl.footerMargin = 0.3 * POINTS_PER_INCH;
  if (print.fitToWidth) pl.zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 };
  if (print.titleRows) pl.setPrintTitleRows(print.titleRows.split(":").map((r) => `$${r}`).join(":"));
  if ((print.pagesWide ?? 1) > 1) pl.printOrder = "OverThenDown";
  if (print.titleColumns) pl.setPrintTitleColumns(print.titleColumns.split(":").map((c) => `$${c}`).join(":"));
  if (print.footer) pl.headersFooters.defaultForAllPages.centerFooter = print.footer;
}

/** Estimated request bytes of applyPrint. */
export function printBytes(print: SheetPrint): number {
  return requestBytes(18, print);
}
