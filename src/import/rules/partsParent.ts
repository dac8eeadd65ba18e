import { parseTarget } from "../../domain/parseTarget";
import { holdsValue } from "../header";
import type { Row, TableReading } from "../TableReading";

/**
 * Whether `row` has no value of its own: every value column (baseline, target, yearly …) empty or written as
 * no target (`—`, `/`: evaluation-rules §1), so that, with parts under it, it is their parent (partsParent).
 * A trial's `6 | 主要污染物排放总量减少（%） | — | — | 约束性` over its pollutants was loaded as an indicator
 * that is never graded (trial37c F3).
 */
export function hasNoValue(row: Row, reading: TableReading): boolean {
  return reading.header.columns.every((c, j) => {
    const v = (row.values[j] ?? "").trim();
    return !holdsValue(c) || v === "" || parseTarget(v).kind === "none";
  });
}

/**
 * A row with a name and a 属性 but no value at all (`4 | 义务教育标准班额比例（%） | | | 预期性`, its
 * 序号 and 属性 merged down over the 其中：小学 and 初中 rows below; or `— | —`: hasNoValue): not an
 * indicator of its own (it would always read 不适用) but the parent of those parts. When `row` is such a
 * row, it is taken out of the rows (its blank-value lines withdrawn) and said, and true is returned: the
 * caller then reads the part under its number and name. `part`: the first part's label, for the message.
 */
export function partsParent(row: Row, part: string, reading: TableReading): boolean {
  if (row.state !== "ok" || row.part !== undefined || row !== reading.prevRow()) return false;
  if (!hasNoValue(row, reading)) return false;
  reading.rows.pop();
  row.group.rows--;
  const line = row.lines[0] ?? 0;
  reading.withdraw(reading.rowOf(line), "value-empty");
  reading.report(line, "parts-parent", { name: row.name, number: row.number, part });
  return true;
}
