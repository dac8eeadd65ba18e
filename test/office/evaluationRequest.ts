/**
 * The 评估 sheet 生成评估 writes for a county's return of `template` (评估所选文件's is the same sheet), and
 * its writes as one request: the bytes Microsoft's office.js serialises them to (OfficeJsRequest) beside the
 * host's own estimate, which is what the host cuts requests by (DEFAULT_MAX_REQUEST_BYTES). Shared by
 * test/ui/lazyOfficeHost and the bench's officeJsBytes5000 (issue 19: requests < 5 MB).
 */
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { Template } from "../../src/templates/TemplateSchema";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { openWorkbookEvaluation } from "../../src/ui/shared/evaluationPlan";
import { sheetOps } from "../../src/hosts/office/sheetOps";
import { DEFAULT_MAX_REQUEST_BYTES } from "../../src/hosts/office/requestSize";
import { OfficeJsRequest } from "./officeJsRequest";

/** one county's (定海区) return of `template` for 2023: blank, or filled with the sample values (every grade, numbers, percents, forecasts) */
export const countyReturn = (template: Template, filled: boolean): ReturnType<typeof planToWorkbook> => {
  const wb = planToWorkbook(buildWorkbookPlan([template], { year: 2023, reportingUnit: "定海区" }));
  if (filled) fillInputs(wb, sampleReturn(template, 2023));
  return wb;
};

/** The 评估 sheet's writes of that return: bytes as office.js sends them, and the host's estimate (bytes). */
export async function evaluationRequest(template: Template, filled: boolean): Promise<{ real: number; estimate: number }> {
  const out = openWorkbookEvaluation(workbookToGrid(countyReturn(template, filled)));
  if (!out.ok) throw new Error("no 评估 planned");
  const sheet = out.plan.sheets.find((s) => s.name === "评估");
  if (!sheet) throw new Error("no 评估 sheet");
  const w = sheetOps(sheet, { printSupported: true, maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES });
  const ops = [...w.ops, ...w.last];
  return { real: await new OfficeJsRequest().writeBytes(sheet.name, ops), estimate: ops.reduce((n, o) => n + o.bytes, 0) };
}
