import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/CellValue";

/**
 * A value read from a return as ExcelJS writes it back into another workbook, so it reads the
 * same again (readXlsxZip, storedNumber): a typed percentage keeps a percent style with as many
 * decimals as it had (0.955 → 95.5%, `0.0%`), a date its stored number (serial) in a date style, an error its code, a
 * formula never calculated its formula (no result). Null for what holds nothing to write (empty, a
 * formula never calculated whose text was not kept). Shapes: CellValue (domain) in,
 * ExcelJS.CellValue and an optional number format code out.
 */
export function excelInput(v: CellValue): { value: ExcelJS.CellValue; numFmt?: string } | null {
  switch (v.type) {
    case "empty": return null;
    // a person's formula goes back as that formula, still without a result (the new return's check
    // says so as the old one did); one whose text the reader did not keep has nothing to write
    case "uncalculated": return v.formula === undefined ? null : { value: { formula: v.formula } as ExcelJS.CellFormulaValue };
    case "number": {
      if (!v.percentStyle) return { value: v.value };
      // the decimals of the percentage as shown (12 significant digits drop float noise)
      const shown = String(Number((v.value * 100).toPrecision(12)));
      const decimals = /\.(\d+)$/.exec(shown)?.[1]?.length ?? 0;
      return { value: v.value, numFmt: decimals ? `0.${"0".repeat(Math.min(decimals, 10))}%` : "0%" };
    }
    case "string": return { value: v.text };
    case "boolean": return { value: v.value };
    case "date": {
      // the number stored is what was typed (2.6 in a cell that happened to have a date style):
      // it goes back as that number, never as the 1900-system serial of the day it showed
      // (a time style's number goes back showing a time, with seconds where it showed them: 0.5 in h:mm as 12:00)
      if (v.serial !== undefined) return { value: v.serial, numFmt: v.time === undefined ? "yyyy-mm-dd" : /^\d+:\d\d$/.test(v.time) ? "[h]:mm" : "[h]:mm:ss" };
      const d = new Date(`${v.iso}T00:00:00Z`);
      // a date read as text (a serial no calendar has) goes back as that text
      return Number.isNaN(d.getTime()) ? { value: v.iso } : { value: d, numFmt: "yyyy-mm-dd" };
    }
    case "error": return { value: { error: v.code as ExcelJS.CellErrorValue["error"] } };
  }
}
