import { readFileSync, statSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { GridWorkbook } from "../sheet/Grid";
import { describeXlsxProblem, readXlsxZip, XlsxReadError, type InflateRaw } from "../hosts/xlsx/readXlsxZip";

/** Files above this are refused before parsing (a return is a few hundred KB). docs/LIMITS.md */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type Loaded = { ok: true; grid: GridWorkbook } | { ok: false; message: string };

/** node's zlib, stopping at maxBytes (faster than the pako default the task pane uses). */
const zlibInflateRaw: InflateRaw = (data, maxBytes) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw new Error(`解压失败（${e instanceof Error ? e.message : String(e)}）`);
  }
};

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}

/** Reads an .xlsx into a grid, or says in one line why it cannot. */
export async function loadWorkbookFile(file: string, lang: "zh" | "en" = "zh"): Promise<Loaded> {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return { ok: false, message: `${file}：不是文件` };
    size = st.size;
  } catch {
    return { ok: false, message: `${file}：文件不存在或无法读取` };
  }
  if (size === 0) return { ok: false, message: `${file}：文件是空的（0 字节），不是 .xlsx 文件` };
  if (size > MAX_FILE_BYTES) return { ok: false, message: `${file}：文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）` };
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return { ok: false, message: `${file}：文件不存在或无法读取` };
  }
  return gridOfBytes(file, buf, lang);
}

/** The grid of an .xlsx already read into memory (`file` names it in messages). */
export async function gridOfBytes(file: string, buf: Buffer, lang: "zh" | "en" = "zh"): Promise<Loaded> {
  try {
    return { ok: true, grid: await readXlsxZip(buf, { inflateRaw: zlibInflateRaw }) };
  } catch (e) {
    // the reader tells what kind of file it is (not a zip, encrypted, an old .xls…) and its limits
    if (e instanceof XlsxReadError) return { ok: false, message: `${file}：${e.isLimit ? (lang === "en" ? "cannot read: " : "无法读取，") : ""}${describeXlsxProblem(e.problem, lang)}` };
    return { ok: false, message: `${file}：文件已损坏，无法读取（${firstLine(e)}）` };
  }
}
