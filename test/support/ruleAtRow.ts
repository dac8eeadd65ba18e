import type ExcelJS from "exceljs";
import { parseRect } from "../../src/hosts/office/addressing";
import { fileFormula } from "../../src/hosts/xlsx/fileFormula";
import { columnLetter, columnNumber } from "../../src/sheet/a1";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";

/**
 * A conditional format's formula as the spreadsheet applies it to a lower row of its range:
 * relative rows (not $-anchored) move down by `rows`. The formula must hold no A1-like text in
 * its strings (our rules compare with status labels only).
 */
export function shiftRows(formula: string, rows: number): string {
  return formula.replace(/(?<![A-Za-z_$\d])(\$?[A-Z]{1,3})(\d+)(?![\d(])/g, (_m, col: string, row: string) => `${col}${Number(row) + rows}`);
}

/**
 * As `shiftRows`, also moving relative columns (not $-anchored) right by `cols`: a rule over a
 * rectangle as the spreadsheet applies it to another cell of it.
 */
export function shiftCells(formula: string, rows: number, cols: number): string {
  return formula.replace(/(?<![A-Za-z_$\d])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (_m, ca: string, col: string, ra: string, row: string) =>
    `${ca}${ca ? col : columnLetter(columnNumber(col) + cols)}${ra}${ra ? row : Number(row) + rows}`);
}

export interface RuleProbe { sheet: string; row: number; helper: string }

/**
 * Copies the one-column conditional formats `pick` chooses into a spare column beside each row
 * of their range, as `IF(rule,1,0)`, so LibreOffice and Gnumeric compute what the rule decides
 * for every row (a recalculated file keeps cell results, never a rule's). Returns where they are.
 */
export function probeRules(wb: ExcelJS.Workbook, sheets: PlannedSheet[], pick: (formula: string, fill: string | undefined) => boolean): RuleProbe[] {
  const out: RuleProbe[] = [];
  for (const s of sheets) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) continue;
    const spare = s.columns.length + 3;
    for (const cf of s.conditionalFormats.filter((c) => pick(c.formula, c.fill))) {
      const rect = parseRect(cf.range);
      if (!rect || rect.c0 !== rect.c1) throw new Error(`${s.name}!${cf.range}: one column expected`);
      for (let r = rect.r0; r <= rect.r1; r++) {
        const cell = ws.getCell(r, spare);
        // as the file holds the rule (fileFormula: _xlfn.UNICODE), so the programs read it as they read the rule
        cell.value = { formula: fileFormula(`IF(${shiftRows(cf.formula, r - rect.r0)},1,0)`) } as ExcelJS.CellFormulaValue;
        out.push({ sheet: s.name, row: r, helper: cell.address });
      }
    }
  }
  return out;
}
