import { detectUnit } from "../../domain/Unit";
import { parseTarget } from "../../domain/parseTarget";
import type { Header } from "../header";
import type { Row } from "../TableReading";

/**
 * The parts a compound name lists, for `n` values: `甲补贴、乙补贴覆盖率` (items joined by 、, the
 * last ending like the first: 甲补贴, 乙补贴) or `学前教育毛入园率/普惠性幼儿园覆盖率` (whole names
 * joined by /, each its own indicator); null when the name lists no such `n` parts.
 */
function partLabels(bare: string, n: number): string[] | null {
  const slashed = bare.split(/[/／]/).map((s) => s.trim());
  if (slashed.length > 1) return slashed.length === n && slashed.every((l) => l.length >= 2) ? slashed : null;
  const items = bare.split("、").map((s) => s.trim());
  const lastItem = items[items.length - 1] ?? "";
  const ending = (items[0] ?? "").slice(-2);
  const cut = ending.length === 2 ? lastItem.lastIndexOf(ending) : -1;
  if (items.length !== n || cut < 0 || cut + 2 >= lastItem.length) return null;
  const labels = [...items.slice(0, -1), lastItem.slice(0, cut + 2)];
  return labels.some((l) => l.length < 2) ? null : labels;
}

/**
 * `困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%）` with baseline `98/98.75`, or
 * `学前教育毛入园率/普惠性幼儿园覆盖率` with `90/80` and `95/85`: several indicators written as one
 * (§1: one indicator per part, each with its own target). The number of parts comes from the
 * baseline, else the target, when it is compound; the row is split only when the name lists
 * exactly that many parts (partLabels), and every compound value of the row then gives each
 * part its own; otherwise it is left whole (one row, left to a person).
 */
export function compoundSplit(row: Row, header: Header): Row[] {
  if (row.part !== undefined) return [row];
  const parts = (col: number | null): number => {
    const parsed = col === null ? null : parseTarget(row.values[col] ?? "");
    return parsed?.kind === "compound" ? parsed.values.length : 0;
  };
  const n = parts(header.baselineCol) || parts(header.targetCol);
  if (n === 0) return [row];
  const labels = partLabels(detectUnit(row.name).bareName, n);
  if (!labels) return [row];
  const pieces = row.values.map((v) => {
    const p = v.split(/[/／]/).map((s) => s.trim());
    // `/` alone is no value (§1), not n empty ones
    return p.length === n && p.every((s) => s !== "") ? p : null;
  });
  return labels.map((label, j) => ({
    ...row,
    part: label,
    values: row.values.map((v, c) => pieces[c]?.[j] ?? v),
  }));
}
