import { applyPlan } from "../../src/hosts/office/applyPlan";
import { refreshPlan } from "../../src/hosts/office/refreshPlan";
import type { SheetRefusal } from "../../src/hosts/office/SheetRefusal";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { sheetRefusalText } from "../../src/ui/shared/sheetRefusalText";
import { makeReview } from "../../src/ui/shared/summaryActions";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { FakeExcel } from "../office/fakeExcel";

/**
 * The Excel layer's refusals (a template loaded into a workbook that already has its sheet, a sheet to refresh
 * that is gone or was sorted) were Chinese lines the host wrote, shown as they were in an English pane. They are
 * coded (SheetRefusal) and worded from the pane's zh and en catalogues: Chinese as before, English complete.
 */
const tpl = findTemplate("zhoushan-2021-2025") as Template;
const plan: WorkbookPlan = buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" });
const sheet = plan.sheets.find((s) => s.role === "template")?.name ?? "";

/** The host's refusal of `plan` in a workbook made ready by `ready`. */
async function refusedBy(ready: (fx: FakeExcel) => Promise<void>, act: "apply" | "refresh"): Promise<SheetRefusal[]> {
  const fx = new FakeExcel(["Sheet1"]);
  await ready(fx);
  const r = act === "apply" ? await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported }) : await refreshPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
  return r.refused;
}

const loaded = (fx: FakeExcel): Promise<void> => applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported }).then(() => undefined);
const CJK = /[\u4e00-\u9fff「」，（）：]/;

describe("the Excel layer's refusals, in the pane's language", () => {
  test.each<[string, (fx: FakeExcel) => Promise<void>, "apply" | "refresh", string, string]>([
    ["loaded again into a workbook that has the sheet", loaded, "apply", `工作表「${sheet}」已存在，未覆盖`, `Sheet "${sheet}" already exists and was not overwritten`],
    ["refreshed after the sheet was deleted", async (fx) => { await loaded(fx); fx.sheets.splice(fx.sheets.indexOf(fx.sheet(sheet)), 1); }, "refresh",
      `工作表「${sheet}」不存在，未重新加载`, `Sheet "${sheet}" is not in the workbook and was not reloaded`],
    ["refreshed after its A2 mark was changed", async (fx) => { await loaded(fx); fx.sheet(sheet).cell(2, 1).value = "plan-returns:template:other"; }, "refresh",
      `工作表「${sheet}」A2 的模板标记为「plan-returns:template:other」，与计划「plan-returns:template:${tpl.id}」不同，未重新加载`,
      `Sheet "${sheet}" is marked (A2) as template "plan-returns:template:other", not the planned "plan-returns:template:${tpl.id}", and was not reloaded`],
  ])("%s", async (_why, ready, act, zh, en) => {
    const refused = (await refusedBy(ready, act)).filter((r) => r.sheet === sheet);
    expect(refused).toHaveLength(1);
    const r = refused[0] as SheetRefusal;
    expect(sheetRefusalText(r, "zh")).toBe(zh);
    expect(sheetRefusalText(r, "en")).toBe(en);
    // every word of ours English: only the sheet's name and marks are the workbook's
    expect(sheetRefusalText(r, "en").replaceAll(sheet, "")).not.toMatch(CJK);
  });

  test.each<[SheetRefusal, string]>([
    [{ sheet: "表1", reason: "duplicate_in_plan" }, `The sheet name "表1" is planned twice; only the first was written`],
    [{ sheet: "表1", reason: "layout_changed", layout: "columns", row: 2 }, `Sheet "表1": its hidden row 2 does not match the plan (columns inserted, deleted or moved), so it was not reloaded`],
    [{ sheet: "表1", reason: "layout_changed", layout: "row_id", row: 4 }, `Sheet "表1": the indicator id in row 4 does not match the plan (rows sorted, inserted or deleted), so it was not reloaded, lest values land on the wrong rows`],
    [{ sheet: "表1", reason: "layout_changed", layout: "extra_id", row: 60 }, `Sheet "表1": row 60 holds an indicator id the plan does not have, so it was not reloaded`],
  ])("%j in English", (r, en) => {
    expect(sheetRefusalText(r, "en")).toBe(en);
    expect(sheetRefusalText(r, "zh")).toMatch(/^工作表|^计划中工作表名/);
  });

  // the pane's and the ribbon's writers (生成审核表 here) pass the host's refusal on in the language asked, and redraw it in the other
  test.each<["zh" | "en", string]>([
    ["zh", "工作表「审核」已存在，未覆盖"],
    ["en", `Sheet "审核" already exists and was not overwritten`],
  ])("生成审核表 refused by the host, in %s", async (lang, said) => {
    const grid = workbookToGrid(planToWorkbook(plan));
    const unused = (): Promise<never> => Promise.reject(new Error("unused"));
    const a: OfficeActions = {
      sheets: unused, sheetNames: unused, replace: unused, applyFixes: unused, select: unused, readGrid: unused, apply: unused,
      readAndApply: async (build) => {
        const out = build(grid);
        return out.ok ? { ok: true, refused: [{ sheet: "审核", reason: "exists" }] } : out;
      },
    };
    const r = await makeReview(a, lang);
    if (r.ok) throw new Error("written");
    expect(r.message).toBe(said);
    expect(r.inLang(lang === "en" ? "zh" : "en")).not.toBe(said);
  });
});
