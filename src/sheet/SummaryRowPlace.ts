import type { FlagRow } from "./summarize";

/**
 * Where a row the summary names sits: the unit's return (file), the plan row (template, id, name) and its cell (A1) on
 * `sheet`; `apart`, the 领域 that tells it from the plan's other row of its name (CheckItem's), for namedApart to say it
 * (「森林覆盖率（生态）」 as check and the report do); absent where the name is the plan's alone, and never in --json, whose
 * `name` stays the plan's (summaryJson).
 */
export interface SummaryRowPlace {
  unit: string;
  file: string;
  template: string;
  id: string;
  name: string;
  apart?: string;
  sheet: string;
  cell: string;
}

/** The place of a flag SummaryTally kept, at `cell` (the doubted cell: the year's, or an earlier year's). */
export function summaryRowPlace(x: FlagRow, cell: string): SummaryRowPlace {
  return { unit: x.unit, file: x.file, template: x.item.template, id: x.item.id, name: x.item.name, ...(x.item.apart === undefined ? {} : { apart: x.item.apart }), sheet: x.item.sheet, cell };
}
