import type { LineRule } from "../LineRule";
import { HAN, dropTrailingEmpty, joinCjk } from "../text";

/** In a table without any 序号: `[领域] 指标名称 数值…`, the values the last cells, the name the one before. */
export const unnumberedRow: LineRule = (line, reading) => {
  reading.closeOpen();
  if (reading.numbered) return "pass";
  const k = reading.k;
  // a tab paste keeps a row's blank last cells (备注): kept up to the header's width, so the values line up
  const trimmed = dropTrailingEmpty(line.cells);
  const all = line.cells.slice(0, Math.max(trimmed.length, Math.min(line.cells.length, reading.header.nameAt + 1 + k)));
  const leading = all.slice(0, Math.max(0, all.length - k)).filter((c) => c !== "");
  const name = leading[leading.length - 1] ?? "";
  if (!(all.length >= k + 1 && leading.length >= 1 && leading.length <= 2 && HAN.test(name))) return "pass";
  reading.lastLine = line.at;
  const group = reading.nextGroup(leading.length === 2 ? joinCjk(leading[0] ?? "").replace(/\s+/g, "") : "", line.at);
  reading.group = group;
  const row = reading.addRow({ group, number: "", name }, line.at);
  group.rows++;
  reading.setValues(row, all.slice(all.length - k), line.at, false);
  return "taken";
};
