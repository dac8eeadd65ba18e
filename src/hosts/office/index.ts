/**
 * The Office.js host: applies sheet plans to the open workbook and reads it back, each
 * action inside the one Excel.run the caller opens.
 *
 * | action           | syncs                                                                 |
 * |------------------|-----------------------------------------------------------------------|
 * | applyPlan        | 2 while the writes fit in two 4 MB requests (≈ 4,000 indicators); +1 per further 4 MB |
 * | refreshPlan      | 2 (read, write) while the writes fit in one request; +1 per further 4 MB; +2 if a planned sheet (or the sheet to drop) is missing |
 * | readWorkbookGrid | 1 with the expected sheet names, 2 without (or when sheets changed)  |
 * | applyFixes       | 1                                                                     |
 * | replaceSheet     | 2 (as applyPlan; the old sheet is deleted in the last request)        |
 *
 * ExcelApi 1.8 is the floor; page layout (1.9) is used only when isSetSupported says so.
 */
export { applyPlan, type ApplyResult, type ApplyOptions } from "./applyPlan";
export { replaceSheet } from "./replaceSheet";
export { refreshPlan, type RefreshResult } from "./refreshPlan";
export { readWorkbookGrid, type ReadOptions } from "./readWorkbookGrid";
export { applyFixes, type CellFix, type FixRefusalReason, type FixResult } from "./applyFixes";
export type { OfficeHostOptions } from "./OfficeHostOptions";
export type { SheetRefusal } from "./SheetRefusal";
