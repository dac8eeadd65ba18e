/**
 * 汇总所选文件 clicked again: as 生成汇总 (ownSheetsAgain, summaryInExcel), its own 汇总 and 问题清单,
 * unchanged since written, are replaced (已更新) and a set a person edited, or a person's own 汇总,
 * is kept, the new sheets taking 汇总(2) with why. This workbook's summary (生成汇总) and a chosen
 * files' one are the same kind of sheets but of other sources: neither replaces the other (trial33p P1),
 * each is kept and said whose it is. Through the
 * pane's code path (summaryActions → excelActions → src/hosts/office) on the fake Excel.
 */
import { sampleReturn } from "../../src/cli/sampleReturn";
import { applyPlan } from "../../src/hosts/office";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { FLAGS_SHEET, SUMMARY_SHEET } from "../../src/sheet/summarySheets";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { makeEvaluation } from "../../src/ui/shared/evaluationActions";
import { excelActions } from "../../src/ui/shared/excelActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { consolidate, makeSummary, type ChosenFile, type WriteOutcome } from "../../src/ui/shared/summaryActions";
import { FakeExcel, type FakeSheet } from "./fakeExcel";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const YEAR = 2023;

/** A county's return file, its values a little apart from the other's (the same return twice is refused). */
async function county(unit: string): Promise<ChosenFile> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: YEAR, reportingUnit: unit }));
  const shift = unit === "普陀区" ? -0.05 : 0;
  fillInputs(wb, sampleReturn(zs, YEAR).map((e) => (typeof e.value === "number" && shift ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  return { name: `${unit}.xlsx`, read: () => readXlsxZip(buf) };
}

/** The open workbook: a return of 岱山县 with two values typed, so 生成汇总 has something to sum. */
async function openReturn(): Promise<{ fx: FakeExcel; a: OfficeActions }> {
  const fx = new FakeExcel(["Sheet1"]);
  await applyPlan(fx.context, buildWorkbookPlan([zs], { year: YEAR, reportingUnit: "岱山县" }), { isSetSupported: fx.isSetSupported });
  fx.userType("舟山市表2", "K4", 0.8);
  fx.userType("舟山市表2", "K8", 80);
  stubExcelRun(fx.context);
  return { fx, a: excelActions(hostFunctions(fx.isSetSupported)) };
}

afterAll(unstubExcelRun);

function dump(s: FakeSheet): string {
  return JSON.stringify([s.name, [...s.cells.entries()].sort((x, y) => x[0] - y[0]).map(([k, c]) => [k, c.value, c.formula])]);
}

type Click = (a: OfficeActions, files: ChosenFile[]) => Promise<WriteOutcome>;
const chosen: Click = (a, files) => consolidate(a, files, "zh");
const thisWorkbook: Click = (a) => makeSummary(a, "zh");
type Step = (fx: FakeExcel) => void;
const typeInto = (sheet: string): Step => (fx) => fx.userType(sheet, "B3", "我的批注");
const rename = (from: string, to: string): Step => (fx) => { fx.sheet(from).name = to; };
const BOTH = [SUMMARY_SHEET, FLAGS_SHEET];

describe("汇总所选文件 again", () => {
  it.each<[string, Click, Step[], string[], Record<string, unknown>, string[]]>([
    ["unchanged: both replaced under their names", chosen, [], BOTH, { replaced: true }, []],
    ["renamed, unchanged: replaced under the new name", chosen, [rename(SUMMARY_SHEET, "各县汇总")], ["各县汇总", FLAGS_SHEET], { replaced: true }, []],
    ["汇总 edited: 汇总(2) and 问题清单(2), the edited set kept and said", chosen, [typeInto(SUMMARY_SHEET)], ["汇总(2)", "问题清单(2)"],
      { kept: [{ sheet: SUMMARY_SHEET, why: "edited" }, { sheet: FLAGS_SHEET, why: "with_edited" }] }, BOTH],
    ["问题清单 edited: the set kept", chosen, [typeInto(FLAGS_SHEET)], ["汇总(2)", "问题清单(2)"],
      { kept: [{ sheet: SUMMARY_SHEET, why: "with_edited" }, { sheet: FLAGS_SHEET, why: "edited" }] }, BOTH],
    // the same kind of sheets, of another source: this workbook's summary kept beside the chosen files' (trial33p P1)
    ["after 生成汇总, unchanged: this workbook's summary kept, the chosen files' beside it", thisWorkbook, [], ["汇总(2)", "问题清单(2)"],
      { kept: [{ sheet: SUMMARY_SHEET, why: "this_workbook" }, { sheet: FLAGS_SHEET, why: "this_workbook" }] }, BOTH],
  ])("%s", async (_n, first, steps, sheets, said, untouched) => {
    const { fx, a } = await openReturn();
    const files = [await county("定海区"), await county("普陀区")];
    expect(await first(a, files)).toEqual({ ok: true, totals: expect.any(Function), sheets: BOTH });
    for (const step of steps) step(fx);
    await a.readGrid(); // the pane has read the workbook (its 校验), as 生成汇总's syncs are counted
    const before = untouched.map((n) => dump(fx.sheet(n)));
    const count = fx.sheets.length;
    const syncs = fx.syncs;
    const out = await consolidate(a, files, "zh");
    expect(out).toEqual({ ok: true, totals: expect.any(Function), sheets, ...said });
    expect(fx.syncs - syncs).toBe(2);
    expect(untouched.map((n) => dump(fx.sheet(n)))).toEqual(before);
    expect(fx.sheets.length).toBe(count + (out.ok && out.replaced ? 0 : 2));
    // the chosen files' summary it now holds: a row per county
    expect(JSON.stringify([...fx.sheet(sheets[0] ?? "").cells.values()].map((c) => c.value))).toContain("普陀区");
  });

  it("生成汇总 after 汇总所选文件, unchanged: kept the other way round", async () => {
    const { fx, a } = await openReturn();
    expect(await consolidate(a, [await county("定海区"), await county("普陀区")], "zh")).toEqual({ ok: true, totals: expect.any(Function), sheets: BOTH });
    const count = fx.sheets.length;
    expect(await makeSummary(a, "zh")).toEqual({ ok: true, totals: expect.any(Function), sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: SUMMARY_SHEET, why: "chosen_files" }, { sheet: FLAGS_SHEET, why: "chosen_files" }] });
    expect(fx.sheets.length).toBe(count + 2);
  });

  it("a 汇总 of the person's own is kept as not ours; the next click replaces 汇总(2), unchanged", async () => {
    const { fx, a } = await openReturn();
    fx.addSheetState(SUMMARY_SHEET);
    fx.userType(SUMMARY_SHEET, "A1", "我自己的汇总");
    const mine = dump(fx.sheet(SUMMARY_SHEET));
    const files = [await county("定海区"), await county("普陀区")];
    expect(await consolidate(a, files, "zh")).toEqual({ ok: true, totals: expect.any(Function), sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: SUMMARY_SHEET, why: "not_ours" }] });
    const count = fx.sheets.length;
    expect(await consolidate(a, files, "zh")).toEqual({ ok: true, totals: expect.any(Function), sheets: ["汇总(2)", "问题清单(2)"], replaced: true });
    expect(fx.sheets.length).toBe(count);
    expect(dump(fx.sheet(SUMMARY_SHEET))).toBe(mine);
  });

  it("生成评估's 评估 is not taken for a summary", async () => {
    const { fx, a } = await openReturn();
    expect(await makeEvaluation(a, "zh")).toMatchObject({ ok: true, sheets: ["评估"] });
    const evaluation = dump(fx.sheet("评估"));
    expect(await consolidate(a, [await county("定海区"), await county("普陀区")], "zh")).toEqual({ ok: true, totals: expect.any(Function), sheets: BOTH });
    expect(dump(fx.sheet("评估"))).toBe(evaluation);
  });
});
