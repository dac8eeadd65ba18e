import type { CellValue } from "../../domain/CellValue";
import { parseWorksheet, placeSharedStrings, type SheetContext } from "./parseWorksheet";
import { xlsxProblem } from "./xlsxProblem";
import { ZIP_LIMITS } from "./ZIP_LIMITS";

/** What a sheet's reading fills besides its rows (SheetContext): its formulas, merged ranges and hidden rows. */
export interface SheetExtras {
  formulas: { cells: number; at: number[][] };
  merges: string[];
  hiddenRows: number[];
}

/**
 * A worksheet part read once without its shared strings, so that the same part in another file
 * (a county return's 填报说明 and meta sheets, identical in every return of a distribution) is
 * not inflated or parsed again (PartCache, issue 19): its rows with each shared string's cell
 * left to be set (SheetContext.sharedAt), and what it counts toward the file's limits. What it
 * holds is frozen; each reading gets rows of its own. The same rows, values and limits as
 * parseWorksheet gives with the file's shared strings.
 */
export class SheetTemplate {
  private constructor(
    /** the part's inflated size, counted toward the file's total */
    readonly size: number,
    private readonly rows: ReadonlyArray<readonly CellValue[] | undefined>,
    private readonly sharedAt: readonly number[],
    private readonly cells: number,
    private readonly extras: SheetExtras,
  ) {}

  /**
   * Reads a worksheet part as parseWorksheet does, with its errors, counting from the file's
   * cells so far (`ctx.counted`, left as it is: read() counts), its shared strings left to read().
   */
  static parse(bytes: Uint8Array, part: string, ctx: Omit<SheetContext, "shared">): SheetTemplate {
    const extras: SheetExtras = { formulas: { cells: 0, at: [] }, merges: [], hiddenRows: [] };
    const sharedAt: number[] = [];
    const counted = { cells: ctx.counted.cells };
    const rows = parseWorksheet(bytes, part, { ...ctx, shared: [], counted, ...extras, sharedAt });
    return new SheetTemplate(bytes.length, rows, sharedAt, counted.cells - ctx.counted.cells, extras);
  }

  /**
   * The sheet's rows (sparse, fresh arrays the caller may fill) with `shared`'s strings, its cells
   * counted in `counted` (too_many_cells past ZIP_LIMITS.maxCells, as parseWorksheet), its
   * formulas, merges and hidden rows added to `out`.
   */
  read(shared: readonly string[], counted: { cells: number }, out: SheetExtras): CellValue[][] {
    if ((counted.cells += this.cells) > ZIP_LIMITS.maxCells) throw xlsxProblem({ code: "too_many_cells", params: { limit: ZIP_LIMITS.maxCells } });
    const rows: CellValue[][] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row) rows[r] = row.slice();
    }
    placeSharedStrings(rows, this.sharedAt, shared);
    out.formulas.cells += this.extras.formulas.cells;
    for (let r = 0; r < this.extras.formulas.at.length; r++) {
      const at = this.extras.formulas.at[r];
      if (at) out.formulas.at[r] = at.slice();
    }
    out.merges.push(...this.extras.merges);
    out.hiddenRows.push(...this.extras.hiddenRows);
    return rows;
  }
}
