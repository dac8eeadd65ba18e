import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, squash } from "../text";

const SUB_ROW = /^其中\s*[:：]\s*(\S.*)$/u;

/** `其中：本科及以上学历比例(%)` with its own values under a loaded indicator: a part of it (said so). */
export const subRow: LineRule = (line, reading) => {
  reading.closeOpen();
  const prev = reading.prevRow();
  const rest = line.cells.slice(line.firstAt + 1);
  const sub = SUB_ROW.exec(line.first);
  if (!prev || prev.state === "failed" || dropTrailingEmpty(rest).length !== reading.k || sub?.[1] === undefined) return "pass";
  const row = reading.addRow({ group: prev.group, number: prev.number, name: prev.name, part: squash(sub[1]) }, line.at);
  reading.report(line.at, "sub-row", { text: line.first, number: prev.number, part: row.part ?? "" });
  reading.setValues(row, rest, line.at, false);
  return "taken";
};
