import ExcelJS from "exceljs";
import type { CellValue } from "../../domain/CellValue";
import type { GridSheet, GridWorkbook } from "../../sheet/Grid";
import { parseDefinedNames } from "./parseDefinedNames";

/** Maps an ExcelJS value to the engine's cell: numbers, text, rich text, errors, formulas' cached results. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return { type: "empty" };
  if (typeof v === "number") return { type: "number", value: v };
  if (typeof v === "string") return v === "" ? { type: "empty" } : { type: "string", text: v };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  if (v instanceof Date) return { type: "date", iso: v.toISOString().slice(0, 10) };
  if (typeof v === "object") {
    if ("error" in v) return { type: "error", code: String((v as ExcelJS.CellErrorValue).error) };
    if ("richText" in v) return { type: "string", text: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("") };
    if ("formula" in v || "sharedFormula" in v) {
      const res = (v as ExcelJS.CellFormulaValue).result;
      if (res === undefined || res === null) return { type: "empty" };
      if (typeof res === "object" && "error" in res) return { type: "error", code: String(res.error) };
      return toCellValue(res as ExcelJS.CellValue);
    }
    if ("text" in v && "hyperlink" in v) return { type: "string", text: String((v as ExcelJS.CellHyperlinkValue).text) };
  }
  return { type: "string", text: String(v) };
}

export function workbookToGrid(wb: ExcelJS.Workbook): GridWorkbook {
  const sheets: GridSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // merged slaves repeat the master's value; keep only the master
        if (cell.isMerged && cell.master.address !== cell.address) return;
        out[c - 1] = toCellValue(cell.value);
      });
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = { type: "empty" };
      rows[r - 1] = out;
    });
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    sheets.push({ name: ws.name, visible: ws.state === "visible", rows });
  });
  const model = (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model;
  return { sheets, names: parseDefinedNames(model) };
}

export async function readXlsxBuffer(buf: Buffer | ArrayBuffer): Promise<GridWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return workbookToGrid(wb);
}
