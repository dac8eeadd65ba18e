/**
 * A change of year in the pane clears the lock record, as `rollover` leaves it out of the new
 * return (rolled_review_left): a lock accepts one year's return. A 2024 return locked by the CLI
 * (runLock), its 审核 sheet made first or not, opened in the fake Excel and rolled to 2025 along
 * the pane's own path (planLoad, perYearCells, perYearReview, perYearLock → excelActions.apply →
 * refreshPlan): the record's cells go in the roll's two syncs, column A of the metadata sheet keeps its
 * templates (its made-for year becomes the roll's), and the next 校验 says neither 已锁定 nor a change since the lock. On main the
 * record stayed: 已锁定 and the cleared 说明 and 人工评估 were 锁定后被改动. `lock` also protects the
 * cover with its sign-offs locked: a signed cover's 填报日期 is emptied and opened again for the new
 * year, the cover protected again, in the same two syncs (on main Excel refused the write: AccessDenied).
 */
import { readFileSync } from "node:fs";
import { cellText, type CellValue } from "../../src/domain/CellValue";
import { findMetaSheet, readLock } from "../../src/cycle/LockRecord";
import { perYearLock } from "../../src/cycle/perYearLock";
import { readMetaChunks, type WorkbookMeta } from "../../src/sheet/metaSheet";
import { COVER_NAME, SIGNATORIES } from "../../src/sheet/coverSheet";
import { perYearCells, perYearReview } from "../../src/sheet/perYearCells";
import { excelActions } from "../../src/ui/shared/excelActions";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { lockLine } from "../../src/ui/shared/lockLine";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { planLoad, workbookState } from "../../src/ui/shared/planLoad";
import { lockedReturnFile } from "../support/trialReturn";
import { openFileInFake } from "./openFileInFake";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";


afterAll(unstubExcelRun);

describe("a change of year clears the lock record, in the roll's two syncs", () => {
  /** the cover's 填报日期, as `lock` leaves a signed cover: the sheet protected, the cell locked */
  const DATE = `C${SIGNATORIES.find((s) => s.key === "date")?.row ?? 0}`;
  it.each<[string, boolean, boolean]>([
    ["locked", false, false],
    ["reviewed (审核 sheet) and locked", true, false],
    ["locked with a signed cover (protected, its 填报日期 locked)", false, true],
  ])("%s: the record gone, the templates kept, 校验 neither 已锁定 nor 锁定后被改动", async (_n, reviewed, signed) => {
    const f = await lockedReturnFile({ reviewed });
    const fx = (await openFileInFake(readFileSync(f)));
    if (signed) {
      // signed before the lock, as a person does (the file's protection is carried: lifted for the typing, then back)
      const protection = fx.sheet(COVER_NAME).protection;
      fx.sheet(COVER_NAME).protection = { protected: false };
      fx.userType(COVER_NAME, DATE, "2025年1月15日");
      fx.sheet(COVER_NAME).protection = protection;
    }
    stubExcelRun(fx.context);
    const a = excelActions(hostFunctions(fx.isSetSupported));

    // what the pane reads before its dialog
    const grid = await a.readGrid();
    const state = workbookState(grid);
    const lock = perYearLock(grid);
    expect(lock).toMatchObject({ year: 2024, reviewer: "王审核" });
    const metaA = (findMetaSheet(grid)?.rows ?? []).map((row) => row?.[0] ?? null);
    const lp = planLoad(state?.templates ?? [], 2025, await a.sheets(), "refresh");
    const cleared = perYearCells(grid, new Set(lp.refresh));
    const review = perYearReview(grid);
    expect(review !== null).toBe(reviewed);
    const before = fx.syncs;
    const out = await a.apply(lp.plan, lp.refresh, [...cleared, ...(lock?.cells ?? [])], ...(review ? [{ sheet: review.sheet, mark: review.mark }] : []));
    expect({ syncs: fx.syncs - before, refused: out.refused.length, dropped: out.dropped !== undefined }).toEqual({ syncs: 2, refused: 0, dropped: reviewed });

    if (signed) {
      expect(fx.content(COVER_NAME, DATE).value ?? "").toBe("");
      expect(fx.sheet(COVER_NAME).protection.protected).toBe(true);
      expect(fx.sheet(COVER_NAME).peek(Number(DATE.slice(1)), 3)?.format.locked).toBe(false);
    }
    const after = await a.readGrid();
    expect(readLock(after)).toBeNull();
    expect(perYearLock(after)).toBeNull();
    // column A: the mark, the version and the templates as they were; the year made for now the roll's (session 34:
    // it stayed 2024, so the carried values read as a cover year changed by hand; test/office/refreshMadeFor)
    const metaAfter = (findMetaSheet(after)?.rows ?? []).map((row) => row?.[0] ?? null);
    // as values: the pane writes the meta sheet's text in the Text format (@), which its reader now says (textStyle, trial44a F4)
    const shown = (col: Array<CellValue | null>): string[] => col.slice(0, 2).map((c) => (c ? `${c.type}:${cellText(c)}` : ""));
    expect(shown(metaAfter)).toEqual(shown(metaA));
    const metaOf = (col: unknown[]): WorkbookMeta => JSON.parse(readMetaChunks(col.slice(2).map((c) => (c && typeof c === "object" && "text" in c ? c.text : null)))) as WorkbookMeta;
    expect(metaOf(metaAfter).templates).toEqual(metaOf(metaA).templates);
    expect([metaOf(metaA).createdYear, metaOf(metaAfter).createdYear]).toEqual([2024, 2025]);
    expect(workbookState(after)?.year).toBe(2025);
    const checked = lockedCheck(after);
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.lock).toEqual({ locked: false });
    expect(lockLine(checked.lock, "zh")).toBe("");
    expect(checked.report.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed")).toEqual([]);
  }, 120000);
});
