import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "../domain/Status";
import type { CheckItem } from "./CheckReport";
import { changeWords } from "./changeWords";
import { fieldChanges, type FieldChange } from "./FieldChange";
import type { RowContent } from "./RowContent";

/**
 * What a 审核 row was looked at on, as the sheet's hidden columns keep it (JSON): the year's
 * value and status, and what the row held (its RowContent: every year, 说明, 人工评估), which a
 * sheet written before the row's content was kept does not have. `content` alone is a row's
 * content as a resubmission replaced it (review --replaces).
 */
export interface ReviewBasis {
  value: string;
  status: string;
  content?: RowContent;
}

/** The content as stored: non-empty fields only, a cell holding text marked by a leading ' (as Excel marks text). */
const store = (c: RowContent): Record<string, string> =>
  Object.fromEntries(Object.entries(c).filter(([, e]) => e.text !== "").map(([f, e]) => [f, e.isText ? `'${e.text}` : e.text]));
const unstore = (o: unknown): RowContent | undefined => {
  if (!o || typeof o !== "object" || Array.isArray(o)) return undefined;
  const out: RowContent = {};
  for (const [f, t] of Object.entries(o as Record<string, unknown>)) {
    if (typeof t !== "string") continue;
    out[f] = t.startsWith("'") ? { cell: "", text: t.slice(1), isText: true } : { cell: "", text: t, isText: false };
  }
  return out;
};

/** The basis of an item now: its value and status, with its content where the caller read it. */
export function basisOf(item: CheckItem, content?: RowContent): ReviewBasis {
  return content ? { value: item.value ?? "", status: item.status, content } : { value: item.value ?? "", status: item.status };
}

/** The JSON a hidden column holds ("" for none). */
export function storeBasis(b: ReviewBasis | undefined): string {
  if (!b) return "";
  return JSON.stringify(b.content ? [b.value, b.status, store(b.content)] : [b.value, b.status]);
}

/** A stored basis read back (undefined for an empty or unreadable cell). */
export function readBasis(text: string): ReviewBasis | undefined {
  if (!text) return undefined;
  try {
    const a = JSON.parse(text) as unknown[];
    if (!Array.isArray(a)) return undefined;
    const b: ReviewBasis = { value: String(a[0] ?? ""), status: String(a[1] ?? "") };
    const content = unstore(a[2]);
    if (content) b.content = content;
    return b;
  } catch {
    return undefined;
  }
}

/** A row's content alone (review --replaces: the replaced version's), stored. */
export function storeContent(c: RowContent): string {
  return JSON.stringify(store(c));
}

/** A stored content read back. */
export function readContent(text: string): RowContent | undefined {
  if (!text) return undefined;
  try {
    return unstore(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * Whether a decision made on `then` still holds on `now`: the same value and status, and the same content where both know it.
 * A cell that holds a formula with no result in the file now (`uncalculated`: re-saved by openpyxl, which drops the cached
 * results) is unknown, not changed, as check judges it (formula_uncalculated: open and save it to calculate): that field is
 * not compared, nor the value and status the engine could not work out from it; the row shows check's 数据异常 and
 * 公式未计算 all the same, and lock stays refused on that error until the file is calculated, when it is compared again.
 */
export function sameBasis(then: ReviewBasis, now: ReviewBasis): boolean {
  const unknown = now.content ? Object.keys(now.content).filter((f) => now.content![f]!.uncalculated) : [];
  if (!unknown.length && (then.value !== now.value || then.status !== now.status)) return false;
  return !then.content || !now.content || knownChanges(then.content, now.content).length === 0;
}

/** fieldChanges between two contents of a row, leaving out each field `after` holds as a formula not calculated (its value unknown). */
export function knownChanges(before: RowContent, after: RowContent): FieldChange[] {
  return fieldChanges(before, after).filter((c) => !after[c.field]?.uncalculated);
}

/**
 * The 数值变化 text of a row (审核 sheet, Chinese; `en` for the pane's English list): each field changed, `2023年 K7：「3.2」（文本） → 3.2`,
 * joined by `；`; the year's own value alone as `80 → 85` when 位置 is its cell, but named like the others when
 * more than one field changed (`2017年 J6：11 → 5；2018年 K6：16 → 5`: a bare pair beside named ones reads as
 * the named one's, trial37 F3); a 人工评估 left out asks to be given again. `cell` is the row's 位置.
 */
export function describeFieldChanges(changes: FieldChange[], year: number, cell: string, lang: "zh" | "en" = "zh"): string {
  const w = changeWords(lang);
  return changes.map((c) => {
    const values = w.values(c) + (c.field === "assess" && c.new === "" ? w.giveAgain : "");
    return changes.length === 1 && c.field === String(year) && c.cell === cell ? values : `${w.field(c.field)} ${c.cell}${w.colon}${values}`;
  }).join(lang === "zh" ? "；" : "; ");
}

/**
 * What changed since a decision's basis, for 数值变化: the fields (describeFieldChanges) where both
 * bases know the row's content; else, or when only the status moved, the year's value
 * (`80 → 85`, or `2.8（数据异常 → 滞后）`).
 */
export function describeBasisChange(then: ReviewBasis, now: ReviewBasis, year: number, cell: string, lang: "zh" | "en" = "zh"): string {
  const fields = then.content && now.content ? fieldChanges(then.content, now.content) : [];
  if (fields.length) return describeFieldChanges(fields, year, cell, lang);
  const w = changeWords(lang);
  if (then.value !== now.value) return w.values({ old: then.value, new: now.value });
  const labels = lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN;
  const label = (s: string): string => labels[s as Status] ?? s;
  return lang === "zh" ? `${now.value || w.empty}（${label(then.status)} → ${label(now.status)}）` : `${now.value || w.empty} (${label(then.status)} → ${label(now.status)})`;
}
