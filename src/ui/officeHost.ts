import { applyPlan } from "../hosts/office/applyPlan";
import type { OfficeHost } from "./excelActions";

/**
 * The Office.js host functions from src/hosts/office.
 * TODO(lead): wire refreshPlan and readWorkbookGrid once src/hosts/office exports them, e.g.
 *   return { applyPlan: …, refreshPlan, readWorkbookGrid };
 * Until then "更新现有工作表" reports plainly that it is not available, and checking uses
 * the built-in grid reader of excelActions.ts.
 */
export function hostFunctions(): OfficeHost {
  return {
    applyPlan: async (context, plan) => {
      const r = await applyPlan(context, plan, { isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v) });
      return { refused: r.refused.map((x) => ({ sheet: x.sheet, message: x.message })) };
    },
    refreshPlan: () => Promise.reject(new Error("本版本尚不支持“更新现有工作表”，请选择“另建一份副本”（the Office host has no refreshPlan yet）")),
  };
}
