import { cellText } from "../domain/CellValue";
import { COVER_MARK, SIGNATORIES } from "./coverSheet";
import { gridCell, type GridSheet, type GridWorkbook } from "./Grid";
import { FIRST_DATA_ROW, KEY_ROW, parseTemplateMark } from "./keys";
import { DECISIONS, findReviewSheet, readDecisions, REVIEW_MARK } from "./reviewSheet";

/** 退回修改, the 审核结论 that asks the unit to correct its row. */
const RETURNED: string = DECISIONS[1];

/**
 * Columns a person writes for one reporting year (说明, 人工评估, 审核意见): a change of year
 * leaves them blank, in a new file (`rollover`) and in the workbook itself (the pane's roll-over).
 */
export const PER_YEAR_KEYS: ReadonlySet<string> = new Set(["note", "assess", "review"]);

/**
 * The cover's sign-offs of one year (填报日期, 单位负责人（签字）, 审核人), left blank alike; 填报人
 * and 联系电话 name the person, not the year, and stay.
 */
export const YEAR_SIGN_OFFS: ReadonlySet<string> = new Set(["date", "head", "reviewer"]);

/**
 * One filled cell of the year: `key` is its column key (note, assess, review) on a template
 * sheet, or the sign-off's key (date, head, reviewer) on the cover. 1-based row and column.
 */
export interface PerYearCell {
  sheet: string;
  row: number;
  col: number;
  key: string;
}

/**
 * The per-year cells of `grid` that hold something: on each template sheet (A2 = a template
 * mark; only those named in `sheets`, when given) the cells of a PER_YEAR_KEYS column on a row
 * with an id (the template's rows: cells outside its table are a person's own), and on the
 * cover the YEAR_SIGN_OFFS fields under their own label (a cover written before the signatory
 * block has other rows there). What a change of year clears; pure.
 */
export function perYearCells(grid: GridWorkbook, sheets?: ReadonlySet<string>): PerYearCell[] {
  const out: PerYearCell[] = [];
  for (const s of grid.sheets) {
    const mark = cellText(gridCell(s, KEY_ROW, 1));
    if (mark === COVER_MARK) out.push(...signOffs(s));
    else if (parseTemplateMark(mark) !== null && (!sheets || sheets.has(s.name))) out.push(...columnCells(s));
  }
  return out;
}

function columnCells(s: GridSheet): PerYearCell[] {
  const keys = s.rows[KEY_ROW - 1] ?? [];
  const cols: Array<{ col: number; key: string }> = [];
  let idCol = 0;
  keys.forEach((c, i) => {
    const key = c.type === "string" ? c.text : "";
    if (PER_YEAR_KEYS.has(key)) cols.push({ col: i + 1, key });
    if (key === "id" && idCol === 0) idCol = i + 1;
  });
  if (idCol === 0) return [];
  const out: PerYearCell[] = [];
  for (let row = FIRST_DATA_ROW; row <= s.rows.length; row++) {
    if (cellText(gridCell(s, row, idCol)).trim() === "") continue;
    for (const { col, key } of cols) if (gridCell(s, row, col).type !== "empty") out.push({ sheet: s.name, row, col, key });
  }
  return out;
}

function signOffs(cover: GridSheet): PerYearCell[] {
  return SIGNATORIES.flatMap((f) => YEAR_SIGN_OFFS.has(f.key) && cellText(gridCell(cover, f.row, 1)).trim() === f.label && gridCell(cover, f.row, 3).type !== "empty"
    ? [{ sheet: cover.name, row: f.row, col: 3, key: f.key }] : []);
}

/**
 * How many cells of each kind: by column key (note, assess, review), the cover's sign-offs as `signOff`; kinds with none
 * left out, in that order. `fields`: the cover's labels of the sign-offs counted (填报日期, 单位负责人, 审核人), so a count
 * names what it clears, not every sign-off there could be (trial46b F8: 「(填报日期, 签字, 审核人)」 for a 填报日期 alone).
 */
export function perYearCounts(cells: readonly PerYearCell[]): Array<{ kind: "note" | "assess" | "review" | "signOff"; n: number; fields: string[] }> {
  const kinds = ["note", "assess", "review", "signOff"] as const;
  const kindOf = (c: PerYearCell): string => (YEAR_SIGN_OFFS.has(c.key) ? "signOff" : c.key);
  // the label as the cover shows it, less its （签字） gloss
  const label = (c: PerYearCell): string => (SIGNATORIES.find((f) => f.key === c.key)?.label ?? c.key).replace(/（[^（）]*）$/, "");
  return kinds.map((kind) => {
    const these = cells.filter((c) => kindOf(c) === kind);
    return { kind, n: these.length, fields: kind === "signOff" ? these.map(label) : [] };
  }).filter((x) => x.n > 0);
}

/**
 * Our 审核 sheet (found by its mark, REVIEW_MARK in A2, whatever it is called): the review of one
 * reporting year, so a change of year does not carry it, as `rollover` leaves it out of the new
 * return (cycleMessages rolled_review_left) and the pane's roll-over deletes it. `filled`: what a
 * person wrote there that goes with it, the rows with a reviewer's 审核结论, 审核意见, 审核人 or
 * 审核日期 or text in a column of their own, and their rows of their own (notes under the table).
 * `returned`: the names of the rows decided 退回修改. `mark` is what A2 holds (the host deletes the sheet only while it still does). Null without one; pure.
 */
export function perYearReview(grid: GridWorkbook): { sheet: string; mark: string; filled: number; returned: string[] } | null {
  const sheet = findReviewSheet(grid.sheets);
  if (!sheet) return null;
  const memory = readDecisions(grid.sheets);
  const written = [...memory.rows.values()].filter((d) => d.decision || d.comment || d.reviewer || d.date || Object.values(d.extras).some((x) => x.trim() !== ""));
  // a 退回修改 is a correction asked of the unit, not only a row written: named, as deleting it loses what is still to do (trial46b F2)
  const returned = [...memory.rows.values()].filter((d) => d.decision === RETURNED).map((d) => d.shown["name"] || d.shown["cell"] || `${d.row}`);
  return { sheet: sheet.name, mark: REVIEW_MARK, filled: written.length + memory.freeRows.length, returned };
}
