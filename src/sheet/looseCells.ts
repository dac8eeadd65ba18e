import { cellText, type CellValue } from "../domain/CellValue";
import { a1, parseA1 } from "./a1";
import { gridCell, type GridSheet } from "./Grid";
import { FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from "./keys";
import { oneLineText } from "./oneLineText";
import type { PlannedSheet } from "./SheetPlan";

/** Cells of a template sheet that hold something a person wrote outside the template's table. */
export interface LooseCells {
  sheet: string;
  /** every such cell's address where it stands in the sheet read, row by row (A11, C11) */
  cells: string[];
  /**
   * the rows among them that stand inside the table, between its first and last template row (a row a
   * person inserted: the county's own indicator), 1-based, in order; the others are outside the table
   */
  inserted: number[];
  /** the first of their texts on one line, at most SAMPLE_CHARS characters and "…"; "" when none shows text (formulas never calculated) */
  sample: string;
  /**
   * the columns a person added (addedColumns) whose filled cells are among `cells`, with each one's header on one line
   * ("" none): named as such, not as outside the table (trial43b F6: a 县统计局备注 column inserted after 2025 was 表格以外的 N4、N12)
   */
  columns?: Array<{ column: string; header: string }>;
}

/** A sample longer than this is cut: the line names the cells, the text only lets a person recognise them. */
const SAMPLE_CHARS = 20;

/** A cell's text on one line, cut at SAMPLE_CHARS with "…": what lets a person recognise what they wrote ("" for none). */
export function cellSample(v: CellValue): string {
  const text = oneLineText(cellText(v).trim());
  return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS)}…` : text;
}

// a formula never calculated (a file written by a script) is still something a person made
const holds = (v: CellValue): boolean => v.type === "uncalculated" || (v.type !== "empty" && cellText(v).trim() !== "");

/** What looseCells reads of a plan: its columns by key, its cells' addresses and its rows' ids. */
interface PlannedCells {
  plannedCol: ReadonlyMap<string, number>;
  plannedAt: ReadonlySet<string>;
  plannedIds: ReadonlySet<string>;
}

/**
 * A plan's cells read once per plan object: check plans a template's layout once for every return of it
 * (unreadCells), and reading its addresses again for each of 1,000 county returns was most of looseCells (issue 19).
 * A plan is never changed once made; the result is shared, so read-only.
 */
function plannedCellsOf(planned: PlannedSheet): PlannedCells {
  let known = PLANNED_CELLS.get(planned);
  if (known) return known;
  const plannedCol = new Map<string, number>();
  const plannedAt = new Set<string>();
  const plannedIds = new Set<string>();
  for (const c of planned.cells) {
    const at = parseA1(c.address);
    if (!at) continue;
    plannedAt.add(c.address);
    if (at.row === KEY_ROW && typeof c.value === "string") plannedCol.set(c.value, at.col);
  }
  const idCol = plannedCol.get("id");
  for (const c of planned.cells) {
    const at = parseA1(c.address);
    if (at && at.col === idCol && at.row >= FIRST_DATA_ROW && typeof c.value === "string") plannedIds.add(c.value);
  }
  PLANNED_CELLS.set(planned, (known = { plannedCol, plannedAt, plannedIds }));
  return known;
}

const PLANNED_CELLS = new WeakMap<PlannedSheet, PlannedCells>();

/**
 * The cells of `old` (a template sheet of a return) that hold something and that a roll-over
 * planned as `planned` (the same template, another year) cannot carry: a note typed under the last
 * indicator row (注：…, 填表人：张三), a 单位：万元 beside the title. A cell is the template's, and
 * not named, when its column has a key in the key row and it is in the title or header row where
 * the plan has a cell, in the key row, or in a row of the template (its id is the plan's: the
 * row the roll-over reads, the first with that id); its inputs are carried or told as per-year
 * there. Columns the plan hides (the status formula's constants, right of the visible ones) are
 * never named: what stands in them is ours, a formula's cached value, even in a row a person
 * copied under the table. Cells of a column without a key from the header row down belong to
 * `addedColumns`, which names that column; above the header they are named here. `oldRows`: row
 * id → row of `old` as the roll-over found them. `ids`: the template's row ids, when `planned` holds
 * only some of its rows (check plans one: the layout is the same for every row). Null when there is none.
 */
export function looseCells(old: GridSheet, oldRows: ReadonlyMap<string, number>, planned: PlannedSheet, ids?: ReadonlySet<string>): LooseCells | null {
  const keyOf = (old.rows[KEY_ROW - 1] ?? []).map((c) => cellText(c).trim());
  const { plannedCol, plannedAt, plannedIds } = plannedCellsOf(planned);
  const templateIds = ids ?? plannedIds;
  const templateRows = new Set([...oldRows].filter(([id]) => templateIds.has(id)).map(([, r]) => r));
  const first = Math.min(...templateRows);
  const last = Math.max(...templateRows);
  const inserted = new Set<number>();
  const cells: string[] = [];
  let sample: string | null = null;
  for (let r = 1; r <= old.rows.length; r++) {
    if (r === KEY_ROW || templateRows.has(r)) continue;
    const row = old.rows[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      // the column's tests first, the cell's text only then (every return's title and header rows pass here)
      const key = keyOf[c - 1] ?? "";
      if (!key && r >= HEADER_ROW) continue; // an added column: addedColumns names it
      const col = key ? plannedCol.get(key) : undefined;
      if (key && (col === undefined || planned.columns[col - 1]?.hidden)) continue;
      const v = gridCell(old, r, c);
      if (!holds(v)) continue;
      if (col !== undefined && r < FIRST_DATA_ROW && plannedAt.has(a1(r, col))) continue;
      cells.push(a1(r, c));
      if (r > first && r < last) inserted.add(r);
      const text = cellSample(v);
      if (sample === null && text) sample = text;
    }
  }
  return cells.length ? { sheet: old.name, cells, inserted: [...inserted], sample: sample ?? "" } : null;
}
