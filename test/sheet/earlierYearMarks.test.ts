import type ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { gridCell } from "../../src/sheet/Grid";
import { columnLetter, parseA1 } from "../../src/sheet/a1";
import { HEADER_ROW, FIRST_DATA_ROW, KEY_ROW } from "../../src/sheet/keys";
import { STATUS_FILL } from "../../src/sheet/palette";
import { parseRect } from "../../src/hosts/office/addressing";
import { findTemplate } from "../../src/templates/catalog";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { Template } from "../../src/templates/TemplateSchema";
import { convert } from "../support/libreoffice";
import { shiftCells } from "../support/ruleAtRow";

/**
 * The sheet marks every input cell that check says must be corrected (trial 25a: after a rollover to
 * 2024, the 2023 cells 「２６００」「已完成」0.95「12.5亿元」95% were listed by check, §8e, and
 * unmarked on the sheet). The 数据异常 rule is copied beside each row for each input column, and
 * LibreOffice decides it; a cell is marked exactly when check names it as unusable.
 */
const MS = ((): Template => {
  const r = parseTemplate(JSON.parse(readFileSync(join(__dirname, "../fixtures/plans/meishan-forestry-2021-2025.json"), "utf8")), "meishan.json");
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.template;
})();
const SS = findTemplate("shengsi-2023-2027");
if (!SS || SS.kind !== "indicators") throw new Error("shengsi-2023-2027");
// 嵊泗 with a words target in 2023 on a row judged by numbers, and `/` in 2023 on another (as a plan may write them)
const SS_WORDS: Template = { ...SS, indicators: SS.indicators.map((d) => d.id === "ss23-03" ? { ...d, yearlyTargets: { ...d.yearlyTargets, "2023": "完成市下达的任务指标" } }
  : d.id === "ss23-08" ? { ...d, yearlyTargets: { ...d.yearlyTargets, "2023": "/" } } : d) };
const e = (template: string, id: string, key: string, value: ExcelJS.CellValue, numFmt?: string): InputEntry => (numFmt === undefined ? { template, id, key, value } : { template, id, key, value, numFmt });

// the trial's 2023 cells, carried into 2024 (a fresh 2024 workbook: the rollover path writes the same plan)
const TRIAL_2023 = (key: string): InputEntry[] => [
  e(MS.id, "r01", key, "约5.2"), e(MS.id, "r03", key, 50.2), e(MS.id, "r04", key, "２６００"), e(MS.id, "r05", key, 2550),
  e(MS.id, "r06", key, "已完成"), e(MS.id, "r07", key, 0.95), e(MS.id, "r08", key, "12.5亿元"), e(MS.id, "r09", key, 2380),
  e(MS.id, "r10", key, 0.05), e(MS.id, "r11", key, 2.1), e(MS.id, "r12", key, 0.95, "0%"),
];
const NEXT_2024 = [9, 230, 50.3, 2610, 2580, 401, 96, 330, 2450, 0.2, 2.5, 96].map((v, i) => e(MS.id, `r${String(i + 1).padStart(2, "0")}`, "in:2024", v));

/**
 * A case's workbook, and how many cells at least the sheet must mark; `exact`, where given, the marked
 * cells themselves as `id@year` (the agreement alone holds where check and the sheet err alike)
 */
interface Case { name: string; templates: Template[]; year: number; entries: InputEntry[]; marked: number; exact?: string[] }
const CASES: Case[] = [
  { name: "2024, the trial's 2023 values, 2024 filled", templates: [MS], year: 2024, entries: [...TRIAL_2023("in:2023"), ...NEXT_2024], marked: 7 },
  { name: "2024, the trial's 2023 values, 2024 blank (just rolled over)", templates: [MS], year: 2024, entries: TRIAL_2023("in:2023"), marked: 6 },
  { name: "2023, the same values a year earlier (2022) and good 2023 values", templates: [MS], year: 2023, entries: [...TRIAL_2023("in:2022"), e(MS.id, "r04", "in:2023", 2610), e(MS.id, "r12", "in:2023", 96)], marked: 6 },
  {
    name: "yearly targets, 2025: unusable 2023 and 2024 cells, a words row's earlier words", templates: [SS], year: 2025, marked: 3,
    entries: [e(SS.id, "ss23-01", "in:2024", "4.0个"), e(SS.id, "ss23-06", "in:2023", "已完成"), e(SS.id, "ss23-06", "in:2024", 69), e(SS.id, "ss23-06", "in:2025", 70),
      e(SS.id, "ss23-08", "in:2024", 0.945), e(SS.id, "ss23-14", "in:2024", "已完成"), e(SS.id, "ss23-10", "in:2026", 83)],
  },
  {
    // trial 28a: 2023's −3 under `/` (全覆盖 at the end) and 「1,234」 in a row `/` throughout passed 2023's check unsaid
    // and were marked 数据异常 after rollover; a words year says nothing of its text; a `/` year of a row judged by numbers
    // is said in its own year (§8g), so it stays marked
    name: "yearly targets, 2024: earlier values in years and rows the plan gives no number", templates: [SS_WORDS], year: 2024, marked: 2,
    exact: ["ss23-07@2023", "ss23-08@2023"],
    entries: [e(SS.id, "ss23-15", "in:2023", -3), e(SS.id, "ss23-17", "in:2023", "1,234"), e(SS.id, "ss23-03", "in:2023", "已完成"), e(SS.id, "ss23-03", "in:2024", 90),
      e(SS.id, "ss23-07", "in:2023", "约4.5"), e(SS.id, "ss23-07", "in:2024", 4.6), e(SS.id, "ss23-08", "in:2023", "约94"), e(SS.id, "ss23-08", "in:2024", 94.5)],
  },
];

const dir = mkdtempSync(join(tmpdir(), "earlier-marks-"));
type Probe = { sheet: string; cell: string; helper: string; row: string };
const found: Array<Array<{ at: string; row: string; marked: boolean; named: boolean }>> = [];

beforeAll(async () => {
  const files: string[] = [];
  const probes: Probe[][] = [];
  for (const [i, c] of CASES.entries()) {
    const plan = buildWorkbookPlan(c.templates, { year: c.year });
    const wb = planToWorkbook(plan);
    expect(fillInputs(wb, c.entries)).toEqual([]);
    const mine: Probe[] = [];
    for (const s of plan.sheets.filter((x) => x.role === "template")) {
      const ws = wb.getWorksheet(s.name);
      const rule = s.conditionalFormats.find((x) => x.fill === STATUS_FILL.invalid.fill);
      const rect = rule ? parseRect(rule.range) : null;
      if (!ws || !rule || !rect) throw new Error(`${s.name}: no 数据异常 rule`);
      // every input column (its header is the year as a number) of every row, one helper cell each
      let spare = s.columns.length + 3;
      const idCol = s.columns.findIndex((_, c) => ws.getCell(KEY_ROW, c + 1).value === "id") + 1;
      for (let col = rect.c0; col <= rect.c1; col++) {
        const year = ws.getCell(HEADER_ROW, col).value;
        if (typeof year !== "number") continue;
        for (let r = FIRST_DATA_ROW; r <= rect.r1; r++) {
          const helper = ws.getCell(r, spare);
          helper.value = { formula: `IF(${shiftCells(rule.formula, r - rect.r0, col - rect.c0)},1,0)` } as ExcelJS.CellFormulaValue;
          mine.push({ sheet: s.name, cell: `${columnLetter(col)}${r}`, helper: helper.address, row: `${String(ws.getCell(r, idCol).value)}@${year}` });
        }
        spare++;
      }
    }
    probes.push(mine);
    const f = join(dir, `case${i}.xlsx`);
    await wb.xlsx.writeFile(f);
    files.push(f);
  }
  const out = convert(files, "xlsx", join(dir, "recalculated"));
  expect(out.length).toBe(files.length);
  for (const [i, f] of out.entries()) {
    const grid = await readXlsxZip(readFileSync(f));
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    const named = new Set(r.report.items.flatMap((item) => [
      // 数据异常 marks the reporting year's cell (a running total's, for an unusable earlier year too)
      ...(item.status === "invalid" ? [`${item.sheet}!${item.cells[String(CASES[i]?.year)]}`] : []),
      // an earlier year's unusable value (§8e), or a running total's unusable earlier year (§3)
      ...item.issues.filter((x) => x.cell && (x.code === "earlier_year_invalid" || (x.severity === "error" && x.cell !== item.statusCell))).map((x) => `${item.sheet}!${x.cell}`),
    ]));
    found.push((probes[i] ?? []).map((p) => {
      const sheet = grid.sheets.find((s) => s.name === p.sheet);
      const a = parseA1(p.helper);
      const v = sheet && a ? gridCell(sheet, a.row, a.col) : { type: "empty" as const };
      return { at: `${p.sheet}!${p.cell}`, row: p.row, marked: v.type === "number" && v.value === 1, named: named.has(`${p.sheet}!${p.cell}`) };
    }));
  }
}, 300000);

describe("LibreOffice marks on the sheet the cells check says to correct", () => {
  test.each(CASES.map((c, i) => [c.name, i, c.marked, c.exact] as const))("%s", (_name, i, marked, exact) => {
    const cells = found[i] ?? [];
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((x) => x.marked !== x.named)).toEqual([]);
    // earlier years' cells among them, not only the reporting year's
    expect(cells.filter((x) => x.marked).length).toBeGreaterThanOrEqual(marked);
    if (exact) expect(cells.filter((x) => x.marked).map((x) => x.row).sort()).toEqual(exact);
  });
});

