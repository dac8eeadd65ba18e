import type { LineRule } from "../LineRule";
import { listGroup } from "../lists/listGroup";
import { joinCjk, squash, trimCell } from "../text";
import { NUMBERED_HEADING } from "./numberedHeadings";

/** A heading's words: short, no sentence (`一、坚持以人民为中心，推进共同富裕` is a paragraph's). */
const HEADING_WORDS = /^[\u3400-\u9fff\uf900-\ufaff][^，。；：:,;]{0,19}$/u;

/**
 * The domain a heading row names, or null: the row holds only a Chinese-numbered heading (listGroup's
 * numbering: `一、幼有善育`, `（二）学有优教`, `第一部分 经济发展`), in one cell wherever it stands
 * (`| 一、水资源节约集约利用` under the name column), or its numeral in the 序号 column and its words
 * in the next filled cell (`一 | 水资源节约集约利用`).
 */
function headingOf(cells: readonly string[]): string | null {
  const filled = cells.map(trimCell).filter((c) => c !== "");
  if (filled.length === 0 || filled.length > 2) return null;
  const [first = "", second] = filled;
  const name = listGroup(filled.join(" "), "chinese");
  // two cells: the first is the numeral alone (`一 | 经济`, not `一、经济 | 约束性`)
  if (name === null || (second !== undefined && (listGroup(first, "chinese") !== null || name !== second))) return null;
  const words = joinCjk(name).replace(/\s+/g, "");
  return HEADING_WORDS.test(words) ? words : null;
}

/**
 * A row spanning the table that names the domain of the rows below it: `一、幼有善育`,
 * `（二）学有优教`, `一 | 水资源节约集约利用` (trial27c: refused as 没有序号, or glued onto the row above).
 * 序号 may start again under each heading. In a table whose rows carry no 序号,
 * a numbered section alone on its line (`1.空气质量`; numberedHeadings) is one too, read under the
 * domain above it (`生态环境质量` on its own line: 生态环境质量·空气质量), said once.
 */
export const headingLine: LineRule = (line, reading) => {
  const numbered = reading.numberedHeadings.has(line.at) ? NUMBERED_HEADING.exec(squash(line.first)) : null;
  if (numbered?.[1] !== undefined) {
    reading.closeOpen();
    if (reading.pending.length > 0) {
      reading.major = reading.pending.map((p) => p.text).join("");
      reading.pending = [];
    }
    const section = joinCjk(numbered[1]);
    const name = reading.major === "" ? section : `${reading.major}·${section}`;
    if (!reading.numberedHeadingReported) {
      reading.numberedHeadingReported = true;
      reading.report(line.at, "heading-numbered", { heading: line.first.trim(), domain: name });
    }
    reading.group = { name, rows: 0, fromCell: false };
    reading.headingAt = line.at;
    reading.lastNumber = null;
    reading.lastLine = line.at;
    return "taken";
  }
  const name = headingOf(line.cells);
  if (name === null) return "pass";
  reading.closeOpen();
  // a heading of its own level: no section row above goes on over the domain cells below it
  reading.major = "";
  reading.group = { name, rows: 0, fromCell: false };
  reading.headingAt = line.at;
  reading.lastNumber = null;
  reading.lastLine = line.at;
  return "taken";
};
