import { ERROR_CONSTANTS } from "./ERROR_CONSTANTS";

/**
 * The error value a formula is nothing but (`#DIV/0!`, `= #n/a`, with or without its =), upper-cased as Excel shows it;
 * null for any other formula. LibreOffice saves an error value typed or pasted into a cell as such a formula
 * (<f>#DIV/0!</f><v>#DIV/0!</v>), and Excel keeps it so: the cell holds that error as a value, which no one wrote as a
 * formula, so both readers (.xlsx, task pane) read it as the plain error it shows.
 */
export function errorLiteral(formula: string): string | null {
  const t = formula.trim();
  const code = (t.startsWith("=") ? t.slice(1).trim() : t).toUpperCase();
  return ERROR_CONSTANTS.has(code) ? code : null;
}
