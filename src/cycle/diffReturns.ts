import type { EnteredValue } from "./returnValues";

/** One value that differs between two versions of a return: old → new, with where it sits in the new one. */
export interface ValueChange extends Omit<EnteredValue, "text"> {
  /** "" for a cell that was empty (or an item that was not in that version) */
  old: string;
  new: string;
}

/**
 * Every value that differs between an older and a newer version of a return, compared by
 * template id, item id and field (valueKey), never by position: a sorted or moved row is
 * not a change. Order: the newer version's plan order, then values only the older one has.
 */
export function diffReturns(older: Map<string, EnteredValue>, newer: Map<string, EnteredValue>): ValueChange[] {
  const out: ValueChange[] = [];
  const change = ({ text: _text, ...where }: EnteredValue, o: string, n: string): ValueChange => ({ ...where, old: o, new: n });
  for (const [k, v] of newer) {
    const o = older.get(k)?.text ?? "";
    if (o !== v.text) out.push(change(v, o, v.text));
  }
  for (const [k, v] of older) if (!newer.has(k) && v.text !== "") out.push(change(v, v.text, ""));
  return out;
}

/** A change as one line of text: `工作表!K6 指标名 2023：80 → 85` (空 for an empty cell). */
export function describeChange(c: ValueChange, lang: "zh" | "en" = "zh"): string {
  const empty = lang === "en" ? "(empty)" : "（空）";
  const field = /^\d{4}$/.test(c.field) ? (lang === "en" ? c.field : `${c.field}年`) : FIELD_LABELS[c.field]?.[lang === "en" ? 1 : 0] ?? c.field;
  return `${c.sheet}!${c.cell} ${c.name} ${field}${lang === "en" ? ": " : "："}${c.old || empty} → ${c.new || empty}`;
}

const FIELD_LABELS: Record<string, [string, string]> = {
  completed: ["累计完成投资", "investment completed"], state: ["状态", "state"], evidence: ["佐证材料", "evidence"],
};

