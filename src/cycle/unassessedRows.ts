import type { CheckReport } from "../sheet/CheckReport";
import { valueKey, type EnteredValue } from "./returnValues";

/**
 * An indicator row still 待人工评估 whose 人工评估 cell a reviewer could fill: `sheet!cell name`, the
 * cell its 人工评估's; `written` what that cell holds when it is no conclusion of its list (达标), else "";
 * `item` the indicator as ReviewTally.marks keys it (template|id), so its 审核结论 can be told.
 */
export interface UnassessedRow { sheet: string; cell: string; name: string; written: string; item: string }

/**
 * The rows still 待人工评估 (status `manual`) that have a 人工评估 cell (`entries` as
 * returnEntries gives them, field `assess`): a words target with no conclusion there, or one
 * the check cannot read. Lock locks that cell with the rest, so such a row stays 未能评估 in the
 * report unless the reviewer fills it first. A project or reform 待人工评估 has no such cell and
 * is not listed: nothing on the return would settle it. In the report's order.
 */
export function unassessedRows(report: CheckReport, entries: ReadonlyMap<string, EnteredValue>): UnassessedRow[] {
  return report.items.flatMap((i) => {
    const at = i.status === "manual" ? entries.get(valueKey({ template: i.template, id: i.id, field: "assess" })) : undefined;
    return at ? [{ sheet: i.sheet, cell: at.cell, name: i.name, written: at.text.trim(), item: `${i.template}|${i.id}` }] : [];
  });
}
