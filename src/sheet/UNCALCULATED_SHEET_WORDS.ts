/**
 * What a row's 问题 says of its cells whose formula has no result where their sheet's line says why and what to do
 * (formulas_uncalculated, uncalculatedSheet): the cells (issueText names them) and these words, not each cell's whole message.
 */
export const UNCALCULATED_SHEET_WORDS = {
  zh: "公式未计算（本表的公式都未计算）",
  en: "formula not calculated (no formula of this sheet is)",
} as const;
