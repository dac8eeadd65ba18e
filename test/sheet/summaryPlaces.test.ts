import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { summarize, type SummaryArrays } from "../../src/sheet/summarize";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { FLAGS_SHEET, SUMMARY_SHEET, internalLink, summaryWorkbookPlan, wrappedHeight } from "../../src/sheet/summarySheets";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * A manager's printout: 问题清单's 位置 (12 wide, not wrapped) cut 衢州市主要指标目标表!K7 to
 * 衢州市主要指标目, and 汇总's lagging list wrapped it over two lines or more (15 wide). Both
 * columns are now as wide as their `Sheet!K8` on one line, up to 32, wrapped beyond with the row
 * as tall as its lines; 问题清单's 工作表 is as wide as its names (8–20). Rendered with LibreOffice
 * and looked at: one line each for 衢州市主要指标目标表, two for a 25-character sheet name.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
const e = (id: string, key: string, value: number | string): InputEntry => ({ template: zs.id, id, key, value });

let figures: SummaryArrays;
beforeAll(async () => {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "衢江区人民政府发展和改革局" }));
  // beds 6 → 7, 6.2 in 2023: severe, listed in 汇总's lagging list and in 问题清单 (at the year's cell:
  // explained, so no problem of its 说明 cell is listed instead)
  expect(fillInputs(wb, [e("zs21-24", "in:2023", 6.2), e("zs21-24", "note", "新院区 2025 年投用")])).toEqual([]);
  const r = checkGrid(await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer)));
  if (!r.ok) throw new Error(r.message);
  const s = summarize([{ file: "收到/2023-衢江区人民政府发展和改革局.xlsx", report: r.report }, { file: "收到/2023-柯城区.xlsx", report: { ...r.report, reportingUnit: "柯城区" } }]);
  if (!s.ok) throw new Error(s.message);
  figures = s.figures;
});

/** The summary's sheets with every listed row on the sheet `name`. */
function sheetsNamed(name: string): PlannedSheet[] {
  const on = <T extends { item: { sheet: string } }>(rows: T[]): T[] => rows.map((x) => ({ ...x, item: { ...x.item, sheet: name } }));
  const f: SummaryArrays = { ...figures, lagging: on(figures.lagging), flags: on(figures.flags) };
  return summaryWorkbookPlan(f, (_f, sheet, cell) => internalLink(sheet, cell)).sheets;
}

const LONG = "衢州市公共服务提升十四五规划主要指标目标表年度填报";

describe("位置 shows a long sheet name whole", () => {
  test.each<[string, string, number, number]>([
    // [sheet name, where, its column, lines of Sheet!K29]
    ["舟山市表2", FLAGS_SHEET, 3, 1],
    ["衢州市主要指标目标表", FLAGS_SHEET, 3, 1],
    [LONG, FLAGS_SHEET, 3, 2],
    ["舟山市表2", SUMMARY_SHEET, 12, 1],
    ["衢州市主要指标目标表", SUMMARY_SHEET, 12, 1],
    [LONG, SUMMARY_SHEET, 12, 2],
  ])("%s in %s: on one line where it fits in 32, wrapped beyond, its row as tall as its lines", (name, where, col, lines) => {
    const s = sheetsNamed(name).find((x) => x.name === where)!;
    const place = s.cells.find((c) => c.value === `${name}!K29`);
    expect(place?.address.replace(/\d+$/, "")).toBe(String.fromCharCode(64 + col));
    expect(place?.style).toBe("textWrap");
    const width = s.columns[col - 1]!.width;
    expect(wrappedLines(String(place!.value), width)).toBe(lines);
    expect(width).toBeLessThanOrEqual(32);
    // no wider than it needs: one narrower and it would take a line more
    if (lines === 1 && width > (col === 3 ? 12 : 15)) expect(wrappedLines(String(place!.value), width - 1)).toBe(2);
    const row = Number(place!.address.replace(/^[A-Z]+/, ""));
    expect(s.rowHeights[row]).toBeGreaterThanOrEqual(lines * 13.5);
  });

  test.each<[string, number, number]>([
    ["舟山市表2", 10, 1],
    ["衢州市主要指标目标表", 20, 1],
    [LONG, 20, 3],
  ])("问题清单's 工作表 for %s is %d wide (8–20), the name on %d line(s)", (name, width, lines) => {
    const s = sheetsNamed(name).find((x) => x.name === FLAGS_SHEET)!;
    expect(s.columns[1]!.width).toBe(width);
    expect(wrappedLines(name, width)).toBe(lines);
  });

  // 汇总's 填报单位 column is widened for the file names (2023-衢江区人民政府发展和改革局.xlsx): a unit row
  // was as tall as the unit's lines at the usual 13, three lines for a name printed on one
  test("汇总's lagging rows are as tall as the unit's lines in its column as set", () => {
    const s = sheetsNamed("舟山市表2").find((x) => x.name === SUMMARY_SHEET)!;
    const unit = s.cells.find((c) => c.value === "衢江区人民政府发展和改革局" && c.address.startsWith("B"))!;
    const width = s.columns[1]!.width;
    expect(wrappedLines("衢江区人民政府发展和改革局", width)).toBe(1);
    // the row's height is its indicator's in column A as set (it was counted at the usual 20, two lines for one printed, until trial37b F1): the unit adds none
    expect(s.rowHeights[Number(unit.address.slice(1))]).toBe(wrappedHeight([["每千人口拥有医疗机构床位数(张)", s.columns[0]!.width]]));
  });
});
