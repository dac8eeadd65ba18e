/**
 * Every pane action that writes, on a return `lock` accepted, opened in the fake Excel with its
 * protection as Excel opens it (openFileInFake: the cover and the return's sheets protected, every
 * input cell locked, the cover's year C5 too): nothing fails on Excel's AccessDenied, each in at
 * most two syncs, and the lock stays as it was (the sheets protected, the cover's year locked).
 */
import { readFileSync } from "node:fs";
import { readWorkbookGrid } from "../../src/hosts/office";
import { COVER_NAME, YEAR_CELL } from "../../src/sheet/coverSheet";
import { excelActions } from "../../src/ui/shared/excelActions";
import { hostErrorText } from "../../src/ui/shared/hostErrorText";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { planLoad, workbookState } from "../../src/ui/shared/planLoad";
import { lockedReturnFile } from "../support/trialReturn";
import type { FakeExcel } from "./fakeExcel";
import { openFileInFake } from "./openFileInFake";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";


let locked = "";
beforeAll(async () => {
  locked = await lockedReturnFile();
}, 120000);
afterAll(unstubExcelRun);

/** What the pane reads first, then the action's own Excel.run (its syncs counted). */
type Action = (a: OfficeActions) => Promise<() => Promise<unknown>>;
/** 更新现有工作表 (the same year) or 另存为新工作表 (a copy beside the return's sheets), as the pane's loadInto plans them */
const load = (choice: "refresh" | "copy"): Action => async (a) => {
  const state = workbookState(await a.readGrid());
  const lp = planLoad(state?.templates ?? [], state?.year ?? 0, await a.sheets(), choice);
  return () => a.apply(lp.plan, lp.refresh);
};

describe("pane actions on a locked return (its sheets protected, every input cell locked)", () => {
  test.each<[string, Action, number]>([
    ["更新现有工作表, the same year", load("refresh"), 2],
    ["another copy of the template (另存为新工作表)", load("copy"), 3],
  ])("%s: no AccessDenied, in its syncs, the lock kept", async (_n, action, syncs) => {
    const fx: FakeExcel = await openFileInFake(readFileSync(locked));
    stubExcelRun(fx.context);
    const a = excelActions(hostFunctions(fx.isSetSupported));
    // the return's own sheet, every input cell locked by `lock`
    const own = fx.sheets.find((s) => s.name !== COVER_NAME && s.visibility === "Visible");
    const open = (): number => [...(own?.cells.values() ?? [])].filter((c) => c.format.locked === false).length;
    expect(open()).toBe(0);
    const act = await action(a);
    const before = fx.syncs;
    const out = await act();
    expect(out).toMatchObject({ refused: [] });
    // a copy beside the return reads the metadata sheet's column A first (applyPlan's merge): three syncs, as before
    expect(fx.syncs - before).toBeLessThanOrEqual(syncs);
    expect({ protected: own?.protection.protected, open: open() }).toEqual({ protected: true, open: 0 });
    const cover = fx.sheet(COVER_NAME);
    expect({ protected: cover.protection.protected, yearLocked: cover.peek(YEAR_CELL.row, YEAR_CELL.col)?.format.locked !== false }).toEqual({ protected: true, yearLocked: true });
    const checked = lockedCheck(await readWorkbookGrid(fx.context));
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.lock).toMatchObject({ locked: true, intact: true, changed: 0 });
  }, 60000);
});

describe("修正 on a locked return", () => {
  // the return is accepted as it is: a fix into a cell `lock` locked is refused before anything is written (Excel would
  // refuse the value with AccessDenied after the fix's number format had already changed the cell: on main, K4's format went General)
  it("is refused as a locked cell, in the read's sync, and the cell keeps its value and format", async () => {
    const fx = await openFileInFake(readFileSync(locked));
    stubExcelRun(fx.context);
    const a = excelActions(hostFunctions(fx.isSetSupported));
    const own = fx.sheets.find((s) => s.name !== COVER_NAME && s.visibility === "Visible");
    if (!own) throw new Error("no return sheet");
    const cell = "K4";
    const before = fx.content(own.name, cell);
    const syncs = fx.syncs;
    const e: unknown = await a.applyFixes([{ sheet: own.name, cell, from: String(before.value ?? ""), to: 1, name: "r01" }]).then(() => null, (x: unknown) => x);
    expect({ code: (e as { code?: string } | null)?.code, syncs: fx.syncs - syncs }).toEqual({ code: "fixes_refused", syncs: 1 });
    expect(hostErrorText(e, "zh")).toBe(`${own.name}!K4：单元格已锁定（工作表受保护，如审核通过后锁定的填报），未修改`);
    expect(hostErrorText(e, "en")).toMatch(/^\S+!K4: the cell is locked \(the sheet is protected/);
    expect(fx.content(own.name, cell)).toEqual(before);
  }, 60000);
});
