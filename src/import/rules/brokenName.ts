import type { LineRule } from "../LineRule";
import { HAN, dropTrailingEmpty } from "../text";
import { SUB_ROW } from "./subRow";

/**
 * The rest of a name broken over two lines by a PDF's layout: a line with only a piece of name in
 * the name column under a loaded row, or a piece of name with the values under a row still waiting
 * for them. The piece is joined to the row's name (said so).
 */
export const brokenName: LineRule = (line, reading) => {
  const { first, firstAt, at } = line;
  const prev = reading.prevRow();
  const rest = line.cells.slice(firstAt + 1);
  const restFilled = dropTrailingEmpty(rest);
  if (!prev) return "pass";
  const onlyName = restFilled.length === 0 && firstAt >= 1 && prev.part === undefined && prev.state !== "failed" && HAN.test(first);
  const withValues = restFilled.length === reading.k && prev.state === "open";
  // (`其中：小学 | 34.52% | …` under a row with no value is its part, rules/subRow, not the rest of its name)
  if ((!onlyName && !withValues) || SUB_ROW.test(first)) return "pass";
  prev.name = `${prev.name}${first}`;
  prev.lines.push(at);
  reading.lastLine = at;
  reading.report(at, "name-joined", { piece: first, rowLine: reading.rowOf(prev.lines[0] ?? 0), number: prev.number, values: withValues });
  if (withValues) reading.setValues(prev, rest, at, false);
  reading.pageBreak = false;
  return "taken";
};
