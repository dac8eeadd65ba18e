import { applyPlan } from "../../src/hosts/office/applyPlan";
import { sheetOps, type SheetOp } from "../../src/hosts/office/sheetOps";
import type { PlannedSheet, WorkbookPlan } from "../../src/sheet/SheetPlan";
import { FakeExcel } from "./fakeExcel";

/** The writes the Office host queues for one sheet, as a load or as a reload. */
export interface SheetWrites { label: string; sheet: PlannedSheet; ops: SheetOp[] }

/**
 * Each sheet's writes as a load, and each template sheet's as a reload over the sheet the
 * load wrote (in the fake Excel, so the reload sees the cells as they are).
 */
export async function sheetWrites(plan: WorkbookPlan, label: string): Promise<SheetWrites[]> {
  const fx = new FakeExcel(["Sheet1"]);
  await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
  const out: SheetWrites[] = [];
  for (const sheet of plan.sheets) {
    const loaded = fx.sheet(sheet.name);
    const current = (r: number, c: number): unknown => { const x = loaded.peek(r, c); return x?.formula ?? x?.value ?? ""; };
    const load = sheetOps(sheet, { printSupported: true });
    out.push({ label: `${label} ${sheet.name} load`, sheet, ops: [...load.ops, ...load.last] });
    if (sheet.role !== "template") continue;
    const refresh = sheetOps(sheet, { printSupported: true, refresh: { current } });
    out.push({ label: `${label} ${sheet.name} reload`, sheet, ops: [...refresh.ops, ...refresh.last] });
  }
  return out;
}
