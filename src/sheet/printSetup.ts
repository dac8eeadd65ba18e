import { HEADER_ROW } from "./keys";
import type { SheetPrint } from "./SheetPlan";

/** A4 landscape, fit to width, header rows on every page, page numbers. */
export function printSetup(): SheetPrint {
  return { landscape: true, fitToWidth: true, titleRows: `1:${HEADER_ROW}`, footer: "第 &P 页，共 &N 页" };
}
