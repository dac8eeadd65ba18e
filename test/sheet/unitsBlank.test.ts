import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * trial40c: the housing seed (衢州市专栏8 lists no 责任单位) gave a blank distributed return 4× 「H4：请填写责任单位
 * （此项为必填）」, every row 数据异常 before anything was typed. The plan names no unit, so the template cannot carry one
 * and the county's 责任单位 cell is open: a blank row stays 未填报 and check says the blank units once a sheet; a row
 * filled without its unit is still 数据异常 (project_no_unit).
 */
const t = findTemplate("quzhou-2021-2025-housing-projects") as Template;
if (t.kind !== "projects") throw new Error("seed");

async function checked(entries: InputEntry[]): Promise<CheckReport> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2024 }));
  fillInputs(wb, entries);
  const r = await gridOfBytes("r.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
  if (!r.ok) throw new Error(r.message);
  const c = checkGrid(r.grid);
  if (!c.ok) throw new Error(c.message);
  return c.report;
}

describe("a project list whose plan names no 责任单位", () => {
  const first = t.projects[0]?.id ?? "";
  test.each<[string, InputEntry[], number, number]>([
    ["blank return: said once, no row 数据异常", [], 4, 0],
    ["one row filled without its unit: that row 数据异常, the 3 blank ones said once", [{ template: t.id, id: first, key: "completed", value: 20 }, { template: t.id, id: first, key: "state", value: "在建" }], 3, 1],
    ["one row filled with its unit: 3 blank ones said", [{ template: t.id, id: first, key: "completed", value: 20 }, { template: t.id, id: first, key: "state", value: "在建" }, { template: t.id, id: first, key: "unit", value: "市住建局" }], 3, 0],
  ])("%s", async (_why, entries, blank, invalid) => {
    const report = await checked(entries);
    const said = report.problems.filter((p) => p.code === "units_blank");
    expect(said).toHaveLength(1);
    expect(said[0]?.params).toEqual(expect.objectContaining({ count: blank }));
    expect(report.counts.invalid).toBe(invalid);
    expect(report.items.flatMap((i) => i.issues).filter((i) => i.code === "project_no_unit")).toHaveLength(invalid);
    // the sheet's own status formula agrees: no status cell differs from the check (status_overwritten)
    expect(report.items.flatMap((i) => i.issues).filter((i) => i.code === "status_overwritten")).toEqual([]);
    const zh = describeWorkbookProblem(said[0]!, "zh");
    expect(zh).toContain(`${blank} 个项目的责任单位为空`);
    expect(describeWorkbookProblem(said[0]!, "en")).toMatch(/the responsible unit \("责任单位"\) of \d projects? is blank/);
  });
});
