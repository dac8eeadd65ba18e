import { cellText, type CellValue } from "../domain/CellValue";
import type { GridWorkbook } from "../sheet/Grid";
import { SUMMARY_SHEET, UNITS_SHEET } from "../sheet/summarySheets";

/**
 * The units a summary workbook of ours summed (its 汇总范围), in its order: the 汇总范围 sheet's
 * 填报单位 column when the scope line had to be shortened, else the 汇总 sheet's 按单位统计 table
 * (rows between its 填报单位 | 文件 header and 合计, a header repeated on a new page skipped), else
 * the scope line itself (汇总范围：柯城区（1 份）). Empty when none can be read (a summary edited by hand).
 */
export function summaryScope(g: GridWorkbook): string[] {
  const text = (row: readonly CellValue[] | undefined, c: number): string => {
    const v = row?.[c];
    return v ? cellText(v).trim() : "";
  };
  const full = g.sheets.find((s) => s.name === UNITS_SHEET);
  if (full) return full.rows.slice(1).map((r) => text(r, 1)).filter((u) => u !== "");
  const sheet = g.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (!sheet) return [];
  const units: string[] = [];
  let inTable = false;
  for (const r of sheet.rows) {
    const [a, b] = [text(r, 0), text(r, 1)];
    if (a === "填报单位" && b === "文件") { inTable = true; continue; }
    if (!inTable) continue;
    if (a === "合计") break;
    if (a !== "") units.push(a);
  }
  if (units.length) return units;
  const line = sheet.rows.map((r) => text(r, 0)).find((t) => t.startsWith("汇总范围："));
  const named = line === undefined ? "" : line.slice("汇总范围：".length).replace(/（[^（]*$/, "");
  return named === "" ? [] : named.split("、");
}
