import { EMPTY_CELL } from "../domain/quotedValue";
import { dateCellText } from "../domain/dateCellText";
import { typedSpaces } from "../domain/typedSpaces";
import type { FieldChange } from "./FieldChange";
import { isYearField } from "./isYearField";

type Lang = "zh" | "en";

/** How a changed field is told: its name, its values and the separator after its name. */
export interface ChangeWords {
  /** `2023年` (en `2023`) for a year, 说明, 人工评估, 状态 … */
  field: (field: string) => string;
  /** one side of a change: （空） for an empty cell, 「3.2」（文本） for a side marked text (FieldChange: against a number, or in a number's field), 1904-01-03（单元格数值 2.6） for a date whose stored number changed */
  side: (text: string, isText: boolean | undefined, stored?: string, typed?: string) => string;
  /** `old → new`: （空） for an empty cell; a side marked text quoted as text, old or new alike (「3.2」（文本） → 3.2, 「暂无数据」（文本） → （空）) */
  values: (c: Pick<FieldChange, "old" | "new" | "oldIsText" | "newIsText" | "oldStored" | "newStored" | "oldTyped" | "newTyped">) => string;
  /** after a field's name and cell (`2023年 K7：`) */
  colon: string;
  /** an empty cell */
  empty: string;
  /** after a reviewer's 人工评估 that the new version left out */
  giveAgain: string;
  /** 数值变化 of a row decided again after a change, while that decision holds: the change it took in, old → new */
  redecided: (change: string) => string;
}

const CATALOGUE: Record<Lang, { empty: string; asText: (t: string, spaces: string) => string; stored: (t: string, n: string) => string; year: (y: string) => string; fields: Record<string, string>; colon: string; giveAgain: string; redecided: (change: string) => string }> = {
  zh: {
    empty: EMPTY_CELL.zh,
    asText: (t, spaces) => `「${t}」（文本${spaces ? `，${spaces}` : ""}）`,
    // check's words for a date cell (dateCellText): 1900-04-09（单元格为日期格式，100 显示为 1900-04-09）
    stored: (t, n) => `${t}（${dateCellText(t, Number(n), "zh")}）`,
    year: (y) => `${y}年`,
    fields: { completed: "累计完成投资", state: "状态", evidence: "佐证材料", note: "说明", assess: "人工评估" },
    colon: "：",
    giveAgain: "（请在指标表重新填写）",
    // the header says 审核时 → 现在; a row decided again says which two moments its two sides are
    redecided: (c) => `（上次审核时 → 重新审核时）${c}`,
  },
  en: {
    empty: EMPTY_CELL.en,
    asText: (t, spaces) => `"${t}" (text${spaces ? `, with ${spaces}` : ""})`,
    stored: (t, n) => `${t} (${dateCellText(t, Number(n), "en")})`,
    year: (y) => y,
    fields: { completed: "investment completed", state: "state", evidence: "evidence", note: "note (说明)", assess: "assessment (人工评估)" },
    colon: ": ",
    giveAgain: " (give it again in the indicator sheet)",
    redecided: (c) => `(when last decided → when decided again) ${c}`,
  },
};

/** The zh/en words of a changed field (diff's lines, 数值变化 on the 审核 sheet). */
export function changeWords(lang: Lang = "zh"): ChangeWords {
  const w = CATALOGUE[lang];
  // `stored` only where both sides show one day: the numbers the cells hold tell the change
  // a text typed with spaces around it is quoted as typed and the spaces said, as check says them (typedSpaces)
  const side = (t: string, isText: boolean | undefined, stored?: string, typed?: string): string => (t === "" ? w.empty : isText ? w.asText(typed ?? t, typedSpaces(typed ?? t, lang)) : stored !== undefined ? w.stored(t, stored) : t);
  return {
    field: (f) => (isYearField(f) ? w.year(f) : w.fields[f] ?? f),
    side,
    values: (c) => `${side(c.old, c.oldIsText, c.oldStored, c.oldTyped)} → ${side(c.new, c.newIsText, c.newStored, c.newTyped)}`,
    colon: w.colon,
    empty: w.empty,
    giveAgain: w.giveAgain,
    redecided: w.redecided,
  };
}
