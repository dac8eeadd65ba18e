import { mergeMeta } from "../../src/sheet/mergeMeta";
import { metaSheet, readMetaChunks, type WorkbookMeta } from "../../src/sheet/metaSheet";
import { SHEET_RULES } from "../../src/sheet/SHEET_RULES";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const qz = findTemplate("quzhou-2021-2025") as Template;

/** Column A of a planned metadata sheet from A1, as the pane reads it from the workbook. */
function columnA(s: PlannedSheet): unknown[] {
  const rows = s.cells.filter((c) => /^A\d+$/.test(c.address)).map((c) => [Number(c.address.slice(1)), c.value] as const);
  const out: unknown[] = [];
  for (const [r, v] of rows) out[r - 1] = v;
  return out;
}

const metaOf = (s: PlannedSheet): WorkbookMeta => JSON.parse(readMetaChunks(columnA(s).slice(2))) as WorkbookMeta;

// the pane loads a template into a workbook that has one: the templates it lists are merged, and the sheet
// rules and the year it was made for (createdYear) are the new plan's only when every template's sheet was written
// again (session 34: a 2023 workbook loaded for 2024 kept 2023, and its carried values read as cover_year_changed)
describe("mergeMeta: templates, sheet rules (SHEET_RULES) and the year made for", () => {
  test.each<[string, Template[], number | undefined, Template[], string[], number | undefined, number]>([
    ["the same template again over earlier rules: current rules, the new plan's year", [zs], undefined, [zs], [zs.id], SHEET_RULES, 2024],
    ["another template added to a workbook of earlier rules: the earlier rules and year stay", [zs], undefined, [qz], [zs.id, qz.id], 1, 2023],
    ["another template added to a workbook of current rules: current rules, the earlier year", [zs], SHEET_RULES, [qz], [zs.id, qz.id], SHEET_RULES, 2023],
    ["both templates loaded again: the new plan's year", [zs, qz], SHEET_RULES, [zs, qz], [zs.id, qz.id], SHEET_RULES, 2024],
  ])("%s", (_why, had, hadRules, loaded, ids, rules, made) => {
    const old = metaSheet({ app: "plan-returns", version: 1, createdYear: 2023, templates: had, ...(hadRules !== undefined ? { rules: hadRules } : {}) });
    const next = metaSheet({ app: "plan-returns", version: 1, rules: SHEET_RULES, createdYear: 2024, templates: loaded });
    const merged = metaOf(mergeMeta(columnA(old), next));
    expect(merged.templates.map((t) => t.id)).toEqual(ids);
    expect(merged.rules).toBe(rules);
    expect(merged.createdYear).toBe(made);
  });
});
