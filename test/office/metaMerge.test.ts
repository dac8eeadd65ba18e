import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { FakeExcel } from "./fakeExcel";

const tpl = (id: string): Template => findTemplate(id) as Template;

describe("adding a template to a workbook that already has one", () => {
  it("keeps the first template, adds the second to the metadata, and refuses nothing of the user's", async () => {
    const fx = new FakeExcel();
    const opts = { isSetSupported: fx.isSetSupported };
    await applyPlan(fx.context, buildWorkbookPlan([tpl("zhoushan-2021-2025")], { year: 2023 }), opts);
    const existing = new Set(fx.sheets.map((s) => s.name));
    const second = await applyPlan(fx.context, buildWorkbookPlan([tpl("shengsi-2024-projects")], { year: 2023, taken: existing }), opts);
    expect(second.metaMerged).toBe(true);
    // the cover is the user's now (their year and unit): kept as it is, and not reported as a refusal
    expect(second.refused).toEqual([]);
    expect(second.written).toEqual(["嵊泗县附件2"]);
    expect(second.syncs).toBe(3);
    const r = checkGrid(await readWorkbookGrid(fx.context, { sheetNames: fx.sheets.map((s) => s.name) }));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems).toEqual([]);
    expect(r.report.templates.map((t) => t.id)).toEqual(["zhoushan-2021-2025", "shengsi-2024-projects"]);
    expect(new Set(r.report.items.map((i) => i.template))).toEqual(new Set(["zhoushan-2021-2025", "shengsi-2024-projects"]));
  });
});
