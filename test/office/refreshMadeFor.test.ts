/**
 * The pane's "update existing sheets" into last year's workbook (taskpane loadInto → planLoad "refresh" →
 * excelActions.apply → refreshPlan) writes the sheets for the new year; the year the workbook says it was made for
 * (the metadata's createdYear, read by check's cover_year_changed) now follows. Session 33 left it at the old year,
 * so right after the roll the carried 2023 values, with 2024 still empty, read as a cover year changed by hand.
 * A cover changed by hand, with nothing loaded, is still told.
 */
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { COVER_NAME, YEAR_CELL } from "../../src/sheet/coverSheet";
import { a1 } from "../../src/sheet/a1";
import { META_SHEET } from "../../src/sheet/keys";
import { readMetaChunks, type WorkbookMeta } from "../../src/sheet/metaSheet";
import { perYearCells } from "../../src/sheet/perYearCells";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { excelActions } from "../../src/ui/shared/excelActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { planLoad, workbookState } from "../../src/ui/shared/planLoad";
import { FakeExcel } from "./fakeExcel";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

const zs = findTemplate("zhoushan-2021-2025") as Template;
/** 2023's column of 舟山市表2 (I 2021, J 2022, K 2023), rows of indicators with a value typed */
const TYPED = ["K4", "K8", "K9", "K17"];

/** The metadata's createdYear as the workbook holds it. */
function madeFor(fx: FakeExcel): number | undefined {
  const s = fx.sheet(META_SHEET);
  const chunks: unknown[] = [];
  for (let r = 3; s.peek(r, 1) !== undefined; r++) chunks.push(s.peek(r, 1)?.value);
  return (JSON.parse(readMetaChunks(chunks)) as WorkbookMeta).createdYear;
}

afterAll(unstubExcelRun);

describe("the year a workbook is made for follows the year the pane writes its sheets for", () => {
  // each: the year the pane loads (null: nothing loaded), the cover's year typed by hand after (null: none),
  // the made-for year after, whether the apply changed it, and the cover_year_changed told by the check after
  test.each<[string, number | null, number | null, number, boolean, Array<{ year: number; made: number }>]>([
    ["2023's return, 2024 loaded into it (update existing sheets): made for 2024, the carried values not told", 2024, null, 2024, true, []],
    ["2023's return, 2023 loaded into it again: made for 2023 still, nothing written to the metadata", 2023, null, 2023, false, []],
    ["2023's return, its cover changed to 2024 by hand, nothing loaded: made for 2023, told", null, 2024, 2023, false, [{ year: 2024, made: 2023 }]],
    ["2023's return rolled to 2024, then its cover set back to 2023 by hand: made for 2024, 2024's column empty, not told", 2024, 2023, 2024, true, []],
  ])("%s", async (_n, load, cover, made, changed, told) => {
    const fx = new FakeExcel(["Sheet1"]);
    stubExcelRun(fx.context);
    await applyPlan(fx.context, buildWorkbookPlan([zs], { year: 2023, reportingUnit: "普陀区" }), { isSetSupported: fx.isSetSupported });
    const sheet = "舟山市表2";
    TYPED.forEach((c, i) => fx.userType(sheet, c, 10 + i));
    const a = excelActions(hostFunctions(fx.isSetSupported));
    if (load !== null) {
      // as the pane's loadInto does it: what it read, then the sheets that exist refreshed, the year's own cells emptied
      const grid = await a.readGrid();
      const lp = planLoad(workbookState(grid)?.templates ?? [], load, await a.sheets(), "refresh");
      const before = fx.syncs;
      const out = await a.apply(lp.plan, lp.refresh, perYearCells(grid, new Set(lp.refresh)));
      expect({ refused: out.refused, syncs: fx.syncs - before }).toEqual({ refused: [], syncs: 2 });
    }
    if (cover !== null) fx.userType(COVER_NAME, a1(YEAR_CELL.row, YEAR_CELL.col), cover);
    expect(madeFor(fx)).toBe(made);
    expect(madeFor(fx) !== 2023).toBe(changed);
    const r = checkGrid(await readWorkbookGrid(fx.context));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems.filter((p) => p.code === "cover_year_changed").map((p) => ({ year: p.params.year, made: p.params.made }))).toEqual(told);
    // the values typed stay where they were typed
    TYPED.forEach((c, i) => expect(fx.content(sheet, c).value).toBe(10 + i));
  });
});
