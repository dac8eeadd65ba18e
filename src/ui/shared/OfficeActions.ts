import type { GridWorkbook } from "../../sheet/Grid";
import type { WorkbookPlan } from "../../sheet/SheetPlan";
import type { Fix } from "./Fix";
import type { SheetRefusal } from "../../hosts/office/SheetRefusal";
import type { CellToClear, SheetToDrop } from "../../hosts/office/refreshPlan";

/** A sheet already in the workbook, with the template its hidden mark (A2) names, if any. */
export interface ExistingSheet {
  name: string;
  templateId: string | null;
}

/**
 * Sheets the host would not write (an existing name: never overwritten), coded: worded by
 * sheetRefusalText; `dropped`, the sheet of apply's `drop` when it was deleted.
 */
export interface ApplyOutcome {
  refused: SheetRefusal[];
  dropped?: string;
}

/**
 * What the task pane needs from Excel. The real implementation (excelActions.ts) runs one
 * Excel.run per call; tests and the browser test supply a scripted one. The UI logic never
 * touches Office.js directly, so it is testable without Excel.
 */
export interface OfficeActions {
  /** names and template marks of the sheets in the workbook */
  sheets(): Promise<ExistingSheet[]>;
  /**
   * Writes a plan. Sheets named in `refresh` already exist: their rules and formulas are
   * refreshed and entered values kept, but the cells `clear` names (a change of year's per-year
   * cells, sheet/perYearCells), which are emptied, and the sheet `drop` (the old year's 审核 sheet,
   * perYearReview), which is deleted in the same Excel.run while its A2 still holds `drop.mark`.
   * Any other planned sheet is new (never overwritten).
   */
  apply(plan: WorkbookPlan, refresh: string[], clear?: readonly CellToClear[], drop?: SheetToDrop): Promise<ApplyOutcome>;
  /** the names of the sheets in the workbook (one sync) */
  sheetNames(): Promise<string[]>;
  /**
   * Writes a plan whose sheet(s) `old` replace the sheets of those names (our 审核 sheet; our
   * unchanged 汇总 and 问题清单): the new ones are written first and the old ones deleted in the
   * same Excel.run; every other planned sheet is new, as in apply. A name of `old` the plan has no
   * sheet of (our 汇总范围 the new set does without) is deleted with them (replaceSheet).
   */
  replace(plan: WorkbookPlan, old: string | readonly string[]): Promise<ApplyOutcome>;
  /** the whole workbook as raw cell contents */
  readGrid(): Promise<GridWorkbook>;
  /**
   * Reads the workbook, builds a plan from it and writes the plan, in one Excel.run (a summary:
   * two syncs). A plan with `replace` replaces those sheets of ours, as `replace` does (the 审核
   * sheet; an unchanged earlier 汇总). Optional: a host without it is used through readGrid and apply / replace.
   */
  readAndApply?(build: (grid: GridWorkbook) => { ok: true; plan: WorkbookPlan; replace?: string | readonly string[] } | { ok: false; message: string }):
    Promise<({ ok: true } & ApplyOutcome) | { ok: false; message: string }>;
  /** selects a cell so the user sees it */
  select(sheet: string, cell: string): Promise<void>;
  /** writes confirmed fixes; nothing else */
  applyFixes(fixes: Fix[]): Promise<void>;
  /**
   * The range selected in Excel, as the text each cell shows (`95%`, not 0.95), for 从选中区域读取
   * (an indicator table kept in a sheet). Optional: a host without it has no such button.
   */
  selectedRangeText?(): Promise<{ address: string; text: string[][] }>;
}

declare global {
  interface Window {
    /** a scripted host injected by tests (test/ui/fakeOffice.js); never set in production */
    __planReturnsActions?: OfficeActions;
    /** how long a host call may go unanswered before the pane says so (tests shorten it); never set in production */
    __planReturnsHostWaitMs?: number;
  }
}
