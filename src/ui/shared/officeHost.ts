import { applyFixes, applyPlan, readWorkbookGrid, refreshPlan, replaceSheet } from "../../hosts/office";
import type { OfficeHost } from "./excelActions";

const officeSupports = (name: string, version: string): boolean => Office.context.requirements.isSetSupported(name, version);

/**
 * The Office.js host functions from src/hosts/office, adapted to the task pane's OfficeHost.
 * Tests pass the fake Excel's `isSetSupported`.
 */
export function hostFunctions(isSetSupported: (name: string, version: string) => boolean = officeSupports): OfficeHost {
  return {
    applyPlan: async (context, plan, knownSheets) => {
      const r = await applyPlan(context, plan, knownSheets ? { isSetSupported, knownSheets } : { isSetSupported });
      return { refused: r.refused };
    },
    refreshPlan: async (context, plan, clear, drop) => {
      const r = await refreshPlan(context, plan, { isSetSupported, ...(clear ? { clear } : {}), ...(drop ? { drop } : {}) });
      return { refused: r.refused, ...(r.dropped === undefined ? {} : { dropped: r.dropped }) };
    },
    readWorkbookGrid: (context, sheetNames, formulaColumns) => readWorkbookGrid(context, { isSetSupported, ...(sheetNames ? { sheetNames } : {}), ...(formulaColumns ? { formulaColumns } : {}) }),
    replaceSheet: async (context, plan, old, knownSheets) => {
      const r = await replaceSheet(context, plan, old, knownSheets ? { isSetSupported, knownSheets } : { isSetSupported });
      return { refused: r.refused };
    },
    applyFixes: async (context, fixes) => {
      const r = await applyFixes(context, fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.to, expect: f.from })), { isSetSupported });
      return { refused: r.refused.map((x) => ({ sheet: x.fix.sheet, cell: x.fix.cell, reason: x.reason, from: x.fix.expect ?? "", to: String(x.fix.value), ...(x.now === undefined ? {} : { now: x.now }) })) };
    },
  };
}
