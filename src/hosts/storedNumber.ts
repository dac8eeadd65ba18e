import type { CellValue } from "../domain/CellValue";
import { isDateFormat } from "./isDateFormat";
import { serialDate } from "./serialDate";

/** How a number format makes a stored number read: a date, a typed percentage, or a number. */
export type NumberFormatKind = "date" | "percent" | "plain";

/**
 * A percent style scales by 100 with an unquoted, unescaped %; a literal % (`0.0\%`,
 * `0.00"%"`, which LibreOffice writes for a unit) does not, and neither does one in [brackets]
 * or after `_` / `*` (spacing and fill).
 */
export function numberFormatKind(code: string): NumberFormatKind {
  if (isDateFormat(code)) return "date";
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/[_*]./g, "");
  return bare.includes("%") ? "percent" : "plain";
}

/**
 * A number as Excel stores it, read as the person typed it: a date style makes it a date
 * (an error for the engine), a percent style keeps the number and marks it (`percentStyle`:
 * 40% typed is stored as 0.4; the engine decides what that means, evaluation-rules.md §2a).
 * Both .xlsx and Office.js readers use this, so they agree. `date1904`: the workbook's date
 * system (workbookPr date1904, Mac workbooks), for the date a serial is.
 */
export function storedNumber(n: number, kind: NumberFormatKind, date1904 = false): CellValue {
  switch (kind) {
    case "date": {
      const d = serialDate(n, date1904);
      return { type: "date", iso: Number.isNaN(d.getTime()) ? String(n) : d.toISOString().slice(0, 10), serial: n };
    }
    case "percent": return { type: "number", value: n, percentStyle: true };
    case "plain": return { type: "number", value: n };
  }
}
