/**
 * 汇总所选文件 (and 生成汇总) clicked again when a summary has a third sheet: with 40 units or more the units
 * do not fit on 汇总's 汇总范围 line and the set is 汇总, 问题清单 and 汇总范围. Every part of a set is replaced
 * together — a part the new set does without (汇总范围, now that the units fit) dropped with it, a part it adds
 * written beside it — or kept together with one reason. Until session 33 a set of another size than the new one
 * was never whole: the unchanged sheets were kept as "edited" and 汇总(2)… added, or the stale 汇总范围 left.
 * Only a set made from the same source is replaced (ownSheetMark's source: another set of units' summary, or this
 * workbook's, is kept beside); the same units make the same sheets, so a set of another size is given the new
 * plan's source by rewriting its marks (sameSource), as a set made by another rule of 汇总范围 would carry it.
 * Through the pane's code path (summaryActions → excelActions → src/hosts/office) on the fake Excel.
 */
import { sampleReturn } from "../../src/cli/sampleReturn";
import { applyPlan } from "../../src/hosts/office";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { sha256Hex } from "../../src/cycle/sha256Hex";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { ownSheetSourceOfUnits } from "../../src/sheet/ownSheetMark";
import { FLAGS_SHEET, SUMMARY_SHEET, UNITS_SHEET } from "../../src/sheet/summarySheets";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { excelActions } from "../../src/ui/shared/excelActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { consolidate, makeSummary, type ChosenFile, type WriteOutcome } from "../../src/ui/shared/summaryActions";
import { FakeExcel } from "./fakeExcel";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const YEAR = 2023;
const MANY = 45;

/** A unit's return file, its values apart from every other's by `i` % (the same return twice is refused). */
async function unitFile(unit: string, i: number): Promise<ChosenFile> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: YEAR, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, YEAR).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + i / 100) * 100) / 100 } : e)));
  const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  return { name: `${unit}.xlsx`, read: () => readXlsxZip(buf) };
}

let many: ChosenFile[] = [];
beforeAll(async () => {
  many = [];
  for (let i = 0; i < MANY; i++) many.push(await unitFile(`第${i + 1}街道`, i));
}, 120_000);
afterAll(unstubExcelRun);

/** The open workbook: a return of 岱山县 with a value typed; `oneRun` false: a host without readAndApply (read, then replace). */
async function openReturn(oneRun: boolean): Promise<{ fx: FakeExcel; a: OfficeActions }> {
  const fx = new FakeExcel(["Sheet1"]);
  await applyPlan(fx.context, buildWorkbookPlan([zs], { year: YEAR, reportingUnit: "岱山县" }), { isSetSupported: fx.isSetSupported });
  fx.userType("舟山市表2", "K4", 0.8);
  stubExcelRun(fx.context);
  const a = excelActions(hostFunctions(fx.isSetSupported));
  if (!oneRun) delete a.readAndApply;
  return { fx, a };
}

type Click = (a: OfficeActions) => Promise<WriteOutcome>;
const freshSyncs = new Map<Click, number>();
/** What `click` costs on a workbook without a summary (after a read): 2, and +1 per further 4 MB of writes (45 units' 问题清单). */
async function syncsOf(click: Click): Promise<number> {
  const known = freshSyncs.get(click);
  if (known !== undefined) return known;
  const { fx, a } = await openReturn(true);
  await a.readGrid();
  const before = fx.syncs;
  await click(a);
  freshSyncs.set(click, fx.syncs - before);
  return fx.syncs - before;
}
const chosenMany: Click = (a) => consolidate(a, many, "zh");
const chosenFew: Click = (a) => consolidate(a, many.slice(0, 2), "zh");
const thisWorkbook: Click = (a) => makeSummary(a, "zh");
type Step = (fx: FakeExcel) => void;
const typeInto = (sheet: string): Step => (fx) => fx.userType(sheet, "B3", "我的批注");
const removeSheet = (sheet: string): Step => (fx) => { fx.sheets.splice(fx.sheets.indexOf(fx.sheet(sheet)), 1); };
/** Our summary marks given the source `source()` (the mark's sixth field; the hash excludes the mark). */
const sameSource = (source: () => string): Step => (fx) => {
  for (const sheet of fx.sheets) {
    for (const cell of sheet.cells.values()) {
      if (typeof cell.value === "string" && cell.value.startsWith("plan-returns:summary:")) cell.value = cell.value.split(":").map((f, i) => (i === 5 ? source() : f)).join(":");
    }
  }
};
/** The source 汇总所选文件 marks for these files: their units (the files are named after them). */
const unitsOf = (files: readonly ChosenFile[]): string => ownSheetSourceOfUnits(files.map((f) => f.name.replace(/\.xlsx$/, "")), sha256Hex);
const fewSource = sameSource(() => unitsOf(many.slice(0, 2)));
const manySource = sameSource(() => unitsOf(many));
const THREE = [SUMMARY_SHEET, FLAGS_SHEET, UNITS_SHEET];
const TWO = [SUMMARY_SHEET, FLAGS_SHEET];
const THREE_2 = THREE.map((n) => `${n}(2)`);
/** The planned names' holders kept: `changed` itself edited, the rest unchanged but of its set (with_edited). */
const kept = (names: readonly string[], changed?: string): Record<string, unknown> => ({ kept: names.map((sheet) => ({ sheet, why: sheet === changed ? "edited" : "with_edited" })) });

describe("a summary of 45 units clicked again", () => {
  it.each<[string, Click, Step[], Click, boolean, Record<string, unknown>, string[]]>([
    ["45 again, unchanged: the three replaced", chosenMany, [], chosenMany, true, { sheets: THREE, replaced: true }, THREE],
    ["45, then 2 files of the same source: 汇总 and 问题清单 replaced, the stale 汇总范围 dropped with them", chosenMany, [fewSource], chosenFew, true,
      { sheets: TWO, replaced: true, dropped: [UNITS_SHEET] }, TWO],
    ["the same, read then replace", chosenMany, [fewSource], chosenFew, false, { sheets: TWO, replaced: true, dropped: [UNITS_SHEET] }, TWO],
    ["45, then 生成汇总 of the same source: this workbook's summary replaces all three", chosenMany, [sameSource(() => "workbook")], thisWorkbook, true, { sheets: TWO, replaced: true, dropped: [UNITS_SHEET] }, TWO],
    ["2 files, then 45 of the same source: both replaced, 汇总范围 added", chosenFew, [manySource], chosenMany, true, { sheets: THREE, replaced: true }, THREE],
    ["the same, read then replace", chosenFew, [manySource], chosenMany, false, { sheets: THREE, replaced: true }, THREE],
    // the source rules first: another set of units' summary, or the chosen files' beside this workbook's, is kept whole
    ["45, then 2 files: another set of units, the three kept", chosenMany, [], chosenFew, true,
      { sheets: ["汇总(2)", "问题清单(2)"], kept: TWO.map((sheet) => ({ sheet, why: "other_files" })) }, [...THREE, "汇总(2)", "问题清单(2)"]],
    ["45, then 生成汇总: the chosen files' summary kept", chosenMany, [], thisWorkbook, true,
      { sheets: ["汇总(2)", "问题清单(2)"], kept: TWO.map((sheet) => ({ sheet, why: "chosen_files" })) }, [...THREE, "汇总(2)", "问题清单(2)"]],
    ["汇总范围 edited: the set kept together, a new set beside it", chosenMany, [typeInto(UNITS_SHEET)], chosenMany, true,
      { sheets: THREE_2, ...kept(THREE, UNITS_SHEET) }, [...THREE, ...THREE_2]],
    ["汇总 edited, then 2 files of the same source: the three kept", chosenMany, [fewSource, typeInto(SUMMARY_SHEET)], chosenFew, true,
      { sheets: ["汇总(2)", "问题清单(2)"], ...kept(TWO, SUMMARY_SHEET) }, [...THREE, "汇总(2)", "问题清单(2)"]],
    // the edited sheet holds no planned name of the new set: named too, so the line says which one was changed
    ["汇总范围 edited, then 2 files of the same source: the three kept, 汇总范围 named as the edited one", chosenMany, [fewSource, typeInto(UNITS_SHEET)], chosenFew, true,
      { sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: SUMMARY_SHEET, why: "with_edited" }, { sheet: FLAGS_SHEET, why: "with_edited" }, { sheet: UNITS_SHEET, why: "edited" }] },
      [...THREE, "汇总(2)", "问题清单(2)"]],
    ["汇总范围 deleted by a person: the set is not whole, kept, each said unchanged but of that set", chosenMany, [removeSheet(UNITS_SHEET)], chosenMany, true,
      { sheets: THREE_2, ...kept(TWO) }, [...TWO, ...THREE_2]],
  ])("%s", async (_n, first, steps, again, oneRun, said, after) => {
    const { fx, a } = await openReturn(oneRun);
    expect(await first(a)).toMatchObject({ ok: true });
    fx.addSheetState("备注"); // a sheet of the person's after ours: every sheet keeps its place
    for (const step of steps) step(fx);
    await a.readGrid(); // the pane has read the workbook (its 校验), as 生成汇总's syncs are counted
    const others = fx.sheets.map((s) => s.name).filter((n) => !/^(汇总|问题清单)/.test(n));
    const syncs = fx.syncs;
    const out = await again(a);
    const spent = fx.syncs - syncs;
    expect(out).toMatchObject({ ok: true, ...said });
    expect(out.ok && out.dropped).toEqual("dropped" in said ? said.dropped : undefined);
    // replacing, dropping, naming a new part: no sync more than writing the same set anew
    if (oneRun) expect(spent).toBe(await syncsOf(again));
    const ours = fx.sheets.map((s) => s.name).filter((n) => /^(汇总|问题清单)/.test(n));
    expect(ours.sort()).toEqual([...after].sort());
    // the person's sheets where they stood, none of ours left under a temporary name
    expect(fx.sheets.map((s) => s.name).filter((n) => !/^(汇总|问题清单)/.test(n))).toEqual(others);
  }, 60_000);

  it("a new set beside a kept one names its own 汇总范围 on its 汇总 line", async () => {
    const { fx, a } = await openReturn(true);
    await chosenMany(a);
    fx.userType(SUMMARY_SHEET, "B3", "我的批注");
    await a.readGrid();
    expect(await chosenMany(a)).toMatchObject({ ok: true, sheets: THREE_2 });
    const line = (sheet: string): string => String([...fx.sheet(sheet).cells.values()].map((c) => c.value).find((v) => typeof v === "string" && v.startsWith("汇总范围：")));
    expect([line(SUMMARY_SHEET).includes("见「汇总范围」表"), line("汇总(2)").includes("见「汇总范围(2)」表")]).toEqual([true, true]);
  }, 60_000);
});
