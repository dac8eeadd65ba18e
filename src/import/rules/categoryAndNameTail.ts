import type { LineRule } from "../LineRule";

const WORD = /^[\u3400-\u9fff\uf900-\ufaff]{1,8}$/u;

/**
 * A line of a PDF's spaced copy that holds the wrapped ends of two cells of the row above, and nothing else:
 * its 类别 cell and its name (`社会 4 每千人口拥有3岁以下婴幼儿托 个 1.2 4.5 — 预期性` over `民生 位数`). The first
 * word ends the row's 类别 (社会民生), the second its name (…托位数); said (`category-name-wrapped`). Only
 * right under a loaded row that began its 类别 (the category's first row, a cell of its own), in a paste whose
 * cells are not placed by tabs: a tab paste says which cell each word is in. trial40b F15: the line became the
 * next row's 领域 「民生位数」 and the name stayed cut.
 */
export const categoryAndNameTail: LineRule = (line, reading) => {
  const prev = reading.prevRow();
  if (!prev || prev.state !== "ok" || reading.cellsPlaced(line.at)) return "pass";
  const words = line.cells.flatMap((c) => c.split(/[\s\u3000]+/u)).filter((w) => w !== "");
  const [category, tail] = words;
  if (words.length !== 2 || category === undefined || tail === undefined || !WORD.test(category) || !WORD.test(tail)) return "pass";
  const { group } = prev;
  if (!group.fromCell || group.rows !== 1 || group.name === "" || (prev.lines[prev.lines.length - 1] ?? -2) !== line.at - 1) return "pass";
  const before = { category: group.name, name: prev.name };
  group.name = `${group.name}${category}`;
  prev.name = `${prev.name}${tail}`;
  prev.lines.push(line.at);
  reading.lastLine = line.at;
  reading.report(line.at, "category-name-wrapped", { rowLine: reading.rowOf(prev.lines[0] ?? 0), category: group.name, name: prev.name, before });
  return "taken";
};
