import { extname } from "node:path";
import { ownWorkbookKind } from "../cycle/ownWorkbookKind";
import { checkGrid, readMeta } from "../sheet/checkGrid";
import { coverUnitText } from "../sheet/coverUnitText";
import { loadWorkbookFile } from "./loadWorkbookFile";

/**
 * What a command writes to its --out: a summary, a report, or a unit's return made from `from` (review, lock,
 * rollover) or blank for `unit` ("" for none: template).
 */
export type OutputWorkbook = { kind: "summary" } | { kind: "report" } | { kind: "return"; from: string } | { kind: "return"; unit: string };

/** A workbook of the cycle an --out holds: a unit's return (its cover's 填报单位, "" when blank), the 报送台账, a summary. */
export type HeldWorkbook = { kind: "return"; unit: string } | { kind: "ledger" } | { kind: "summary" };

/**
 * The workbook of the cycle that the existing file `out` holds and that `writes` must never replace, --force or not
 * (trial39c F0: `summary … --out f2/2023-普陀区.xlsx --force`, `review 2023-嵊泗县.xlsx --out 2023-普朱区.xlsx --force`
 * replaced a county's return): the 报送台账 under anything; a summary under a report or a return; a unit's return
 * under a summary or a report, or under another unit's return (a return of the same unit, or with a blank cover on
 * either side, is an earlier output of the same kind: --force replaces it). Null when `out` is none of ours or may be
 * replaced; a file that does not read as a workbook is none of ours.
 */
export async function workbookOver(out: string, writes: OutputWorkbook): Promise<HeldWorkbook | null> {
  if (!/^\.(xlsx|xlsm|xltx|xltm)$/i.test(extname(out))) return null;
  const held = await heldWorkbook(out);
  if (!held) return null;
  if (held.kind === "ledger") return held;
  if (held.kind === "summary") return writes.kind === "summary" ? null : held;
  if (writes.kind !== "return") return held;
  const source = "unit" in writes ? { kind: "return" as const, unit: writes.unit.trim() } : await heldWorkbook(writes.from);
  const unit = source?.kind === "return" ? source.unit : "";
  return unit && held.unit && unit !== held.unit ? held : null;
}

async function heldWorkbook(file: string): Promise<HeldWorkbook | null> {
  const loaded = await loadWorkbookFile(file);
  if (!loaded.ok) return null;
  const checked = checkGrid(loaded.grid);
  if (checked.ok) return { kind: "return", unit: checked.report.reportingUnit.trim() };
  // a return the check refuses (damaged, of a plan period that ended) is still a unit's return
  if (readMeta(loaded.grid)) return { kind: "return", unit: coverUnitText(loaded.grid) };
  const own = ownWorkbookKind(loaded.grid);
  return own ? { kind: own } : null;
}
