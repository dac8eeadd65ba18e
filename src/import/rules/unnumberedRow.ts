import type { LineRule } from "../LineRule";
import { HAN, dropTrailingEmpty, joinCjk } from "../text";

/** In a table without any 序号: `[领域] 指标名称 数值…`, the values the last cells, the name the one before. */
export const unnumberedRow: LineRule = (line, reading) => {
  reading.closeOpen();
  if (reading.numbered) return "pass";
  const k = reading.k;
  // a tab paste keeps a row's blank last cells (备注): kept up to the header's width, so the values line up;
  // a sheet's row drops them, but its cells are in their columns: blank up to the header's width (trial27c:
  // `城镇新增就业 | 人 | 6500 | | 6000` under two 增长% columns was refused); else, as a copy may have left
  // out a blank 领域 cell, the last cells are the values
  const width = reading.header.nameAt + 1 + k;
  const padded = reading.cellsPlaced(line.at) && line.cells.length < width ? rowOf([...line.cells, ...Array<string>(width - line.cells.length).fill("")], width, k) : null;
  const read = padded ?? rowOf(line.cells, width, k);
  if (read === null) return "pass";
  const { all, leading, name } = read;
  reading.lastLine = line.at;
  const group = reading.nextGroup(leading.length === 2 ? joinCjk(leading[0] ?? "").replace(/\s+/g, "") : "", line.at);
  reading.group = group;
  const row = reading.addRow({ group, number: "", name }, line.at);
  group.rows++;
  reading.setValues(row, all.slice(all.length - k), line.at, false);
  return "taken";
};

/** The row's cells up to the header's `width`, its leading cells (a domain, the name) and name; null when it is no such row. */
function rowOf(cells: readonly string[], width: number, k: number): { all: string[]; leading: string[]; name: string } | null {
  const trimmed = dropTrailingEmpty(cells);
  const all = cells.slice(0, Math.max(trimmed.length, Math.min(cells.length, width)));
  const leading = all.slice(0, Math.max(0, all.length - k)).filter((c) => c !== "");
  const name = leading[leading.length - 1] ?? "";
  return all.length >= k + 1 && leading.length >= 1 && leading.length <= 2 && HAN.test(name) ? { all, leading, name } : null;
}
