import type { TableLine } from "../LineRule";
import type { Row, TableReading } from "../TableReading";
import { squash } from "../text";

/**
 * Where a 其中 or part row's label stands when the row writes its category again (`义务教育 | 初中 | % | 77.34 |
 * 85以上`, `水资源 | | 其中：农村供水能力…`: a fresh user's table, or a PDF's copy, repeats 类别 on every row): the
 * index of the next filled cell after the line's first, when that first cell stands before the name column and
 * is one of the categories of `above` (the row above); else undefined, the label being the line's first cell.
 * A trial's `义务教育 初中 % 77.34 85以上` was read as part 义务教育 with its values one column off (trial41e F2).
 */
export function afterCategoryAgain(line: TableLine, above: Row, reading: TableReading): number | undefined {
  if (line.firstAt >= reading.header.nameAt || !above.group.name.split("·").includes(squash(line.first))) return undefined;
  return line.filled.find((i) => i > line.firstAt);
}
