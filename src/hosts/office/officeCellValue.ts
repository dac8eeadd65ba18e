import type { CellValue } from "../../domain/CellValue";
import { ERROR_CONSTANTS } from "../ERROR_CONSTANTS";
import { numberFormatKind, storedNumber } from "../storedNumber";

/** The error values Excel gives as strings in Range.values: the file format's constants and Excel's later results. */
const ERROR_CODES = new Set([
  ...ERROR_CONSTANTS, "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#TIMEOUT!", "#EXTERNAL!",
]);

/**
 * A cell of Range.values as the engine's CellValue. With its Range.valueTypes entry the type
 * is Excel's own (Empty / String / Double / Boolean / Error); without it the JavaScript type
 * decides (numbers come back as numbers, text as strings) and a string is an error only when
 * it is one of Excel's error values. With its Range.numberFormat, a number in a date or
 * percent format is read as typed, as the .xlsx reader does (storedNumber), a date in the
 * workbook's date system (`date1904`); a text in the Text format (@) says so (textStyle), as the .xlsx reader's does.
 */
export function officeCellValue(v: unknown, valueType?: string, numberFormat?: unknown, date1904 = false): CellValue {
  const kind = (typeof v === "number" || typeof v === "string") && typeof numberFormat === "string" ? numberFormatKind(numberFormat) : "plain";
  if (typeof v === "number" && kind !== "plain") return storedNumber(v, kind, date1904);
  const read = cellOfType(v, valueType);
  return kind === "text" && read.type === "string" ? { ...read, textStyle: true } : read;
}

function cellOfType(v: unknown, valueType?: string): CellValue {
  switch (valueType) {
    case "Empty": return { type: "empty" };
    case "String": return typeof v === "string" && v !== "" ? { type: "string", text: v } : { type: "empty" };
    case "Double": case "Integer": return typeof v === "number" ? { type: "number", value: v } : inferred(v);
    case "Boolean": return typeof v === "boolean" ? { type: "boolean", value: v } : inferred(v);
    case "Error": return { type: "error", code: String(v) };
    default: return inferred(v);
  }
}

function inferred(v: unknown): CellValue {
  if (typeof v === "number") return Number.isFinite(v) ? { type: "number", value: v } : { type: "error", code: "#NUM!" };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  if (typeof v === "string") {
    if (v === "") return { type: "empty" };
    return ERROR_CODES.has(v) ? { type: "error", code: v } : { type: "string", text: v };
  }
  return { type: "empty" };
}
