import type { CellValue } from "../../domain/CellValue";
import type { GridSheet, GridWorkbook } from "../../sheet/Grid";
import { nameReference } from "./nameReference";
import { officeCellValue } from "./officeCellValue";

export interface ReadOptions {
  /**
   * The sheets expected in the workbook (for example the names written by applyPlan, or the
   * sheets of the last read). Their used ranges are read in the same sync as the sheet and
   * name lists, so a check costs one sync. Without them, or when the workbook has other sheets
   * or lacks one of them, a second sync reads what the first could not know about.
   */
  sheetNames?: readonly string[];
  /**
   * Also read Range.valueTypes. Off by default: JavaScript types already tell numbers from
   * text, and for 5,000 rows the types alone add about 2 MB to a response that Excel on the
   * web caps at 5 MB. Without them a string equal to an error value (#N/A) reads as an error.
   */
  valueTypes?: boolean;
}

interface UsedRead {
  name: string;
  range: Excel.Range;
}

/**
 * Every worksheet's used range (values, with its offset: the used range need not start at A1)
 * and the workbook names, as a GridWorkbook for checkGrid.
 */
export async function readWorkbookGrid(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<GridWorkbook> {
  // numberFormat tells a date (a serial number in values) from a number: a date is an error
  const props = opts.valueTypes ? "values, valueTypes, numberFormat, rowIndex, columnIndex" : "values, numberFormat, rowIndex, columnIndex";
  const wb = context.workbook;
  const queueLists = (): { sheets: Excel.WorksheetCollection; names: Excel.NamedItemCollection } => {
    const sheets = wb.worksheets;
    const names = wb.names;
    sheets.load("items/name, items/visibility");
    names.load("items/name, items/type, items/value, items/formula");
    return { sheets, names };
  };
  const queueRead = (sheets: Excel.WorksheetCollection, name: string): UsedRead => {
    const range = sheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load(props);
    return { name, range };
  };

  let lists = queueLists();
  let reads = (opts.sheetNames ?? []).map((n) => queueRead(lists.sheets, n));
  try {
    await context.sync();
  } catch (e) {
    if (reads.length === 0) throw e;
    // a hinted sheet is gone (renamed, deleted): start again without hints
    lists = queueLists();
    reads = [];
    await context.sync();
  }
  const known = new Set(reads.map((r) => r.name.toLowerCase()));
  const missing = lists.sheets.items.filter((w) => !known.has(w.name.toLowerCase()));
  if (missing.length > 0) {
    reads = [...reads, ...missing.map((w) => queueRead(lists.sheets, w.name))];
    await context.sync();
  }

  const byName = new Map(reads.map((r) => [r.name.toLowerCase(), r.range]));
  const sheets: GridSheet[] = lists.sheets.items.map((w) => {
    const range = byName.get(w.name.toLowerCase());
    return { name: w.name, visible: w.visibility === "Visible", rows: range ? gridRows(range, opts.valueTypes === true) : [] };
  });
  const names: GridWorkbook["names"] = {};
  for (const n of lists.names.items) {
    if (n.type !== "Range") continue;
    const ref = nameReference(n.formula || n.value);
    if (ref) names[n.name] = ref;
  }
  return { sheets, names };
}

function gridRows(range: Excel.Range, withTypes: boolean): CellValue[][] {
  if (range.isNullObject) return [];
  const values = range.values;
  const types = withTypes ? range.valueTypes : undefined;
  const formats = range.numberFormat as unknown[][] | undefined;
  const rows: CellValue[][] = [];
  for (let r = 0; r < range.rowIndex; r++) rows.push([]);
  values.forEach((row, i) => {
    const out: CellValue[] = [];
    for (let c = 0; c < range.columnIndex; c++) out.push({ type: "empty" });
    row.forEach((v: unknown, j: number) => {
      out.push(officeCellValue(v, types?.[i]?.[j], formats?.[i]?.[j]));
    });
    while (out.length > 0 && out[out.length - 1]?.type === "empty") out.pop();
    rows.push(out);
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}
