/**
 * 评估所选文件 and 生成评估 pressed again replace our own earlier sheets of the same source, unchanged since, as 汇总所选文件
 * does; a sheet a person edited is kept and named. Before session 34 (dev34j) 县区对比's counts were COUNTIF formulas: a
 * formula's result is not known to the own-sheet mark, so the sheet never counted as unchanged and every press added
 * 县区对比(2), 评估-定海区(2) … beside the last set. The pane now writes the counts as numbers (the CLI's .xlsx keeps them as
 * formulas; chosenFilesAsReport compares the two by value).
 */
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { evaluateChosenFiles, makeEvaluation } from "../../src/ui/shared/evaluationActions";
import { excelActions } from "../../src/ui/shared/excelActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { FakeExcel } from "../office/fakeExcel";
import { stubExcelRun, unstubExcelRun } from "../office/stubExcelRun";

const zs = (): Template => findTemplate("zhoushan-2021-2025") as Template;
const UNITS = ["定海区", "普陀区", "岱山县"];

/** 评估所选文件 over the three counties' returns (as the pane reads chosen files) */
async function evaluateCounties(a: OfficeActions): Promise<unknown> {
  const files = await Promise.all(UNITS.map(async (unit) => {
    const bytes = await planToXlsx(buildWorkbookPlan([zs()], { year: 2023, reportingUnit: unit }));
    return { name: `2023-${unit}.xlsx`, modified: 0, read: () => readXlsxZip(bytes) };
  }));
  return evaluateChosenFiles(a, files, "zh");
}
const evaluateOpen = (a: OfficeActions): Promise<unknown> => makeEvaluation(a, "zh");

type Edit = { sheet: string; cell: string; value: string | number } | null;
const CASES: ReadonlyArray<readonly [string, (a: OfficeActions) => Promise<unknown>, Edit, object, string[]]> = [
  ["评估所选文件 again, nothing edited: the set replaced", evaluateCounties, null, { ok: true, replaced: true, sheets: ["县区对比", "评估-定海区", "评估-岱山县", "评估-普陀区"] }, ["县区对比", "评估-定海区", "评估-岱山县", "评估-普陀区"]],
  ["评估所选文件 again, a grade edited in 县区对比: kept, named", evaluateCounties, { sheet: "县区对比", cell: "C4", value: "已实现" }, { ok: true, kept: [{ sheet: "县区对比", why: "edited" }, { sheet: "评估-定海区", why: "with_edited" }, { sheet: "评估-岱山县", why: "with_edited" }, { sheet: "评估-普陀区", why: "with_edited" }], sheets: ["县区对比(2)", "评估-定海区(2)", "评估-岱山县(2)", "评估-普陀区(2)"] }, ["县区对比", "评估-定海区", "评估-岱山县", "评估-普陀区", "县区对比(2)", "评估-定海区(2)", "评估-岱山县(2)", "评估-普陀区(2)"]],
  ["评估所选文件 again, a county's return edited: kept, named", evaluateCounties, { sheet: "评估-普陀区", cell: "A1", value: "我的标题" }, { ok: true, kept: [{ sheet: "县区对比", why: "with_edited" }, { sheet: "评估-定海区", why: "with_edited" }, { sheet: "评估-岱山县", why: "with_edited" }, { sheet: "评估-普陀区", why: "edited" }] }, ["县区对比", "评估-定海区", "评估-岱山县", "评估-普陀区", "县区对比(2)", "评估-定海区(2)", "评估-岱山县(2)", "评估-普陀区(2)"]],
  ["生成评估 again, nothing edited: 评估 replaced", evaluateOpen, null, { ok: true, replaced: true, sheets: ["评估"] }, ["评估"]],
  ["生成评估 again, 评估 edited: kept, named", evaluateOpen, { sheet: "评估", cell: "A1", value: "我的标题" }, { ok: true, kept: [{ sheet: "评估", why: "edited" }], sheets: ["评估(2)"] }, ["评估", "评估(2)"]],
];

describe("the pane's evaluations pressed again replace ours, unchanged, and keep what a person edited", () => {
  afterAll(() => unstubExcelRun());

  test.each(CASES)("%s", async (_name, press, edit, outcome, evaluationSheets) => {
    const fx = new FakeExcel(["Sheet1"]);
    stubExcelRun(fx.context);
    await applyPlan(fx.context, buildWorkbookPlan([zs()], { year: 2023, reportingUnit: "舟山市" }), { isSetSupported: fx.isSetSupported });
    const a = excelActions(hostFunctions(fx.isSetSupported));
    expect(await press(a)).toMatchObject({ ok: true });
    if (edit) {
      fx.context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell).values = [[edit.value]];
      await fx.context.sync();
    }
    expect(await press(a)).toMatchObject(outcome);
    expect(fx.sheets.map((s) => s.name).filter((n) => n.startsWith("评估") || n.startsWith("县区对比"))).toEqual(evaluationSheets);
  });
});
