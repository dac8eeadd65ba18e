import type { CheckItem } from "./CheckReport";
import { sameRowName } from "./rowsOutOfPlace";

/** A keyed row of a 审核 sheet as read: its sheet row (1-based), hidden key (template|id|year) and what its visible 工作表, 位置 and 指标/项目 say. */
export interface ReviewRowSeen { row: number; key: string; sheet: string; cell: string; name: string }

/** A row whose visible columns are another item's: the row, the item it shows (its key), and what it shows. */
export interface ReviewRowMoved { row: number; key: string; seen: string }

/**
 * Rows of a 审核 sheet whose visible columns no longer agree with their hidden key: the visible
 * columns (A:Q, with the reviewer's 审核结论 … 审核日期) sorted without the hidden key and
 * fingerprint columns, so each decision would be kept for another item. A row agrees with an
 * item when it shows the item's sheet and its name or one of its cells (a 位置 moved by an inserted
 * row, or a name corrected, still agrees), or, on a renamed sheet, both its name and a cell. When
 * no row with a current item's key disagrees, nothing moved. Otherwise each row that disagrees is
 * `rekeyed` to the one item its visible columns agree with, when exactly one does and no other row
 * shows it; every other is `unresolved` (`key` ""): its visible columns name no item, several, or
 * one another row shows too. Both in row order. `items`: the report's, keys `template|id|year`.
 */
export function reviewRowsOutOfPlace(rows: readonly ReviewRowSeen[], items: readonly CheckItem[], year: number): { rekeyed: ReviewRowMoved[]; unresolved: ReviewRowMoved[] } {
  const byKey = new Map(items.map((i) => [`${i.template}|${i.id}|${year}`, i]));
  const agrees = (r: ReviewRowSeen, i: CheckItem): boolean => {
    const name = !!r.name && sameRowName(r.name) === sameRowName(i.name);
    const cell = !!r.cell && (Object.values(i.cells).includes(r.cell) || i.statusCell === r.cell);
    return r.sheet.trim() === i.sheet ? name || cell : name && cell;
  };
  const out = rows.filter((r) => { const i = byKey.get(r.key); return i ? !agrees(r, i) : false; });
  if (!out.length) return { rekeyed: [], unresolved: [] };
  // a sort moved rows: a row of an item gone from the report is out of place too when it shows a current item
  const moved = rows.filter((r) => { const i = byKey.get(r.key); return i ? !agrees(r, i) : items.some((x) => agrees(r, x)); });
  const seen = (r: ReviewRowSeen): string => [r.cell, r.name].filter(Boolean).join(" ");
  const target = new Map(moved.map((r) => {
    const c = [...byKey].filter(([, i]) => agrees(r, i));
    return [r, c.length === 1 ? c[0]![0] : ""] as const;
  }));
  // an item shown by two rows (or by a row in place) cannot take either's decision
  const shownBy = new Map<string, number>();
  for (const r of rows) {
    const k = target.get(r) ?? (byKey.has(r.key) ? r.key : "");
    if (k) shownBy.set(k, (shownBy.get(k) ?? 0) + 1);
  }
  const rekeyed: ReviewRowMoved[] = [];
  const unresolved: ReviewRowMoved[] = [];
  for (const r of moved) {
    const k = target.get(r) ?? "";
    const ok = !!k && shownBy.get(k) === 1 && rows.some((x) => x.key === k);
    (ok ? rekeyed : unresolved).push({ row: r.row, key: ok ? k : "", seen: seen(r) });
  }
  return { rekeyed, unresolved };
}
