/**
 * Functions newer than the .xlsx format's first version, which a file names with the `_xlfn.` prefix (as Excel
 * writes them): without it Excel and LibreOffice read the name as unknown (#NAME?). Office.js and the sheet plan
 * take them plain.
 */
const NEWER = ["UNICODE"] as const;

/** A planned formula (no "=") as an .xlsx file holds it: each NEWER function prefixed `_xlfn.`, once. */
export function fileFormula(formula: string): string {
  return NEWER.reduce((f, name) => f.replace(new RegExp(`(^|[^A-Za-z0-9_.])${name}\\(`, "g"), `$1_xlfn.${name}(`), formula);
}
