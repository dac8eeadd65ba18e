/** Display width: CJK and full-width characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - displayWidth(s)));
}

function clip(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + "…";
}

/** A plain-text table aligned for CJK text; a cell wider than its column's max width (default 40, Infinity for none) ends in "…". */
export function formatTable(headers: string[], rows: string[][], maxWidths: number[] = []): string {
  const cells = [headers, ...rows].map((r) => r.map((c, i) => clip(c.replace(/\s+/g, " "), maxWidths[i] ?? 40)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
  const line = (r: string[]): string => r.map((c, i) => pad(c, widths[i] ?? 0)).join("  ").trimEnd();
  const [head, ...body] = cells;
  // the last column is never padded, so its rule need not reach its longest cell
  const rule = widths.map((w, i) => "-".repeat(i === widths.length - 1 ? Math.min(w, 60) : w)).join("  ");
  return [line(head ?? []), rule, ...body.map(line)].join("\n");
}
