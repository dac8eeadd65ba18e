import type { OfficeHost } from "./excelActions";

/**
 * The Office.js host functions, loaded as their own chunk on the first action that writes or
 * reads cells (they bring pako and the sheet writers, ~200 KB): the pane starts without them.
 */
export function lazyOfficeHost(): OfficeHost {
  let loaded: Promise<OfficeHost> | null = null;
  const host = (): Promise<OfficeHost> => (loaded ??= import(/* webpackChunkName: "officehost" */ "./officeHost").then((m) => m.hostFunctions()));
  return {
    applyPlan: async (context, plan, knownSheets) => (await host()).applyPlan(context, plan, knownSheets),
    refreshPlan: async (context, plan, clear, drop) => (await host()).refreshPlan(context, plan, clear, drop),
    readWorkbookGrid: async (context, sheetNames, formulaColumns) => (await host()).readWorkbookGrid(context, sheetNames, formulaColumns),
    applyFixes: async (context, fixes) => (await host()).applyFixes(context, fixes),
    // the sheet names the caller read in this Excel.run go on: without them the write reads the sheet list again (a sync)
    replaceSheet: async (context, plan, old, knownSheets) => (await host()).replaceSheet(context, plan, old, knownSheets),
  };
}
