import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, squash } from "../text";
import { afterCategoryAgain } from "./categoryAgain";
import { mergedAttribute } from "./mergedAttribute";
import { partsParent } from "./partsParent";
import { SUB_WORD } from "./partsWord";

/** `其中：小学`: the part after 其中 and its colon (brokenName leaves such a line to subRow). */
export const SUB_ROW = new RegExp(`^${SUB_WORD}\\s*[:：]\\s*(\\S.*)$`, "u");

/**
 * `其中：本科及以上学历比例(%)` with its own values under a loaded indicator: a part of it (said so).
 * Its 属性 cell may be empty, merged down from the row above (mergedAttribute); a row above with no
 * value of its own is the parts' parent, not an indicator (partsParent).
 */
export const subRow: LineRule = (line, reading) => {
  // a pasted row with no value at all (`4.义务教育标准班额比例(%)`, even its 属性 blank) waits open for
  // its values; a 其中 line under it makes it the parts' parent, as a row with only its 属性 is
  const open = reading.prevRow()?.state === "open";
  reading.closeOpen();
  const prev = reading.prevRow();
  if (!prev || (prev.state === "failed" && !open)) return "pass";
  // the 其中 cell: the line's first, or the next filled one after the category the row above has
  // written again (categoryAgain)
  const again = afterCategoryAgain(line, prev, reading);
  const at = SUB_ROW.test(line.first) ? line.firstAt : again !== undefined && SUB_ROW.test(line.cells[again] ?? "") ? again : -1;
  const text = line.cells[at] ?? "";
  const sub = SUB_ROW.exec(text);
  if (sub?.[1] === undefined) return "pass";
  const rest = mergedAttribute(line.cells.slice(at + 1), prev, reading, line.at);
  if (dropTrailingEmpty(rest).length !== reading.k) return "pass";
  const part = squash(sub[1]);
  if (open) {
    prev.state = "ok";
    reading.withdraw(reading.rowOf(prev.lines[0] ?? 0), "name-only");
  }
  partsParent(prev, part, reading);
  const row = reading.addRow({ group: prev.group, number: prev.number, name: prev.name, part }, line.at);
  reading.report(line.at, "sub-row", { text, number: prev.number, part: row.part ?? "" });
  reading.setValues(row, rest, line.at, false);
  return "taken";
};
