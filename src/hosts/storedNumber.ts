import type { CellValue } from "../domain/CellValue";
import { isDateFormat } from "./isDateFormat";
import { serialDate } from "./serialDate";
import { timeShown } from "./timeShown";

/**
 * How a number format makes a stored number read: a date, a time of day (a time-only style, with
 * its code, so the time it shows can be said: 0.5 in h:mm shows 12:00), a typed percentage, or a
 * number.
 */
export type NumberFormatKind = "date" | { time: string } | "percent" | "plain";

/**
 * A percent style scales by 100 with an unquoted, unescaped %; a literal % (`0.0\%`,
 * `0.00"%"`, which LibreOffice writes for a unit) does not, and neither does one in [brackets]
 * or after `_` / `*` (spacing and fill). A date or time style that shows no date part
 * (h:mm, [h]:mm:ss, h"时"mm"分") is a time (timeShown).
 */
export function numberFormatKind(code: string): NumberFormatKind {
  if (isDateFormat(code)) return timeShown(0, code) === null ? "date" : { time: code };
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/[_*]./g, "");
  return bare.includes("%") ? "percent" : "plain";
}

/**
 * A number as Excel stores it, read as the person typed it: a date style makes it a date
 * (an error for the engine; a time style's date value says the time the cell shows, `time`),
 * a percent style keeps the number and marks it (`percentStyle`: 40% typed is stored as 0.4;
 * the engine decides what that means, evaluation-rules.md §2a).
 * Both .xlsx and Office.js readers use this, so they agree. `date1904`: the workbook's date
 * system (workbookPr date1904, Mac workbooks), for the date a serial is.
 */
export function storedNumber(n: number, kind: NumberFormatKind, date1904 = false): CellValue {
  if (typeof kind === "object") {
    const d = serialDate(n, date1904);
    const time = timeShown(n, kind.time);
    return { type: "date", iso: Number.isNaN(d.getTime()) ? String(n) : d.toISOString().slice(0, 10), serial: n, ...(time === null ? {} : { time }) };
  }
  switch (kind) {
    case "date": {
      const d = serialDate(n, date1904);
      return { type: "date", iso: Number.isNaN(d.getTime()) ? String(n) : d.toISOString().slice(0, 10), serial: n };
    }
    case "percent": return { type: "number", value: n, percentStyle: true };
    case "plain": return { type: "number", value: n };
  }
}
