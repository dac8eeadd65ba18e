import ExcelJS from "exceljs";
import type { CellValue } from "../../domain/CellValue";
import type { GridSheet, GridWorkbook } from "../../sheet/Grid";
import { parseDefinedNames, toCellValue } from "./readXlsx";

interface StreamSheet extends AsyncIterable<ExcelJS.Row> {
  id: number;
  name: string;
}

/**
 * Reads only values, formulas' cached results and defined names, row by row. The CLI uses
 * it: it skips styles, validations and conditional formats, which ExcelJS's full reader
 * expands cell by cell (exceljs #1842), and keeps memory bounded by the rows kept.
 */
export async function readXlsxStream(file: string): Promise<GridWorkbook> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "emit",
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
  const read: Array<{ id: number; name: string; rows: CellValue[][] }> = [];
  for await (const ws of reader as unknown as AsyncIterable<StreamSheet>) {
    const rows: CellValue[][] = [];
    for await (const row of ws) {
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => { out[c - 1] = toCellValue(cell.value); });
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = { type: "empty" };
      rows[row.number - 1] = out;
    }
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    read.push({ id: ws.id, name: ws.name, rows });
  }
  const model = (reader as unknown as { model?: { sheets?: Array<{ id: number; name: string; state?: string }>; definedNames?: Array<{ name: string; ranges: string[] }> } }).model ?? {};
  const sheets: GridSheet[] = read.map((s) => {
    const m = model.sheets?.find((x) => x.id === s.id);
    return { name: m?.name ?? s.name, visible: (m?.state ?? "visible") === "visible", rows: s.rows };
  });
  return { sheets, names: parseDefinedNames(model.definedNames ?? []) };
}
