/** A1 references, 1-based. */
export function columnLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

const A1_REF = /^([A-Z]+)(\d+)$/;

/** The 1-based row and column of a plain A1 reference (`K6`), or null for anything else. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = A1_REF.exec(ref);
  return m?.[1] && m[2] ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

/** A sheet name quoted for use in a formula or a defined name. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
