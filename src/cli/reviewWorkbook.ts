import ExcelJS from "exceljs";
import { rename, writeFile } from "node:fs/promises";
import { cellText } from "../domain/CellValue";
import { workbookToGrid } from "../hosts/xlsx/readXlsx";
import { writeSheet } from "../hosts/xlsx/writeXlsx";
import { checkGrid } from "../sheet/checkGrid";
import type { GridWorkbook } from "../sheet/Grid";
import { readDecisions, REVIEW_SHEET, reviewSheet } from "../sheet/reviewSheet";
import type { CheckReport } from "../sheet/CheckReport";

export type ReviewOutcome = { ok: true; report: CheckReport; rows: number; stale: number } | { ok: false; message: string; unreadable: boolean };

/** Cell-by-cell text of every sheet but the 审核 sheet, to prove nothing else changed. */
function snapshot(g: GridWorkbook): string {
  return JSON.stringify(g.sheets.filter((s) => s.name !== REVIEW_SHEET).map((s) => [s.name, s.rows.map((row) => row.map(cellText))]));
}

/**
 * Adds or refreshes the 审核 sheet of a return, keeping every recorded decision. The
 * workbook is re-read before it is saved: if any other cell differs, nothing is written.
 */
export async function reviewWorkbook(file: string, out: string, year?: number): Promise<ReviewOutcome> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    return { ok: false, unreadable: true, message: `${file}：文件无法读取（${e instanceof Error ? e.message.split("\n")[0] : String(e)}）` };
  }
  const before = workbookToGrid(wb);
  const r = checkGrid(before, year);
  if (!r.ok) return { ok: false, unreadable: true, message: `${file}：${r.message}` };
  const previous = readDecisions(before.sheets);
  const plan = reviewSheet(r.report, previous);
  const old = wb.getWorksheet(REVIEW_SHEET);
  if (old) wb.removeWorksheet(old.id);
  writeSheet(wb, plan);
  const buf = Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
  const check = new ExcelJS.Workbook();
  await check.xlsx.load(buf as unknown as ArrayBuffer);
  if (snapshot(workbookToGrid(check)) !== snapshot(before)) {
    return { ok: false, unreadable: false, message: `${file}：写回后其他单元格与原文件不一致，已中止，原文件未改动` };
  }
  const tmp = `${out}.tmp-${process.pid}`;
  await writeFile(tmp, buf);
  await rename(tmp, out);
  const stale = plan.cells.filter((c) => c.value === "待复核").length;
  return { ok: true, report: r.report, rows: plan.cells.filter((c) => c.style === "status").length, stale };
}
