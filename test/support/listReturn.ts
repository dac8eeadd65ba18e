import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "./cli";

/** The seed project and reform lists of 嵊泗 2024, a return of both made by `template`. */
export const PJ = "shengsi-2024-projects", RF = "shengsi-2024-reforms";
/** One input of a list row (`key`: completed, state, evidence, note). */
export const listEntry = (template: string, id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template, id, key, value });
/** A row's key on the 审核 sheet, as decide takes it. */
export const LIST_KEY = (template: string, id: string): string => `${template}|${id}|2024`;

const dir = mkdtempSync(join(tmpdir(), "list-return-"));
let n = 0;

/** A 2024 return of both lists (unit 甲镇) with `entries` typed in, in a new file. */
export async function listReturnFile(entries: InputEntry[]): Promise<string> {
  const file = join(dir, `2024-甲镇-${++n}.xlsx`);
  const r = await cli("template", PJ, RF, "--year", "2024", "--unit", "甲镇", "--out", file);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  if (fillInputs(wb, entries).length) throw new Error("not placed");
  await wb.xlsx.writeFile(file);
  return file;
}
