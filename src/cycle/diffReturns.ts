import type { EnteredValue } from "./returnValues";
import { changeWords } from "../sheet/changeWords";
import { oneLineText } from "../sheet/oneLineText";
import { fieldChange } from "../sheet/FieldChange";

/**
 * One value that differs between two versions of a return: old → new, with where it sits in
 * the new one. `oldIsText` / `newIsText` mark a side that held text where the other held a
 * number or date (the text '3.2' replaced by the number 3.2), or text in a year's or 累计完成投资
 * cell whatever the other side holds (fieldChange), when the values say so.
 */
export interface ValueChange extends Omit<EnteredValue, "text" | "isText" | "stored" | "typed"> {
  /** "" for a cell that was empty (or an item that was not in that version) */
  old: string;
  new: string;
  oldIsText?: true;
  newIsText?: true;
  /** a date cell's stored number (FieldChange) */
  oldStored?: string;
  newStored?: string;
  /** a text side's text as typed, spaces kept (FieldChange) */
  oldTyped?: string;
  newTyped?: string;
}

/**
 * Every value that differs between an older and a newer version of a return, compared by
 * template id, item id and field (valueKey), never by position: a sorted or moved row is
 * not a change. A value is the same when its text is and, where the values tell (isText),
 * whether it is held as text, and a number's field's text when it was typed with the same spaces
 * around it (typed: check says them). Order: the newer version's plan order, then values only the
 * older one has.
 */
export function diffReturns(older: Map<string, EnteredValue>, newer: Map<string, EnteredValue>): ValueChange[] {
  const out: ValueChange[] = [];
  const entry = (v: EnteredValue): { cell: string; text: string; isText: boolean; stored?: string; typed?: string } => ({ cell: v.cell, text: v.text, isText: v.isText ?? false, ...(v.stored === undefined ? {} : { stored: v.stored }), ...(v.typed === undefined ? {} : { typed: v.typed }) });
  const add = ({ text: _text, isText: _isText, stored: _stored, typed: _typed, ...where }: EnteredValue, was: EnteredValue | undefined, now: EnteredValue | undefined): void => {
    // both sides read from cells: a text's typed spaces compare too (fieldChange `spaces`)
    const c = fieldChange(where.field, was && entry(was), now && entry(now), true);
    if (c) out.push({ ...where, ...c });
  };
  for (const [k, v] of newer) add(v, older.get(k), v);
  for (const [k, v] of older) if (!newer.has(k)) add(v, v, undefined);
  return out;
}

/** A change as one line of text: `工作表!K6 指标名 2023年：80 → 85` (（空） for an empty cell, 「3.2」（文本） for text where a number belongs, old side or new). */
export function describeChange(c: ValueChange, lang: "zh" | "en" = "zh"): string {
  const w = changeWords(lang);
  // one line per change: a 说明's line breaks shown as a mark (oneLineText), not spilt over lines
  return `${c.sheet}!${c.cell} ${oneLineText(c.name)} ${w.field(c.field)}${w.colon}${w.values({ ...c, old: oneLineText(c.old), new: oneLineText(c.new) })}`;
}
