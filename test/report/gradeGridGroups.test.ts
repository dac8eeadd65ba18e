import * as docx from "docx";
import JSZip from "jszip";
import { reportDocx } from "../../src/cli/reportDocx";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { UNITS_HEADINGS } from "../../src/sheet/UNITS_HEADINGS";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The Word report's 填报单位 × 指标评估等级 grid at any number of units (trial37b F3): 30 units in one
 * landscape table were a character wide each, every grade stacked 基/本/符/合/预/期, 4 indicators a page
 * (231 pages in all). Past what one table sets (13 units, grades split at a word), the units are set in
 * several tables, each repeating the indicator column and its header row, each grade column at least four
 * 9 pt characters wide (4 × 180 + 154 twips of margins), every unit in one table, in order, each table across
 * the landscape page.
 */
describe("the unit × indicator grid is set in tables a page can hold", () => {
  // 基本符合预期 (63 on 60 → 65 in 2023), 滞后于预期 (60.5) and 提前实现 (66): the longest grade is six characters
  // in the plans' last year (2025) 已实现, 未完成 and 未能评估 (the last row, blank) only: four characters the longest, so more units a table
  const rows: RowFacts[] = [63, 60.5, 66, null].map((v, k) => ({ name: `指标${k + 1}常住人口城镇化率`, attribute: "预期性", unit: "%", baseline: "60", target: "65", values: { 2021: 61, 2022: 62, 2023: v ?? 62.5, 2024: v, 2025: v }, domain: "经济发展" }));
  const MIN_GRADE_COLUMN = 4 * 180 + 154;
  /** A4 landscape less 1134-twip margins */
  const LANDSCAPE = 16838 - 2 * 1134;
  test.each([
    [3, 2023, 1],
    [12, 2023, 1],
    [30, 2023, 4],
    [100, 2023, 12],
    // 14 units: two tables of 7, each across the landscape page (7 columns of 4 characters would fit a portrait one)
    [14, 2025, 2],
    [100, 2025, 8],
  ])("%i units, %i: %i table(s)", async (n, year, tables) => {
    const units = Array.from({ length: n }, (_, k) => `单位${String(k + 1).padStart(3, "0")}`);
    const c = combineEvaluations(units.map((u) => returnOf(u, rows, year)));
    if (!c.ok) throw new Error("not combined");
    const xml = await (await JSZip.loadAsync(await reportDocx(docx, c.report, "某市《某市交通规划》2023 年实施情况评估报告"))).file("word/document.xml")?.async("string") ?? "";
    // the grid: its tables between its heading and its note
    const grid = xml.slice(xml.indexOf(UNITS_HEADINGS.grid), xml.indexOf("预警：约束性指标", xml.indexOf(UNITS_HEADINGS.grid)));
    const found = grid.split("</w:tbl>").slice(0, -1).map((t) => t.slice(t.indexOf("<w:tbl>")).split("</w:tr>").slice(0, -1));
    const text = (x: string): string => x.replace(/<[^>]+>/g, "");
    const cells = (tr: string): string[] => tr.split("</w:tc>").slice(0, -1);
    expect(found).toHaveLength(tables);
    // tables of a group each across the grid's landscape page
    if (tables > 1) for (const trs of found) expect(Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(trs[0] ?? "")?.[1] ?? /<w:tblW [^>]*w:w="(\d+)"/.exec(trs[0] ?? "")?.[1])).toBe(LANDSCAPE);
    for (const trs of found) {
      // the header row first, repeated on each page; then one row per indicator, named in its first cell
      expect(trs[0]).toContain("<w:tblHeader/>");
      expect(trs.map((tr) => text(cells(tr)[0] ?? ""))).toEqual(["指标", ...rows.map((r) => r.name)]);
      for (const tr of trs) {
        expect(cells(tr).length).toBeLessThanOrEqual(1 + 13);
        // each grade column wide enough for four characters on a line (none stacked a character a line)
        for (const w of cells(tr).slice(1).map((tc) => Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(tc)?.[1] ?? /<w:tcW w:w="(\d+)"/.exec(tc)?.[1]))) expect(w).toBeGreaterThanOrEqual(MIN_GRADE_COLUMN);
      }
    }
    // every unit in one table's header, in the units' order
    expect(found.flatMap((trs) => cells(trs[0] ?? "").slice(1).map(text))).toEqual(units);
  });
});
