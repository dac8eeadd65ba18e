/**
 * What the result dialog tells the ribbon command that opened it (Office.context.ui.messageParent,
 * a string): close the dialog, or select a flag's cell in the workbook. Plain "close" stays the
 * close message; a selection is JSON. Anything else (a tampered or foreign message) is null,
 * and the command then closes the dialog.
 */
export type DialogMessage = { kind: "close" } | { kind: "select"; sheet: string; cell: string };

/** An A1 cell reference without a sheet: column letters (A–XFD) and a row (1–1048576), $ allowed. */
const CELL = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/;
/** Excel's sheet names: 1–31 characters, none of : \ / ? * [ ] */
const SHEET = /^[^:\\/?*[\]]{1,31}$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Whether `cell` is one cell inside Excel's grid (A1 … XFD1048576). */
export function isCellRef(cell: string): boolean {
  const m = CELL.exec(cell);
  return m !== null && columnNumber(m[1] ?? "") <= 16384 && Number(m[2]) <= 1048576;
}

/** The string sent with messageParent. */
export function dialogMessageText(m: DialogMessage): string {
  return m.kind === "close" ? "close" : JSON.stringify({ select: { sheet: m.sheet, cell: m.cell } });
}

/** The message a dialog sent, or null for anything this add-in's dialog does not send. */
export function parseDialogMessage(text: string): DialogMessage | null {
  if (text === "close") return { kind: "close" };
  let x: unknown;
  try { x = JSON.parse(text); } catch { return null; }
  const sel = (x as { select?: unknown } | null)?.select as { sheet?: unknown; cell?: unknown } | undefined;
  if (typeof sel !== "object" || sel === null) return null;
  if (typeof sel.sheet !== "string" || !SHEET.test(sel.sheet) || typeof sel.cell !== "string" || !isCellRef(sel.cell)) return null;
  return { kind: "select", sheet: sel.sheet, cell: sel.cell };
}
