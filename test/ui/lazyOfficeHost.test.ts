/**
 * The pane's host in Excel is lazyOfficeHost (the Office.js functions load as their own chunk on the
 * first action): it must cost the syncs the host functions cost. Its replaceSheet dropped the sheet
 * names read in the same Excel.run (`knownSheets`), so 生成审核表 over our earlier 审核 sheet loaded the
 * sheet and name lists again: read 1 + 2 = 3 syncs, where the ribbon (hostFunctions) took 2. At 5,000 indicators
 * 生成评估 and 评估所选文件 take the 2 syncs too (session 35, issue 19; 4 before: their 评估 sheet was more than one request).
 */
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { excelActions, type OfficeHost } from "../../src/ui/shared/excelActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { makeReview, makeSummary } from "../../src/ui/shared/summaryActions";
import { lazyOfficeHost } from "../../src/ui/shared/lazyOfficeHost";
import { evaluateChosenFiles, makeEvaluation } from "../../src/ui/shared/evaluationActions";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { FakeExcel } from "../office/fakeExcel";
import { stubExcelRun, unstubExcelRun } from "../office/stubExcelRun";
import { syntheticTemplate } from "../office/syntheticTemplate";

type Office = { Office?: unknown };
const HOSTS: ReadonlyArray<readonly [string, (fx: FakeExcel) => OfficeHost]> = [
  ["the host functions (ribbon)", (fx) => hostFunctions(fx.isSetSupported)],
  ["lazyOfficeHost (the pane)", () => lazyOfficeHost()],
];
/** an action after a check (the sheet names known): what comes first, the action counted, and what it must report */
type Act = (a: OfficeActions, template: Template) => Promise<unknown>;
/** 评估所选文件 over one county's return of `template` (read as the pane reads a chosen file), evaluated as `report` evaluates it */
const evaluateOne: Act = async (a, template) => {
  const bytes = await planToXlsx(buildWorkbookPlan([template], { year: 2023, reportingUnit: "定海区" }));
  return evaluateChosenFiles(a, [{ name: "2023-定海区.xlsx", modified: 0, read: () => readXlsxZip(bytes) }], "zh");
};
const evaluateOpen: Act = (a) => makeEvaluation(a, "zh");
/**
 * The syncs at 5,000 indicators (null: not run at that size, slow in the fake). 生成评估 and 评估所选文件 write a 评估
 * sheet of 5,000 rows. Until session 35 its formats went one write of every setting (font, wrap, alignment, four
 * edges of border …) per rectangle of one style, 1,684 of them: 7.32 MB as office.js sends it (8.58 MB as the host
 * estimated), 1 read + 3 writes. Now each setting goes over the rectangles of the cells that share it (styleRects:
 * the border and the font over the whole table) and the values as 2-D arrays over bands of rows (denseBlocks): about
 * 1.8 MB, one write request under the host's 4 MB estimated limit (DEFAULT_MAX_REQUEST_BYTES), the sheet as it was
 * (test/ui/evaluationSheetUnchanged).
 */
const ACTIONS: ReadonlyArray<readonly [string, Act, Act, object, number | null]> = [
  ["生成审核表 (a first 审核 sheet)", async () => undefined, (a) => makeReview(a, "zh"), { ok: true, replaced: false }, null],
  ["生成审核表 again (ours replaced)", (a) => makeReview(a, "zh"), (a) => makeReview(a, "zh"), { ok: true, replaced: true }, 2],
  ["生成汇总", async () => undefined, (a) => makeSummary(a, "zh"), { ok: true }, null],
  // 问题清单's 审核结论 reads the 审核 sheet's decisions (reviewMarks, trial34 M4): still the 2 syncs, at 5,000 rows too
  ["生成汇总 with a 审核 sheet (审核结论 read)", (a) => makeReview(a, "zh"), (a) => makeSummary(a, "zh"), { ok: true }, 2],
  ["评估所选文件, ours replaced", evaluateOne, evaluateOne, { ok: true, replaced: true }, 2],
  ["生成评估 again, ours replaced", evaluateOpen, evaluateOpen, { ok: true, replaced: true }, 2],
];
const SIZES: ReadonlyArray<readonly [string, () => Template]> = [
  ["舟山 表2", () => findTemplate("zhoushan-2021-2025") as Template],
  ["5,000 indicators", () => syntheticTemplate(5000)],
];
// every action through both hosts on the seed (2 syncs); at 5,000 indicators (slow in the fake) those with a count there, through the pane's host
const CASES = SIZES.flatMap(([size, t], i) => ACTIONS.flatMap(([action, first, act, outcome, big]) => HOSTS
  .filter(([host]) => i === 0 || (big !== null && host.startsWith("lazy")))
  .map(([host, make]) => [action, size, host, i === 0 ? 2 : (big ?? 2), t, first, act, outcome, make] as const)));

describe("the pane's lazy host costs the syncs of the host functions", () => {
  afterAll(() => {
    unstubExcelRun();
    delete (globalThis as Office).Office;
  });

  it.each(CASES)("%s, %s, through %s: %i syncs once the workbook was read", async (action, _size, _host, syncs, template, first, act, outcome, make) => {
    const fx = new FakeExcel(["Sheet1"]);
    stubExcelRun(fx.context);
    // the lazy host's functions ask Office which requirement sets there are
    (globalThis as Office).Office = { context: { requirements: { isSetSupported: fx.isSetSupported } } };
    await applyPlan(fx.context, buildWorkbookPlan([template()], { year: 2023, reportingUnit: "普陀区" }), { isSetSupported: fx.isSetSupported });
    const a = excelActions(make(fx));
    await a.readGrid(); // 校验: the pane now knows the sheet names
    await first(a, template());
    const before = fx.syncs;
    expect(await act(a, template())).toMatchObject(outcome);
    expect(fx.syncs - before).toBe(syncs);
    // never a request Excel on the web refuses
    expect(fx.maxRequestBytes).toBeLessThan(5_000_000);
    expect(fx.sheets.filter((s) => s.name.startsWith("~plan-returns") || s.name.startsWith("审核")).map((s) => s.name)).toEqual(action.startsWith("生成审核表") || action.includes("审核结论") ? ["审核"] : []);
  }, 300_000); // 5,000 indicators in the fake take about two minutes on a shared 2-core machine
});
