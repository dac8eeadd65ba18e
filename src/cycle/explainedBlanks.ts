import type { CheckItem } from "../sheet/CheckReport";
import type { OwedValue } from "../sheet/OwedValue";

/** A value still owed (OwedValue) as it sits in a return: a row left blank for its year with its reason in 说明. */
export interface ExplainedBlank {
  /** where the owed year's value is to go in the return */
  sheet: string;
  cell: string;
  name: string;
  /** the year whose value is still blank (the old return's reporting year, or an earlier one still owed) */
  year: number;
  /** that year's 说明, whole (the new return has none: 说明 is written each year) */
  note: string;
}

/**
 * The values still owed (`owed`: cycle/owedValues of the old return) where they sit in a return's check (`items`, in its
 * order): `rollover`'s new return read back, or the pane's workbook, whose sheets are refreshed in place. Named by
 * rollover (rolled_explained_blank) and the pane's roll dialog: the 说明 is not carried (it is written each year), so
 * nothing else would say the value is still owed (trial45b F1: L7 统计局尚未发布 was never mentioned again after rollover).
 */
export function explainedBlanks(owed: readonly OwedValue[], items: readonly CheckItem[]): ExplainedBlank[] {
  return items.flatMap((i) => {
    if (i.kind !== "indicator") return [];
    return owed.filter((o) => o.template === i.template && o.id === i.id).flatMap((o) => {
      const cell = i.cells[String(o.year)];
      return cell === undefined ? [] : [{ sheet: i.sheet, cell, name: i.name, year: o.year, note: o.note }];
    });
  });
}
