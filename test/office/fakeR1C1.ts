/**
 * The fake's own reading of R1C1 formulas (written independently of the host's toR1C1, so a
 * round trip through both checks the host). R[-1]C2 → relative row, absolute column.
 */
function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const REF = /(^|[^A-Za-z0-9_.$\u0080-\uffff\]])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(\u0080-\uffff[])/g;

export function r1c1ToA1(formula: string, row: number, col: number): string {
  const pieces = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return pieces.map((piece, i) => (i % 2 === 1 ? piece : piece.replace(REF, (_m, pre: string, r?: string, c?: string) => {
    const rr = axis(r, row);
    const cc = axis(c, col);
    return `${pre}${cc.abs ? "$" : ""}${letters(cc.n)}${rr.abs ? "$" : ""}${rr.n}`;
  }))).join("");
}

function axis(part: string | undefined, at: number): { abs: boolean; n: number } {
  if (part === undefined) return { abs: false, n: at };
  if (part.startsWith("[")) return { abs: false, n: at + Number(part.slice(1, -1)) };
  return { abs: true, n: Number(part) };
}
