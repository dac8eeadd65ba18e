import { applyPlan } from "../../src/hosts/office/applyPlan";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../src/templates/catalog";
import { excelActions, type OfficeHost } from "../../src/ui/shared/excelActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { makeSummary } from "../../src/ui/shared/summaryActions";
import { FakeExcel } from "./fakeExcel";
import { syntheticTemplate } from "./syntheticTemplate";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

/** 生成汇总 as one Excel.run: read (one sync with the last read's sheet list) and write (one sync), again over its own sheets too. */
describe("the summary action's syncs", () => {
  let fx: FakeExcel;
  beforeEach(() => {
    fx = new FakeExcel();
    stubExcelRun(fx.context);
  });
  afterAll(unstubExcelRun);

  const host = (): OfficeHost => hostFunctions(fx.isSetSupported);

  it.each([["all seven seeds", () => catalog()], ["500 indicators", () => [syntheticTemplate(500)]], ["5,000 indicators", () => [syntheticTemplate(5000)]]])("%s: 2 syncs once the pane has read the workbook", async (_n, templates) => {
    await applyPlan(fx.context, buildWorkbookPlan(templates(), { year: 2023 }), { isSetSupported: fx.isSetSupported });
    const a = excelActions(host());
    let before = fx.syncs;
    await a.readGrid(); // a check: the pane now knows the sheet list and, below ExcelApi 1.9, the status columns (read with the sheet list from the metadata sheet: issue 19, 2 syncs; 3 before)
    expect(fx.syncs - before).toBe(2);
    before = fx.syncs;
    const r = await makeSummary(a, "zh");
    expect(r).toMatchObject({ ok: true, sheets: ["汇总", "问题清单"] });
    const summarySyncs = fx.syncs - before;
    console.log(`${_n}: summary ${summarySyncs} syncs, largest request ${fx.maxRequestBytes} B`);
    expect(summarySyncs).toBe(2);
    expect(fx.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["汇总", "问题清单"]));
    // again: our unchanged sheets replaced (renamed away, written, deleted) in the same two syncs
    before = fx.syncs;
    expect(await makeSummary(a, "zh")).toMatchObject({ ok: true, sheets: ["汇总", "问题清单"], replaced: true });
    expect(fx.syncs - before).toBe(2);
    expect(fx.sheets.filter((s) => /^(汇总|问题清单)/.test(s.name)).map((s) => s.name)).toEqual(["汇总", "问题清单"]);
  });
});
