import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import { figureWanted } from "./figureWanted";
import { returnValues } from "./returnValues";

/**
 * The list rows of a checked return that ask for their year's figure rather than a reason (figureWanted), each with
 * that cell (a project's 累计完成投资 K5, a reform's 进展), in report order. The return holds entries besides the year's
 * figures when an input cell (returnValues) other than a figure of the year holds something: a project's 状态, a reform's
 * 佐证材料, an indicator's earlier year, as a change of year carries them (or a person types them). Where it holds nothing
 * for its year, that is blankOf's "year" (本年度未填); once some figures are typed it still holds, so the rows not yet
 * filled keep asking. One home for `check`'s line naming them (cli/yearBlankLine) and the pane's 填写数值 buttons.
 */
export function figuresWanted(grid: GridWorkbook, report: CheckReport): Map<CheckItem, string> {
  const out = new Map<CheckItem, string>();
  // only a blank list row can want its figure (figureWanted): a return without one (an indicator table, 1,000 in a
  // folder) is not read again for its entries (issue 19)
  if (!report.items.some((i) => i.kind !== "indicator" && i.status === "missing")) return out;
  const byKey = new Map(report.items.map((i) => [`${i.template}|${i.id}`, i]));
  // the year's figure of each row: a project's 累计完成投资, a reform's 进展, an indicator's cell of the year
  const figure = (i: CheckItem): string => (i.kind === "project" ? "completed" : i.kind === "reform" ? "state" : String(report.year));
  const earlier = [...returnValues(grid, report).values()].some((v) => {
    const i = byKey.get(`${v.template}|${v.id}`);
    return v.text !== "" && i !== undefined && v.field !== figure(i);
  });
  for (const item of report.items) {
    const cell = figureWanted(item, earlier);
    if (cell !== null) out.set(item, cell);
  }
  return out;
}
