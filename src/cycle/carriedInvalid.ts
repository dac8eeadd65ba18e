import type { CellValue } from "../domain/CellValue";
import { typedText } from "../domain/typedText";
import type { Issue, IssueCode } from "../domain/Issue";
import type { CheckItem } from "../sheet/CheckReport";
import { inKeyYear } from "../sheet/keys";

/** A value carried from the old return, by template id, row id and column key (`in:2024`). */
interface Carried {
  template: string;
  id: string;
  key: string;
  value: CellValue;
}

/** A carried value the new return's check finds unusable (§2, §8e, §8g), as it reads in the new return. */
export interface CarriedInvalidValue {
  /** where it sits in the new return */
  sheet: string;
  cell: string;
  name: string;
  year: number;
  /** as typed (a percent style as shown: 95.5%) */
  value: string;
  /** what §2 finds wrong (not_a_number, text_number, percent_typed, …) */
  code: IssueCode;
  /** that issue's params (a date's dateSerial, noData, …), for invalidPhrase */
  params?: Issue["params"];
}

/**
 * The carried values of years up to `from` (the old return's reporting year) that the new
 * return's check calls unusable in their cells (`items`, in its order): §8e's earlier year, §8g's
 * year without a target, or §2's error on the year's own cell (a roll-back's year, a cumulative
 * sum), each with the §2 code. Check's verdict is the one rule: a trial's rollover judged each year
 * alone, missed ３.８ and 约3.5 in years the plan sets no target for, and the new year's check
 * flagged 9 where the list named 7. Years after `from` are left to typedAhead.
 */
export function carriedInvalid(carried: readonly Carried[], items: readonly CheckItem[], from: number): CarriedInvalidValue[] {
  const values = new Map<string, CellValue>();
  for (const c of carried) {
    const y = Number(inKeyYear(c.key));
    if (Number.isInteger(y) && y <= from && c.value.type !== "empty") values.set(`${c.template}|${c.id}|${y}`, c.value);
  }
  const out: CarriedInvalidValue[] = [];
  for (const i of items) {
    if (i.kind !== "indicator") continue;
    for (const [year, cell] of Object.entries(i.cells).sort(([a], [b]) => Number(a) - Number(b))) {
      const v = values.get(`${i.template}|${i.id}|${year}`);
      const why = v === undefined ? null : unusable(i.issues.filter((x) => x.cell === cell && (x.sheet === undefined || x.sheet === i.sheet)));
      if (v !== undefined && why) out.push({ sheet: i.sheet, cell, name: i.name, year: Number(year), value: typedText(v), ...why });
    }
  }
  return out;
}

/** The §2 code (and its params) check gives a cell's value it cannot use, from the cell's issues; null when usable. */
function unusable(issues: readonly Issue[]): { code: IssueCode; params?: Issue["params"] } | null {
  for (const x of issues) {
    // §8e/§8g carry the §2 reason and that code's own params beside their own
    if (x.code === "earlier_year_invalid" || x.code === "unjudged_value_invalid") return { code: String(x.params?.["reason"] ?? "not_a_number") as IssueCode, ...(x.params ? { params: x.params } : {}) };
    if (x.severity === "error") return { code: x.code, ...(x.params ? { params: x.params } : {}) };
  }
  return null;
}
