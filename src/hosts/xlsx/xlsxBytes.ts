import type ExcelJS from "exceljs";
import { freeGrowRows } from "./freeGrowRows";
import { injectCharts } from "./injectCharts";
import type { WorkbookPlan } from "../../sheet/SheetPlan";

/**
 * The .xlsx bytes of a workbook written from `plan` (planToWorkbook, values filled in since or
 * not): what ExcelJS cannot write is set in the package afterwards, the grow rows freed to refit
 * (freeGrowRows) and native charts added (injectCharts).
 */
export async function xlsxBytes(wb: ExcelJS.Workbook, plan: WorkbookPlan): Promise<Buffer> {
  const buf = await freeGrowRows(await wb.xlsx.writeBuffer() as ArrayBuffer, plan);
  return plan.sheets.some((s) => s.charts?.length) ? injectCharts(buf, plan) : buf;
}
