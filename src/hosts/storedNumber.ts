import type { CellValue } from "../domain/CellValue";
import { isDateFormat } from "./isDateFormat";

/** How a number format makes a stored number read: a date, a typed percentage, or a number. */
export type NumberFormatKind = "date" | "percent" | "plain";

export function numberFormatKind(code: string): NumberFormatKind {
  if (isDateFormat(code)) return "date";
  return /%/.test(code.replace(/"[^"]*"/g, "")) ? "percent" : "plain";
}

/**
 * A number as Excel stores it, read as the person typed it: a date style makes it a date
 * (an error for the engine), a percent style makes 0.4 the text "40%" (so 40% in a 万人 row
 * is not 0.4 万人). Both .xlsx and Office.js readers use this, so they agree.
 */
export function storedNumber(n: number, kind: NumberFormatKind): CellValue {
  switch (kind) {
    case "date": {
      const d = new Date(Date.UTC(1899, 11, 30) + Math.round(n * 86400000));
      return { type: "date", iso: Number.isNaN(d.getTime()) ? String(n) : d.toISOString().slice(0, 10) };
    }
    case "percent": return { type: "string", text: `${Number((n * 100).toPrecision(12))}%` };
    case "plain": return { type: "number", value: n };
  }
}
