import { cellText, type CellValue } from "../domain/CellValue";
import { addedColumns, type AddedColumn } from "./addedColumns";
import { COVER_MARK, SIGNATORIES } from "./coverSheet";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { APP_MARK, FIRST_DATA_ROW, KEY_ROW, parseTemplateMark } from "./keys";
import { plannedInputs } from "./plannedInputs";
import { looseCells, type LooseCells } from "./looseCells";
import { PER_YEAR_KEYS, YEAR_SIGN_OFFS } from "./perYearCells";
import type { WorkbookPlan } from "./SheetPlan";
import { returnSheets, type SheetCopy } from "./returnSheets";
import { YEAR_FIGURE_KEYS } from "./YEAR_FIGURE_KEYS";

/** One value a person entered, for the same cell of the new plan: template id, row id, column key. */
export interface CarriedInput {
  template: string;
  id: string;
  key: string;
  value: CellValue;
}

/** A cover field a person filled in (填报人, 联系电话), for the same row of the new cover. */
export interface CarriedCoverField {
  key: string;
  row: number;
  col: number;
  value: CellValue;
}

/**
 * What a roll-over carries into the return of another reporting year, and what it leaves.
 * `inputs`: every filled input cell of the new plan's template sheets that the old return
 * also has (found by template id, row id and column key, never by position: sorted rows,
 * inserted columns and renamed sheets carry the same). `perYear`: how many filled cells of
 * the columns written anew each year (说明, 人工评估, 审核意见) were left, `signOffs` how many
 * filled sign-offs of the cover (填报日期, 单位负责人, 审核人: the year's). `otherSheets`: sheets
 * of the old return that are not the add-in's (a person's own), which a new file does not hold.
 * `addedColumns`: columns a person added to a template sheet that hold something (a 责任科室 beside
 * the name): the new sheet has the template's columns only, so they are not carried either.
 * `looseCells`: per template sheet, the other cells a person wrote outside the template's table (notes
 * under the last row, a 单位：万元 beside the title), not carried either; none of them in an added column.
 * `copies`: second sheets of a template (returnSheets, as `check` chooses): not carried, their return's sheet is.
 * `references`: the cells of YEAR_FIGURE_KEYS (累计完成投资) not carried into another year, with the old value for a comment.
 */
export interface CarriedInputs {
  inputs: CarriedInput[];
  /** the filled cells of YEAR_FIGURE_KEYS (a project's 累计完成投资), left blank in another year's return, their old values for reference */
  references: CarriedInput[];
  cover: CarriedCoverField[];
  perYear: number;
  signOffs: number;
  otherSheets: string[];
  addedColumns: AddedColumn[];
  looseCells: LooseCells[];
  copies: SheetCopy[];
}

// a formula never calculated is a person's input too: carried as its formula, or named when it cannot be
const filled = (v: CellValue): boolean => v.type !== "empty";

/** Column keys (key row) and row ids of a template sheet, old or planned. */
interface Layout { cols: Map<string, number>; rows: Map<string, number> }

function gridLayout(s: GridSheet): Layout {
  const cols = new Map<string, number>();
  (s.rows[KEY_ROW - 1] ?? []).forEach((c, i) => { if (c.type === "string" && c.text && !cols.has(c.text)) cols.set(c.text, i + 1); });
  const rows = new Map<string, number>();
  const idCol = cols.get("id");
  if (idCol !== undefined) {
    for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) {
      const id = cellText(gridCell(s, r, idCol)).trim();
      if (id && !rows.has(id)) rows.set(id, r);
    }
  }
  return { cols, rows };
}

/**
 * A template of the plan in another version than the old return's (rollover --from: the plan
 * amended mid-term, same id): the planned row id → the old return's row id of the same indicator
 * (cycle/amendedTemplate), and the old version's row ids (the rows of its sheet that are the template's).
 */
export interface RowsAmended { oldOf: ReadonlyMap<string, string>; oldIds: ReadonlySet<string> }

/**
 * The values of `old` (a plan-returns workbook of one reporting year) that go into `plan` (the
 * same templates planned for another year): the roll-over of the CLI's `rollover`, which
 * writes a new file and leaves the old one as it is. `amended`: by template id, a template the plan
 * holds in another version than the old return (its rows read through `oldOf`; a planned row
 * without one gets nothing). `sameYear`: the plan is of the return's own year (rollover --from onto the
 * amended version, the same year): the year's own cells (说明, sign-offs) are the unit's, carried too.
 * Pure: nothing is read or written here.
 */
export function carriedInputs(old: GridWorkbook, plan: WorkbookPlan, amended?: ReadonlyMap<string, RowsAmended>, sameYear = false): CarriedInputs {
  const byTemplate = new Map<string, { sheet: GridSheet; layout: Layout }>();
  const otherSheets: string[] = [];
  let oldCover: GridSheet | undefined;
  // the sheet check reads for each template (its planned name, else the first): the same plan names them
  const names = new Map(plan.sheets.flatMap((ps) => {
    const t = plannedInputs(ps)?.template;
    return t === undefined ? [] : [[t, ps.name] as const];
  }));
  const { chosen, copies } = returnSheets(old, names);
  for (const s of old.sheets) {
    const mark = cellText(gridCell(s, KEY_ROW, 1));
    const id = parseTemplateMark(mark);
    if (id !== null) { if (chosen.get(id) === s) byTemplate.set(id, { sheet: s, layout: gridLayout(s) }); }
    else if (mark === COVER_MARK) oldCover = s;
    // the add-in's own sheets carry a mark in A2 (A1 on the metadata sheet); the 审核 sheet is the year's
    else if (!mark.startsWith(`${APP_MARK}:`) && !cellText(gridCell(s, 1, 1)).startsWith(`${APP_MARK}:`)) otherSheets.push(s.name);
  }
  const inputs: CarriedInput[] = [];
  const references: CarriedInput[] = [];
  let perYear = 0;
  const loose: LooseCells[] = [];
  for (const ps of plan.sheets) {
    const planned = plannedInputs(ps);
    const from = planned && byTemplate.get(planned.template);
    if (!planned || !from) continue;
    const rows = amended?.get(planned.template);
    // the old version's rows are the template's, not cells outside its table
    const outside = looseCells(from.sheet, from.layout.rows, ps, rows?.oldIds);
    if (outside) loose.push(outside);
    for (const { id, key } of planned.cells) {
      const oldId = rows ? rows.oldOf.get(id) : id;
      if (oldId === undefined) continue;
      const r = from.layout.rows.get(oldId);
      const c = from.layout.cols.get(key);
      if (r === undefined || c === undefined) continue;
      const value = gridCell(from.sheet, r, c);
      if (!filled(value)) continue;
      if (PER_YEAR_KEYS.has(key) && !sameYear) perYear++;
      // a figure of the year (累计完成投资): typed anew, last year's kept for reference (trial40c F12)
      else if (YEAR_FIGURE_KEYS.has(key) && !sameYear) references.push({ template: planned.template, id, key, value });
      else inputs.push({ template: planned.template, id, key, value });
    }
  }
  const cover: CarriedCoverField[] = [];
  let signOffs = 0;
  if (oldCover) {
    for (const s of SIGNATORIES) {
      // a cover written before the signatory block has other rows there: only a field under its own label
      if (cellText(gridCell(oldCover, s.row, 1)).trim() !== s.label) continue;
      const value = gridCell(oldCover, s.row, 3);
      if (!filled(value)) continue;
      if (YEAR_SIGN_OFFS.has(s.key) && !sameYear) signOffs++;
      else cover.push({ key: s.key, row: s.row, col: 3, value });
    }
  }
  const added = [...byTemplate.values()].flatMap((t) => addedColumns(t.sheet));
  return { inputs, references, cover, perYear, signOffs, otherSheets, addedColumns: added, looseCells: loose, copies };
}
