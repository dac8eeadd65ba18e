import { trimCell } from "../text";

// `单位：万元` · `金额单位：万元` · `（单位：亿元）` · `计量单位:万元、%` (not 责任单位：…, 填报单位：…: those name a body)
const UNIT_NOTE = /^[（(]?\s*(?:金额|投资|资金|价格|计量|数据)?单位\s*[:：]\s*([^（()）:：]{1,12}?)\s*[）)]?$/u;

/**
 * The unit a table's unit note gives (`单位：万元` → `万元`, `（单位：亿元）` → `亿元`): the line a plan
 * prints between its title and its header, which is no title. Null when `cell` is no such note. Its
 * one home: the title (tableTitle) passes over it, and a list reads the money columns whose header
 * names no unit in it (lists/importList).
 */
export function unitNote(cell: string): string | null {
  const m = UNIT_NOTE.exec(trimCell(cell).replace(/\s+/g, " "));
  return m?.[1] === undefined ? null : m[1];
}
