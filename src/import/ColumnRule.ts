import type { Unit } from "../domain/Unit";
import type { IndicatorDef } from "../templates/TemplateSchema";
import type { Header } from "./header";
import type { Row } from "./TableReading";
import type { GluedValueMark } from "./rules/gluedValueMarks";
import type { ImportCode, UnreadParams } from "./unreadMessages";

/**
 * One indicator being made from a row (buildIndicators): what the column rules read from its cells,
 * before the indicator is assembled. The rules (src/import/rules, in the order of columnRules.ts)
 * set the unit and target and add the fields below `add`.
 */
export interface IndicatorDraft {
  readonly row: Row;
  readonly header: Header;
  /** the indicator's name as written (trimmed; a footnote mark taken off, see nameMark), and the unit its brackets give or its ending suggests */
  name: string;
  detected: Unit;
  /** the notes below the table (注：…) */
  readonly notes: readonly string[];
  /** the table's number cells that may end in a footnote's number (gluedValueMarks, read once for the table) */
  readonly gluedMarks: readonly GluedValueMark[];
  /** the unit ("" when none) */
  unit: string;
  /** the final target as written (the target column, or a rule's reading) */
  target: string;
  /** the baseline where a rule reads it otherwise than the baseline column's cell (growthTarget); undefined: that cell */
  baseline?: string;
  /** the 累计 column's value ("" when the table has none) */
  cumulative: string;
  /** whether the 累计 value stands beside the target, kept in the note (cumulativeTarget sets it, said or not; cumulativeNote writes it) */
  cumulativeBeside: boolean;
  /** fields the rules add to the indicator */
  add: Partial<Pick<IndicatorDef, "direction" | "note" | "attribute" | "results" | "yearlyTargets" | "responsibleUnit">>;
  /** reports on the row's first line */
  report<C extends ImportCode>(code: C, params: UnreadParams[C]): void;
  /** what the rules before have reported on this row */
  readonly said: ReadonlySet<ImportCode>;
  /** what the rules have reported on any row of the table so far (a reading said once per table) */
  readonly tableSaid: ReadonlySet<ImportCode>;
}

/** A rule for one column or reading of an indicator's cells. */
export type ColumnRule = (draft: IndicatorDraft) => void;

/** The row's cell in value column `c` ("" when none). */
export function cellOf(draft: IndicatorDraft, c: number | null): string {
  return c === null || c < 0 ? "" : (draft.row.values[c] ?? "");
}
