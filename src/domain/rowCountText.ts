/**
 * A sheet's row count in words: `120,099 行` / `120,099 rows` when the reader counted it (`exact`: the last filled
 * row's number, hosts/xlsx/lastFilledRow), `约 165,000 行` / `about 165,000 rows` when it was told from the sheet's
 * <dimension> or estimated from its head (trial42d: a count read exactly was still said 约). The one home for how a
 * sheet passed over or refused as too large says its rows (the reader's lines, check's sheet_not_read, import's refusal).
 */
export function rowCountText(rows: number, exact: boolean | undefined, lang: "zh" | "en"): string {
  const n = rows.toLocaleString("en");
  if (lang === "en") return exact ? `${n} rows` : `about ${n} rows`;
  return exact ? `${n} 行` : `约 ${n} 行`;
}
