import { HEADER_ROW } from "./keys";
import { columnLetter } from "./a1";
import type { PlannedSheet, SheetPrint } from "./SheetPlan";

/** A4 landscape between 0.4" margins: 297 mm − 2 × 10.16 mm, in points. */
const PRINTABLE_POINTS = ((297 - 2 * 10.16) / 25.4) * 72;
/** The smallest print scale kept: 10 pt text prints at 8.5 pt or larger. */
const MIN_SCALE = 0.85;

/**
 * A column's width in points as Excel and LibreOffice lay it out: `chars` is the width in
 * characters of the default font's digit (7 px), plus 5 px of padding; 96 px to the inch.
 */
export function columnPoints(chars: number): number {
  return (Math.trunc(chars * 7) + 5) * 0.75;
}

/**
 * The print setup of a sheet of returns: A4 landscape, the header rows on every page, page
 * numbers, and as many pages wide as it takes to print at ≥ 85 % (about 8.5 pt): one page when
 * the visible columns fit, otherwise two (or more) with the first `titleColumnCount` columns (the
 * indicator's or project's name) repeated on every page, so a second page still says which row
 * is which. Hidden columns never print. Issue 16: a return squeezed onto one page printed at 6 pt.
 */
export function printSetup(sheet: PlannedSheet, titleColumnCount: number): SheetPrint {
  const widths = sheet.columns.map((c) => (c.hidden ? 0 : columnPoints(c.width)));
  const total = widths.reduce((a, w) => a + w, 0);
  const titles = widths.slice(0, titleColumnCount).reduce((a, w) => a + w, 0);
  const page = PRINTABLE_POINTS / MIN_SCALE;
  let pagesWide = 1;
  while (pagesWide < 4 && total + titles * (pagesWide - 1) > page * pagesWide) pagesWide++;
  const print: SheetPrint = { landscape: true, fitToWidth: true, titleRows: `1:${HEADER_ROW}`, footer: "第 &P 页，共 &N 页" };
  if (pagesWide > 1) {
    print.pagesWide = pagesWide;
    print.titleColumns = `A:${columnLetter(titleColumnCount)}`;
  }
  return print;
}
