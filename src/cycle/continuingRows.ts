import { cellText } from "../domain/CellValue";
import { isClosedProject } from "../domain/isClosedProject";
import { parsePeriod } from "../domain/parsePeriod";
import { parseA1 } from "../sheet/a1";
import type { CheckReport } from "../sheet/CheckReport";
import { gridCell, type GridWorkbook } from "../sheet/Grid";
import type { Template } from "../templates/TemplateSchema";

/** A list's rows that go on past `year`: projects built on (with what the return says done), reforms unfinished. */
export interface ContinuingRows {
  /** 建设起止年限 ending after `year`, not 已完工 / 已撤并 / 已转型: name, period as written, 累计完成投资 as entered ("" blank) */
  projects: Array<{ name: string; period: string; completed: string }>;
  /** 推进中 or 未启动 (check's `manual`): name and state */
  reforms: Array<{ name: string; state: string }>;
}


/**
 * The rows of a return's project and reform lists (`report`, check's of `grid`, of `templates`) that the next year's list still
 * needs after `year`: a project whose 建设起止年限 ends after it and whose state is not closed (a 2024–2027 project
 * in a 2024 list), a reform not 已完成 (推进中, 未启动). Rollover cannot carry them past the list's own year (a new
 * year is a new list, imported), so its refusal names them (trial40c F13). Pure.
 */
export function continuingRows(grid: GridWorkbook, report: CheckReport, templates: readonly Template[], year: number): ContinuingRows {
  const out: ContinuingRows = { projects: [], reforms: [] };
  // the 项目状态 as typed (check's report keeps the 累计完成投资 only)
  const typed = (sheet: string, ref: string | undefined): string => {
    const s = grid.sheets.find((x) => x.name === sheet);
    const at = ref ? parseA1(ref) : null;
    return s && at ? cellText(gridCell(s, at.row, at.col)).trim() : "";
  };
  for (const i of report.items) {
    const t = templates.find((x) => x.id === i.template);
    if (i.kind === "project" && t?.kind === "projects") {
      const p = t.projects.find((x) => x.id === i.id);
      const period = p ? parsePeriod(p.period) : null;
      const state = typed(i.sheet, i.cells["state"]);
      if (p && period?.ok && period.end > year && state !== "已完工" && !isClosedProject(state)) out.projects.push({ name: i.name, period: p.period, completed: (i.value ?? "").trim() });
    } else if (i.kind === "reform" && i.status === "manual") out.reforms.push({ name: i.name, state: (i.value ?? "").trim() });
  }
  return out;
}
