import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { CellValue } from "../../src/domain/CellValue";
import type { GridSheet, GridWorkbook } from "../../src/sheet/Grid";
import type { WorkbookProblem } from "../../src/sheet/WorkbookProblem";
import { findTemplate } from "../../src/templates/catalog";
import { returnReview } from "../../src/cycle/returnReview";
import { sha256Hex } from "../../src/cycle/sha256Hex";
import { summarize } from "../../src/sheet/summarize";
import { FLAGS_SHEET, internalLink, summaryWorkbookPlan } from "../../src/sheet/summarySheets";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * One sheet per template is the return (a trial's 智造新城 kept a ×1.5 draft made by 移动或复制 beside
 * it, and check counted 108 rows); what a person wrote that check does not read (柯城区's inserted row
 * 25, 智造新城's 快报数 note in AT24) is told once per sheet, not dropped unsaid.
 */
const t = findTemplate("quzhou-2021-2025") as Template;
const s = (text: string): CellValue => ({ type: "string", text });

async function made(): Promise<{ g: GridWorkbook; sheet: GridSheet }> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2024, reportingUnit: "柯城区" }));
  fillInputs(wb, sampleReturn(t, 2024));
  const r = await gridOfBytes("r.xlsx", Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  if (!r.ok) throw new Error(r.message);
  const sheet = r.grid.sheets.find((x) => x.rows[1]?.[0]?.type === "string" && x.rows[1][0].text.includes(t.id));
  if (!sheet) throw new Error("sheet");
  return { g: r.grid, sheet };
}

const copyOf = (sh: GridSheet, name: string): GridSheet => ({ ...sh, name, rows: sh.rows.map((row) => row.map((c) => (c.type === "number" ? { ...c, value: c.value * 1.5 } : c))) });
const put = (sh: GridSheet, row: number, col: number, v: CellValue): void => {
  while (sh.rows.length < row) sh.rows.push([]);
  const r = sh.rows[row - 1] ?? [];
  sh.rows[row - 1] = r;
  while (r.length < col) r.push({ type: "empty" });
  r[col - 1] = v;
};
const codes = (ps: WorkbookProblem[], code: string): WorkbookProblem[] => ps.filter((p) => p.code === code);

describe("a second sheet of the template: one is the return, the other named", () => {
  test.each<[string, (f: { g: GridWorkbook; sheet: GridSheet }) => void, string, string]>([
    // Excel puts the copy before the sheet chosen in 移动或复制 by default: the planned name still wins
    ["a copy before the return: the sheet of the planned name is read", (f) => { f.g.sheets.splice(f.g.sheets.indexOf(f.sheet), 0, copyOf(f.sheet, `${f.sheet.name} (2)`)); }, "", " (2)"],
    ["a copy after it", (f) => { f.g.sheets.splice(f.g.sheets.indexOf(f.sheet) + 1, 0, copyOf(f.sheet, `${f.sheet.name} (2)`)); }, "", " (2)"],
    ["both renamed: the first in workbook order is read", (f) => { const c = copyOf(f.sheet, "草稿"); f.sheet.name = "正式"; f.g.sheets.splice(f.g.sheets.indexOf(f.sheet) + 1, 0, c); }, "正式", "草稿"],
  ])("%s", async (_why, edit, read, copy) => {
    const f = await made();
    const name = f.sheet.name;
    edit(f);
    const r = checkGrid(f.g);
    if (!r.ok) throw new Error(r.message);
    const readName = read || name;
    const copyName = copy.startsWith(" ") ? `${name}${copy}` : copy;
    const rows = t.kind === "indicators" ? t.indicators.length : 0;
    expect(r.report.items).toHaveLength(rows);
    expect(new Set(r.report.items.map((i) => i.sheet))).toEqual(new Set([readName]));
    expect(codes(r.report.problems, "sheet_copy")).toEqual([{ code: "sheet_copy", params: { sheet: copyName, of: readName } }]);
  });
});

/**
 * A city merged its counties' returns into one workbook (a trial's 衢州市各县合并.xlsx): 柯城区's sheet
 * renamed 柯城区 and copies renamed after the other units. check said each was a draft and advised
 * deleting 柯城区; deleting it made 衢江区's figures 柯城区's, the cover unchanged. Now one units_merged
 * problem, first, and no sheet_copy for those copies; a draft beside them keeps its sheet_copy.
 */
describe("several units' returns merged into one workbook (units_merged)", () => {
  const rename = (f: { g: GridWorkbook; sheet: GridSheet }, names: string[], keep = true): void => {
    const at = f.g.sheets.indexOf(f.sheet);
    const copies = names.map((n) => copyOf(f.sheet, n));
    f.sheet.name = "柯城区";
    f.g.sheets.splice(at + 1, 0, ...copies);
    if (!keep) f.g.sheets.splice(at, 1);
  };
  test.each<[string, (f: { g: GridWorkbook; sheet: GridSheet }) => void, Record<string, unknown> | null, string[], string]>([
    ["柯城区 and 3 counties' sheets", (f) => rename(f, ["衢江区", "龙游县", "衢州智造新城"]),
      { of: "柯城区", unit: "柯城区", sheets: "衢江区\n龙游县\n衢州智造新城", units: "衢江区\n龙游县\n衢州智造新城", count: 3 }, [], "柯城区"],
    ["柯城区's sheet deleted: 衢江区's read, said to go to 柯城区", (f) => rename(f, ["衢江区", "龙游县"], false),
      { of: "衢江区", unit: "柯城区", sheets: "龙游县", units: "衢江区\n龙游县", count: 1, ofUnit: "衢江区" }, [], "衢江区"],
    ["a county's sheet and a draft: the draft stays sheet_copy", (f) => rename(f, ["衢江区", "柯城区 (2)"]),
      { of: "柯城区", unit: "柯城区", sheets: "衢江区", units: "衢江区", count: 1 }, ["柯城区 (2)"], "柯城区"],
    ["a draft only: no units_merged", (f) => rename(f, ["草稿"]), null, ["草稿"], "柯城区"],
  ])("%s", async (_why, edit, merged, drafts, read) => {
    const f = await made();
    edit(f);
    const r = checkGrid(f.g);
    if (!r.ok) throw new Error(r.message);
    expect(codes(r.report.problems, "units_merged").map((p) => p.params)).toEqual(merged ? [merged] : []);
    // said first: it changes what every other line means
    if (merged) expect(r.report.problems[0]?.code).toBe("units_merged");
    expect(codes(r.report.problems, "sheet_copy").map((p) => (p.params as { sheet: string }).sheet)).toEqual(drafts);
    expect(new Set(r.report.items.map((i) => i.sheet))).toEqual(new Set([read]));
    expect(r.report.reportingUnit).toBe("柯城区");
  });
});

describe("cells check does not read: told once per sheet (cells_not_read)", () => {
  test.each<[string, (f: { g: GridWorkbook; sheet: GridSheet }) => void, Record<string, unknown> | null]>([
    ["the sheet as made: nothing", () => undefined, null],
    ["a row inserted inside the table (the county's own indicator)", (f) => {
      f.sheet.rows.splice(24, 0, [s("文化和旅游服务"), s("全域旅游示范村数（个）（本区自设）")]);
    }, { cells: "A25\nB25", count: 2, inserted: "25", sample: "文化和旅游服务" }],
    ["notes typed in a column right of the table", (f) => {
      const right = Math.max(...f.sheet.rows.map((r) => r.length)) + 2;
      put(f.sheet, 24, right, s("此数据为快报数，待统计局核实"));
      put(f.sheet, 30, right, s("同上"));
    }, { count: 2, inserted: "", sample: "此数据为快报数，待统计局核实" }],
    ["a note under the last row", (f) => { put(f.sheet, f.sheet.rows.length + 2, 1, s("注：以上为快报数")); }, { count: 1, inserted: "", sample: "注：以上为快报数" }],
    // trial43b F6: a 县统计局备注 column inserted among the table's columns was named 表格以外的 N4、N12, its header unsaid
    ["a column of the county's notes inserted in the table, with its header", (f) => {
      for (const row of f.sheet.rows) row.splice(3, 0, { type: "empty" });
      put(f.sheet, 3, 4, s("县统计局备注"));
      put(f.sheet, 4, 4, s("快报数"));
      put(f.sheet, 12, 4, s("含新落户人口"));
    }, { cells: "D4\nD12", count: 2, inserted: "", sample: "快报数", columns: "D", headers: "县统计局备注" }],
  ])("%s", async (_why, edit, expected) => {
    const f = await made();
    edit(f);
    const r = checkGrid(f.g);
    if (!r.ok) throw new Error(r.message);
    const told = codes(r.report.problems, "cells_not_read");
    if (expected === null) { expect(told).toEqual([]); return; }
    expect(told).toHaveLength(1);
    expect(told[0]?.params).toMatchObject({ sheet: f.sheet.name, ...expected });
    // the inserted row is not a template row: every indicator is still checked, none twice
    expect(r.report.items.length).toBe(t.kind === "indicators" ? t.indicators.length : 0);
  });
});

describe("a row deleted from the return: the plan's row 未填报 in every command", () => {
  test.each<[string, (sh: GridSheet) => number]>([
    // 衢江区 deleted 每千人口拥有医疗机构床位数: check said 共 53 项，未填报 0, summary 未填报 1 with a link to no cell
    ["one row deleted", (sh) => { const at = sh.rows.findIndex((r) => r.some((c) => c.type === "string" && c.text === "qz21-27")); sh.rows.splice(at, 1); return 1; }],
    ["nothing deleted", () => 0],
  ])("%s", async (_why, edit) => {
    const f = await made();
    const gone = edit(f.sheet);
    const r = checkGrid(f.g);
    if (!r.ok) throw new Error(r.message);
    const rows = t.kind === "indicators" ? t.indicators.length : 0;
    // check counts the plan's rows, as summary and report do
    expect(r.report.items).toHaveLength(rows);
    const deleted = r.report.items.filter((i) => i.issues.some((x) => x.code === "row_missing"));
    expect(deleted.map((i) => [i.id, i.status])).toEqual(gone ? [["qz21-27", "missing"]] : []);
    expect(r.report.counts.missing).toBe(r.report.items.filter((i) => i.status === "missing").length);
    // review has a row for it, for the reviewer to decide on
    const { sheet } = returnReview(f.g, r.report, sha256Hex);
    const row = sheet.cells.find((c) => c.value === `${t.id}|qz21-27|2024`)?.address.replace(/^[A-Z]+/, "");
    const said = sheet.cells.filter((c) => c.address.replace(/^[A-Z]+/, "") === row && typeof c.value === "string" && c.value.includes("填报表中未找到本行"));
    expect(said).toHaveLength(gone);
    // the 问题清单's row of a deleted row has no link (trial43b F7: it opened A1, the title), never `'表'!` with no cell
    const s = summarize([{ file: "收到/2024-衢江区.xlsx", report: r.report }]);
    if (!s.ok) throw new Error(s.message);
    const links = summaryWorkbookPlan(s.figures, (_f, sh, cell) => internalLink(sh, cell)).sheets.find((x) => x.name === FLAGS_SHEET)?.cells.flatMap((c) => (c.hyperlink ? [c.hyperlink] : [])) ?? [];
    expect(links.filter((l) => /!$/.test(l))).toEqual([]);
    expect(links.filter((l) => l.endsWith("!A1"))).toHaveLength(0);
  });
});

describe("summary's 问题清单 lists a sheet's own problems, once, with its unit", () => {
  test("a copy of the sheet and a note beside the table: one row each, （整张工作表）", async () => {
    const f = await made();
    f.g.sheets.push(copyOf(f.sheet, `${f.sheet.name} (2)`));
    put(f.sheet, 24, Math.max(...f.sheet.rows.map((r) => r.length)) + 2, s("此数据为快报数，待统计局核实"));
    const r = checkGrid(f.g);
    if (!r.ok) throw new Error(r.message);
    const sum = summarize([{ file: "收到/2024-智造新城.xlsx", report: r.report }]);
    if (!sum.ok) throw new Error(sum.message);
    const own = sum.figures.flags.filter((x) => x.workbook);
    expect(own.map((x) => [x.unit, x.item.sheet, x.code])).toEqual([["柯城区", f.sheet.name, "cells_not_read"], ["柯城区", `${f.sheet.name} (2)`, "sheet_copy"]]);
    const cells = summaryWorkbookPlan(sum.figures, (_f, sh, cell) => internalLink(sh, cell)).sheets.find((x) => x.name === FLAGS_SHEET)?.cells ?? [];
    expect(cells.filter((c) => c.value === "（整张工作表）")).toHaveLength(2);
    expect(cells.some((c) => typeof c.value === "string" && c.value.includes("此数据为快报数"))).toBe(true);
  });
});
