/**
 * Text safe to print on a terminal: the control characters a cell may hold (C0 but tab and
 * newline, DEL, C1 — ESC and CSI sequences among them) are removed, so a workbook cannot move
 * the cursor, recolour or retitle the terminal.
 */
export function terminalText(s: string): string {
  // eslint-disable-next-line no-control-regex -- removing them is the point
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/** JSON for the terminal: DEL and C1 characters (which JSON.stringify leaves raw) escaped, same data. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
