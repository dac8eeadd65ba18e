import { EMPTY_CELL } from "../domain/quotedValue";
import type { FieldChange } from "./FieldChange";
import { isYearField } from "./isYearField";

type Lang = "zh" | "en";

/** How a changed field is told: its name, its values and the separator after its name. */
export interface ChangeWords {
  /** `2023年` (en `2023`) for a year, 说明, 人工评估, 状态 … */
  field: (field: string) => string;
  /** one side of a change: （空） for an empty cell, 「3.2」（文本） for a side marked text (FieldChange: against a number, or in a number's field), 1904-01-03（单元格数值 2.6） for a date whose stored number changed */
  side: (text: string, isText: boolean | undefined, stored?: string) => string;
  /** `old → new`: （空） for an empty cell; a side marked text quoted as text, old or new alike (「3.2」（文本） → 3.2, 「暂无数据」（文本） → （空）) */
  values: (c: Pick<FieldChange, "old" | "new" | "oldIsText" | "newIsText" | "oldStored" | "newStored">) => string;
  /** after a field's name and cell (`2023年 K7：`) */
  colon: string;
  /** an empty cell */
  empty: string;
  /** after a reviewer's 人工评估 that the new version left out */
  giveAgain: string;
}

const CATALOGUE: Record<Lang, { empty: string; asText: (t: string) => string; stored: (t: string, n: string) => string; year: (y: string) => string; fields: Record<string, string>; colon: string; giveAgain: string }> = {
  zh: {
    empty: EMPTY_CELL.zh,
    asText: (t) => `「${t}」（文本）`,
    stored: (t, n) => `${t}（单元格数值 ${n}）`,
    year: (y) => `${y}年`,
    fields: { completed: "累计完成投资", state: "状态", evidence: "佐证材料", note: "说明", assess: "人工评估" },
    colon: "：",
    giveAgain: "（请在指标表重新填写）",
  },
  en: {
    empty: EMPTY_CELL.en,
    asText: (t) => `"${t}" (text)`,
    stored: (t, n) => `${t} (cell value ${n})`,
    year: (y) => y,
    fields: { completed: "investment completed", state: "state", evidence: "evidence", note: "note (说明)", assess: "assessment (人工评估)" },
    colon: ": ",
    giveAgain: " (give it again in the indicator sheet)",
  },
};

/** The zh/en words of a changed field (diff's lines, 数值变化 on the 审核 sheet). */
export function changeWords(lang: Lang = "zh"): ChangeWords {
  const w = CATALOGUE[lang];
  // `stored` only where both sides show one day: the numbers the cells hold tell the change
  const side = (t: string, isText: boolean | undefined, stored?: string): string => (t === "" ? w.empty : isText ? w.asText(t) : stored !== undefined ? w.stored(t, stored) : t);
  return {
    field: (f) => (isYearField(f) ? w.year(f) : w.fields[f] ?? f),
    side,
    values: (c) => `${side(c.old, c.oldIsText, c.oldStored)} → ${side(c.new, c.newIsText, c.newStored)}`,
    colon: w.colon,
    empty: w.empty,
    giveAgain: w.giveAgain,
  };
}
