import { holdsValue } from "../header";
import type { Row, TableReading } from "../TableReading";

/**
 * A row with a name and a 属性 but no value at all (`4 | 义务教育标准班额比例（%） | | | 预期性`, its
 * 序号 and 属性 merged down over the 其中：小学 and 初中 rows below): not an indicator of its own (it
 * would always read 不适用) but the parent of those parts. When `row` is such a row, it is taken out of
 * the rows (its blank-value lines withdrawn) and said, and true is returned: the caller then reads
 * the part under its number and name. `part`: the first part's label, for the message.
 */
export function partsParent(row: Row, part: string, reading: TableReading): boolean {
  if (row.state !== "ok" || row.part !== undefined || row !== reading.prevRow()) return false;
  const empty = reading.header.columns.every((c, j) => !holdsValue(c) || (row.values[j] ?? "") === "");
  if (!empty) return false;
  reading.rows.pop();
  row.group.rows--;
  const line = row.lines[0] ?? 0;
  reading.withdraw(reading.rowOf(line), "value-empty");
  reading.report(line, "parts-parent", { name: row.name, number: row.number, part });
  return true;
}
