/**
 * An indicator's name cell as the sheet writes it and check names it: the name, and its part after a
 * full-width colon (`义务教育标准班额比例（%）：小学`). One home for the join the sheet, check,
 * the missing rows and rowLabels (rows_out_of_place) compare.
 */
export function indicatorLabel(d: { name: string; part?: string | undefined }): string {
  return d.part ? `${d.name}：${d.part}` : d.name;
}
