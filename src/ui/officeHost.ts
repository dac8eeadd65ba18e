import type { OfficeHost } from "./excelActions";

/**
 * The Office.js host functions from src/hosts/office.
 * TODO(lead): wire to src/hosts/office once it lands, e.g.
 *   import { applyPlan, refreshPlan, readWorkbookGrid } from "../hosts/office/…";
 *   return { applyPlan, refreshPlan, readWorkbookGrid };
 * Until then loading reports plainly that the host is missing; checking uses the
 * built-in grid reader of excelActions.ts.
 */
export function hostFunctions(): OfficeHost {
  const missing = (): Promise<never> => Promise.reject(new Error("本版本未包含 Excel 写入模块（src/hosts/office），无法加载模板 / the Office host module is not in this build"));
  return { applyPlan: missing, refreshPlan: missing };
}
