import { a1 } from "../sheet/a1";
import { carriedInputs } from "../sheet/carriedInputs";
import { carriedReference } from "../sheet/carriedReference";
import type { CheckOutcome } from "../sheet/checkGrid";
import type { GridWorkbook } from "../sheet/Grid";
import { plannedInputs } from "../sheet/plannedInputs";
import type { WorkbookPlan } from "../sheet/SheetPlan";
import { unusableReferences, type UnusableReference } from "./unusableReferences";

/** A cell of YEAR_FIGURE_KEYS the pane's roll-over empties: sheet name, 1-based row and column, column key, and its reference (carriedReference). */
export interface RolledReference {
  sheet: string;
  row: number;
  col: number;
  key: string;
  text: string;
  /** last year's figure is no amount (unusableReferences: 2024.6, 85%): named in `text` as typed, and listed cell by cell */
  unusable?: UnusableReference;
}

/**
 * What a change of year from `from` to `to` in the workbook itself (the pane's roll-over) does to the cells of
 * YEAR_FIGURE_KEYS (a project's 累计完成投资), as `rollover` does in its new file: the filled ones are emptied (`cells`,
 * found by carriedInputs' `references`, the one rule, where `plan` puts them: the pane refreshes each sheet in place)
 * and last year's figure is kept for reference (carriedReference's words). `rollover` puts it in the cell's comment;
 * a comment needs ExcelApi 1.10 and the pane's floor is 1.8, so here it is the cell's data-validation input prompt,
 * which 1.8 writes: `plan` with each such cell's own validation (projectSheet gives every project row one) prompting
 * the reference instead of the plan's words (总投资 and 建设年限 are in the row), written in the refresh's own requests
 * (no sync of its own). The next refresh of the same year writes the plan's prompt again. A figure `checked` (`grid`'s
 * check as of `from`, checkGrid(grid, from): the roll's one check, which rolledOwed reads too) finds no amount
 * (unusableReferences) is not quoted as one, and comes with its check issue (`unusable`, its place the cell's). `plan` is
 * the load's plan (planLoad). Nothing when `from` is `to` (a refresh keeps the year's figures). Pure.
 */
export function rolledReferences(grid: GridWorkbook, plan: WorkbookPlan, checked: CheckOutcome, from: number, to: number): { cells: RolledReference[]; plan: WorkbookPlan } {
  if (from === to) return { cells: [], plan };
  const at = (template: string, id: string, key: string): string => JSON.stringify([template, id, key]);
  const refs = new Map(carriedInputs(grid, plan).references.map((c) => [at(c.template, c.id, c.key), c.value] as const));
  const unusable = checked.ok ? unusableReferences(checked.report.items, from) : new Map<string, UnusableReference>();
  const cells: RolledReference[] = [];
  const sheets = plan.sheets.map((ps) => {
    const planned = plannedInputs(ps);
    if (!planned) return ps;
    const prompts = new Map<string, string>();
    for (const c of planned.cells) {
      const value = refs.get(at(planned.template, c.id, c.key));
      if (value === undefined) continue;
      const bad = unusable.get(`${planned.template}|${c.id}`);
      const text = carriedReference(value, from, to, bad?.issue ?? null);
      cells.push({ sheet: ps.name, row: c.row, col: c.col, key: c.key, text, ...(bad ? { unusable: { ...bad, sheet: ps.name, cell: a1(c.row, c.col) } } : {}) });
      prompts.set(a1(c.row, c.col), text);
    }
    if (!prompts.size) return ps;
    return { ...ps, validations: ps.validations.map((v) => { const text = prompts.get(v.range); return text === undefined ? v : { ...v, prompt: text }; }) };
  });
  return { cells, plan: cells.length ? { ...plan, sheets } : plan };
}
