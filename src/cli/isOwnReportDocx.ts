import JSZip from "jszip";
import { isOwnReportCore } from "../hosts/xlsx/isOwnReportCore";
import { corePropertiesXml } from "./corePropertiesXml";

/**
 * Whether a .docx's bytes are this tool's own evaluation report (its core properties name plan-returns the creator,
 * isOwnReportCore): import refuses it as no plan's table (trial42d F2: the report's table was imported as a plan).
 * The core part is found by corePropertiesXml; false for bytes that are no readable zip (the .docx reader then says why).
 */
export async function isOwnReportDocx(bytes: Uint8Array): Promise<boolean> {
  try {
    const core = await corePropertiesXml(await JSZip.loadAsync(bytes));
    return core !== undefined && isOwnReportCore(core);
  } catch {
    return false;
  }
}
