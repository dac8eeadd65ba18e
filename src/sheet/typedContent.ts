import { type CellValue } from "../domain/CellValue";
import { typedText } from "../domain/typedText";
import { parseA1 } from "./a1";
import { carriedInputs } from "./carriedInputs";
import { COVER_MARK, UNIT_CELL, YEAR_CELL } from "./coverSheet";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { FIRST_DATA_ROW, KEY_ROW, META_SHEET, parseTemplateMark } from "./keys";
import { META_MARK } from "./metaSheet";
import { plannedInputs } from "./plannedInputs";
import type { WorkbookPlan } from "./SheetPlan";

/** A template row's plan cells a person may type over (a 中期调整: check's plan_cell_changed), by column key. */
const PLAN_CELL_KEYS: ReadonlySet<string> = new Set(["unit", "baseline", "target"]);

const shown = (v: CellValue): string => `${v.type}:${typedText(v)}`;

/** Every filled cell of a sheet, by place: a sheet of a person's (or a command's, as 审核) is theirs whole. */
function wholeSheet(s: GridSheet, fromCol = 1): string[] {
  const out: string[] = [];
  s.rows.forEach((row, r) => row?.forEach((v, c) => {
    if (c + 1 >= fromCol && v.type !== "empty") out.push(`${r + 1},${c + 1}=${shown(v)}`);
  }));
  return out;
}

/**
 * What a person made in a return, as one text to compare with another return's, read against `plan` (the
 * templates as they are written now): not what a version of the sheet writer writes (headers, wording,
 * formulas, hidden rules, the cover's instructions, the templates kept on the metadata sheet), which a new version
 * changes, but everything a person or one of their commands puts there: the input cells by template, row id and
 * column key (years, 说明, 人工评估, 审核意见, a project's figures; carriedInputs), a row's 单位 / 基期值 / 目标
 * typed over, cells outside the table and columns added (looseCells, addedColumns), the cover's 填报单位,
 * 报告年份 and signatory fields, a lock record (the metadata sheet's column B), and every other sheet whole (a
 * second copy of a template's sheet, 审核, a person's own). Two returns of one plan give the same text exactly when
 * a person could see no difference in what was typed. Used by `demo` to replace a file an earlier version wrote and
 * nobody filled (runDemo). Pure.
 */
export function typedContent(grid: GridWorkbook, plan: WorkbookPlan): string {
  const carried = carriedInputs(grid, plan, undefined, true);
  const lines: string[] = [];
  for (const i of carried.inputs) lines.push(`in\t${i.template}\t${i.id}\t${i.key}\t${shown(i.value)}`);
  for (const c of carried.cover) lines.push(`cover\t${c.key}\t${shown(c.value)}`);
  // the cells' text, not only their places: a note typed over another note is a change
  const sheetOf = new Map(grid.sheets.map((s) => [s.name, s]));
  const placed = (sheet: string, cells: readonly string[]): string => cells.map((a) => {
    const s = sheetOf.get(sheet);
    const at = parseA1(a);
    return `${a}=${s && at ? shown(gridCell(s, at.row, at.col)) : ""}`;
  }).join("\t");
  for (const a of carried.addedColumns) lines.push(`added\t${a.sheet}\t${a.column}\t${a.header}\t${placed(a.sheet, a.cells)}`);
  for (const l of carried.looseCells) lines.push(`loose\t${l.sheet}\t${placed(l.sheet, l.cells)}`);
  const copies = new Set(carried.copies.map((c) => c.sheet));
  // a sheet of a template the plan does not hold: carriedInputs reads none of it, so it is compared whole
  const planned = new Set(plan.sheets.map((ps) => plannedInputs(ps)?.template));
  for (const s of grid.sheets) {
    const mark = typedText(gridCell(s, KEY_ROW, 1));
    const template = parseTemplateMark(mark);
    if (template !== null && planned.has(template) && !copies.has(s.name)) lines.push(...planCells(s, template));
    else if (mark === COVER_MARK) {
      lines.push(`cover\tunit\t${shown(gridCell(s, UNIT_CELL.row, UNIT_CELL.col))}`, `cover\tyear\t${shown(gridCell(s, YEAR_CELL.row, YEAR_CELL.col))}`);
    } else if (s.name === META_SHEET || typedText(gridCell(s, 1, 1)) === META_MARK) {
      lines.push(...wholeSheet(s, 2).map((c) => `meta\t${c}`));
    } else lines.push(`sheet\t${s.name}`, ...wholeSheet(s));
  }
  return lines.join("\n");
}

/** The 单位 / 基期值 / 目标 cells of a template sheet's rows, by row id. */
function planCells(s: GridSheet, template: string): string[] {
  const keys = (s.rows[KEY_ROW - 1] ?? []).map((c) => typedText(c).trim());
  const idCol = keys.indexOf("id") + 1;
  if (idCol === 0) return [];
  const out: string[] = [];
  for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) {
    const id = typedText(gridCell(s, r, idCol)).trim();
    if (!id) continue;
    keys.forEach((k, c) => { if (PLAN_CELL_KEYS.has(k)) out.push(`plan\t${template}\t${id}\t${k}\t${shown(gridCell(s, r, c + 1))}`); });
  }
  return out;
}
