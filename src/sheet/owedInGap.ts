import type { Issue } from "../domain/Issue";

/**
 * A row's issues once `owed` (earlier_year_owed, owedIssues: an earlier year's value left blank with its reason, still
 * blank) joins them. On a cumulative row that year is one of the blank years its total counts as 0 (cumulative_gap), and
 * the cell got two lines on one blank, one saying it is owed and why, the other what it does to the total (session 47).
 * So `owed` stands in for cumulative_gap on its cell: it says both (params.countedAsZero, and `lags` where the gap's had
 * it: the row lags, which the blank may cause), where cumulative_gap stood, and cumulative_gap keeps the other blank
 * years, on the first one's cell (`cells`: the row's cell by year), or goes when there are none (evaluation-rules §6a,
 * our reading). A row without that gap (not cumulative, or its year's value blank) gets `owed` as it is, last. `word`
 * gives an issue made or changed here its messages (again: they are said from its facts); the others are kept. Pure.
 */
export function owedInGap<T extends Issue>(issues: readonly T[], owed: Issue, cells: Readonly<Record<string, string>>, word: (i: Issue) => T): T[] {
  const year = Number(owed.params?.["year"]);
  const years = (i: Issue): number[] => String(i.params?.["years"] ?? "").split(",").filter(Boolean).map(Number);
  const at = issues.findIndex((i) => i.code === "cumulative_gap" && years(i).includes(year));
  const gap = issues[at];
  if (!gap) return [...issues, word(owed)];
  const folded = word({ ...owed, params: { ...owed.params, countedAsZero: 1, ...(gap.params?.["lags"] !== undefined ? { lags: 1 } : {}) } });
  const rest = years(gap).filter((y) => y !== year);
  const first = rest[0];
  const cell = first === undefined ? undefined : cells[String(first)];
  const kept = first === undefined ? [] : [word({ ...gap, ...(cell === undefined ? {} : { cell }), params: { ...gap.params, years: rest.join(",") } })];
  // said in the order of their years, as the cells stand
  const said = first !== undefined && first < year ? [...kept, folded] : [folded, ...kept];
  return [...issues.slice(0, at), ...said, ...issues.slice(at + 1)];
}

