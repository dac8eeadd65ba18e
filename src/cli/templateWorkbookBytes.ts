import type { Template } from "../templates/TemplateSchema";
import { buildWorkbookPlan } from "../sheet/buildWorkbookPlan";
import { planToWorkbook } from "../hosts/xlsx/writeXlsx";
import { xlsxBytes } from "../hosts/xlsx/xlsxBytes";
import { fillInputs } from "../hosts/xlsx/fillInputs";
import { sampleReturn } from "./sampleReturn";

/** The .xlsx bytes of a return for templates (ExcelJS), sample values filled in for the demo. */
export async function templateWorkbookBytes(templates: Template[], year: number, unit: string, fill = false): Promise<Buffer> {
  const plan = buildWorkbookPlan(templates, { year, reportingUnit: unit });
  const wb = planToWorkbook(plan);
  if (fill) {
    const left = fillInputs(wb, templates.flatMap((t) => sampleReturn(t, year)));
    if (left.length) throw new Error(`sample values not placed: ${left.length}`); // programmer error
  }
  return xlsxBytes(wb, plan);
}
