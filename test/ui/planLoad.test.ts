import { checkGrid } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { distinctIds, findConflicts, planLoad, samePlan, workbookState } from "../../src/ui/shared/planLoad";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { titleFormula, titleOnTwoLines } from "../../src/sheet/titleFormula";
import { titleWithRegion } from "../../src/templates/titleWithRegion";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkbook } = require("./fakeOffice.js") as { createWorkbook: () => { actions: OfficeActions; set: (s: string, c: string, v: unknown) => void; get: (s: string, c: string) => unknown; formula: (s: string, c: string) => string | null; sheetNames: () => string[] } };

const tpl = (id: string): Template => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  return t;
};

describe("planLoad", () => {
  it("loads, then on a second load finds the conflict by template mark; copy never reuses a name", async () => {
    const wb = createWorkbook();
    const t = tpl("zhoushan-2021-2025");
    const first = planLoad([t], 2023, await wb.actions.sheets(), "copy");
    expect(first.refresh).toEqual([]);
    await wb.actions.apply(first.plan, first.refresh);
    const existing = await wb.actions.sheets();
    expect(findConflicts([t], existing).map((s) => s.name)).toEqual(first.sheetNames);
    expect(findConflicts([tpl("quzhou-2021-2025")], existing)).toEqual([]);
    const copy = planLoad([t], 2023, existing, "copy");
    expect(copy.sheetNames[0]).not.toBe(first.sheetNames[0]);
    await wb.actions.apply(copy.plan, copy.refresh);
    expect(wb.sheetNames().filter((n) => n.startsWith(first.sheetNames[0] ?? "?"))).toHaveLength(2);
  });

  it("refresh targets the existing (even renamed) sheet and keeps entered values", async () => {
    const wb = createWorkbook();
    const t = tpl("zhoushan-2021-2025");
    const first = planLoad([t], 2023, [], "copy");
    const sheet = first.sheetNames[0] as string;
    await wb.actions.apply(first.plan, []);
    wb.set(sheet, "K17", 2.5);
    const again = planLoad([t], 2023, await wb.actions.sheets(), "refresh");
    expect(again.refresh).toEqual([sheet]);
    expect(again.sheetNames).toEqual([sheet]);
    await wb.actions.apply(again.plan, again.refresh);
    expect(wb.get(sheet, "K17")).toEqual({ type: "number", value: 2.5 });
    const out = checkGrid(await wb.actions.readGrid());
    expect(out.ok && out.report.items.find((i) => i.id === "zs21-12")?.status).toBe("met");
  });
});

describe("the yearly cycle and one plan per id (issue 14)", () => {
  const typed: Array<[string, number]> = [["I17", 2.1], ["J17", 2.3], ["K17", 2.5], ["K4", 12]];

  it("rolls a 2023 return over to 2024: cover, title and check follow 2024, every 2023 value is kept", async () => {
    const wb = createWorkbook();
    const t = tpl("zhoushan-2021-2025");
    const first = planLoad([t], 2023, [], "copy");
    const sheet = first.sheetNames[0] as string;
    await wb.actions.apply(first.plan, []);
    for (const [cell, v] of typed) wb.set(sheet, cell, v);
    const before = checkGrid(await wb.actions.readGrid());
    expect(before.ok && before.report.year).toBe(2023);

    const state = workbookState(await wb.actions.readGrid());
    expect(state).toMatchObject({ year: 2023, duplicateIds: [] });
    const roll = planLoad(state?.templates ?? [], 2024, await wb.actions.sheets(), "refresh");
    expect(roll.refresh).toEqual([sheet]);
    await wb.actions.apply(roll.plan, roll.refresh);

    expect(wb.get("填报说明", "C5")).toEqual({ type: "number", value: 2024 });
    // the title is a formula over 报告年份 (C5, 2024 above): LibreOffice and Gnumeric show it in libreofficeAgreement
    expect(wb.formula(sheet, "A1")).toBe(titleOnTwoLines(titleFormula(titleWithRegion(t))));
    for (const [cell, v] of typed) expect(wb.get(sheet, cell)).toEqual({ type: "number", value: v });
    const after = checkGrid(await wb.actions.readGrid());
    if (!after.ok) throw new Error(after.message);
    expect(after.report.year).toBe(2024);
    const row = after.report.items.find((i) => i.id === "zs21-12");
    expect(row).toMatchObject({ status: "missing", cells: { "2023": "K17", "2024": "L17" } });
    wb.set(sheet, "L17", 2.6);
    const typed2024 = checkGrid(await wb.actions.readGrid());
    expect(typed2024.ok && typed2024.report.items.find((i) => i.id === "zs21-12")?.status).toBe("met");
  });

  it("rolls every sheet of a template over, copies included", async () => {
    const wb = createWorkbook();
    const t = tpl("zhoushan-2021-2025");
    await wb.actions.apply(planLoad([t], 2023, [], "copy").plan, []);
    const copy = planLoad([t], 2023, await wb.actions.sheets(), "copy");
    await wb.actions.apply(copy.plan, []);
    const roll = planLoad([t], 2024, await wb.actions.sheets(), "refresh");
    expect(roll.refresh).toHaveLength(2);
    await wb.actions.apply(roll.plan, roll.refresh);
    expect(wb.get("填报说明", "C5")).toEqual({ type: "number", value: 2024 });
    for (const s of roll.refresh) expect(wb.formula(s, "A1")).toBe(titleOnTwoLines(titleFormula(titleWithRegion(t))));
  });

  const base = tpl("zhoushan-2021-2025");
  test.each<[string, Partial<Template>, boolean]>([
    ["the same plan", {}, true],
    ["another title", { title: "另一份规划" }, false],
    ["another region", { region: "衢州市" }, false],
    ["another period", { baselineYear: 2015, targetYear: 2020 }, false],
    ["another id", { id: "other" }, false],
  ])("samePlan: %s → %s", (_why, change, same) => {
    expect(samePlan(base, { ...base, ...change } as Template)).toBe(same);
  });

  it("never offers to refresh one plan with another of the same id: it loads as a new template id", () => {
    const other = { ...base, title: "另一份导入的规划" } as Template;
    const r = distinctIds([other, base], [base, { ...base, id: `${base.id}-2` } as Template]);
    expect(r.templates.map((x) => x.id)).toEqual([`${base.id}-3`, base.id]);
    expect(r.renamed).toEqual([{ title: other.title, from: base.id, to: `${base.id}-3` }]);
    expect(findConflicts(r.templates, [{ name: "表2", templateId: base.id }]).map((s) => s.name)).toEqual(["表2"]);
    expect(findConflicts([r.templates[0] as Template], [{ name: "表2", templateId: base.id }])).toEqual([]);
  });

  it("finds two templates of one id in a workbook's metadata", async () => {
    const wb = createWorkbook();
    const twin = { ...base, title: "另一份导入的规划" } as Template;
    // an older workbook: both plans were loaded under one id
    const plan = buildWorkbookPlan([base, twin], { year: 2023 });
    await wb.actions.apply(plan, []);
    const grid = await wb.actions.readGrid();
    expect(workbookState(grid)?.duplicateIds).toEqual([base.id]);
    const out = checkGrid(grid);
    expect(out.ok && out.report.problems).toContainEqual({ code: "template_id_duplicated", params: { id: base.id, count: 2, titles: `${base.title}\n另一份导入的规划` } });
    expect(out.ok && out.report.problems.map((p) => describeWorkbookProblem(p, "zh")).join("\n")).toMatch(/同一 id「zhoushan-2021-2025」/);
    expect(out.ok && out.report.items.filter((i) => i.template === base.id)).toEqual([]);
  });
});

test("two plans of one id chosen together load under two ids; the same plan twice loads once", () => {
  const base = tpl("zhoushan-2021-2025");
  const other = { ...base, title: "另一份导入的规划" } as Template;
  expect(distinctIds([base, other, base], []).templates.map((x) => x.id)).toEqual([base.id, `${base.id}-2`]);
});
