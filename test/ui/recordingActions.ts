import type { GridWorkbook } from "../../src/sheet/Grid";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";

/**
 * The pane's actions over an empty open workbook (one blank Sheet1) that write nothing but record, of each plan
 * applied, what `keep` takes (the plan, its sheets, their names); replacing a sheet is never expected. For the
 * chosen-files tests (汇总所选文件, 评估所选文件), which compare what the pane would write with the CLI's files.
 */
export function recordingActions<T>(keep: (plan: WorkbookPlan) => T[]): { a: OfficeActions; written: T[] } {
  const written: T[] = [];
  const open: GridWorkbook = { sheets: [{ name: "Sheet1", visible: true, rows: [] }], names: {} };
  const a = {
    readGrid: () => Promise.resolve(open),
    sheetNames: () => Promise.resolve(["Sheet1"]),
    apply: (plan: WorkbookPlan) => { written.push(...keep(plan)); return Promise.resolve({ refused: [] }); },
    replace: () => { throw new Error("not replaced"); },
  } as unknown as OfficeActions;
  return { a, written };
}
