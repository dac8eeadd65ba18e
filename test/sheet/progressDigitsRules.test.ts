import type ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LagBands } from "../../src/domain/LagBands";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { parseRect } from "../../src/hosts/office/addressing";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckItem } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { gridCell } from "../../src/sheet/Grid";
import { progressBeside } from "../../src/sheet/progressBeside";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { gnumericRecalc } from "../support/gnumeric";
import { convert } from "../support/libreoffice";
import { shiftRows } from "../support/ruleAtRow";

/**
 * The return sheet's own 进度 cell keeps to its side of a line (evaluation-rules §3a): a trial's 滞后 row at
 * 59.997% showed 60.0% beside 滞后 (fixed `0.0%`). Conditional number formats (progressDigitsRules) give it
 * the decimals progressBeside gives check, the pane and the report. Each rule is copied beside each row as
 * `IF(rule,decimals,0)`; after LibreOffice (and Gnumeric) recalculate, the decimals shown are the most any
 * rule that holds gives (1 where none does), and must equal progressBeside's on the same recalculated file.
 */
const tpl = (id: string, bands?: LagBands): Template => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  return bands ? ({ ...t, bands } as Template) : t;
};
const ZS = "zhoushan-2021-2025";
const SS = "shengsi-2023-2027";
const PJ = "shengsi-2024-projects";
/** a row's inputs: an indicator's value for the year; a project's 累计完成投资, 在建 */
const e = (template: string, id: string, year: number, value: ExcelJS.CellValue): InputEntry[] => (template === PJ
  ? [{ template, id, key: "completed", value }, { template, id, key: "state", value: "在建" }]
  : [{ template, id, key: `in:${year}`, value }]);
const investment = (id: string): number => {
  const t = findTemplate(PJ);
  return Number(t?.kind === "projects" ? t.projects.find((p) => p.id === id)?.investment : NaN);
};

interface Case { name: string; template: Template; year: number; rows: Array<[id: string, value: number, decimals: number, why: string]> }
// ZS 2021–2025, 2023: s = 0.6; beds 6 → 7, nurses 3.3 → 4.45, doctors 3.45 → 4.2. SS yearly 2024: 托位 3 → 4, 筛查率 80 → 90
const CASES: Case[] = [
  { name: "rules' own bands 2023", template: tpl(ZS), year: 2023, rows: [
    ["zs21-24", 6.59997, 3, "滞后 at 59.997%, not 60.0%"],
    ["zs21-26", 3.3 + 0.29998 * 1.15, 3, "严重滞后 at 29.998%, under s/2"],
    ["zs21-25", 3.45 + 0.5999 * 0.75, 2, "滞后 at 59.99%"],
  ] },
  { name: "on the line 2023", template: tpl(ZS), year: 2023, rows: [
    ["zs21-24", 6.3, 1, "滞后 exactly at s/2 reads 30.0%, rightly"],
    ["zs21-26", 3.3 + 0.2999999 * 1.15, 4, "严重滞后 closer than three decimals show"],
    ["zs21-25", 3.45 + 0.55 * 0.75, 1, "滞后 visibly below: 55.0%"],
  ] },
  { name: "yearly targets 2024", template: tpl(SS), year: 2024, rows: [
    ["ss23-01", 3.49996, 3, "严重滞后 at 49.996%, under the yearly 50% line"],
    ["ss23-03", 84.99999, 4, "严重滞后 at 49.9999%"],
  ] },
  // §4's lines on the project sheet's 投资完成率: s, s/2 (2024; ss24-proj-01 2023-2024 s = 1, -06 2024-2025 s = 0.5, -15 2024-2027 s = 0.25)
  { name: "projects 2024", template: tpl(PJ), year: 2024, rows: [
    ["ss24-proj-15", investment("ss24-proj-15") * 0.24997, 3, "滞后 at 24.997%, not 25.0% beside s = 25%"],
    ["ss24-proj-06", investment("ss24-proj-06") * 0.24998, 3, "严重滞后 at 24.998%, under s/2 = 25%"],
    ["ss24-proj-01", investment("ss24-proj-01") * 0.9996, 2, "滞后 at 99.96% in the last year (s = 1)"],
    ["ss24-proj-13", investment("ss24-proj-13") * 0.5, 1, "滞后 exactly at s/2 reads 50.0%, rightly"],
  ] },
  { name: "银川 bands 2023", template: tpl(ZS, { form: "points", lagging: 10, severe: 30 }), year: 2023, rows: [
    ["zs21-24", 6.49996, 3, "滞后 under s − 10 points = 50%"],
  ] },
];

const dir = mkdtempSync(join(tmpdir(), "progress-digits-"));
type Engine = "LibreOffice" | "Gnumeric";
/** per engine and case: each row's decimals by the rules, and check's item */
const seen: Record<Engine, Array<Map<string, { sheet: number; item: CheckItem | undefined }>>> = { LibreOffice: [], Gnumeric: [] };

beforeAll(async () => {
  const files: string[] = [];
  const probes: Array<Array<{ id: string; row: number; helpers: Array<{ col: number; decimals: number }> }>> = [];
  for (const [k, c] of CASES.entries()) {
    const plan = buildWorkbookPlan([c.template], { year: c.year });
    const wb = planToWorkbook(plan);
    expect(fillInputs(wb, c.rows.flatMap(([id, v]) => e(c.template.id, id, c.year, v)))).toEqual([]);
    const sheet = plan.sheets.find((s) => s.role === "template");
    const ws = sheet ? wb.getWorksheet(sheet.name) : undefined;
    if (!sheet || !ws) throw new Error("no template sheet");
    const rules = sheet.conditionalFormats.filter((cf) => cf.numFmt !== undefined);
    // 3 rules (2, 3, 4 decimals) and the sheet still within 10 rules
    expect(rules.length).toBe(3);
    expect(sheet.conditionalFormats.length).toBeLessThanOrEqual(10);
    const rows = new Map<string, number>();
    for (let r = 1; r <= ws.rowCount; r++) for (let col = 1; col <= sheet.columns.length; col++) {
      const v = ws.getCell(r, col).value;
      if (typeof v === "string" && c.rows.some(([id]) => id === v)) rows.set(v, r);
    }
    probes.push(c.rows.map(([id]) => {
      const row = rows.get(id) ?? 0;
      const helpers = rules.map((cf, i) => {
        const rect = parseRect(cf.range);
        const col = sheet.columns.length + 3 + i;
        const decimals = Number(/0\.(0+)%$/.exec(cf.numFmt ?? "")?.[1]?.length ?? 0);
        ws.getCell(row, col).value = { formula: `IF(${shiftRows(cf.formula, row - (rect?.r0 ?? row))},${decimals},0)` } as ExcelJS.CellFormulaValue;
        return { col, decimals };
      });
      return { id, row, helpers };
    }));
    const f = join(dir, `case${k}.xlsx`);
    await wb.xlsx.writeFile(f);
    files.push(f);
  }
  const out: Record<Engine, string[]> = { LibreOffice: convert(files, "xlsx", join(dir, "lo")), Gnumeric: gnumericRecalc(files, join(dir, "gn")) };
  for (const engine of ["LibreOffice", "Gnumeric"] as const) {
    for (const [k, f] of out[engine].entries()) {
      const grid = await readXlsxZip(readFileSync(f));
      const r = checkGrid(grid);
      if (!r.ok) throw new Error(r.message);
      const sheet = grid.sheets.find((s) => r.report.items.some((i) => i.sheet === s.name));
      const map = new Map<string, { sheet: number; item: CheckItem | undefined }>();
      for (const p of probes[k] ?? []) {
        const held = p.helpers.map((h) => (sheet ? gridCell(sheet, p.row, h.col) : null)).map((v) => (v?.type === "number" ? v.value : 0));
        map.set(p.id, { sheet: Math.max(1, ...held), item: r.report.items.find((i) => i.id === p.id) });
      }
      seen[engine].push(map);
    }
  }
}, 240000);

describe.each(["LibreOffice", "Gnumeric"] as const)("%s: the 进度 cell's decimals are progressBeside's", (engine) => {
  test.each(CASES.flatMap((c, k) => c.rows.map(([id, value, decimals, why]) => [c.name, why, id, value, decimals, k] as const)))("%s: %s (%s = %s): %s decimals", (_c, _why, id, _v, decimals, k) => {
    const got = seen[engine][k]?.get(id);
    expect(got?.item?.status === "lagging" || got?.item?.status === "severe").toBe(true);
    expect(got?.sheet).toBe(decimals);
    expect(got?.item ? (progressBeside(got.item)?.digits ?? 1) : null).toBe(decimals);
  });
});
