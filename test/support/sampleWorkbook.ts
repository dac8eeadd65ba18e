import type ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { KEY_ROW, parseTemplateMark } from "../../src/sheet/keys";
import { findTemplate } from "../../src/templates/catalog";

/**
 * The catalogue template `id`'s return of `unit` for `year`, filled with its sample values (every
 * entry must land: throws otherwise), and the template's own sheet (found by its A2 mark), for a
 * test to change cells in before writing it.
 */
export function sampleWorkbook(id: string, year: number, unit: string): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  const wb = planToWorkbook(buildWorkbookPlan([t], { year, reportingUnit: unit }));
  const left = fillInputs(wb, sampleReturn(t, year));
  if (left.length) throw new Error(`sample entries not filled: ${JSON.stringify(left)}`);
  const ws = wb.worksheets.find((w) => parseTemplateMark(w.getCell(KEY_ROW, 1).value) === id);
  if (!ws) throw new Error("no template sheet");
  return { wb, ws };
}
