import { isExplainedMissing } from "../domain/isExplainedMissing";
import type { CheckItem } from "../sheet/CheckReport";
import { inKey } from "../sheet/keys";

/** A row the old return left blank for its own year with its reason in 说明, as it sits in the new return. */
export interface ExplainedBlank {
  /** where the old year's value is to go in the new return */
  sheet: string;
  cell: string;
  name: string;
  /** the old return's reporting year, whose value is still blank */
  year: number;
  /** the old return's 说明, whole (the new return has none: 说明 is written each year) */
  note: string;
}

/**
 * The indicator rows the return of `from` left blank with a reason (isExplainedMissing, §6a: 未填报（已说明）) whose
 * `from` cell stays blank in the new return (`carried`: the values carried, by template, row and key; `newItems`:
 * the new return's check, in its order). The 说明 is not carried (it is written each year), so nothing else would
 * say that value is still owed (trial45b F1: L7 统计局尚未发布 was never mentioned again after rollover).
 */
export function explainedBlanks(oldItems: readonly CheckItem[], newItems: readonly CheckItem[], carried: ReadonlyArray<{ template: string; id: string; key: string }>, from: number): ExplainedBlank[] {
  const owed = new Map(oldItems.filter((i) => i.kind === "indicator" && isExplainedMissing(i)).map((i) => [`${i.template}|${i.id}`, i] as const));
  const filled = new Set(carried.filter((c) => c.key === inKey(from)).map((c) => `${c.template}|${c.id}`));
  return newItems.flatMap((i) => {
    const old = owed.get(`${i.template}|${i.id}`);
    const cell = i.cells[String(from)];
    if (i.kind !== "indicator" || old === undefined || cell === undefined || filled.has(`${i.template}|${i.id}`)) return [];
    return [{ sheet: i.sheet, cell, name: i.name, year: from, note: (old.note ?? "").trim() }];
  });
}
