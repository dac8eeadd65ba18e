import ExcelJS from "exceljs";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { Template } from "../../src/templates/TemplateSchema";

/** A county's return written to `dir/name`: the sample values, shifted by `shift` so counties differ, then `extra` as given. */
export async function countyReturn(dir: string, name: string, unit: string, shift: number, templates: Template[], year = 2023, extra: InputEntry[] = []): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan(templates, { year, reportingUnit: unit }));
  const entries = templates.flatMap((t) => sampleReturn(t, year)).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e));
  fillInputs(wb, [...entries, ...extra]);
  const f = join(dir, name);
  await wb.xlsx.writeFile(f);
  return f;
}

/**
 * Fills returns `distribute` wrote into `dir` (`<year>-<unit>.xlsx`), each unit's with its entries, in
 * place; throws (a failed expectation) when an entry finds no cell.
 */
export async function fillDistributed(dir: string, year: number, returns: Readonly<Record<string, InputEntry[]>>): Promise<void> {
  for (const [unit, entries] of Object.entries(returns)) {
    const wb = new ExcelJS.Workbook();
    const f = join(dir, `${year}-${unit}.xlsx`);
    await wb.xlsx.readFile(f);
    expect(fillInputs(wb, entries)).toEqual([]);
    await wb.xlsx.writeFile(f);
  }
}
