import { displayWidth } from "./displayWidth";
import { fitWidth } from "./fitWidth";

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - displayWidth(s)));
}

function clip(s: string, max: number): string {
  return displayWidth(s) <= max ? s : `${fitWidth(s, max - 1)}…`;
}

/**
 * `s` in lines of at most `max` display columns: CJK text breaks between any two characters,
 * other text at its last space when there is one in the line (a word longer than a line is cut).
 */
export function wrapText(s: string, max: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const ch of s) {
    if (line !== "" && displayWidth(line + ch) > max) {
      const space = line.lastIndexOf(" ");
      // an English word is carried whole to the next line; CJK text needs no space to break
      if (ch !== " " && /[!-~]/.test(ch) && /[!-~]$/.test(line) && space > 0) {
        out.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        out.push(line.trimEnd());
        line = "";
      }
      if (ch === " " && line === "") continue;
    }
    line += ch;
  }
  if (line.trim() !== "" || out.length === 0) out.push(line.trimEnd());
  return out;
}

/** The narrowest the last column is wrapped to beside the others; narrower than this, it goes under its row. */
const MIN_LAST = 24;

/**
 * A plain-text table aligned for CJK text; a cell wider than its column's max width (default 40,
 * Infinity for none) ends in "…". The last column (a check's 问题) is for the words a person acts
 * on: give it Infinity and it is never cut. With `width` (the terminal's columns; none when the
 * output is piped, one line per row) a row wider than the terminal wraps its last column: beside
 * the row under its own heading while at least MIN_LAST columns are left there, else on the lines
 * under the row, indented, across the terminal (an 80-column terminal; the other columns fill it).
 */
export function formatTable(headers: string[], rows: string[][], maxWidths: number[] = [], width?: number): string {
  const last = headers.length - 1;
  const layout = (max: number[]) => {
    // a line break or tab would break the row: each becomes one space; spaces typed stay as typed (a trial's 「60.2  」,
    // two spaces, showed as 「60.2 」)
    const cells = [headers, ...rows].map((r) => r.map((c, i) => clip(c.replace(/[\t\n\r\f\v]/g, " "), max[i] ?? 40)));
    const widths = headers.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
    // where the last column starts
    return { cells, widths, offset: widths.slice(0, last).reduce((a, w) => a + w + 2, 0) };
  };
  let { cells, widths, offset } = layout(maxWidths);
  const line = (r: string[]): string => r.map((c, i) => pad(c, widths[i] ?? 0)).join("  ").trimEnd();
  const wraps = width !== undefined && last > 0 && cells.some((r) => displayWidth(line(r)) > width);
  if (!wraps) {
    const [head, ...body] = cells;
    // the last column is never padded, so its rule need not reach its longest cell
    const rule = widths.map((w, i) => "-".repeat(i === last ? Math.min(w, 60) : w)).join("  ");
    return [line(head ?? []), rule, ...body.map(line)].join("\n");
  }
  const beside = width - offset >= MIN_LAST;
  if (!beside && offset - 2 > width) {
    // the other columns alone wider than the terminal: the widest (an indicator's name) is cut to fit
    const widest = widths.slice(0, last).reduce((k, w, i) => (w > (widths[k] ?? 0) ? i : k), 0);
    const max = [...maxWidths];
    max[widest] = Math.max(8, (widths[widest] ?? 0) - (offset - 2 - width));
    ({ cells, widths, offset } = layout(max));
  }
  const [head, ...body] = cells;
  const room = beside ? width - offset : Math.max(MIN_LAST, width - 4);
  const indent = " ".repeat(beside ? offset : 4);
  const front = (r: string[]): string => line([...r.slice(0, last), ""]);
  const row = (r: string[]): string[] => {
    const text = r[last] ?? "";
    if (text === "") return [front(r)];
    const parts = wrapText(text, room);
    if (beside) return [line([...r.slice(0, last), parts[0] ?? ""]), ...parts.slice(1).map((p) => indent + p)];
    return [front(r), ...parts.map((p) => indent + p)];
  };
  const rule = widths.map((w, i) => "-".repeat(i === last ? Math.min(w, room) : w)).join("  ");
  // under its row, the last column's heading goes under the others' too
  if (beside) return [line(head ?? []), rule, ...body.flatMap(row)].join("\n");
  return [front(head ?? []), indent + (head?.[last] ?? ""), rule.slice(0, Math.max(0, offset - 2)), ...body.flatMap(row)].join("\n");
}
