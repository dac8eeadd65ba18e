import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { figureWanted } from "./figureWanted";
import { returnValues, valueKey } from "./returnValues";
import type { ReturnBlank } from "./UnitFacts";

/**
 * The list rows of a checked return that ask for their year's figure rather than a reason (figureWanted), each with
 * that cell (a project's 累计完成投资 K5, a reform's 进展), in report order. `blank`: the return's (cycle/blankOf). A row's
 * entries are its input cells as returnValues reads them (a project's 状态, a reform's 佐证材料), the figure's own cell
 * aside. One home for `check`'s line naming them (cli/yearBlankLine) and the pane's 填写数值 buttons.
 */
export function figuresWanted(grid: GridWorkbook, report: CheckReport, blank: ReturnBlank | null): Map<CheckItem, string> {
  const values = returnValues(grid, report);
  const out = new Map<CheckItem, string>();
  for (const item of report.items) {
    if (item.kind === "indicator") continue;
    const own = item.kind === "project" ? "completed" : "state";
    const entered = Object.keys(item.cells).some((field) => field !== own && (values.get(valueKey({ template: item.template, id: item.id, field }))?.text ?? "") !== "");
    const cell = figureWanted(item, blank, entered);
    if (cell !== null) out.set(item, cell);
  }
  return out;
}
