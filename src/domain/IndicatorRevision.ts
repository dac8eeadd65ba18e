/**
 * A target or baseline changed by a mid-term revision (中期调整, `rollover --from`), as the template
 * stored in the return records it on the indicator: `year` is the reporting year of the first return
 * made on the revised plan (the year it took effect); `target` and `baseline` are the values as
 * written before (`from`) and after (`to`) — one of them at least. Said in the report (evaluation-rules
 * §6, our reading): the 附表's 目标值/基期值 and one sentence of the paragraph.
 */
export interface IndicatorRevision {
  year: number;
  target?: { from: string; to: string } | undefined;
  baseline?: { from: string; to: string } | undefined;
  /**
   * the indicator's unit changed (万元 → 元, its name the same): its earlier values, in the old unit, were not carried
   * (cycle/amendedTemplate), and the report says the change, not the row added and removed (trial39e F2)
   */
  unit?: { from: string; to: string } | undefined;
  /** the indicator was added by this revision (no row for it before): said with the changes, so a reader sees why N grew */
  added?: true | undefined;
  /**
   * the indicator was removed by this revision (a row of the plan before it, none after): recorded on the template's
   * `removed` list (the row is gone from `indicators`), said with the changes, so a reader sees why N shrank (trial35 M9)
   */
  removed?: true | undefined;
}

/** The fields a revision may change, in the order they are said. */
export const REVISED_FIELDS = ["target", "baseline"] as const;
export type RevisedField = (typeof REVISED_FIELDS)[number];
