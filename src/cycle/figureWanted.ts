import type { ReturnBlank } from "./UnitFacts";
import { isReasonWritten } from "../domain/isReasonWritten";
import type { CheckItem } from "../sheet/CheckReport";

/**
 * The cell a 校验 row asks to be filled in rather than explained (a project's 累计完成投资, a reform's 进展: checkGrid's
 * `cells.completed`, `cells.state`), or null: only a list row left 未填报 with no reason in its 说明 (isReasonWritten), and
 * - in a return that holds nothing for its year but earlier entries (`blank` "year", cycle/blankOf: a list after a change
 *   of year, its 累计完成投资 emptied with last year's figure in the cell's input prompt or comment, evaluation-rules §4), or
 * - whose own row holds entries besides that cell (`entered`: a project's 状态, a reform's 佐证材料, carried by the change
 *   of year or typed): a rolled list partly filled still asks for the figures not yet typed (session 42: one 累计完成投资
 *   typed turned the other rows back to 填写说明, and check's 本年度未填 went silent).
 * There `check` asks for the figure to the end of the year (cli/yearBlankLine), never a reason: the pane offers to select
 * this cell (填写数值 / 选择进展), not 填写说明. An indicator's blank row keeps its 填写说明 (§6a: 暂无 is left blank with
 * the reason), and so does a list row holding nothing at all once the list holds a figure.
 */
export function figureWanted(item: Pick<CheckItem, "kind" | "status" | "cells" | "note">, blank: ReturnBlank | null, entered: boolean): string | null {
  if ((blank !== "year" && !entered) || item.status !== "missing" || item.kind === "indicator" || isReasonWritten(item.note)) return null;
  return (item.kind === "project" ? item.cells["completed"] : item.cells["state"]) || null;
}
