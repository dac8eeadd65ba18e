import { colLetters, rectA1, type FakeCell, type FakeSheet } from "./fakeExcel";

/** One cell as a person sees it: its content, number format, font, fill, alignment, lock and the lines drawn round it. */
export interface CellLook {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  format?: Record<string, unknown>;
}

/**
 * What a fake sheet shows, in plain JSON: every cell's look (CellLook, keyed by A1 address), its column widths, row
 * heights (fixed and fitted), hidden rows and columns, merges, frozen panes, conditional formats, validation count,
 * page layout and protection. Border lines are the sides drawn (FakeCellFormat.sides; a cell's top is its own top or
 * the bottom of the cell above), not the edge names set, so two ways of setting the same lines look the same.
 */
export function sheetLook(s: FakeSheet): Record<string, unknown> {
  const cells: Record<string, CellLook> = {};
  const keys = [...s.cells.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const row = Math.floor(k / 16384);
    const col = k % 16384;
    const c = s.cells.get(k) as FakeCell;
    const look: CellLook = {};
    if (c.value !== undefined && c.value !== "") look.value = c.value;
    if (c.formula !== undefined) look.formula = c.formula;
    if (c.numberFormat !== undefined) look.numberFormat = c.numberFormat;
    // the edge names as set are not what is seen: the lines drawn are (linesOf)
    const format: Record<string, unknown> = { ...c.format };
    delete format.borders;
    delete format.sides;
    const lines = linesOf(s, row, col);
    if (Object.keys(lines).length > 0) format.lines = lines;
    if (Object.keys(format).length > 0) look.format = sortKeys(format);
    if (Object.keys(look).length > 0) cells[`${colLetters(col)}${row}`] = look;
  }
  const sorted = <T>(m: Map<number, T>): Array<[number, T]> => [...m.entries()].sort((a, b) => a[0] - b[0]);
  return {
    name: s.name,
    visibility: s.visibility,
    cells,
    columnWidths: sorted(s.columnWidths),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
    rowHeights: sorted(s.rowHeights),
    fittedRows: [...s.fittedRows].sort((a, b) => a - b),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    merges: [...s.merges].sort(),
    freeze: s.freeze,
    conditionalFormats: s.conditionalFormats.map(({ id: _id, range, ...rule }) => ({ range: rectA1(range), ...rule })),
    validations: s.validationCount(),
    pageLayout: sortKeys(s.pageLayout),
    protection: s.protection,
  };
}

const SIDES = [["top", -1, 0, "bottom"], ["bottom", 1, 0, "top"], ["left", 0, -1, "right"], ["right", 0, 1, "left"]] as const;

function linesOf(s: FakeSheet, row: number, col: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [side, dr, dc, facing] of SIDES) {
    const own = s.peek(row, col)?.format.sides?.[side];
    const next = s.peek(row + dr, col + dc)?.format.sides?.[facing];
    const line = own ?? next;
    if (line) out[side] = sortKeys(line);
  }
  return out;
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
