import JSZip from "jszip";
import { sheetPartPath } from "./sheetPartPath";
import type { PlannedSheet, WorkbookPlan } from "../../sheet/SheetPlan";

/**
 * A package ExcelJS wrote with the plan's grow rows (PlannedSheet.growRows) no longer marked
 * customHeight: ExcelJS marks every row it gives a height, and Excel, LibreOffice and WPS never
 * refit a row so marked, so a person's three-line 说明 stayed cut. The height (`ht`) stays, so
 * the empty return looks as before. The bytes as given when the plan has no grow row.
 */
export async function freeGrowRows(xlsx: Buffer | ArrayBuffer, plan: WorkbookPlan): Promise<Buffer> {
  // a row may have its height from the plan or from text typed in (fillInputs)
  const grows = (s: PlannedSheet): Set<number> => new Set(s.growRows ?? []);
  if (!plan.sheets.some((s) => grows(s).size)) return Buffer.from(xlsx as ArrayBuffer);
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const wbRels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  for (const s of plan.sheets) {
    const grow = grows(s);
    if (!grow.size) continue;
    const path = sheetPartPath(workbook, wbRels, s.name);
    const xml = (await zip.file(path)?.async("string")) ?? "";
    // ExcelJS writes r, ht, customHeight in this order (its row-xform)
    zip.file(path, xml.replace(/(<row r="(\d+)" ht="[^"]*") customHeight="1"/g, (all, kept: string, r: string) => (grow.has(Number(r)) ? kept : all)));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
