import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { refreshPlan } from "../../src/hosts/office/refreshPlan";
import { ownFormulaColumns } from "../../src/sheet/ownFormulaColumns";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { FakeExcel } from "./fakeExcel";
import { syntheticTemplate } from "./syntheticTemplate";

export const SIZES = [50, 500, 5000] as const;
export type Size = (typeof SIZES)[number];

export interface SizeMeasure {
  /** syncs of applyPlan, readWorkbookGrid (with the written sheet names), refreshPlan */
  load: number;
  check: number;
  /** the pane's first 校验 after opening a workbook: no hint from an earlier read (no sheet names, no status columns), on ExcelApi 1.9 */
  checkFirst: number;
  /** the same on ExcelApi 1.8 (Office 2016/2019), which also reads the status and progress columns' formulas (trial40e F3; 3 syncs before issue 19) */
  checkFirst18: number;
  refresh: number;
  loadMode: string;
  /** largest request of each action: the larger of the fake's count and the host's estimate (bytes of JSON) */
  loadMaxRequestBytes: number;
  refreshMaxRequestBytes: number;
  /** largest response of the check */
  checkResponseBytes: number;
  cfRules: number;
  validations: number;
  checkItems: number;
  ms: { load: number; check: number; refresh: number };
}

export interface OfficeMeasure {
  syncs: { load: Record<Size, number>; check: Record<Size, number>; checkFirst: Record<Size, number>; checkFirst18: Record<Size, number>; refresh: Record<Size, number> };
  /** the largest request any action sent, over all sizes */
  maxRequestBytes: number;
  /** the largest check response, over all sizes */
  maxResponseBytes: number;
  /** conditional-format rules on the indicator sheet */
  cfRulesPerSheet: { 50: number; 5000: number };
  bySize: Record<Size, SizeMeasure>;
}

/** Load, check and reload one synthetic workbook of `n` indicators in the fake Excel. */
export async function measureSize(n: number): Promise<SizeMeasure> {
  const template = syntheticTemplate(n);
  const plan = buildWorkbookPlan([template], { year: 2023 });
  const sheetName = plan.sheets.find((s) => s.role === "template")?.name ?? "";

  const fx = new FakeExcel(["Sheet1"]);
  let t0 = Date.now();
  const load = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
  const loadMs = Date.now() - t0;
  const loadSyncs = fx.syncs;
  // the larger of the fake's count and the host's own estimate (which tracks office.js: realRequestSize)
  const loadMax = Math.max(fx.maxRequestBytes, load.largestRequestBytes);
  const cfRules = fx.sheet(sheetName).conditionalFormats.length;
  const validations = fx.sheet(sheetName).validationCount();

  // the pane's hints from its last read: the sheet names and, read with the values below ExcelApi 1.9, the status and progress columns
  const sheetNames = ["Sheet1", ...load.written];
  // the first read, with no hint: as Excel on the web and Office 2021 (ExcelApi 1.9) and as Office 2016/2019 (1.8) read it
  const firstRead = async (minor: number): Promise<{ syncs: number; grid: GridWorkbook }> => {
    const was = fx.maxMinor;
    fx.maxMinor = minor;
    const before = fx.syncs;
    const grid = await readWorkbookGrid(fx.context, { isSetSupported: fx.isSetSupported });
    fx.maxMinor = was;
    return { syncs: fx.syncs - before, grid };
  };
  const checkFirst = (await firstRead(9)).syncs;
  const first18 = await firstRead(8);
  const checkFirst18 = first18.syncs;
  const formulaColumns = Object.fromEntries(first18.grid.sheets.map((s) => [s.name, ownFormulaColumns(s)]));
  let before = fx.syncs;
  const responsesBefore = fx.responseBytes.length;
  t0 = Date.now();
  const grid = await readWorkbookGrid(fx.context, { sheetNames, formulaColumns });
  const checkMs = Date.now() - t0;
  const checkSyncs = fx.syncs - before;
  const checkResponse = Math.max(...fx.responseBytes.slice(responsesBefore));
  const outcome = checkGrid(grid);
  const checkItems = outcome.ok ? outcome.report.items.length : -1;

  before = fx.syncs;
  const requestsBefore = fx.requestBytes.length;
  t0 = Date.now();
  const refresh = await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
  const refreshMs = Date.now() - t0;
  const refreshSyncs = fx.syncs - before;
  const refreshMax = Math.max(...fx.requestBytes.slice(requestsBefore), refresh.largestRequestBytes);
  return {
    load: loadSyncs, check: checkSyncs, checkFirst, checkFirst18, refresh: refreshSyncs, loadMode: load.mode,
    loadMaxRequestBytes: loadMax, refreshMaxRequestBytes: refreshMax, checkResponseBytes: checkResponse,
    cfRules, validations, checkItems, ms: { load: loadMs, check: checkMs, refresh: refreshMs },
  };
}

/** The Office host's sync counts and request sizes at 50, 500 and 5,000 indicators. */
export async function measureOfficeHost(): Promise<OfficeMeasure> {
  const bySize = {} as Record<Size, SizeMeasure>;
  for (const n of SIZES) bySize[n] = await measureSize(n);
  const pick = (f: (m: SizeMeasure) => number): Record<Size, number> => ({ 50: f(bySize[50]), 500: f(bySize[500]), 5000: f(bySize[5000]) });
  return {
    syncs: { load: pick((m) => m.load), check: pick((m) => m.check), checkFirst: pick((m) => m.checkFirst), checkFirst18: pick((m) => m.checkFirst18), refresh: pick((m) => m.refresh) },
    maxRequestBytes: Math.max(...SIZES.map((n) => Math.max(bySize[n].loadMaxRequestBytes, bySize[n].refreshMaxRequestBytes))),
    maxResponseBytes: Math.max(...SIZES.map((n) => bySize[n].checkResponseBytes)),
    cfRulesPerSheet: { 50: bySize[50].cfRules, 5000: bySize[5000].cfRules },
    bySize,
  };
}
