import { cellText, type CellValue } from "./CellValue";

/**
 * A cell as read by a host, as the text a person sees (the importer's tables, and a percent-styled cell quoted in check's
 * messages: 2.8 in 0.0% shows 280.0%, trial42a F8): a number as its fixed-decimals format shows
 * it (`shown`, 235.456789 in 0.00 reads 235.46; trial40b F13), else CellValue's cellText (0.95 in a
 * percent style is `95%`, §2a) with a plain number's float noise dropped (0.1 + 0.2 reads 0.3).
 * A General or unknown format reads the number as stored.
 */
export function cellAsText(v: CellValue): string {
  if (v.type === "number" && v.shown !== undefined) return v.shown;
  return v.type === "number" && !v.percentStyle ? String(Number(v.value.toPrecision(12))) : cellText(v);
}
