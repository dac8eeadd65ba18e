import { a1, columnLetter } from "./a1";
import type { PlannedCell, PlannedSheet, StyleKey } from "./SheetPlan";

/** Accumulates a planned sheet; keeps column keys so formulas and readers find columns by key. */
export class SheetBuilder {
  readonly sheet: PlannedSheet;
  private readonly keys = new Map<string, number>();

  constructor(name: string, role: PlannedSheet["role"]) {
    this.sheet = { name, role, visibility: "visible", columns: [], cells: [], merges: [], hiddenRows: [], rowHeights: {}, validations: [], conditionalFormats: [] };
  }

  /** Adds a column at the right; returns its 1-based index. */
  addColumn(key: string, width: number, hidden = false): number {
    this.sheet.columns.push(hidden ? { width, hidden } : { width });
    const col = this.sheet.columns.length;
    this.keys.set(key, col);
    return col;
  }

  col(key: string): number {
    const c = this.keys.get(key);
    if (c === undefined) throw new Error(`no column ${key}`); // programmer error
    return c;
  }

  /** A column's width, in column-width units (characters of the default font). */
  width(key: string): number {
    return this.sheet.columns[this.col(key) - 1]?.width ?? 0;
  }

  letter(key: string): string {
    return columnLetter(this.col(key));
  }

  /** A row-relative reference to a column, e.g. `$K6`. */
  ref(key: string, row: number): string {
    return `$${this.letter(key)}${row}`;
  }

  columnKeys(): Array<[string, number]> {
    return [...this.keys.entries()];
  }

  value(row: number, col: number, value: string | number | null, style?: StyleKey, extra: Partial<PlannedCell> = {}): void {
    const cell: PlannedCell = { address: a1(row, col), value, ...extra };
    if (style) cell.style = style;
    this.sheet.cells.push(cell);
  }

  formula(row: number, col: number, formula: string, style?: StyleKey, extra: Partial<PlannedCell> = {}): void {
    const cell: PlannedCell = { address: a1(row, col), formula, ...extra };
    if (style) cell.style = style;
    this.sheet.cells.push(cell);
  }
}
