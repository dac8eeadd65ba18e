import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { excelActions } from "../../src/ui/shared/excelActions";
import { lazyOfficeHost } from "../../src/ui/shared/lazyOfficeHost";
import { evaluateChosenFiles, makeEvaluation } from "../../src/ui/shared/evaluationActions";
import { openInFake } from "../office/openInFake";
import { sheetLook, type CellLook } from "../office/sheetLook";
import { stubExcelRun } from "../office/stubExcelRun";
import { syntheticTemplate } from "../office/syntheticTemplate";

/** The pane's two actions that write a 评估 sheet. */
export const EVALUATION_ACTIONS = ["生成评估", "评估所选文件"] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/**
 * The 评估 sheet the pane writes (through its lazy host, into the fake Excel at ExcelApi 1.9, so
 * the print setup is written too) for a return of `n` indicators of the synthetic template filled
 * with the sample values (grades of every kind, numbers, percents, forecasts): 生成评估 over the
 * open return, or 评估所选文件 over the same return chosen as a file. Returns sheetLook's JSON.
 */
export async function evaluationSheetLook(action: EvaluationAction, n: number): Promise<Record<string, unknown>> {
  const t = syntheticTemplate(n);
  const plan = buildWorkbookPlan([t], { year: 2023, reportingUnit: "定海区" });
  const wb = planToWorkbook(plan);
  fillInputs(wb, sampleReturn(t, 2023));
  const fx = openInFake(workbookToGrid(wb));
  fx.maxMinor = 9;
  stubExcelRun(fx.context);
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: fx.isSetSupported } } };
  const a = excelActions(lazyOfficeHost());
  await a.readGrid();
  let out: { ok: boolean };
  if (action === "生成评估") out = await makeEvaluation(a, "zh");
  else {
    const filled = planToWorkbook(plan);
    fillInputs(filled, sampleReturn(t, 2023));
    const bytes = new Uint8Array(await filled.xlsx.writeBuffer());
    out = await evaluateChosenFiles(a, [{ name: "2023-定海区.xlsx", modified: 0, read: () => readXlsxZip(bytes) }], "zh");
  }
  if (!out.ok) throw new Error(`${action}: nothing written`);
  return compactLook(sheetLook(fx.sheet("评估")));
}

/**
 * sheetLook with each distinct cell format listed once (`formats`) and each cell as
 * [value, formula, numberFormat, format's index] (null where it has none): a fixture a tenth the size.
 */
export function compactLook(look: Record<string, unknown>): Record<string, unknown> {
  const formats: unknown[] = [];
  const index = new Map<string, number>();
  const cells: Record<string, unknown[]> = {};
  for (const [address, c] of Object.entries(look.cells as Record<string, CellLook>)) {
    const f = JSON.stringify(c.format ?? {});
    if (!index.has(f)) { index.set(f, formats.length); formats.push(c.format ?? {}); }
    cells[address] = [c.value ?? null, c.formula ?? null, c.numberFormat ?? null, index.get(f) ?? 0];
  }
  return { ...look, cells, formats };
}
