/**
 * What a row's 问题 says of its cells whose formula has no result where their sheet's line says why and what to do
 * (formulas_uncalculated, uncalculatedSheet): the cells (issueText names them) and these words, not each cell's whole message;
 * the remedy in short, for the 审核 sheet and the pane's row, read apart from that line.
 */
export const UNCALCULATED_SHEET_WORDS = {
  zh: "公式未计算（整张表都未计算，打开并保存即可）",
  en: "formula not calculated (nothing on this sheet was: open and save the file)",
} as const;
