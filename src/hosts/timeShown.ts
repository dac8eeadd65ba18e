/** One piece of a time-only number format: literal text, or a part of the time. */
type Piece =
  | { kind: "text"; text: string }
  | { kind: "h" | "m" | "s"; width: number; elapsed: boolean }
  | { kind: "fraction"; digits: number }
  | { kind: "ampm"; am: string; pm: string };

/** The AM/PM markers as Excel writes them (上午/下午 in a zh-CN Excel's built-in times). */
const AMPM: ReadonlyArray<[string, string, string]> = [["上午/下午", "上午", "下午"], ["AM/PM", "AM", "PM"], ["am/pm", "am", "pm"], ["A/P", "A", "P"], ["a/p", "a", "p"]];

/**
 * The pieces of the first section of a number format (the one a number ≥ 0 shows in), or null
 * where it shows more than a time: a year, month or day (y, d, mmm, a weekday's aaa), digits, or
 * no hour or second at all (`mm` alone is a month). Quoted text, `\x` and unquoted CJK characters
 * are literal; colours, locales and conditions in [brackets] are dropped; `_x` is a space.
 */
function pieces(code: string): Piece[] | null {
  const out: Piece[] = [];
  const text = (t: string): void => { out.push({ kind: "text", text: t }); };
  let i = 0;
  while (i < code.length) {
    const c = code.charAt(i);
    if (c === ";") break;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      text(code.slice(i + 1, end < 0 ? code.length : end));
      i = end < 0 ? code.length : end + 1;
      continue;
    }
    if (c === "\\") { text(code.charAt(i + 1)); i += 2; continue; }
    if (c === "_") { text(" "); i += 2; continue; }
    if (c === "*") { i += 2; continue; }
    if (c === "[") {
      const end = code.indexOf("]", i);
      const inner = code.slice(i + 1, end < 0 ? code.length : end);
      const part = /^(h+|m+|s+)$/i.exec(inner)?.[1]?.toLowerCase();
      if (part) out.push({ kind: part.charAt(0) as "h" | "m" | "s", width: part.length, elapsed: true });
      i = end < 0 ? code.length : end + 1;
      continue;
    }
    const marker = AMPM.find(([w]) => code.startsWith(w, i));
    if (marker) { out.push({ kind: "ampm", am: marker[1], pm: marker[2] }); i += marker[0].length; continue; }
    const run = /^(h+|m+|s+)/i.exec(code.slice(i))?.[1];
    if (run) {
      // three or more m are a month's name
      if (/^m{3,}$/i.test(run)) return null;
      out.push({ kind: run.charAt(0).toLowerCase() as "h" | "m" | "s", width: run.length, elapsed: false });
      i += run.length;
      continue;
    }
    const fraction = c === "." && out[out.length - 1]?.kind === "s" ? /^\.(0+)/.exec(code.slice(i))?.[1] : undefined;
    if (fraction) { out.push({ kind: "fraction", digits: fraction.length }); i += fraction.length + 1; continue; }
    // a date part, a weekday, digits or an exponent: more than a time
    if (/[a-z0-9#?@]/i.test(c)) return null;
    text(c);
    i++;
  }
  return out.some((p) => p.kind === "h" || p.kind === "s") ? out : null;
}

/**
 * What a cell in a time-only number format (h:mm, [h]:mm:ss, h"时"mm"分", h:mm AM/PM) shows for a
 * stored number, as Excel shows it: 0.5 in h:mm is 12:00, 1.5 too (the day is not shown), 1.5 in
 * [h]:mm is 36:00 (elapsed hours). Rounded to the second (or the fraction shown), as Excel does.
 * Null where the format shows a date part (yyyy-mm-dd h:mm is a date; evaluation-rules §2 names
 * the date), or the number is negative or not finite (Excel shows ####). Shape: (number, format
 * code) → text.
 */
export function timeShown(n: number, code: string): string | null {
  const ps = pieces(code);
  if (ps === null || !Number.isFinite(n) || n < 0) return null;
  const digits = ps.find((p): p is Extract<Piece, { kind: "fraction" }> => p.kind === "fraction")?.digits ?? 0;
  const scale = 10 ** digits;
  const units = Math.round(n * 86_400 * scale);
  const seconds = Math.floor(units / scale);
  const twelve = ps.some((p) => p.kind === "ampm");
  const hour = Math.floor(seconds / 3600) % 24;
  const pad = (v: number, width: number): string => String(v).padStart(Math.min(width, 2), "0");
  return ps.map((p) => {
    switch (p.kind) {
      case "text": return p.text;
      case "ampm": return hour < 12 ? p.am : p.pm;
      case "fraction": return `.${String(units % scale).padStart(p.digits, "0")}`;
      case "h": return pad(p.elapsed ? Math.floor(seconds / 3600) : twelve ? hour % 12 || 12 : hour, p.width);
      case "m": return pad(p.elapsed ? Math.floor(seconds / 60) : Math.floor(seconds / 60) % 60, p.width);
      case "s": return pad(p.elapsed ? seconds : seconds % 60, p.width);
    }
  }).join("");
}
