import { detectUnit } from "../../domain/Unit";
import { parseTarget } from "../../domain/parseTarget";
import type { Header } from "../header";
import type { Row } from "../TableReading";

/**
 * `困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%）` with baseline `98/98.75`: two indicators
 * written as one. Split only when the name lists exactly as many items (、) as there are values
 * and the last item ends like the first (…补贴); otherwise left whole (one row).
 */
export function compoundSplit(row: Row, header: Header): Row[] {
  if (row.part !== undefined || header.baselineCol === null) return [row];
  const baseline = row.values[header.baselineCol] ?? "";
  const parsed = parseTarget(baseline);
  if (parsed.kind !== "compound") return [row];
  const n = parsed.values.length;
  const bare = detectUnit(row.name).bareName;
  const items = bare.split("、").map((s) => s.trim());
  const lastItem = items[items.length - 1] ?? "";
  const ending = (items[0] ?? "").slice(-2);
  const cut = ending.length === 2 ? lastItem.lastIndexOf(ending) : -1;
  if (items.length !== n || cut < 0 || cut + 2 >= lastItem.length) return [row];
  const labels = [...items.slice(0, -1), lastItem.slice(0, cut + 2)];
  if (labels.some((l) => l.length < 2)) return [row];
  const pieces = row.values.map((v) => {
    const p = v.split("/");
    return p.length === n ? p.map((s) => s.trim()) : null;
  });
  return labels.map((label, j) => ({
    ...row,
    part: label,
    values: row.values.map((v, c) => (c === header.baselineCol || pieces[c] ? (pieces[c]?.[j] ?? v) : v)),
  }));
}
