import { readFileSync, statSync } from "node:fs";
import type { GridWorkbook } from "../sheet/Grid";
import { readXlsxZip } from "../hosts/xlsx/readXlsxZip";

/** Files above this are refused before parsing (a return is a few hundred KB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type Loaded = { ok: true; grid: GridWorkbook } | { ok: false; message: string };

/** Reads an .xlsx into a grid, or says in one line why it cannot. */
export async function loadWorkbookFile(file: string): Promise<Loaded> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { ok: false, message: `${file}：文件不存在或无法读取` };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, message: `${file}：文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）` };
  const buf = readFileSync(file);
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    return { ok: false, message: `${file}：文件已加密（设置了打开密码）或是旧版 .xls 格式，请另存为无密码的 .xlsx` };
  }
  if (buf.length < 4 || buf.readUInt32BE(0) !== 0x504b0304) return { ok: false, message: `${file}：不是 .xlsx 文件` };
  try {
    return { ok: true, grid: await readXlsxZip(buf) };
  } catch (e) {
    return { ok: false, message: `${file}：文件已损坏，无法读取（${e instanceof Error ? e.message.split("\n")[0] : String(e)}）` };
  }
}
