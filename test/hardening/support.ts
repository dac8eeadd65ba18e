/**
 * Shared helpers for the hardening tests (issue #7, reliability): a small template made of
 * real seed rows (plus one ‰ row and one whole-count row, which no seed of 舟山 表2 has), the
 * addresses of input cells in a plan, and cell-by-cell snapshots of workbooks.
 */
import ExcelJS from "exceljs";
import { cellText } from "../../src/domain/CellValue";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { columnNumber } from "../../src/sheet/a1";
import { FIRST_DATA_ROW, KEY_ROW, parseTemplateMark } from "../../src/sheet/keys";
import type { PlannedSheet, WorkbookPlan } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { IndicatorDef, IndicatorTemplate, Template } from "../../src/templates/TemplateSchema";
import { colLetters, type FakeExcel } from "../office/fakeExcel";

export const ZS = "zhoushan-2021-2025";
export const HARD = "hardening-units";
export const YEAR = 2023;

export function template(id: string): Template {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

function indicatorTemplate(id: string): IndicatorTemplate {
  const t = template(id);
  if (t.kind !== "indicators") throw new Error(`${id} is not an indicator template`);
  return t;
}

/** Seed rows of 舟山 表2 (2020 → 2025) by id. */
export const ROW_IDS = {
  pct: "zs21-08",      // 高等教育毛入学率(%) 62.4 → ≥70
  ceilPct: "zs21-12",  // 城镇登记失业率(%) 1.55 → ≤3
  wan: "zs21-14",      // 工伤保险参保人数(万人) 40.11 → 40
  age: "zs21-28",      // 人均预期寿命(岁) 80.51 → 81.8
  yrs: "zs21-04",      // 儿童预期受教育年限(年) 14.8 → 16
  rate: "zs21-39",     // 亿元GDP生产安全事故死亡率（人/亿元） 0.023 → 0.012
  area: "zs21-17",     // 老旧小区改造面积(万平方米) 1243 → 1630
  m2: "zs21-20",       // 每万人拥有公共文化设施面积(平方米) 3776 → 4375
  cnt: "hd-count",     // 衢州 qz21-08 全国义务教育优质均衡发展县（市、区）数（个） 0 → 4 (a whole count)
  permille: "hd-permille", // 婴儿死亡率(‰) 3 → ≤5 (no seed row has ‰)
} as const;
export type RowKey = keyof typeof ROW_IDS;

/**
 * 舟山 表2's rows listed in ROW_IDS, plus 衢州's whole-count row and a ‰ row, as one
 * indicator template (valid per parseTemplate), so every layer checks the same rows.
 */
export function hardeningTemplate(): IndicatorTemplate {
  const zs = indicatorTemplate(ZS);
  const qz = indicatorTemplate("quzhou-2021-2025");
  const wanted = new Set<string>(Object.values(ROW_IDS));
  const rows: IndicatorDef[] = zs.indicators.filter((d) => wanted.has(d.id)).map((d) => ({ ...d }));
  const count = qz.indicators.find((d) => d.id === "qz21-08");
  if (!count) throw new Error("qz21-08");
  rows.push({ ...count, id: "hd-count" });
  rows.push({
    id: "hd-permille", domain: "卫生健康", number: "99", name: "婴儿死亡率(‰)", unit: "‰", attribute: "预期性",
    baseline: "3", target: "≤5", targetKind: "ceiling", source: "婴儿死亡率(‰) 3 ≤5 (hardening test row)",
  });
  const data = { ...zs, id: HARD, title: "加固测试：各单位类指标", indicators: rows };
  const r = parseTemplate(JSON.parse(JSON.stringify(data)), "hardening.json");
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  if (r.template.kind !== "indicators") throw new Error("kind");
  return r.template;
}

/** The planned template sheet of a template id (found by its A2 mark, never by name). */
export function plannedSheetOf(plan: WorkbookPlan, templateId: string): PlannedSheet {
  const s = plan.sheets.find((x) => x.cells.some((c) => c.address === `A${KEY_ROW}` && parseTemplateMark(c.value) === templateId));
  if (!s) throw new Error(`no planned sheet for ${templateId}`);
  return s;
}

/** The A1 address of a row's cell for a column key, from the plan's key row and id column. */
export function plannedAddress(s: PlannedSheet, rowId: string, key: string): string {
  const col = (k: string): string | undefined => s.cells.find((c) => c.value === k && new RegExp(`^[A-Z]+${KEY_ROW}$`).test(c.address))?.address.replace(/\d+$/, "");
  const keyCol = col(key);
  const idCol = col("id");
  if (!keyCol || !idCol) throw new Error(`no column ${key}`);
  const idCell = s.cells.find((c) => c.value === rowId && c.address.startsWith(idCol) && /^\d+$/.test(c.address.slice(idCol.length)) && Number(c.address.slice(idCol.length)) >= FIRST_DATA_ROW);
  if (!idCell) throw new Error(`no row ${rowId}`);
  return `${keyCol}${idCell.address.slice(idCol.length)}`;
}

export function rowCol(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m?.[1] || !m[2]) throw new Error(address);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Cell-by-cell text of a grid: sheet -> address -> text, empty cells left out. */
export function gridSnapshot(g: GridWorkbook): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const s of g.sheets) {
    const m = new Map<string, string>();
    s.rows.forEach((row, r) => row.forEach((c, i) => {
      const t = cellText(c);
      if (t !== "") m.set(`${colLetters(i + 1)}${r + 1}`, `${c.type}:${t}`);
    }));
    out.set(s.name, m);
  }
  return out;
}

/** Every ExcelJS cell's value (formulas as `=…`), by sheet and address; empty cells left out. */
export function excelSnapshot(wb: ExcelJS.Workbook): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  wb.eachSheet((ws) => {
    const m = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (v === null || v === undefined || v === "") return;
      const f = typeof v === "object" && v !== null && "formula" in v ? `=${String((v as ExcelJS.CellFormulaValue).formula)}` : undefined;
      m.set(cell.address, f ?? JSON.stringify(v));
    }));
    out.set(ws.name, m);
  });
  return out;
}

/** Every fake cell's content (value, formula or error), by sheet and address. */
export function fakeSnapshot(fx: FakeExcel): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const s of fx.sheets) {
    const m = new Map<string, string>();
    for (const [k, c] of s.cells) {
      const address = `${colLetters(k % 16384)}${Math.floor(k / 16384)}`;
      const text = c.formula !== undefined ? c.formula : c.error !== undefined ? `!${c.error}` : c.value === undefined || c.value === "" ? undefined : JSON.stringify(c.value);
      if (text !== undefined) m.set(address, text);
    }
    out.set(s.name, m);
  }
  return out;
}

/** Differences between two snapshots, as `sheet!A1: before → after` lines. */
export function snapshotDiff(before: Map<string, Map<string, string>>, after: Map<string, Map<string, string>>, onlySheets?: ReadonlySet<string>): string[] {
  const diffs: string[] = [];
  const names = new Set([...before.keys(), ...after.keys()]);
  for (const n of names) {
    if (onlySheets && !onlySheets.has(n)) continue;
    const b = before.get(n);
    const a = after.get(n);
    if (!b || !a) { diffs.push(`${n}: sheet ${b ? "removed" : "added"}`); continue; }
    for (const addr of new Set([...b.keys(), ...a.keys()])) {
      if (b.get(addr) !== a.get(addr)) diffs.push(`${n}!${addr}: ${b.get(addr) ?? "∅"} → ${a.get(addr) ?? "∅"}`);
    }
  }
  return diffs;
}
