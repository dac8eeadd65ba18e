import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * A plan's project list and reform list, as a person brings them: `import` makes the template (before,
 * it refused them: 请写成模板 JSON), `template --from` the return, `check` of the empty return says what
 * the import said of the period it could not read, two rows filled (ExcelJS, as a unit would), and check
 * and report agree on each row.
 */
const dir = mkdtempSync(join(tmpdir(), "import-lists-"));
const LISTS = join(__dirname, "../fixtures/tables/other/lists");

interface CheckJson { items: Array<{ id: string; status: string; issues: Array<{ code: string }> }> }
interface ReportJson { projects?: Array<{ id: string; status: string }>; reforms?: Array<{ id: string; status: string }> }

describe.each<[string, string, number, string, string[], Array<[string, string, string | number]>, Record<string, string>]>([
  [
    "a county's project list in 万元", "county-projects-2021-2025-wan-pdf.txt", 4, "6 个项目",
    ["missing", "missing", "missing", "missing", "missing", "invalid"],
    [["proj-01", "completed", 12], ["proj-01", "state", "在建"], ["proj-04", "completed", 2], ["proj-04", "state", "在建"]],
    { "proj-01": "on_track", "proj-04": "severe" },
  ],
  [
    "a city's reform list with a 类别 column", "city-reforms-2023-category-column.txt", 0, "4 项改革",
    ["missing", "missing", "missing", "missing"],
    [["reform-01", "state", "已完成"], ["reform-01", "evidence", "市政府印发实施方案"], ["reform-03", "state", "推进中"]],
    { "reform-01": "met", "reform-03": "manual" },
  ],
])("%s: import → template --from → check → fill → check and report", (_what, fixture, importExit, count, emptyStatuses, fills, filled) => {
  const json = join(dir, `${fixture}.json`);
  const xlsx = join(dir, `${fixture}.xlsx`);
  let template: Template;

  beforeAll(async () => {
    const r = await cli("import", join(LISTS, fixture), "--out", json);
    expect([r.code, r.err]).toEqual([importExit, ""]);
    expect(r.out).toContain(count);
    template = JSON.parse(readFileSync(json, "utf8")) as Template;
    const t = await cli("template", "--from", json, "--year", "2023", "--unit", "甲县", "--out", xlsx);
    expect([t.code, t.err]).toEqual([0, ""]);
  });

  test("the empty return: every row 未填报 but 待定's, the period error the import said", async () => {
    const r = await cli("check", xlsx, "--json");
    const doc = JSON.parse(r.out) as CheckJson;
    expect(doc.items.map((i) => i.status)).toEqual(emptyStatuses);
    const said = readFileSync(json, "utf8").includes("待定");
    expect(doc.items.some((i) => i.issues.some((x) => x.code === "project_period_invalid"))).toBe(said);
  });

  test("two rows filled: check and report give each the same status", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const entries: InputEntry[] = fills.map(([id, key, value]) => ({ template: template.id, id, key, value }));
    expect(fillInputs(wb, entries)).toEqual([]);
    await wb.xlsx.writeFile(xlsx);
    const check = JSON.parse((await cli("check", xlsx, "--json")).out) as CheckJson;
    const report = JSON.parse((await cli("report", xlsx, "--json")).out) as ReportJson;
    const reported = [...(report.projects ?? []), ...(report.reforms ?? [])];
    for (const [id, status] of Object.entries(filled)) {
      expect(check.items.find((i) => i.id === id)?.status).toBe(status);
      expect(reported.find((i) => i.id === id)?.status).toBe(status);
    }
  });
});
