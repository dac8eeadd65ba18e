/**
 * Number(s), read by char codes when `s` is 1–9 ASCII digits (a style index s="17", a row
 * r="7", a shared string's index <v>42</v>): what every cell of a return carries. Number() of
 * a string the XML parser has just cut goes to V8's runtime (no index is cached on it yet),
 * several times the cost of this loop (issue 19). Anything else is left to Number().
 */
export function decimalIndex(s: string): number {
  const n = s.length;
  if (n === 0 || n > 9) return Number(s);
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(s);
    v = v * 10 + d;
  }
  return v;
}
