import { sampleReturn } from "../../src/cli/sampleReturn";
import { ledgerBookPlan } from "../../src/cycle/ledgerBook";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file as the pane's file input is given it (Playwright's setInputFiles). */
export type Chosen = { name: string; mimeType: string; buffer: Buffer };

/**
 * The files a manager chooses in the pane for 汇总所选文件 or 评估所选文件: a filled 2023 return of the 舟山 plan for each unit
 * of `returned`, then the 报送台账 `distribute` writes listing `listed` in that order (deadline 2024-01-31), as 报送台账.xlsx.
 */
export async function returnsWithLedger(listed: readonly string[], returned: readonly string[]): Promise<Chosen[]> {
  const zs = findTemplate("zhoushan-2021-2025") as Template;
  const unitFile = async (unit: string): Promise<Chosen> => {
    const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
    fillInputs(wb, sampleReturn(zs, 2023));
    return { name: `2023-${unit}.xlsx`, mimeType: XLSX_MIME, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
  };
  const ledger = planToWorkbook(ledgerBookPlan({ year: 2023, templates: [zs.id], units: listed.map((unit) => ({ unit, file: `2023-${unit}.xlsx`, deadline: "2024-01-31" })) }));
  return [...(await Promise.all(returned.map(unitFile))), { name: "报送台账.xlsx", mimeType: XLSX_MIME, buffer: Buffer.from(await ledger.xlsx.writeBuffer()) }];
}
