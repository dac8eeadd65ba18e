/**
 * A change of year in the pane deletes the old year's 审核 sheet, as `rollover` leaves it out of the
 * new return (rolled_review_left): a reviewer never reads last year's decisions as this year's. The
 * pane's own path against the fake Excel (planLoad, perYearCells, perYearReview → excelActions.apply
 * → refreshPlan): the sheet goes in the roll's own two syncs, only while it is still ours (A2 marked),
 * and the next 校验 is one sync. The dialog's words are in test/ui/paneRollYear.browser.test.ts.
 */
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { perYearCells, perYearReview } from "../../src/sheet/perYearCells";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { excelActions } from "../../src/ui/shared/excelActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { planLoad, workbookState } from "../../src/ui/shared/planLoad";
import { makeReview } from "../../src/ui/shared/summaryActions";
import { FakeExcel, type FakeSheet } from "./fakeExcel";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";
import { syntheticTemplate } from "./syntheticTemplate";

const zs = findTemplate("zhoushan-2021-2025") as Template;

/** Every cell of a sheet, as text, for "untouched" comparisons. */
const dump = (s: FakeSheet): string => JSON.stringify([...s.cells.entries()].sort((x, y) => x[0] - y[0]).map(([k, c]) => [k, c.value, c.formula]));

/** a column of our 审核 sheet by its key in the hidden row 2 */
function reviewColumn(s: FakeSheet, key: string): string {
  for (let c = 1; c < 40; c++) if (s.peek(2, c)?.value === key) return String.fromCharCode(64 + c);
  throw new Error(`no column ${key}`);
}

/**
 * A 2023 return of `template` in the fake Excel with a value typed, its 审核 sheet made by the pane
 * (生成审核表) and a decision written in its first row; `mine` first adds a person's own sheet called 审核.
 */
async function reviewed2023(template: Template, mine = false): Promise<{ fx: FakeExcel; a: OfficeActions; review: string; sheet: string }> {
  const fx = new FakeExcel(["Sheet1"]);
  stubExcelRun(fx.context);
  const plan = buildWorkbookPlan([template], { year: 2023, reportingUnit: "普陀区" });
  await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
  const sheet = plan.sheets.find((s) => s.role === "template")?.name as string;
  fx.userType(sheet, "K8", 80);
  if (mine) {
    fx.addSheetState("审核");
    fx.userType("审核", "A1", "我的审核记录");
    fx.userType("审核", "A2", "张三");
  }
  const a = excelActions(hostFunctions(fx.isSetSupported));
  const made = await makeReview(a, "zh");
  if (!made.ok) throw new Error("no review");
  const review = made.sheets[0] as string;
  const s = fx.sheet(review);
  fx.userType(review, `${reviewColumn(s, "decision")}4`, "通过");
  fx.userType(review, `${reviewColumn(s, "comment")}5`, "请补充佐证");
  return { fx, a, review, sheet };
}

/** The pane's roll to 2024 (taskpane loadInto): what it read, then apply with the cells and the sheet it named; the syncs of the apply. */
async function rollTo2024(fx: FakeExcel, a: OfficeActions, between: (fx: FakeExcel) => void = () => undefined): Promise<{ syncs: number; dropped?: string | undefined; refused: number }> {
  const grid = await a.readGrid();
  const state = workbookState(grid);
  const lp = planLoad(state?.templates ?? [], 2024, await a.sheets(), "refresh");
  const review = perYearReview(grid);
  if (!review) throw new Error("no review sheet found");
  between(fx);
  const before = fx.syncs;
  const out = await a.apply(lp.plan, lp.refresh, perYearCells(grid, new Set(lp.refresh)), { sheet: review.sheet, mark: review.mark });
  return { syncs: fx.syncs - before, dropped: out.dropped, refused: out.refused.length };
}

afterAll(unstubExcelRun);

describe("a change of year deletes the old year's 审核 sheet, in the roll's two syncs", () => {
  it.each([
    ["舟山 表2", () => zs],
    ["5,000 indicators", () => syntheticTemplate(5000)],
  ])("%s: the dialog counts what the reviewer wrote; the sheet is gone, every value kept, the next 校验 one sync", async (_n, template) => {
    const { fx, a, review, sheet } = await reviewed2023(template());
    expect(perYearReview(await readWorkbookGrid(fx.context))).toEqual({ sheet: review, mark: REVIEW_MARK, filled: 2, returned: [] });
    const r = await rollTo2024(fx, a);
    expect(r).toEqual({ syncs: 2, dropped: review, refused: 0 });
    expect(fx.sheets.map((s) => s.name)).not.toContain(review);
    expect(fx.content(sheet, "K8").value).toBe(80);
    expect(fx.content("填报说明", "C5").value).toBe(2024);
    // the pane's sheet hint lost the deleted sheet: the read after the roll does not look for it
    const before = fx.syncs;
    const grid = await a.readGrid();
    expect(fx.syncs - before).toBe(1);
    expect(perYearReview(grid)).toBeNull();
  });

  /** each: a person's own sheet called 审核 first, what happens between the dialog and the write, the outcome, the sheets called 审核… left */
  const CASES: ReadonlyArray<readonly [string, boolean, (fx: FakeExcel, review: string) => void, { syncs: number; dropped?: string; refused: number }, string[]]> = [
    // found by its mark: a person's own sheet called 审核 is never touched; ours, 审核(2), goes
    ["a person's own 审核 beside ours", true, () => undefined, { syncs: 2, dropped: "审核(2)", refused: 0 }, ["审核"]],
    // what the pane read is checked again in the roll's first sync: no longer ours, it stays
    ["its mark typed over after the dialog", false, (fx, review) => { fx.userType(review, "A2", "我的表"); }, { syncs: 2, refused: 0 }, ["审核"]],
    // not found under its name: the first sync fails, the sheets are listed and read again (as for a missing cover)
    ["renamed after the dialog", false, (fx, review) => { fx.sheet(review).name = "审核2023"; }, { syncs: 4, refused: 0 }, ["审核2023"]],
    ["deleted after the dialog", false, (fx, review) => { fx.sheets.splice(fx.sheets.indexOf(fx.sheet(review)), 1); }, { syncs: 4, refused: 0 }, []],
  ];
  it.each(CASES)("%s: as expected, the roll done", async (_n, mine, between, outcome, left) => {
    const { fx, a, review } = await reviewed2023(zs, mine);
    const own = mine ? dump(fx.sheet("审核")) : "";
    const r = await rollTo2024(fx, a, (f) => between(f, review));
    expect(r).toEqual({ dropped: undefined, ...outcome });
    expect(fx.sheets.map((s) => s.name).filter((n) => n.startsWith("审核"))).toEqual(left);
    if (mine) expect(dump(fx.sheet("审核"))).toBe(own);
    expect(fx.content("填报说明", "C5").value).toBe(2024);
  });
});

describe("perYearReview: what the roll dialog says of the 审核 sheet", () => {
  it.each([
    ["no 审核 sheet", async (): Promise<FakeExcel> => { const fx = new FakeExcel(["Sheet1"]); await applyPlan(fx.context, buildWorkbookPlan([zs], { year: 2023 }), { isSetSupported: fx.isSetSupported }); return fx; }, null],
    ["a decision and a comment", async () => (await reviewed2023(zs)).fx, 2],
    ["and a note under the table and the reviewer's own column", async () => {
      const { fx, review } = await reviewed2023(zs);
      fx.userType(review, "A80", "复核时请对照统计年鉴");
      fx.userType(review, "AC3", "我的列");
      fx.userType(review, "AC6", "已电话核实");
      return fx;
    }, 4],
  ] as const)("%s", async (_n, make, filled) => {
    const fx = await make();
    const r = perYearReview(await readWorkbookGrid(fx.context));
    expect(r === null ? null : r.filled).toBe(filled);
  });

  // trial46b F2: the dialog said 「审核人员填写的 1 行」 of a 退回修改 still asked of the unit; it names such rows
  it.each([
    ["通过 on row 4", "通过", []],
    ["退回修改 on row 4", "退回修改", ["row4"]],
  ] as const)("%s: the rows decided 退回修改, by name", async (_n, decision, returned) => {
    const { fx, review } = await reviewed2023(zs);
    const s = fx.sheet(review);
    fx.userType(review, `${reviewColumn(s, "decision")}4`, decision);
    const name = String(s.peek(4, reviewColumn(s, "name").charCodeAt(0) - 64)?.value ?? "");
    expect(name).not.toBe("");
    expect(perYearReview(await readWorkbookGrid(fx.context))?.returned).toEqual(returned.map(() => name));
  });
});
