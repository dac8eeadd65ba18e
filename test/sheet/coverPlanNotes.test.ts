import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { parseA1 } from "../../src/sheet/a1";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid, readMeta } from "../../src/sheet/checkGrid";
import { COVER_NAME, DEADLINE_CELL, PLAN_NOTES_HEADING, PLAN_NOTES_ROW, SIGNATORIES, UNIT_CELL, YEAR_CELL } from "../../src/sheet/coverSheet";
import { gridCell, type GridSheet, type GridWorkbook } from "../../src/sheet/Grid";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { planLoad } from "../../src/ui/shared/planLoad";
import { cli } from "../support/cli";
import { convert } from "../support/libreoffice";

/**
 * The plan's own notes (a template's `planNotes`) on every return's cover, 填报说明: under 规划表注, each
 * on a row of its own, below the sign-off block, so the cells code reads (C4 unit, C5 year, C6 deadline,
 * the sign-offs) stay where they were; a long note over rows Excel can show; the same cover from the
 * CLI's `distribute` and the pane's 加载模板; and a return made so, re-saved by LibreOffice, checks the
 * same and rolls over to the next year with its notes. Before planNotes no return showed a plan's notes.
 */
const dir = mkdtempSync(join(tmpdir(), "cover-notes-"));
const seed = (id: string): Template => structuredClone(findTemplate(id) as Template);
const NOTES = ["注：①PM2.5浓度为年均值；②减排量为五年累计值；〔〕内为五年累计数。", "③空气质量优良天数比率按国控站点计算。"];
const noted = (id: string, planNotes: string[]): Template => ({ ...seed(id), planNotes });
/** A note as long as a page of a plan's notes: far more than one row of Excel can show. */
const LONG = `④${"本指标的统计口径以生态环境部门公布的数据为准，国控站点以外的监测数据不计入；".repeat(300)}完。`;

const cover = (templates: Template[]): PlannedSheet => {
  const s = buildWorkbookPlan(templates, { year: 2024, reportingUnit: "定海区", deadline: "2025-01-31" }).sheets.find((x) => x.role === "cover");
  if (!s) throw new Error("no cover");
  return s;
};
/** The cover's text cells from row `from` on, by row, in column A (where the notes and their heading are). */
const columnA = (s: PlannedSheet, from: number): Array<[number, string]> =>
  s.cells.map((c) => [parseA1(c.address), c.value] as const).filter(([at]) => at !== null && at.col === 1 && at.row >= from)
    .map(([at, v]) => [at?.row ?? 0, String(v ?? "")] as [number, string]).sort((a, b) => a[0] - b[0]);
const WIDTH = (s: PlannedSheet): number => s.columns.reduce((n, c) => n + c.width, 0);

describe("the cover shows the plan's notes under 规划表注", () => {
  test.each<[string, Template[], string[]]>([
    ["none: the cover as before", [seed("zhoushan-2021-2025")], []],
    ["an empty list: the cover as before", [noted("zhoushan-2021-2025", [])], []],
    ["two notes, a row each", [noted("zhoushan-2021-2025", NOTES)], [PLAN_NOTES_HEADING, ...NOTES]],
    ["a project list's note", [noted("shengsi-2024-projects", ["注：总投资为估算数，以批复为准。"])], [PLAN_NOTES_HEADING, "注：总投资为估算数，以批复为准。"]],
    ["two plans, one with notes: under its title", [seed("quzhou-2021-2025"), noted("zhoushan-2021-2025", NOTES)], [PLAN_NOTES_HEADING, "舟山市“十四五”公共服务主要指标目标表", ...NOTES]],
    ["three plans: each plan's under its title", [noted("zhoushan-2021-2025", NOTES.slice(0, 1)), seed("quzhou-2021-2025"), noted("shengsi-2023-2027", NOTES.slice(1))],
      [PLAN_NOTES_HEADING, "舟山市“十四五”公共服务主要指标目标表", NOTES[0] ?? "", "嵊泗县公共服务“七优享”五年目标", NOTES[1] ?? ""]],
  ])("%s", (_why, templates, below) => {
    const s = cover(templates);
    const plain = cover(templates.map((t) => { const c = { ...t }; delete c.planNotes; return c; }));
    expect(columnA(s, PLAN_NOTES_ROW).map(([, v]) => v)).toEqual(below.map((b) => expect.stringContaining(b) as unknown as string));
    if (below.length > 0) expect(columnA(s, PLAN_NOTES_ROW)[0]).toEqual([PLAN_NOTES_ROW, PLAN_NOTES_HEADING]);
    // every cell above the notes as on a cover without them: C4, C5, C6, the sign-offs, the legend
    const above = (x: PlannedSheet): unknown[] => x.cells.filter((c) => (parseA1(c.address)?.row ?? 0) < PLAN_NOTES_ROW);
    expect(above(s)).toEqual(above(plain));
    expect(Math.max(...SIGNATORIES.map((x) => x.row), UNIT_CELL.row, YEAR_CELL.row, DEADLINE_CELL.row)).toBeLessThan(PLAN_NOTES_ROW);
    // each note merged across the cover, as high as its lines
    for (const [row, text] of columnA(s, PLAN_NOTES_ROW + 1)) {
      expect(s.merges).toContain(`A${row}:D${row}`);
      const lines = wrappedLines(text, WIDTH(s));
      if (lines > 1) expect(s.rowHeights[row]).toBeGreaterThanOrEqual(14 * lines);
    }
  });

  test.each<[string, string]>([
    ["a page-long note of sentences", LONG],
    ["one long sentence without a stop", "⑤".padEnd(12000, "统计口径")],
    ["a long Latin run", `⑥ ${"PM2.5 PM10 O3 NO2 SO2 CO ".repeat(800)}`],
  ])("%s goes over rows Excel can show", (_why, note) => {
    const s = cover([noted("zhoushan-2021-2025", [note])]);
    const rows = columnA(s, PLAN_NOTES_ROW + 1);
    expect(rows.length).toBeGreaterThan(1);
    for (const [row, text] of rows) {
      expect(text.length).toBeLessThan(32767);
      expect(wrappedLines(text, WIDTH(s))).toBeLessThanOrEqual(28);
      expect(s.rowHeights[row] ?? 0).toBeLessThanOrEqual(409);
    }
    // nothing of the note is lost (spaces at a cut aside)
    expect(rows.map(([, t]) => t).join("").replace(/\s/g, "")).toBe(note.replace(/\s/g, ""));
  });
});

/** A sheet's text by A1 address from row `from` on. */
function textsFrom(s: GridSheet | undefined, from: number): Record<string, string> {
  const out: Record<string, string> = {};
  s?.rows.forEach((r, i) => r.forEach((_, j) => {
    const t = cellText(gridCell(s, i + 1, j + 1)).trim();
    if (i + 1 >= from && t !== "") out[`${String.fromCharCode(65 + j)}${i + 1}`] = t;
  }));
  return out;
}
const coverOf = (g: GridWorkbook): GridSheet | undefined => g.sheets.find((s) => s.name === COVER_NAME);
/** What a check says of a return, without the formulas' cached results (a LibreOffice save adds them). */
const said = (r: CheckReport): unknown => ({
  year: r.year, unit: r.reportingUnit, counts: r.counts, problems: r.problems,
  items: r.items.map((i) => [i.id, i.status, i.progress, i.issues.map((x) => [x.code, x.cell ?? ""])]),
});
async function checked(file: string): Promise<{ grid: GridWorkbook; report: CheckReport }> {
  const grid = await readXlsxBuffer(readFileSync(file));
  const r = checkGrid(grid);
  if (!r.ok) throw new Error(r.message);
  return { grid, report: r.report };
}

describe("a return with the plan's notes: distribute, the pane, LibreOffice, rollover", () => {
  /** a note a hand-edited template file could hold that reads as a formula: written as the text it is */
  const FORMULA_LIKE = '=HYPERLINK("http://example.com","详见")';
  const template = noted("zhoushan-2021-2025", [...NOTES, FORMULA_LIKE, LONG]);
  const from = join(dir, "plan.json");
  let distributed = "";

  beforeAll(async () => {
    writeFileSync(from, JSON.stringify(template));
    const r = await cli("distribute", "--from", from, "--year", "2024", "--units", "定海区", "--deadline", "2025-01-31", "--out-dir", join(dir, "out"));
    if (r.code !== 0) throw new Error(r.err);
    distributed = join(dir, "out", "2024-定海区.xlsx");
  });

  test("the pane's 加载模板 writes the cover distribute writes", async () => {
    const { grid } = await checked(distributed);
    const pane = planLoad([template], 2024, [], "copy", { reportingUnit: "定海区" }).plan.sheets.find((s) => s.role === "cover");
    const planned: Record<string, string> = {};
    for (const c of pane?.cells ?? []) if ((parseA1(c.address)?.row ?? 0) >= PLAN_NOTES_ROW && c.value !== null && c.value !== "") planned[c.address] = String(c.value);
    const written = textsFrom(coverOf(grid), PLAN_NOTES_ROW);
    expect(written).toEqual(planned);
    expect(Object.values(written)).toEqual(expect.arrayContaining([PLAN_NOTES_HEADING, ...NOTES]));
    // merged and as high as the pane's plan makes them
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(distributed);
    const ws = wb.getWorksheet(COVER_NAME);
    const below = (m: string): boolean => Number(/\d+/.exec(m)?.[0]) >= PLAN_NOTES_ROW;
    expect((ws?.model.merges ?? []).filter(below).sort()).toEqual((pane?.merges ?? []).filter(below).sort());
    for (const [row, height] of Object.entries(pane?.rowHeights ?? {})) if (Number(row) >= PLAN_NOTES_ROW) expect([row, ws?.getRow(Number(row)).height]).toEqual([row, height]);
    expect(ws?.getCell(`A${PLAN_NOTES_ROW + 1 + NOTES.length}`).value).toBe(FORMULA_LIKE);
  });

  test("filled, re-saved by LibreOffice: checks the same, keeps the notes, and rolls over to 2025 with them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(distributed);
    expect(fillInputs(wb, sampleReturn(template, 2024))).toEqual([]);
    const filled = join(dir, "filled.xlsx");
    await wb.xlsx.writeFile(filled);
    const before = await checked(filled);
    const [saved] = convert([filled], "xlsx", join(dir, "libreoffice"));
    if (!saved) throw new Error("LibreOffice wrote nothing");
    const after = await checked(saved);
    expect(said(after.report)).toEqual(said(before.report));
    expect([before.report.problems, after.report.problems]).toEqual([[], []]);
    expect(before.report.counts.met + before.report.counts.on_track + before.report.counts.lagging + before.report.counts.severe).toBeGreaterThan(0);
    const notesBefore = textsFrom(coverOf(before.grid), PLAN_NOTES_ROW);
    expect(textsFrom(coverOf(after.grid), PLAN_NOTES_ROW)).toEqual(notesBefore);
    // the unit and year cells code reads are where they were
    const c = coverOf(after.grid);
    expect(c && [cellText(gridCell(c, UNIT_CELL.row, UNIT_CELL.col)), cellText(gridCell(c, YEAR_CELL.row, YEAR_CELL.col))]).toEqual(["定海区", "2024"]);

    const rolled = join(dir, "rolled-2025.xlsx");
    const r = await cli("rollover", saved, "--year", "2025", "--out", rolled);
    if (r.code !== 0) throw new Error(r.err);
    const next = await checked(rolled);
    expect(next.report.year).toBe(2025);
    expect(textsFrom(coverOf(next.grid), PLAN_NOTES_ROW)).toEqual(notesBefore);
    const meta = readMeta(next.grid);
    expect(meta !== null && !("error" in meta) ? meta.templates[0]?.planNotes : null).toEqual([...NOTES, FORMULA_LIKE, LONG]);
  });
});
