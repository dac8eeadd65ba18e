import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, joinCjk, squash } from "../text";
import { followsNumber } from "./numberSequence";

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
  if (num.domain) {
    // category columns: a blank category cell continues the one above it
    const cats = num.domain.map((c, j) => joinCjk(c).replace(/\s+/g, "") || (num.domain?.slice(0, j).some((d) => d !== "") ? "" : (reading.categories[j] ?? "")));
    reading.categories = cats;
    domainText = cats.filter((c) => c !== "").join("·");
    if (domainText === reading.group?.name) domainText = "";
  } else {
    domainText = cells.slice(0, num.at).filter((c) => c !== "").map((c) => joinCjk(c).replace(/\s+/g, "")).join("");
  }
  const group = reading.nextGroup(domainText, at);
  reading.group = group;
  if (num.spanned === true && !reading.spanReported) {
    reading.spanReported = true;
    reading.report(at, "name-span", { category: num.domain?.[num.domain.length - 1] ?? "", name: num.name });
  }
  if (num.glued && !reading.gluedReported) {
    reading.gluedReported = true;
    reading.report(at, "number-glued", { cell: cells[num.nameAt] ?? "", number: num.number, name: num.name });
  }
  if (num.number !== "") {
    if (reading.lastNumber !== null && !followsNumber(reading.lastNumber, num.number)) {
      reading.report(at, "number-gap", { number: num.number, last: reading.lastNumber });
    }
    reading.lastNumber = num.number;
  }
  const row = reading.addRow({ group, number: num.number, name: num.name }, at);
  group.rows++;
  const after = cells.slice(num.nameAt + 1);
  if (dropTrailingEmpty(after).length > 0) reading.setValues(row, after, at, true);
  return "taken";
};
