import { isReasonWritten } from "../domain/isReasonWritten";
import type { CheckItem } from "../sheet/CheckReport";

/**
 * The cell a 校验 row asks to be filled in rather than explained (a project's 累计完成投资, a reform's 进展: checkGrid's
 * `cells.completed`, `cells.state`), or null: only a list row left 未填报 with no reason in its 说明 (isReasonWritten), in a
 * return that holds entries besides the year's figures (`earlier`, figuresWanted: a list after a change of year, its
 * 项目状态 carried and its 累计完成投资 emptied with last year's figure in the cell's input prompt or comment, evaluation-rules
 * §4). There `check` asks for the figure to the end of the year (cli/yearBlankLine: 本年度未填, or 本年度尚未填完 once some
 * figures are typed), never a reason: the pane offers to select this cell (填写数值 / 选择进展), not 填写说明, whether or not
 * other rows hold their figure (session 42: one 累计完成投资 typed turned the other rows back to 填写说明). An indicator's
 * blank row keeps its 填写说明 (§6a: 暂无 is left blank with the reason), and so does a list row of a return that holds
 * nothing but the year's figures (a blank form, or one being filled for the first time).
 */
export function figureWanted(item: Pick<CheckItem, "kind" | "status" | "cells" | "note">, earlier: boolean): string | null {
  if (!earlier || item.status !== "missing" || item.kind === "indicator" || isReasonWritten(item.note)) return null;
  return (item.kind === "project" ? item.cells["completed"] : item.cells["state"]) || null;
}
