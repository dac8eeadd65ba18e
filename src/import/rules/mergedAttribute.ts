import { holdsValue } from "../header";
import { dropTrailingEmpty, squash } from "../text";
import { ATTRIBUTES } from "./attributes";
import type { Row, TableReading } from "../TableReading";

/**
 * The value cells of a 其中 or part row whose 属性 cell is empty because the sheet merged it down
 * from the row above (`E12:E14` over 义务教育标准班额比例 and its 小学, 初中 rows; a merged cell reads
 * as its top-left value, which only that row carries): the empty 属性 takes the row above's, and it
 * is said once per table, naming the rows (TableReading.finish). A spaced line lined up without its
 * 属性 (rules/spacedColumns.ts: a PDF's copy gives the merged cell on the line above only) is read so
 * too. `rest`: the cells after the part's label; `above`: the row above (the parent or the part before).
 * Returns the cells unchanged when nothing was merged (or they are more than the header's columns), so
 * the caller's count of cells decides as before.
 */
export function mergedAttribute(rest: readonly string[], above: Row, reading: TableReading, at: number): string[] {
  const { k, header } = reading;
  const cells = dropTrailingEmpty(rest);
  // only the 属性 (or a blank 备注 after it) may be missing, the row must have a value of its own, and
  // no 属性 word may stand in a value's column (`初中 | 93 | 约束性` lacks a value, not its 属性)
  const missingOk = header.columns.slice(cells.length).every((c) => c.kind === "attribute" || c.kind === "note" || c.kind === "responsible" || c.kind === "ignored");
  const hasValue = header.columns.some((c, j) => holdsValue(c) && (cells[j] ?? "") !== "");
  const shifted = header.columns.some((c, j) => c.kind !== "attribute" && ATTRIBUTES[squash(cells[j] ?? "")] !== undefined);
  if (cells.length > k || !missingOk || !hasValue || shifted) return [...rest];
  const filled = [...cells, ...Array<string>(k - cells.length).fill("")];
  let taken = "";
  header.columns.forEach((c, j) => {
    const value = above.values[j] ?? "";
    if (c.kind === "attribute" && filled[j] === "" && value !== "") {
      filled[j] = value;
      taken = value;
    }
  });
  if (taken === "") return [...rest];
  // said once, naming every row loaded so, when the table is read (TableReading.finish)
  if (dropTrailingEmpty(filled).length === k) reading.attributeMerged.push({ at, value: taken });
  return filled;
}
