import type { RowContent, RowEntry } from "./RowContent";

/**
 * One field of a row that differs between two readings of it: its text before and after
 * ("" for an empty cell) and where it is now. `oldIsText` / `newIsText` mark the side that held
 * text where the other held a number or date (the text '3.2' against the number 3.2: the
 * same text, a change all the same); never against an empty cell.
 */
export interface FieldChange {
  field: string;
  cell: string;
  old: string;
  new: string;
  oldIsText?: true;
  newIsText?: true;
}

/**
 * The fields that differ between what a row held before and holds now, in the row's field
 * order (fields only the earlier reading has, after). A cell is the same when its text and
 * whether it holds text are.
 */
export function fieldChanges(before: RowContent, after: RowContent): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const c = fieldChange(field, before[field], after[field]);
    if (c) out.push(c);
  }
  return out;
}

const NONE: RowEntry = { cell: "", text: "", isText: false };

/**
 * One field read twice (undefined: not there, as an empty cell), or null when it is the same:
 * its text and whether it holds text. The one comparison of `diff`, the summary's 版本变化 and
 * the 审核 sheet (diffReturns, fieldChanges).
 */
export function fieldChange(field: string, before: RowEntry | undefined, after: RowEntry | undefined): FieldChange | null {
  const o = before ?? NONE;
  const n = after ?? NONE;
  if (o.text === n.text && o.isText === n.isText) return null;
  const c: FieldChange = { field, cell: n.cell || o.cell, old: o.text, new: n.text };
  if (o.text !== "" && n.text !== "" && o.isText !== n.isText) {
    if (o.isText) c.oldIsText = true;
    if (n.isText) c.newIsText = true;
  }
  return c;
}
