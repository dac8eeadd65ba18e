import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { summarize } from "../../src/sheet/summarize";
import { internalLink, summaryWorkbookPlan, SUMMARY_SHEET } from "../../src/sheet/summarySheets";

/** trial35's filled return, checked: the one return the 汇总 print-layout tests copy to as many units as they need. */
export async function copiedBase(): Promise<CheckReport> {
  const r = checkGrid(await readXlsxBuffer(readFileSync(join(__dirname, "../fixtures/trial35/ret-filled.xlsx"))));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** The 汇总 sheet planned over `n` copies of `base`, unit i+1 named 县<i+1>, its file `file(i)` (收到/2023-县<i+1>.xlsx). */
export function copiedSummarySheet(base: CheckReport, n: number, file: (i: number) => string = (i) => `收到/2023-县${i + 1}.xlsx`): PlannedSheet {
  const inputs = Array.from({ length: n }, (_, i) => ({ file: file(i), report: { ...base, reportingUnit: `县${i + 1}` } }));
  const s = summarize(inputs);
  if (!s.ok) throw new Error(s.message);
  const sheet = summaryWorkbookPlan(s.figures, internalLink).sheets.find((x) => x.name === SUMMARY_SHEET);
  if (!sheet) throw new Error("no 汇总 sheet planned");
  return sheet;
}
