import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, joinCjk, squash } from "../text";
import { followsNumber } from "./numberSequence";
import { partsInName } from "./partsWord";
import type { NumberCell } from "./rowStart";
import type { TableReading } from "../TableReading";

/**
 * A row that starts with its 序号 and name (TableReading.rowStart: a 序号 cell, a 序号 glued to
 * the name, or with category columns and no 序号 the row read from the right), the cells before it
 * its domain, the cells after it its values. A glued 序号 is said once; a 序号 that does not follow
 * the one before is said.
 */
export const numberedRow: LineRule = (line, reading) => {
  const { cells, at } = line;
  const num = reading.rowStart(cells);
  if (!num) return "pass";
  const prev = reading.prevRow();
  if (prev?.state === "open" && prev.part === undefined && prev.number !== "" && num.number.startsWith(`${prev.number}.`)) {
    // `1  健康水平` with no values, then `1.1 …`: a numbered domain heading, not an indicator
    reading.rows.pop();
    prev.group.rows--;
    reading.group = { name: joinCjk(squash(prev.name)), rows: 0, fromCell: false };
    reading.report(prev.lines[0] ?? 0, "number-heading", { number: prev.number, name: reading.group.name });
  }
  reading.closeOpen();
  reading.lastLine = at;
  let domainText: string;
  let number = num.number;
  let name = num.name;
  let part: string | undefined;
  if (num.domain) {
    // category columns: a blank category cell continues the one above it
    const cats = num.domain.map((c, j) => joinCjk(c).replace(/\s+/g, "") || (num.domain?.slice(0, j).some((d) => d !== "") ? "" : (reading.categories[j] ?? "")));
    reading.categories = [...cats];
    const sub = subGroupOf(num, reading, at);
    if (sub?.withUnit === true && number === "") {
      // `5.主要污染物排放总量减少（%）` over 化学需氧量, 氨氮 …: one indicator, the rows its parts (its unit theirs)
      number = sub.number;
      name = sub.name;
      part = joinCjk(num.name);
      cats.pop();
    } else if (sub && number === "") {
      // `1.空气质量` over its indicators: a category; the indicators numbered from it (1.1, 1.2 …)
      number = `${sub.number}.${++sub.count}`;
    }
    domainText = cats.filter((c) => c !== "").join("·");
    if (domainText === reading.group?.name) domainText = "";
  } else {
    domainText = cells.slice(0, num.at).filter((c) => c !== "").map((c) => joinCjk(c).replace(/\s+/g, "")).join("");
  }
  // a numbered sub-group (`1.空气质量`) is a domain of its own, never the end of a wrapped one above it
  const group = reading.nextGroup(domainText, at, num.group !== undefined && !num.group.withUnit);
  reading.group = group;
  if (num.spanned === true && !reading.spanReported) {
    reading.spanReported = true;
    reading.report(at, "name-span", { category: num.domain?.[num.domain.length - 1] ?? "", name: num.name });
  }
  if (num.glued && !reading.gluedReported) {
    reading.gluedReported = true;
    reading.report(at, "number-glued", { cell: cells[num.nameAt] ?? "", number: num.number, name: num.name });
  }
  // a number made from a sub-group's (1.1) is not the plan's: the group's own number was checked (subGroupOf)
  if (num.number !== "") {
    if (reading.lastNumber !== null && !followsNumber(reading.lastNumber, num.number)) {
      reading.report(at, "number-gap", { number: num.number, last: reading.lastNumber });
    }
    reading.lastNumber = num.number;
  }
  const after = reading.afterName(cells, num.nameAt, at);
  const glued = part === undefined ? gluedParts(name, after) : null;
  if (glued !== null) {
    reading.report(at, "name-parts", { cell: name, name: glued.parent, parts: glued.parts });
    name = glued.parent;
  }
  const parts = glued?.parts.length ? glued.parts : [part];
  parts.forEach((p, k) => {
    const row = reading.addRow({ group, number, name, ...(p === undefined ? {} : { part: p }) }, at);
    if (k === 0) group.rows++;
    const values = glued?.values[k] ?? after;
    if (dropTrailingEmpty(values).length > 0) reading.setValues(row, values, at, p === undefined);
  });
  return "taken";
};

/**
 * The parts a row's name carries after 其中 (partsInName): `…(%)其中:小学` the row's own part (the rows below its
 * other parts, as under a `其中：小学` row), `…其中：` none (the rows below are its parts), `…其中：小学/初中` one row
 * each, `values` each part's cells, a cell that lists as many values split alike (`34.52%/77.34%`), any other kept
 * whole. Null for a name without them, or listing parts that no value cell lists as many of (the row stays as written).
 */
function gluedParts(name: string, after: readonly string[]): { parent: string; parts: string[]; values: string[][] } | null {
  const glued = partsInName(name);
  if (glued === null) return null;
  const n = glued.parts.length;
  if (n < 2) return { parent: glued.parent, parts: glued.parts, values: [] };
  const pieces = after.map((v) => {
    const p = v.split(glued.by).map((s) => s.trim());
    return p.length === n && p.every((s) => s !== "") ? p : null;
  });
  if (!pieces.some((p) => p !== null)) return null;
  return { parent: glued.parent, parts: glued.parts, values: glued.parts.map((_, k) => after.map((v, j) => pieces[j]?.[k] ?? v)) };
}

/**
 * The numbered sub-group a row read from the right is under (reading.subGroup): the one in its cell
 * before the name, or, when all its category cells are blank, the one above. A new group's number is
 * checked against the plan's numbering and the group said (a category once per table, an indicator
 * with parts each time).
 */
function subGroupOf(num: NumberCell, reading: TableReading, at: number): TableReading["subGroup"] {
  if (num.group === undefined) {
    if (num.domain?.some((c) => c !== "") === true) reading.subGroup = null;
    return reading.subGroup;
  }
  const g = num.group;
  reading.subGroup = { ...g, count: 0 };
  // (an indicator over its parts without a number, `主要污染物排放总量减少（%）`, rules/unitGroup.ts, has none to check)
  if (g.number !== "") {
    if (reading.lastNumber !== null && !followsNumber(reading.lastNumber, g.number)) reading.report(at, "number-gap", { number: g.number, last: reading.lastNumber });
    reading.lastNumber = g.number;
  }
  if (g.withUnit) reading.report(at, "group-parts", { group: g.written, number: g.number, name: g.name, part: joinCjk(num.name) });
  else if (!reading.subGroupReported) {
    reading.subGroupReported = true;
    reading.report(at, "group-category", { group: g.written, name: g.name, number: g.number });
  }
  return reading.subGroup;
}
