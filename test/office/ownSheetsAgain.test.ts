/**
 * The pane's own sheets clicked again (trial32p): 生成评估 replaces its own unchanged 评估 (as
 * 生成汇总 its 汇总 and 问题清单) and keeps one a person edited or made; and 生成审核表, 生成汇总 and
 * 生成评估 keep the replaced sheets' places in the tab order, in the same syncs. Through the pane's
 * code path: summaryActions / evaluationActions → excelActions → src/hosts/office, on the fake Excel.
 */
import { applyPlan } from "../../src/hosts/office";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { EVALUATION_SHEET } from "../../src/sheet/evaluationSheets";
import { FLAGS_SHEET, SUMMARY_SHEET } from "../../src/sheet/summarySheets";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { makeEvaluation } from "../../src/ui/shared/evaluationActions";
import { excelActions } from "../../src/ui/shared/excelActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { makeReview, makeSummary } from "../../src/ui/shared/summaryActions";
import { FakeExcel, type FakeSheet } from "./fakeExcel";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const SHEET = "舟山市表2";

/** A return loaded into the fake Excel, a few values typed (K = 2023); `oneRun` false: a host without readAndApply (read, then replace). */
async function openReturn(oneRun = true): Promise<{ fx: FakeExcel; a: OfficeActions }> {
  const fx = new FakeExcel(["Sheet1"]);
  await applyPlan(fx.context, buildWorkbookPlan([zs], { year: 2023, reportingUnit: "普陀区" }), { isSetSupported: fx.isSetSupported });
  fx.userType(SHEET, "K4", 0.8);
  fx.userType(SHEET, "K8", 80);
  stubExcelRun(fx.context);
  const a = excelActions(hostFunctions(fx.isSetSupported));
  if (!oneRun) delete a.readAndApply;
  return { fx, a };
}

afterAll(unstubExcelRun);

function dump(s: FakeSheet): string {
  return JSON.stringify([s.name, [...s.cells.entries()].sort((x, y) => x[0] - y[0]).map(([k, c]) => [k, c.value, c.formula])]);
}

describe("生成评估 again", () => {
  type Step = (fx: FakeExcel) => void;
  const typeInto = (sheet: string): Step => (fx) => fx.userType(sheet, "B2", "我的批注");
  const rename = (from: string, to: string): Step => (fx) => { fx.sheet(from).name = to; };
  // the trial's step: a value of the return changed between the clicks; the 评估 itself untouched
  const changeValue: Step = (fx) => fx.userType(SHEET, "K8", 95);
  it.each<[string, Step[], string[], Record<string, unknown>, string[]]>([
    ["unchanged: replaced under its name", [], [EVALUATION_SHEET], { replaced: true }, []],
    ["a value of the return changed, 评估 unchanged: replaced", [changeValue], [EVALUATION_SHEET], { replaced: true }, []],
    ["renamed, unchanged: replaced under its new name", [rename(EVALUATION_SHEET, "本年评估")], ["本年评估"], { replaced: true }, []],
    ["评估 edited: a new 评估(2), the edited one kept and said", [typeInto(EVALUATION_SHEET)], ["评估(2)"], { kept: [{ sheet: EVALUATION_SHEET, why: "edited" }] }, [EVALUATION_SHEET]],
  ])("%s", async (_n, steps, sheets, said, untouched) => {
    const { fx, a } = await openReturn();
    expect(await makeEvaluation(a, "zh")).toEqual({ ok: true, sheets: [EVALUATION_SHEET], changes: [], evaluation: true, found: expect.any(Function) });
    for (const step of steps) step(fx);
    // the pane's hint of the sheet names brought up to date (a renamed sheet costs the read a sync, whatever the button)
    await a.readGrid();
    const before = untouched.map((n) => dump(fx.sheet(n)));
    const count = fx.sheets.length;
    const syncs = fx.syncs;
    const out = await makeEvaluation(a, "zh");
    expect(out).toEqual({ ok: true, sheets, changes: [], evaluation: true, ...said, found: expect.any(Function) });
    expect(fx.syncs - syncs).toBe(2);
    expect(untouched.map((n) => dump(fx.sheet(n)))).toEqual(before);
    expect(fx.sheets.length).toBe(count + (out.ok && out.replaced ? 0 : 1));
    expect(fx.sheets.some((s) => s.name.startsWith("~plan-returns"))).toBe(false);
  });

  it("a sheet of the person's own called 评估 is kept as not ours; the next 生成评估 replaces 评估(2), unchanged", async () => {
    const { fx, a } = await openReturn();
    fx.addSheetState(EVALUATION_SHEET);
    fx.userType(EVALUATION_SHEET, "A1", "我自己的评估");
    const mine = dump(fx.sheet(EVALUATION_SHEET));
    expect(await makeEvaluation(a, "zh")).toEqual({ ok: true, sheets: ["评估(2)"], changes: [], evaluation: true, kept: [{ sheet: EVALUATION_SHEET, why: "not_ours" }], found: expect.any(Function) });
    const count = fx.sheets.length;
    expect(await makeEvaluation(a, "zh")).toEqual({ ok: true, sheets: ["评估(2)"], changes: [], evaluation: true, replaced: true, found: expect.any(Function) });
    expect(fx.sheets.length).toBe(count);
    expect(dump(fx.sheet(EVALUATION_SHEET))).toBe(mine);
  });

  it("our 汇总 is not taken for 评估, nor 评估 for 汇总: each button replaces only its own", async () => {
    const { fx, a } = await openReturn();
    await makeSummary(a, "zh");
    await makeEvaluation(a, "zh");
    expect(await makeSummary(a, "zh")).toMatchObject({ sheets: [SUMMARY_SHEET, FLAGS_SHEET], replaced: true });
    expect(await makeEvaluation(a, "zh")).toMatchObject({ sheets: [EVALUATION_SHEET], replaced: true });
    expect(fx.sheets.map((s) => s.name).filter((n) => /^(汇总|问题清单|评估)/.test(n)).sort()).toEqual([EVALUATION_SHEET, SUMMARY_SHEET, FLAGS_SHEET].sort());
  });
});

describe("a replaced sheet keeps its place in the tab order", () => {
  type Make = (a: OfficeActions) => Promise<{ ok: boolean }>;
  const review: Make = (a) => makeReview(a, "zh");
  const summary: Make = (a) => makeSummary(a, "zh");
  const evaluation: Make = (a) => makeEvaluation(a, "zh");
  // a sheet of the person's after ours; after the first click ours are moved about (a move is a splice, as dragging a tab)
  const move = (fx: FakeExcel, name: string, to: number): void => {
    const s = fx.sheet(name);
    fx.sheets.splice(fx.sheets.indexOf(s), 1);
    fx.sheets.splice(to, 0, s);
  };
  it.each<[string, Make, boolean, Array<[string, number]>]>([
    ["生成审核表, one Excel.run", review, true, [["审核", 0]]],
    ["生成审核表, read then replace", review, false, [["审核", 1]]],
    ["生成汇总, one Excel.run, 汇总 and 问题清单 apart", summary, true, [[SUMMARY_SHEET, 0], [FLAGS_SHEET, 2]]],
    ["生成汇总, read then replace, 问题清单 before 汇总", summary, false, [[FLAGS_SHEET, 1], [SUMMARY_SHEET, 3]]],
    ["生成评估, one Excel.run", evaluation, true, [[EVALUATION_SHEET, 1]]],
    ["生成评估, read then replace", evaluation, false, [[EVALUATION_SHEET, 0]]],
  ])("%s", async (_n, make, oneRun, moves) => {
    const { fx, a } = await openReturn(oneRun);
    expect((await make(a)).ok).toBe(true);
    fx.addSheetState("备注");
    await a.readGrid();
    for (const [name, to] of moves) move(fx, name, to);
    const order = fx.sheets.map((s) => s.name);
    const syncs = fx.syncs;
    expect(await make(a)).toMatchObject({ ok: true, replaced: true });
    expect(fx.sheets.map((s) => s.name)).toEqual(order);
    // one Excel.run: the read and the write, no sync more for the places
    if (oneRun) expect(fx.syncs - syncs).toBe(2);
  });
});
