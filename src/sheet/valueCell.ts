import type { CheckItem } from "./CheckReport";

/**
 * The cell a row's checked value (`CheckItem.value`) is read from, A1 on `item.sheet`: an indicator's
 * reporting-year cell, a project's 完成投资, a reform's 状态; else the status cell ("" for a row deleted
 * from the return: withMissingRows). The cell `check` names in its 单元格 column beside 当年值, so a
 * value shown anywhere is labelled with the cell that holds it (trial29c F7: the pane read "I7 · 填报值：15"
 * of the 15 in K7, the 2021 cell I7 having an issue of its own).
 */
export function valueCell(item: Pick<CheckItem, "cells" | "statusCell">, year: number): string {
  return item.cells[String(year)] ?? item.cells["completed"] ?? item.cells["state"] ?? item.statusCell;
}
