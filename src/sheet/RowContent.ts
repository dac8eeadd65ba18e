/** One thing a person wrote in a row: its text as the check reads it (cellText, trimmed), whether the cell holds text rather than a number or date, and where it is (A1). */
export interface RowEntry {
  cell: string;
  text: string;
  isText: boolean;
  /** a date cell's stored number (serial), where one was read: two cells showing one day may hold different numbers (2.6 and 1464 across date systems) */
  stored?: string;
  /** a text cell's text as typed, where spaces were typed before or after it (`text` is trimmed): said in words (typedSpaces) where a change is shown */
  typed?: string;
  /**
   * the cell holds a formula with no result in the file (openpyxl re-saved it, a script wrote it): check reads it as
   * not calculated (formula_uncalculated), its value unknown, and `text` quotes the formula; review compares no such field
   */
  uncalculated?: true;
}

/**
 * What a row of a return holds, by field: each year's value (`2023`), a project's or reform's
 * inputs (`completed`, `state`, `evidence`), its 说明 (`note`) and its 人工评估 (`assess`, the
 * reviewer's assessment of an indicator). A 审核 decision rests on all of it.
 */
export type RowContent = Record<string, RowEntry>;
