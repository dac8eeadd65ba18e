import { cellText, type CellValue } from "../domain/CellValue";
import { evaluateIndicator } from "../domain/evaluateIndicator";
import type { IssueCode } from "../domain/Issue";
import type { CheckItem } from "../sheet/CheckReport";
import { inKeyYear } from "../sheet/keys";
import { indicatorSpec } from "../templates/indicatorSpec";
import type { Template } from "../templates/TemplateSchema";

/** A value carried from the old return, by template id, row id and column key (`in:2024`). */
interface Carried {
  template: string;
  id: string;
  key: string;
  value: CellValue;
}

/** A carried value the old return's check finds invalid (§2), as it reads in the new return. */
export interface CarriedInvalidValue {
  /** where it sits in the new return */
  sheet: string;
  cell: string;
  name: string;
  year: number;
  /** as typed (a percent style as shown: 95.5%) */
  value: string;
  /** the error check gives the cell (not_a_number, text_number, percent_typed, …) */
  code: IssueCode;
}

/**
 * The carried values of years up to `from` (the old return's reporting year) that check finds
 * invalid, each judged alone as its year's value (evaluation-rules §2; as the report judges an
 * earlier year it leaves out of the trend). A manager's trial: rollover carried 约3.2, "3,520",
 * ５９．２ and 0.955 in a 0.0% cell with nothing said, and they showed up only in the next year's
 * check. A roll-over names each, by its place in the new return (`newItems`: the new return's
 * check, asked for only when there is such a value, as most returns have none), in the order of its
 * items. Years after `from` are left to typedAhead, which names every such value.
 */
export async function carriedInvalid(carried: readonly Carried[], templates: readonly Template[], newItems: () => Promise<readonly CheckItem[]>, from: number): Promise<CarriedInvalidValue[]> {
  const bad = invalidCarried(carried, templates, from);
  if (bad.size === 0) return [];
  const out: CarriedInvalidValue[] = [];
  for (const i of await newItems()) {
    for (const [year, cell] of Object.entries(i.cells).sort(([a], [b]) => Number(a) - Number(b))) {
      const b = bad.get(`${i.template}|${i.id}|${year}`);
      if (b) out.push({ sheet: i.sheet, cell, name: i.name, year: Number(year), value: cellText(b.value), code: b.code });
    }
  }
  return out;
}

function invalidCarried(carried: readonly Carried[], templates: readonly Template[], from: number): Map<string, { value: CellValue; code: IssueCode }> {
  const bad = new Map<string, { value: CellValue; code: IssueCode }>();
  for (const c of carried) {
    const y = Number(inKeyYear(c.key));
    if (!Number.isInteger(y) || y > from || c.value.type === "empty") continue;
    const t = templates.find((x) => x.id === c.template);
    const d = t?.kind === "indicators" ? t.indicators.find((x) => x.id === c.id) : undefined;
    if (!t || t.kind !== "indicators" || !d || y <= t.baselineYear || y > t.targetYear) continue;
    // the year's own cell judged alone: a cumulative year after a bad one is not itself bad
    const own = evaluateIndicator({ spec: indicatorSpec(t, d), year: y, actuals: { [String(y)]: c.value } });
    const error = own.issues.find((i) => i.severity === "error");
    if (error) bad.set(`${c.template}|${c.id}|${y}`, { value: c.value, code: error.code });
  }
  return bad;
}
