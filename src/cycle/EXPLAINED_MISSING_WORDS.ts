/**
 * What the reporting cycle says of a unit's rows left 未填报 with their reason in 说明 (evaluation-rules
 * §6a, our reading), here below the CLI so the ledger sheet (Chinese) and the CLI's catalogue (zh and en)
 * share one wording, as HELD_WORDS: `aside`, inside the 补填 line of a unit with other blank rows to fill
 * (n of them explained); `mark` and `line`, the 催报 list's line of a unit whose every blank row is explained
 * (isExplainedIncomplete: not chased); `unit`, a unit on the summary's 未填报但已说明原因 line, `all` when every
 * blank row it has is explained.
 */
export const EXPLAINED_MISSING_WORDS = {
  zh: {
    aside: (n: number): string => `；另 ${n} 项已说明原因，不列入补填`,
    mark: "已说明",
    line: (n: number, rows: number): string => `已报送，${n} 项未填报（共 ${rows} 项），均已说明原因，不列入补填`,
    unit: (unit: string, n: number, all: boolean): string => `${unit} ${n} 项${all ? "（均已说明）" : ""}`,
  },
  en: {
    aside: (n: number): string => `; ${n} more explained in 说明, not on the list to complete`,
    mark: "explained",
    line: (n: number, rows: number): string => `sent, ${n} of ${rows} rows 未填报 (not filled), all explained in 说明, not on the list to complete`,
    unit: (unit: string, n: number, all: boolean): string => `${unit} ${n}${all ? " (all its blank rows)" : ""}`,
  },
} as const;
