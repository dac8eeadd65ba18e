import type { CheckReport } from "../sheet/CheckReport";
import { valueKey, type EnteredValue } from "./returnValues";

/**
 * A row still 待人工评估 that lock would lock unassessed: `sheet!cell name`; `item` the row as ReviewTally.marks keys
 * it (template|id), so its 审核结论 can be told. An indicator row's `cell` is its 人工评估 cell and `written` what that
 * cell holds when it is no conclusion of its list (达标), else "". A project or reform row (`list`: its list has no
 * 人工评估 column) names the cell check names for it (累计完成投资, 进展状态), `written` "".
 */
export interface UnassessedRow { sheet: string; cell: string; name: string; written: string; item: string; list?: true }

/**
 * The rows still 待人工评估 (status `manual`) that no conclusion of the reviewer settles, in the report's order:
 * - an indicator with a 人工评估 cell (`entries` as returnEntries gives them, field `assess`): a words target with no
 *   conclusion there, or one the check cannot read. Lock locks that cell with the rest, so such a row stays 未能评估
 *   in the report unless the reviewer fills it first; a 审核结论 does not assess it (evaluation-rules §3);
 * - a project (总投资 「/」) or reform (推进中 / 未启动) row whose item is not in `accepted` (reviewTally's: a 通过 or
 *   已说明 in force on the 审核 sheet). A list has no 人工评估 column, so that 审核结论 is the reviewer's conclusion on
 *   the row (evaluation-rules §4, §5, our reading; trial40c F9).
 */
export function unassessedRows(report: CheckReport, entries: ReadonlyMap<string, EnteredValue>, accepted: readonly string[] = []): UnassessedRow[] {
  const settled = new Set(accepted);
  return report.items.flatMap((i): UnassessedRow[] => {
    if (i.status !== "manual") return [];
    const item = `${i.template}|${i.id}`;
    if (i.kind !== "indicator") {
      const cell = (i.kind === "project" ? i.cells["completed"] : i.cells["state"]) || i.statusCell;
      return settled.has(item) ? [] : [{ sheet: i.sheet, cell, name: i.name, written: "", item, list: true }];
    }
    const at = entries.get(valueKey({ template: i.template, id: i.id, field: "assess" }));
    return at ? [{ sheet: i.sheet, cell: at.cell, name: i.name, written: at.text.trim(), item }] : [];
  });
}
