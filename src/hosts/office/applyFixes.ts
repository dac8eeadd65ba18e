import { Batch } from "./Batch";
import { parseCell } from "./addressing";
import type { OfficeHostOptions } from "./OfficeHostOptions";
import { DEFAULT_MAX_REQUEST_BYTES, requestBytes } from "./requestSize";

export interface CellFix {
  sheet: string;
  cell: string;
  value: number;
}

export interface FixResult {
  written: CellFix[];
  /** fixes not written: not a single cell address, or not a finite number */
  refused: Array<{ fix: CellFix; reason: string }>;
  syncs: number;
}

/**
 * Writes the fixes the user confirmed, and nothing else: one value per listed cell, numbers
 * only (a number is never read as a formula or text), in one sync. A sheet that no longer
 * exists fails the sync (Excel's ItemNotFound); fixes queued before it are written.
 */
export async function applyFixes(context: Excel.RequestContext, fixes: readonly CellFix[], opts: OfficeHostOptions = {}): Promise<FixResult> {
  const batch = new Batch(context, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES);
  const result: FixResult = { written: [], refused: [], syncs: 0 };
  const sheets = new Map<string, Excel.Worksheet>();
  for (const fix of fixes) {
    if (!parseCell(fix.cell)) { result.refused.push({ fix, reason: `「${fix.cell}」不是单元格地址` }); continue; }
    if (typeof fix.value !== "number" || !Number.isFinite(fix.value)) { result.refused.push({ fix, reason: `「${String(fix.value)}」不是有限数值` }); continue; }
    await batch.write(requestBytes(3, fix), () => {
      let ws = sheets.get(fix.sheet);
      if (!ws) sheets.set(fix.sheet, (ws = context.workbook.worksheets.getItem(fix.sheet)));
      const range = ws.getRange(fix.cell);
      // a value typed as 95% carries a percent format; the number written stands as typed
      range.numberFormat = [["General"]];
      range.values = [[fix.value]];
      range.untrack();
    });
    result.written.push(fix);
  }
  if (batch.queued > 0) await batch.sync();
  result.syncs = batch.syncs;
  return result;
}
