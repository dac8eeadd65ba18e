import type { ReturnBlank } from "../../cycle/UnitFacts";
import type { CheckItem } from "../../sheet/CheckReport";

/**
 * The cell a 校验 row asks to be filled in rather than explained (a project's 累计完成投资, a reform's 进展: checkGrid's
 * `cells.completed`, `cells.state`), or null: only a list row left 未填报 in a return that holds nothing for its year but
 * earlier entries (`blank` "year", cycle/blankOf: a list after a change of year, its 累计完成投资 emptied with last
 * year's figure in the cell's input prompt or comment, evaluation-rules §4). There `check` heads its rows with 本年度未填
 * and asks for the figure to the end of the year (cli/yearBlankLine), never a reason: the pane offers to select this cell
 * (填写数值 / 选择进展), not 填写说明 (session 41). An indicator's blank row keeps its 填写说明 (§6a: 暂无 is left blank
 * with the reason), and so does every row once the list holds a figure.
 */
export function figureWanted(item: Pick<CheckItem, "kind" | "status" | "cells">, blank: ReturnBlank | null): string | null {
  if (blank !== "year" || item.status !== "missing" || item.kind === "indicator") return null;
  return (item.kind === "project" ? item.cells["completed"] : item.cells["state"]) || null;
}
