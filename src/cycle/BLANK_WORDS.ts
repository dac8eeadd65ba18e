import type { ReturnBlank } from "./UnitFacts";

/**
 * How a received return without the year's values is named (blankOf's kinds): "file", nothing entered at
 * all (收到空表); "year", earlier years' values only (本年度未填). The one home of these words: the ledger
 * sheet (beside the unit, in its counts and 催报 line), the summary's 汇总范围 line and its terminal lines
 * say the same (trial X read 已收文件但本年度未填 on the terminal, 收到空表 on the ledger for one blank file).
 */
export const BLANK_WORDS: Readonly<Record<"zh" | "en", Readonly<Record<ReturnBlank, string>>>> = {
  zh: { file: "收到空表", year: "本年度未填" },
  en: { file: "sent back blank", year: "with no values for the year" },
};
