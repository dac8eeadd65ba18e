import { cellText } from "../domain/CellValue";
import { gridCell, type GridWorkbook } from "../sheet/Grid";
import { KEY_ROW } from "../sheet/keys";
import { LEDGER_BOOK_MARK } from "./ledgerBook";
import { LEDGER_MARK } from "./ledgerSheet";

/** A workbook of the cycle's own that is not a return: the 报送台账 `distribute`/`rollover` write, or a summary. */
export type OwnWorkbookKind = "ledger" | "summary";

/**
 * What a workbook without a return's metadata is, when it is one of ours: the guide tells managers
 * to keep the 报送台账 in the folder the returns come back to, and `summary --out` writes there too,
 * so a folder given to `check`, `summary` or `rollover` holds them; they are passed over with a line,
 * never taken for a unit's broken return. A ledger by its mark (A2 `plan-returns:ledger`); a summary
 * by the mark of its 报送台账 sheet, or (without --ledger it has none) by the sheets 汇总 and 问题清单
 * it always writes. Null for any other workbook.
 */
export function ownWorkbookKind(g: GridWorkbook): OwnWorkbookKind | null {
  const marks = g.sheets.map((s) => cellText(gridCell(s, KEY_ROW, 1)));
  if (marks.includes(LEDGER_BOOK_MARK)) return "ledger";
  if (marks.includes(LEDGER_MARK)) return "summary";
  const names = new Set(g.sheets.map((s) => s.name));
  return names.has("汇总") && names.has("问题清单") ? "summary" : null;
}
