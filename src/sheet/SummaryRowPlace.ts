import type { FlagRow } from "./summarize";

/** Where a row the summary names sits: the unit's return (file), the plan row (template, id, name) and its cell (A1) on `sheet`. */
export interface SummaryRowPlace {
  unit: string;
  file: string;
  template: string;
  id: string;
  name: string;
  sheet: string;
  cell: string;
}

/** The place of a flag SummaryTally kept, at `cell` (the doubted cell: the year's, or an earlier year's). */
export function summaryRowPlace(x: FlagRow, cell: string): SummaryRowPlace {
  return { unit: x.unit, file: x.file, template: x.item.template, id: x.item.id, name: x.item.name, sheet: x.item.sheet, cell };
}
