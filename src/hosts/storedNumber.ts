import { cellText, type CellValue } from "../domain/CellValue";
import { isDateFormat } from "./isDateFormat";
import { serialDate } from "./serialDate";
import { timeShown } from "./timeShown";

/**
 * How a number format makes a stored number read: a date, a time of day (a time-only style, with
 * its code, so the time it shows can be said: 0.5 in h:mm shows 12:00), a typed percentage, or a
 * number; a number or percentage in a fixed-decimals style (0, 0.00, #,##0.0, 0.0%) with the
 * decimals it shows, so its shown text can be said (235.456789 in 0.00 shows 235.46, trial40b F13); or the Text
 * format (`@`, 文本), which keeps whatever is typed into the cell as text, a number retyped too (trial44a F4).
 */
export type NumberFormatKind = "date" | { time: string } | "percent" | "plain" | "text" | { decimals: number; percent: boolean };

/**
 * The common fixed-decimals styles: digits `0` (a `#,##` grouping before them), `.` and as many `0`
 * as decimals, `%` after; of a style with sections (`0.00;[Red]-0.00`) the first, its spacing (`_)`)
 * and colours dropped. Anything else (General, `0.0"万"`, `#,##0.0#`, scientific) is no fixed style.
 */
const FIXED_DECIMALS = /^(?:#,##)?0(?:\.(0+))?(%?)$/;

/**
 * A percent style scales by 100 with an unquoted, unescaped %; a literal % (`0.0\%`,
 * `0.00"%"`, which LibreOffice writes for a unit) does not, and neither does one in [brackets]
 * or after `_` / `*` (spacing and fill). A date or time style that shows no date part
 * (h:mm, [h]:mm:ss, h"时"mm"分") is a time (timeShown).
 */
export function numberFormatKind(code: string): NumberFormatKind {
  // the Text format alone; an `@` in a number format's text section (0.00;-0.00;0;@) formats numbers as numbers
  if (code.trim() === "@") return "text";
  if (isDateFormat(code)) return timeShown(0, code) === null ? "date" : { time: code };
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/[_*]./g, "");
  const percent = bare.includes("%");
  // a literal text (`0.0"万"`, `0\年`) shows more than the number: no fixed style then
  const fixed = code.includes('"') || code.includes("\\") ? null : FIXED_DECIMALS.exec((bare.split(";")[0] ?? "").trim());
  if (fixed) return { decimals: fixed[1]?.length ?? 0, percent };
  return percent ? "percent" : "plain";
}

/**
 * A number as Excel stores it, read as the person typed it: a date style makes it a date
 * (an error for the engine; a time style's date value says the time the cell shows, `time`),
 * a percent style keeps the number and marks it (`percentStyle`: 40% typed is stored as 0.4;
 * the engine decides what that means, evaluation-rules.md §2a); a fixed-decimals style keeps the
 * number and, where it shows other text than the number's own, that text (`shown`: 235.456789 in
 * 0.00 is 235.46; what the importer reads, never what the engine judges).
 * Both .xlsx and Office.js readers use this, so they agree. `date1904`: the workbook's date
 * system (workbookPr date1904, Mac workbooks), for the date a serial is.
 */
export function storedNumber(n: number, kind: NumberFormatKind, date1904 = false): CellValue {
  if (typeof kind === "object" && "decimals" in kind) {
    const plain: CellValue = kind.percent ? { type: "number", value: n, percentStyle: true } : { type: "number", value: n };
    const shown = fixedText(kind.percent ? n * 100 : n, kind.decimals) + (kind.percent ? "%" : "");
    return shown === cellText(plain) ? plain : { ...plain, shown };
  }
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
    // a number typed before the cell was formatted as text stays a number
    case "plain": case "text": return { type: "number", value: n };
  }
}

/**
 * `n` with `decimals` decimals as Excel shows it: halves away from zero on the number as written
 * (1.005 shows 1.01, not the 1.00 of its binary value), 12 significant digits first (float noise).
 */
function fixedText(n: number, decimals: number): string {
  const written = Number(n.toPrecision(12));
  const scaled = Math.round(Number(`${Math.abs(written)}e${decimals}`));
  const rounded = Number(`${scaled}e-${decimals}`) * Math.sign(written);
  // a number past exponent notation (1e21) shows as written
  if (!Number.isFinite(rounded)) return String(written);
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(decimals);
}
