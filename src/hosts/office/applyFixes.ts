import { cellText } from "../../domain/CellValue";
import { Batch } from "./Batch";
import { officeCellValue } from "./officeCellValue";
import { parseCell } from "./addressing";
import type { OfficeHostOptions } from "./OfficeHostOptions";
import { DEFAULT_MAX_REQUEST_BYTES, requestBytes } from "./requestSize";

export interface CellFix {
  sheet: string;
  cell: string;
  /** a number, or text (a 说明) written in text format so `=…` stays text, never a formula */
  value: number | string;
  /**
   * What the cell held when it was checked, as the check quoted it (cellText): the fix is
   * written only if the cell still holds it. A value typed or a row sorted since the check
   * is then never overwritten.
   */
  expect?: string;
}

/**
 * Why a fix was not written: not a single cell address, not a finite number, the cell changed since the
 * check, or the cell is locked on a protected sheet (a return `lock` accepted: Excel would refuse it).
 */
export type FixRefusalReason = "not_address" | "not_finite" | "changed" | "locked";

export interface FixResult {
  written: CellFix[];
  /** fixes not written, coded (the pane words them from its zh/en catalogue); `now`: for `changed`, what the cell holds now (cellText) */
  refused: Array<{ fix: CellFix; reason: FixRefusalReason; now?: string }>;
  syncs: number;
}

/**
 * Writes the fixes the user confirmed, and nothing else: one value per listed cell, a finite
 * number (General format) or a text such as a 说明 (text format: never read as a formula). When fixes carry `expect`, a first sync
 * reads those cells and a fix whose cell no longer holds what was checked is refused, not
 * written; so is one whose cell is locked on a protected sheet (read in the same sync: `lock` locks
 * every input cell, and Excel would refuse the value after its number format was already changed);
 * the writes go in the second. A sheet that no longer exists fails the sync (Excel's
 * ItemNotFound).
 */
export async function applyFixes(context: Excel.RequestContext, fixes: readonly CellFix[], opts: OfficeHostOptions = {}): Promise<FixResult> {
  const batch = new Batch(context, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES);
  const result: FixResult = { written: [], refused: [], syncs: 0 };
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  const valid = fixes.filter((fix) => {
    if (!parseCell(fix.cell)) { result.refused.push({ fix, reason: "not_address" }); return false; }
    if (typeof fix.value === "number" ? !Number.isFinite(fix.value) : typeof fix.value !== "string") { result.refused.push({ fix, reason: "not_finite" }); return false; }
    return true;
  });
  const protections = new Map<string, Excel.WorksheetProtection>();
  const checked = valid.filter((f) => f.expect !== undefined).map((fix) => {
    const range = sheet(fix.sheet).getRange(fix.cell);
    const locked = range.format.protection;
    let protection = protections.get(fix.sheet);
    if (!protection) protections.set(fix.sheet, (protection = sheet(fix.sheet).protection));
    batch.now(requestBytes(6, fix.sheet, fix.cell), () => { range.load("values, valueTypes, numberFormat"); locked.load("locked"); protection.load("protected"); });
    return { fix, range, locked, protection };
  });
  if (checked.length > 0) await batch.sync();
  const changed = new Set<CellFix>();
  for (const { fix, range, locked, protection } of checked) {
    const now = cellText(officeCellValue(range.values[0]?.[0], range.valueTypes[0]?.[0], range.numberFormat[0]?.[0]));
    if (now !== fix.expect) {
      changed.add(fix);
      result.refused.push({ fix, reason: "changed", now });
    } else if (protection.protected && locked.locked !== false) {
      changed.add(fix);
      result.refused.push({ fix, reason: "locked" });
    }
  }
  for (const fix of valid) {
    if (changed.has(fix)) continue;
    await batch.write(requestBytes(3, fix), () => {
      const range = sheet(fix.sheet).getRange(fix.cell);
      // a value typed as 95% carries a percent format; the number written stands as typed
      // a cell cleared (「待统计」 → empty) keeps its format: text there would make the number typed next text
      if (fix.value !== "") range.numberFormat = [[typeof fix.value === "string" ? "@" : "General"]];
      range.values = [[fix.value]];
      range.untrack();
    });
    result.written.push(fix);
  }
  if (batch.queued > 0) await batch.sync();
  result.syncs = batch.syncs;
  return result;
}
