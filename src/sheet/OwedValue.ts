/**
 * A value a return left blank for its own year with its reason in 说明 (未填报（已说明）, evaluation-rules §6a), still owed
 * in the returns rolled over from it: kept in the workbook's metadata (WorkbookMeta.owed), our own sheet, since the 说明
 * itself is written each year and is not carried. `year` is the year whose value is owed, `note` that year's 说明, whole.
 */
export interface OwedValue {
  template: string;
  id: string;
  year: number;
  note: string;
}
