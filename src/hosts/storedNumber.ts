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
 * (an error for the engine), a percent style keeps the number and marks it (`percentStyle`:
 * 40% typed is stored as 0.4; the engine decides what that means, evaluation-rules.md §2a).
 * Both .xlsx and Office.js readers use this, so they agree.
 */
export function storedNumber(n: number, kind: NumberFormatKind): CellValue {
  switch (kind) {
    case "date": {
      const d = new Date(Date.UTC(1899, 11, 30) + Math.round(n * 86400000));
      return { type: "date", iso: Number.isNaN(d.getTime()) ? String(n) : d.toISOString().slice(0, 10) };
    }
    case "percent": return { type: "number", value: n, percentStyle: true };
    case "plain": return { type: "number", value: n };
  }
}
