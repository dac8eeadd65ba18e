/**
 * Text safe to print on a terminal: the control characters a cell may hold (C0 but tab and
 * newline, DEL, C1 — ESC and CSI sequences among them) are removed, so a workbook cannot move
 * the cursor, recolour or retitle the terminal.
 */
export function terminalText(s: string): string {
  // tested first: replace makes a new string even where nothing matches (nearly every line)
  return CONTROL.test(s) ? s.replace(CONTROLS, "") : s;
}

// eslint-disable-next-line no-control-regex -- removing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, "g");
const RAW_IN_JSON = /[\u007f-\u009f]/;
const RAWS_IN_JSON = new RegExp(RAW_IN_JSON.source, "g");

/** JSON for the terminal: DEL and C1 characters (which JSON.stringify leaves raw) escaped, same data. */
export function terminalJson(value: unknown): string {
  const json = JSON.stringify(value);
  return RAW_IN_JSON.test(json) ? json.replace(RAWS_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}
