import type ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { STATUS_LABELS, type Status } from "../../src/domain/Status";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckItem } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { Template } from "../../src/templates/TemplateSchema";
import { convert } from "../support/libreoffice";

/**
 * trial35 TP1: 地下水超采量 −120 → 0 (the plan's 注: a negative means 回补). Every negative value was 数据异常
 * (不应为负数), so the true figure −80 could never be reported, explained or accepted. Our reading of §2: a row
 * whose own baseline or target is negative takes negative values; 不应为负数 stays where the plan's numbers are
 * all ≥ 0. One home (unitBounds with the plan's numbers): the engine here, the sheet's status formulas (its
 * hidden lo bound) recalculated by LibreOffice below.
 */
const water: IndicatorSpec = { name: "地下水超采量", unit: "万立方米", baseline: "-120", target: "0", baselineYear: 2020, targetYear: 2025 };
const invest: IndicatorSpec = { name: "水利投资", unit: "亿元", baseline: "10.3", target: "12", baselineYear: 2020, targetYear: 2025 };
const fertiliser: IndicatorSpec = { name: "化肥使用量", unit: "万吨", baseline: "300", target: "〔-100〕", baselineYear: 2020, targetYear: 2025 };
const negativeTarget: IndicatorSpec = { name: "净流出人口", unit: "万人", baseline: "2", target: "-1", baselineYear: 2020, targetYear: 2025 };

describe("a negative value, by the plan's own numbers (engine)", () => {
  test.each<[string, IndicatorSpec, Record<string, number>, Status, string | null]>([
    ["−80 against −120 → 0: a third of the way at s = 0.6", water, { 2023: -80 }, "lagging", null],
    ["−130 against −120 → 0: past the baseline the wrong way", water, { 2023: -130 }, "severe", null],
    ["5 against −120 → 0: met", water, { 2023: 5 }, "met", null],
    ["a negative target (−1) opens the row too: 2 → −0.5 is on track", negativeTarget, { 2023: -0.5 }, "on_track", null],
    ["a negative five-year total: the years' falls add up", fertiliser, { 2021: -20, 2022: -20, 2023: -20 }, "met", null],
    ["a row whose numbers are all ≥ 0 still refuses −1", invest, { 2023: -1 }, "invalid", "negative"],
  ])("%s", (_why, spec, values, status, code) => {
    const actuals = Object.fromEntries(Object.entries(values).map(([y, v]) => [y, num(v)]));
    const r = evaluateIndicator({ spec, year: 2023, actuals });
    expect(r.status).toBe(status);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(code === null ? [] : [code]);
  });
});

const fixture = (): Template => {
  const file = join(__dirname, "../fixtures/plans/trial35/tp1-water.json");
  const r = parseTemplate(JSON.parse(readFileSync(file, "utf8")), file);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.template;
};

describe("the sheet's status formula takes the same values (LibreOffice)", () => {
  const t = fixture();
  const e = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: t.id, id, key, value });
  // one workbook per value of the 超采量 row, the other rows filled alike
  const CASES: Array<[string, InputEntry[], Record<string, Status>]> = [
    ["−80", [e("r08", "in:2023", -80), e("r07", "in:2023", -1), e("r01", "in:2023", 60)], { r08: "lagging", r07: "invalid", r01: "met" }],
    ["−130", [e("r08", "in:2023", -130), e("r10", "in:2021", -20), e("r10", "in:2022", -20), e("r10", "in:2023", -20)], { r08: "severe", r10: "met" }],
    ["5", [e("r08", "in:2023", 5), e("r07", "in:2023", 11)], { r08: "met" }],
  ];
  const items: CheckItem[][] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "neg-plan-"));
    const files: string[] = [];
    for (const [i, [, entries]] of CASES.entries()) {
      const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023 }));
      expect(fillInputs(wb, entries)).toEqual([]);
      const f = join(dir, `case${i}.xlsx`);
      await wb.xlsx.writeFile(f);
      files.push(f);
    }
    for (const f of convert(files, "xlsx", join(dir, "recalculated"))) {
      const r = checkGrid(await readXlsxZip(readFileSync(f)));
      if (!r.ok) throw new Error(r.message);
      items.push(r.report.items);
    }
    expect(items).toHaveLength(CASES.length);
  }, 240000);

  test.each(CASES.map(([name, , want], i) => [name, i, want] as const))("超采量 %s: the engine's status is the one LibreOffice computes, on every row", (_name, i, want) => {
    const got = items[i] ?? [];
    expect(got.length).toBe(t.kind === "indicators" ? t.indicators.length : -1);
    for (const item of got) expect([item.id, item.sheetStatus]).toEqual([item.id, STATUS_LABELS[item.status]]);
    for (const [id, status] of Object.entries(want)) expect([id, got.find((x) => x.id === id)?.status]).toEqual([id, status]);
  });
});
