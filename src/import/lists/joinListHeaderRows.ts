import { trimCell } from "../text";
import { readListHeader, type ListHeader } from "./listHeader";

const MONEY_UNIT = /(亿元|万元)/;

/**
 * A list's header written over two rows (`投资（万元）` spanning `总投资 | 2025年计划投资` on the row
 * below, the other labels merged down): the two rows read together, a lower cell taking the unit of the
 * upper cell over it (`总投资（万元）`). Only when every cell of the lower row stands under a column the
 * upper row read no field for, and together they read more fields; null otherwise (the lower row is
 * then read as any line below the header). `labels`: the joined labels, per column.
 */
export function joinListHeaderRows(upper: ListHeader, upperCells: readonly string[], lowerCells: readonly string[]): { header: ListHeader; labels: string[] } | null {
  const lower = lowerCells.map(trimCell);
  const filled = lower.map((c, k) => (c === "" ? -1 : k)).filter((k) => k >= 0);
  if (filled.length === 0 || filled.some((k) => upper.fields[k] !== null && upper.fields[k] !== undefined) || lower.some((c) => /\d/.test(c) && !/[\u3400-\u9fff]/u.test(c))) return null;
  const width = Math.max(upperCells.length, lower.length);
  const labels = Array.from({ length: width }, (_, k) => {
    const up = trimCell(upperCells[k] ?? "");
    const low = lower[k] ?? "";
    if (low === "") return up;
    // the upper cell spanning this one: the nearest filled one to the left over an unbroken run of lower cells
    let j = k;
    while (j > 0 && trimCell(upperCells[j] ?? "") === "" && (lower[j - 1] ?? "") !== "") j--;
    const unit = MONEY_UNIT.exec(trimCell(upperCells[j] ?? ""))?.[1];
    return unit !== undefined && !MONEY_UNIT.test(low) ? `${low}（${unit}）` : low;
  });
  const header = readListHeader(labels);
  if (header === null || header.kind !== upper.kind) return null;
  const count = (h: ListHeader): number => h.fields.filter((f) => f !== null).length;
  return count(header) > count(upper) ? { header, labels } : null;
}
