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
  /**
   * what §2 finds wrong, as check's own issue (code not_a_number, text_number, percent_typed, …, with its
   * received, expected, suggestion and params; no place): describeIssue words it as check does
   */
  issue: Issue;
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
      if (v !== undefined && why) out.push({ sheet: i.sheet, cell, name: i.name, year: Number(year), value: typedText(v), issue: why });
    }
  }
  return out;
}

/**
 * The §2 issue check gives a cell's value it cannot use, from the cell's issues, without its place; null
 * when usable. §8e/§8g carry the §2 code as `params.reason` with that code's own facts: the issue is
 * theirs under that code, so its words are the ones check puts in 「…数值不能使用（…）」.
 */
function unusable(issues: readonly Issue[]): Issue | null {
  const bare = (x: Issue): Issue => { const o = { ...x }; delete o.sheet; delete o.cell; return o; };
  for (const x of issues) {
    if (x.code === "earlier_year_invalid" || x.code === "unjudged_value_invalid") return { ...bare(x), code: String(x.params?.["reason"] ?? "not_a_number") as IssueCode };
    if (x.severity === "error") return bare(x);
  }
  return null;
}
