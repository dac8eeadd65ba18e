import type { HeldWorkbook } from "./workbookOver";

/**
 * The workbook of the cycle an output file holds (workbookOver), as the lines that refuse to write over it name it, in
 * `lang`: 报送台账, 汇总表, 定海区的填报 (一份填报 when its cover names no unit). One home for the one-file --out's
 * other_workbook and a folder rollover's target (roll_target_held).
 */
export function heldWorkbookText(w: HeldWorkbook | undefined, lang: "zh" | "en"): string {
  if (lang === "en") return w?.kind === "ledger" ? "the 报送台账 (ledger)" : w?.kind === "summary" ? "a summary (汇总表)" : w?.unit ? `${w.unit}'s return` : "a unit's return";
  return w?.kind === "ledger" ? "报送台账" : w?.kind === "summary" ? "汇总表" : w?.unit ? `${w.unit}的填报` : "一份填报";
}
