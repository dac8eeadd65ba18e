import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { gridCell } from "../../src/sheet/Grid";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { parseRect, rectAddress } from "../../src/hosts/office/addressing";
import type { PlannedValidation, WorkbookPlan } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import { convert } from "../support/libreoffice";
import { setNumFmt } from "../../src/hosts/xlsx/setNumFmt";

/**
 * The input validation of indicator rows is one custom formula reading the row's hidden
 * bounds (or none, a prompt only, where the target is qualitative or not applicable). Proof that it accepts exactly what the engine accepts: every indicator row of the
 * four indicator seeds gets each probe value in its reporting-year cell, LibreOffice
 * recalculates the validation formula (copied into a spare cell beside the row), and the
 * result must be TRUE exactly when the engine finds no error in that cell. Warnings (a
 * suspicious scale, a change over 100%) are accepted by both. Dates are left out: the engine
 * refuses them, the sheet cannot tell them from numbers (docs: known limits).
 */
const PROBES: ExcelJS.CellValue[] = [-1, 0, 0.5, 30, 31, 100, 100.5, 120, 121, 1e6, "文本", true, 0.025, 1, 0.92,
  // trial39d F1: one float step past a limit is the limit (§3's tolerance; LibreOffice's own ~15-digit compare
  // must not decide), 1e-6 past 100 is past it
  0.2 + 83.9 + 15.9, 120.00000000000003, 1.0000000000000002, 100.000001];
// §2a: these probes are typed as percentages (a percent style on the cell: 50%, 100%, 2.5%), the
// others as plain numbers; 0.5 and 0.92 plain are §2's fraction slips where a row's numbers are ≥ 10
const PERCENT_STYLED = new Map<number, string>([[12, "0.0%"], [13, "0%"]]);
const GROUPS: Array<{ ids: string[]; year: number }> = [
  { ids: ["zhoushan-2021-2025", "quzhou-2021-2025", "shengsi-2023-2027"], year: 2023 },
  { ids: ["zhoushan-2016-2020"], year: 2020 },
];

interface Probe { file: string; sheet: string; cell: string; helper: string; value: ExcelJS.CellValue }

function inputValidations(plan: WorkbookPlan): Array<{ sheet: string; v: PlannedValidation }> {
  return plan.sheets.flatMap((s) => s.validations.filter((v) => v.type === "custom" || v.type === "any").map((v) => ({ sheet: s.name, v })));
}

const dir = mkdtempSync(join(tmpdir(), "dv-rule-"));
const probes: Probe[] = [];
const accepted = new Map<string, unknown>();
const engineErrors = new Map<string, string[]>();
const key = (file: string, sheet: string, cell: string): string => `${file}|${sheet}!${cell}`;

beforeAll(async () => {
  const files: string[] = [];
  for (const [g, group] of GROUPS.entries()) {
    const templates = group.ids.map((id) => { const t = findTemplate(id); if (!t) throw new Error(id); return t; });
    const plan = buildWorkbookPlan(templates, { year: group.year });
    for (const [p, value] of PROBES.entries()) {
      const wb = planToWorkbook(plan);
      const file = `g${g}-p${p}.xlsx`;
      const spare = new Map<string, number>();
      for (const { sheet, v } of inputValidations(plan)) {
        const ws = wb.getWorksheet(sheet);
        const rect = parseRect(v.range);
        if (!ws || !rect) throw new Error(`${sheet}!${v.range}`);
        // the reporting year's input cell of the row (its column's key in row 2 is in:<year>)
        let col = 0;
        for (let c = rect.c0; c <= rect.c1; c++) if (ws.getCell(2, c).value === `in:${group.year}`) col = c;
        if (col === 0) continue;
        const cell = rectAddress({ r0: rect.r0, c0: col, r1: rect.r0, c1: col });
        const topLeft = rectAddress({ r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 });
        // the rule as Excel applies it to that cell: its relative reference moved from the top-left
        const formula = (v.formula ?? "").replace(new RegExp(`(?<![$A-Z])${topLeft}(?![0-9])`, "g"), cell);
        ws.getCell(cell).value = value;
        const fmt = PERCENT_STYLED.get(p);
        if (fmt !== undefined) setNumFmt(ws.getCell(cell), fmt);
        // a prompt-only validation (qualitative or not-applicable target) accepts everything
        if (v.type === "any") { probes.push({ file, sheet, cell, helper: "", value }); continue; }
        const c = (spare.get(sheet) ?? ws.columnCount + 2);
        spare.set(sheet, c);
        const helper = rectAddress({ r0: rect.r0, c0: c, r1: rect.r0, c1: c });
        // as 1/0, a plain number for every reader
        ws.getCell(helper).value = { formula: `IF(${formula},1,0)` } as ExcelJS.CellFormulaValue;
        probes.push({ file, sheet, cell, helper, value });
      }
      await wb.xlsx.writeFile(join(dir, file));
      files.push(join(dir, file));
    }
  }
  const out = convert(files, "xlsx", join(dir, "recalculated"));
  expect(out.length).toBe(files.length);
  for (const f of out) {
    const name = f.split("/").pop() ?? "";
    const buf = readFileSync(f);
    // the CLI's own reader: ExcelJS drops a formula's cached result when it is 0
    const grid = await readXlsxZip(buf);
    for (const p of probes.filter((x) => x.file === name)) {
      if (p.helper === "") { accepted.set(key(name, p.sheet, p.cell), true); continue; }
      const s = grid.sheets.find((x) => x.name === p.sheet);
      const at = parseRect(p.helper);
      const v = s && at ? gridCell(s, at.r0, at.c0) : undefined;
      const result = v?.type === "number" ? v.value : v;
      accepted.set(key(name, p.sheet, p.cell), result === 1 ? true : result === 0 ? false : result);
    }
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    for (const item of r.report.items) {
      for (const i of item.issues) {
        if (i.severity !== "error" || !i.cell) continue;
        const k = key(name, i.sheet ?? item.sheet, i.cell);
        engineErrors.set(k, [...(engineErrors.get(k) ?? []), i.code]);
      }
    }
  }
}, 300_000);

describe("the input validation rule, recalculated by LibreOffice, accepts what the engine accepts", () => {
  it("covers every indicator row of the four indicator seeds with every probe", () => {
    expect(probes.length).toBeGreaterThan(140 * PROBES.length);
    expect(new Set(probes.map((p) => p.sheet)).size).toBe(4);
  });

  it("every probe: TRUE exactly when the engine reports no error in that cell", () => {
    const disagree: string[] = [];
    let agree = 0;
    for (const p of probes) {
      const k = key(p.file, p.sheet, p.cell);
      const rule = accepted.get(k);
      const errors = engineErrors.get(k) ?? [];
      if (typeof rule !== "boolean") { disagree.push(`${p.file} ${p.sheet}!${p.cell} ${String(p.value)}: rule gave ${JSON.stringify(rule)}`); continue; }
      if (rule === (errors.length === 0)) agree++;
      else disagree.push(`${p.file} ${p.sheet}!${p.cell} ${String(p.value)}: rule ${rule}, engine errors [${errors.join(", ")}]`);
    }
    console.log(`validation rule agreement (LibreOffice vs engine): ${agree}/${probes.length}`);
    expect(disagree.slice(0, 20)).toEqual([]);
  });

  it("some inputs are prompt-only (qualitative or not-applicable targets); the agreement above covers them", () => {
    const any = probes.filter((p) => p.helper === "");
    expect(any.length).toBeGreaterThan(0);
    expect(any.length).toBeLessThan(probes.length / 5);
  });

  it("both refuse something and accept something for each probe kind that should", () => {
    const byValue = (value: ExcelJS.CellValue): boolean[] => probes.filter((p) => p.value === value && p.helper !== "").map((p) => accepted.get(key(p.file, p.sheet, p.cell)) === true);
    expect(byValue("文本").every((x) => !x)).toBe(true);
    expect(byValue(true).every((x) => !x)).toBe(true);
    expect(byValue(31).some((x) => !x)).toBe(true); // 年 above 30
    expect(byValue(100.5).some((x) => !x)).toBe(true); // % above 100
    expect(byValue(30).every((x) => x)).toBe(true);
    expect(byValue(0.025).some((x) => !x)).toBe(true); // 2.5% typed in a % row
    expect(byValue(0.92).some((x) => !x)).toBe(true); // a fraction slip
    // one float step past a limit is taken where the limit is, refused where it is (1 plain: as 0.92, the probe 1 is
    // percent-styled); 1e-6 past 100 is refused
    const sameAs = (value: ExcelJS.CellValue, at: ExcelJS.CellValue): boolean => byValue(value).join() === byValue(at).join();
    expect([sameAs(0.2 + 83.9 + 15.9, 100), sameAs(120.00000000000003, 120), sameAs(1.0000000000000002, 0.92)]).toEqual([true, true, true]);
    expect(byValue(100.000001).some((x) => !x) && byValue(100).some((x, k) => x && !byValue(100.000001)[k])).toBe(true);
  });
});
