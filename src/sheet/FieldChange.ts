import { isYearField } from "./isYearField";
import type { RowContent, RowEntry } from "./RowContent";

/**
 * One field of a row that differs between two readings of it: its text before and after
 * ("" for an empty cell) and where it is now. `oldIsText` / `newIsText` mark a side that held
 * text where the other held a number or date (the text '3.2' against the number 3.2: the
 * same text, a change all the same), and any text in a field that takes a number (takesNumber),
 * whatever the other side holds: 「暂无数据」（文本） → （空） as 95 → 「95%」（文本）.
 */
export interface FieldChange {
  field: string;
  cell: string;
  old: string;
  new: string;
  oldIsText?: true;
  newIsText?: true;
  /**
   * a date cell's stored number: of two date cells that show one day but hold different numbers (1904-01-03 as 2.6 and
   * as 1464), and of any date side in a number's field (a year's value, 累计完成投资), where a date is no value (100 typed
   * in a date-formatted cell shows as 1900-04-09: said as check says it, changeWords)
   */
  oldStored?: string;
  newStored?: string;
  /** a side marked text whose cell had spaces typed around it: that text as typed (RowEntry.typed), the spaces said (typedSpaces) */
  oldTyped?: string;
  newTyped?: string;
}

/**
 * The fields that differ between what a row held before and holds now, in the row's field
 * order (fields only the earlier reading has, after). A cell is the same when its text and
 * whether it holds text are, and for two dates read with their numbers, those numbers.
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

/** A year's value (`2023`) or a project's 累计完成投资 (`completed`): text there is a slip, marked on either side. */
const takesNumber = (field: string): boolean => isYearField(field) || field === "completed";

/**
 * One field read twice (undefined: not there, as an empty cell), or null when it is the same:
 * its text, whether it holds text and a date's stored number. The one comparison of `diff`, the summary's 版本变化 and
 * the 审核 sheet (diffReturns, fieldChanges). `spaces`: both readings come from cells, whose `typed` is set wherever
 * spaces were typed around a text (rowContents), so two texts of a number's field that differ in those spaces alone
 * (「0.09」 and 「 0.09 」) are a change: check quotes such a text as typed and says its spaces (text_number, typedSpaces),
 * so it judges the two apart. Off for a stored 审核 basis, which keeps the trimmed text only (reviewBasis).
 */
export function fieldChange(field: string, before: RowEntry | undefined, after: RowEntry | undefined, spaces = false): FieldChange | null {
  const o = before ?? NONE;
  const n = after ?? NONE;
  // a date read without its number (an ISO cell) is compared by its day alone
  const storedDiffers = o.stored !== undefined && n.stored !== undefined && o.stored !== n.stored;
  // a 说明, 状态 or 佐证 is read trimmed by check (evaluateProject, isReasonWritten): its spaces are no change
  const spacesDiffer = spaces && takesNumber(field) && o.isText && n.isText && (o.typed ?? o.text) !== (n.typed ?? n.text);
  if (o.text === n.text && o.isText === n.isText && !storedDiffers && !spacesDiffer) return null;
  const c: FieldChange = { field, cell: n.cell || o.cell, old: o.text, new: n.text };
  if (o.text === n.text && storedDiffers) { c.oldStored = o.stored!; c.newStored = n.stored!; }
  // a date where a number belongs is shown with its number, as check shows it (trial33 T13: 100 read 1900-04-09)
  if (takesNumber(field)) {
    if (o.stored !== undefined && o.text !== "") c.oldStored = o.stored;
    if (n.stored !== undefined && n.text !== "") c.newStored = n.stored;
  }
  // text against a number is marked on its side; in a number's field, text is marked against anything
  const against = o.text !== "" && n.text !== "" && o.isText !== n.isText;
  if (o.text !== "" && o.isText && (against || takesNumber(field))) c.oldIsText = true;
  if (n.text !== "" && n.isText && (against || takesNumber(field))) c.newIsText = true;
  // the spaces typed around a text, which a quote alone hides (「0.09」 for " 0.09 ")
  if (c.oldIsText && o.typed !== undefined) c.oldTyped = o.typed;
  if (c.newIsText && n.typed !== undefined) c.newTyped = n.typed;
  return c;
}
