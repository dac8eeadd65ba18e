import { isExplainedMissing } from "../domain/isExplainedMissing";
import type { CheckItem } from "../sheet/CheckReport";
import type { OwedValue } from "../sheet/OwedValue";

/**
 * The values a change of year from a return of `from` (its check's `items`) carries still owed, in row order: each
 * indicator row left blank for `from` with a reason in 说明 (isExplainedMissing, §6a: 未填报（已说明）), that 说明 whole,
 * and each value an earlier return left so that is still blank in this one (its check's earlier_year_owed, the year's
 * 说明 kept), so a figure published two years late is still named. The 说明 is not carried (it is written each year):
 * kept in the new return's metadata (WorkbookMeta.owed), `check` names each while its cell stays blank. The one home of
 * what is owed, for `rollover` and the pane's change of year. Pure.
 */
export function owedValues(items: readonly CheckItem[], from: number): OwedValue[] {
  return items.flatMap((i) => {
    if (i.kind !== "indicator") return [];
    const earlier = i.issues.flatMap((x) => (x.code === "earlier_year_owed" ? [{ template: i.template, id: i.id, year: Number(x.params?.["year"]), note: String(x.params?.["note"] ?? "") }] : []));
    const own = isExplainedMissing(i) ? [{ template: i.template, id: i.id, year: from, note: (i.note ?? "").trim() }] : [];
    return [...earlier, ...own];
  });
}
