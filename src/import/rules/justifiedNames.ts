import { HAN } from "../text";

// a cell of one Chinese character
const ONE_CHAR = new RegExp(`^${HAN.source}$`, "u");
// a column's gap in a paste without tabs (text.ts splitCells), kept as the separator it is
const GAP = /( {2,}|\u3000+)/;

/**
 * A row of a paste without tabs whose name a document spread out by spaces to fill its cell (`2  工  业  亿元  120  180`,
 * `合  计`, as Word tables justify a short name), its name's characters put back into one cell, a single space between them
 * (`工 业`: the name's spaces are then taken out and said, rules/nameSpaces, `name-justified`). The name is the row's first
 * cell with a Chinese character; a run of two or more one-character cells there is joined, except:
 * - `unitNext` (the header's column after the name is 单位) and a figure or nothing after the run: its last character is
 *   the unit (`床  位  张  500` → `床 位 | 张`), the rest joined when two or more;
 * - a row with more cells than the header's `width` (cells from 序号 to the last column) joins at most one more cell than
 *   it has beyond it, so the row then fills the header's columns (its other one-character cells, a unit, stay).
 * The line as it is otherwise (no such run, or a run of one character once the unit is left).
 */
export function justifiedName(line: string, width: number, unitNext: boolean): string {
  const parts = line.split(GAP);
  // content cells at the even indexes of `parts` (the gaps at the odd ones); empty edges are not cells
  const cells = parts.map((p, i) => (i % 2 === 0 && p.trim() !== "" ? i : -1)).filter((i) => i >= 0);
  const at = cells.findIndex((i) => HAN.test(parts[i] ?? ""));
  if (at < 0) return line;
  let run = 0;
  while (ONE_CHAR.test((parts[cells[at + run] ?? -1] ?? "").trim())) run++;
  let take = run;
  const after = parts[cells[at + run] ?? -1]?.trim();
  if (unitNext && (after === undefined || !HAN.test(after))) take = run - 1;
  const surplus = cells.length - width;
  if (surplus > 0) take = Math.min(take, surplus + 1);
  if (take < 2) return line;
  const from = cells[at] ?? 0;
  const to = cells[at + take - 1] ?? 0;
  const name = parts.slice(from, to + 1).filter((_p, i) => i % 2 === 0).map((p) => p.trim()).join(" ");
  return [...parts.slice(0, from), name, ...parts.slice(to + 1)].join("");
}
