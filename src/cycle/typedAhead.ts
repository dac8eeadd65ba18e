import { cellText, type CellValue } from "../domain/CellValue";
import type { CheckItem } from "../sheet/CheckReport";
import { inKeyYear } from "../sheet/keys";

/** A value a return held for a year after its own, as it reads in the new return. */
export interface TypedAheadValue {
  /** where it sits in the new return */
  sheet: string;
  cell: string;
  name: string;
  year: number;
  value: string;
}

/**
 * The carried values that were entered for years after `from`, the old return's reporting year
 * (a manager's trial: a 2023 return held a value typed in the 2024 column, and rolling it over
 * to 2025 carried it as the 2024 actual without a word). Such a value was never sent or checked
 * as that year's report, perhaps typed in the wrong column, so a roll-over names each one, by
 * its place in the new return (`items`: the new return's check), in the order of `items`.
 */
export function typedAhead(carried: ReadonlyArray<{ template: string; id: string; key: string; value: CellValue }>, items: readonly CheckItem[], from: number): TypedAheadValue[] {
  const ahead = new Map<string, CellValue>();
  for (const c of carried) {
    const y = Number(inKeyYear(c.key));
    if (Number.isInteger(y) && y > from) ahead.set(`${c.template}|${c.id}|${y}`, c.value);
  }
  const out: TypedAheadValue[] = [];
  for (const i of items) {
    for (const [year, cell] of Object.entries(i.cells).sort(([a], [b]) => Number(a) - Number(b))) {
      const v = ahead.get(`${i.template}|${i.id}|${year}`);
      if (v !== undefined) out.push({ sheet: i.sheet, cell, name: i.name, year: Number(year), value: cellText(v) });
    }
  }
  return out;
}
