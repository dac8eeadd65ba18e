/**
 * Whether a text accepted at lock is the one read now. A line break stored as CR LF (Excel's
 * _x000D_ and a line feed) is read as LF since the reader follows every spreadsheet there; a lock
 * made before kept the CR, so a 说明 re-saved by LibreOffice (which drops it) is the same text.
 */
export function sameLockedText(accepted: string, now: string): boolean {
  return accepted === now || accepted.replace(/\r\n/g, "\n") === now.replace(/\r\n/g, "\n");
}
