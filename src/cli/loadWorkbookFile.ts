import { readFileSync, statSync } from "node:fs";
import * as zlib from "node:zlib";
import { archiveFixText } from "../domain/archiveFixText";
import { archiveText } from "../domain/archiveText";
import { unusableFix, type ArchiveContents, type UnusableTask } from "../domain/UnusableReason";
import type { GridWorkbook } from "../sheet/Grid";
import { fileMessage, type FileProblemCode, type Lang } from "./fileMessages";
import { describeXlsxProblem, inflateChunkSize, readXlsxZip, XlsxReadError, type InflateRaw, type ReadXlsxOptions, type XlsxProblem, type XlsxProblemCode } from "../hosts/xlsx/readXlsxZip";
import { isReturnSheet } from "../sheet/isReturnSheet";
import { lockFileOf } from "./lockFile";
import { lockedName } from "../hosts/lockedName";
import { zipOfBytes } from "../hosts/xlsx/zipOfBytes";
import { basename } from "node:path";
import { labelColon } from "../domain/labelColon";

/** Files above this are refused before parsing (a return is a few hundred KB). docs/LIMITS.md */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A workbook read, or why not: `message` is one line naming the file; `reason` is the coded
 * cause, the reader's problem code (bad_xml, damaged_zip, encrypted, old_xls, not_zip, …) or
 * the file's (not_found, is_folder, empty_input, too_large_input), "internal" for anything else.
 */
export type Loaded = { ok: true; grid: GridWorkbook } | { ok: false; message: string; reason: XlsxProblemCode | FileProblemCode | "internal"; archive?: ArchiveContents; /** the reader's coded problem, when it was the reader's */ problem?: XlsxProblem };

/**
 * How a file is read: `comments`, with each sheet's cell comments (rollover); `task`, what the
 * command would do with it, the verb of a fix that names it (是压缩包（内有 …），请解压后再汇总).
 */
export interface ReadOptions {
  comments?: boolean;
  task?: UnusableTask;
  /**
   * Which sheets the command needs (readXlsxZip's `needs`, asked only of a sheet past a limit):
   * by default a return's own (isReturnSheet), so a 企业名录 of 200,000 rows appended to a return
   * is passed over (GridSheet.notRead) rather than refusing the file; import passes the sheet it takes
   */
  needs?: ReadXlsxOptions["needs"];
}

/**
 * The refusal of a file past MAX_FILE_BYTES, or null: `too_large_input` with its one line from the file catalogue
 * in `lang` (x.xlsx：文件过大（51.0 MB > 50 MB）). One rule for every command that reads a return (review and lock
 * read the bytes themselves). docs/LIMITS.md
 */
export function tooLargeInput(file: string, size: number, lang: Lang = "zh"): Extract<Loaded, { ok: false }> | null {
  if (size <= MAX_FILE_BYTES) return null;
  return { ok: false, reason: "too_large_input", message: fileMessage({ code: "too_large_input", file, other: `${(size / 1048576).toFixed(1)} MB > ${MAX_FILE_BYTES / 1048576} MB` }, lang) };
}

/** node's zlib, stopping at maxBytes (faster than the pako default the task pane uses). */
const zlibInflateRaw: InflateRaw = (data, maxBytes, expected) => {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize: inflateChunkSize(maxBytes, expected) });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw new Error(`解压失败（${e instanceof Error ? e.message : String(e)}）`);
  }
};

// node's CRC-32 (Node 20.15 and later), native and much faster than pako's
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}

/** Reads an .xlsx into a grid, or says in one line why it cannot (ReadOptions). */
export async function loadWorkbookFile(file: string, lang: "zh" | "en" = "zh", read: ReadOptions = {}): Promise<Loaded> {
  const refuse = (code: FileProblemCode): Loaded => ({ ok: false, reason: code, message: fileMessage({ code, file }, lang) });
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return refuse("is_folder");
    size = st.size;
  } catch {
    return refuse("not_found");
  }
  // a lock file named (~$x.xlsx, often 0 bytes for WPS) is named as such, below
  if (size === 0 && !lockedName(basename(file))) return refuse("empty_input");
  const tooLarge = tooLargeInput(file, size, lang);
  if (tooLarge) return tooLarge;
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return refuse("not_found");
  }
  return gridOfBytes(file, buf, lang, read);
}

/** The grid of an .xlsx already read into memory (`file` names it in messages). */
export async function gridOfBytes(file: string, buf: Buffer, lang: "zh" | "en" = "zh", read: ReadOptions = {}): Promise<Loaded> {
  // a .csv (a sheet saved as text) is no zip; an .xlsx merely misnamed .csv is read as one. Here,
  // so every command that reads a return (review and lock read the bytes themselves) says it alike
  // a lock file named on the command line: whose workbook it locks and who has it open, not 不是 .xlsx 文件
  const lock = buf[0] === 0x50 && buf[1] === 0x4b ? null : lockFileOf(file, buf);
  if (lock) return { ok: false, reason: "lock_file", message: fileMessage({ code: "lock_file", file, lock }, lang) };
  if (/\.csv$/i.test(file) && !(buf[0] === 0x50 && buf[1] === 0x4b)) return { ok: false, reason: "csv_input", message: fileMessage({ code: "csv_input", file }, lang) };
  try {
    return { ok: true, grid: await readXlsxZip(buf, { loadZip: zipOfBytes, inflateRaw: zlibInflateRaw, ...(zlibCrc32 ? { crc32: zlibCrc32 } : {}), ...(read.comments ? { comments: true } : {}), needs: read.needs ?? isReturnSheet }) };
  } catch (e) {
    // the reader tells what kind of file it is (not a zip, encrypted, an old .xls…) and its limits
    const sep = labelColon(lang);
    // a return sent packed: what it holds, and to extract it before the command's own task
    if (e instanceof XlsxReadError && e.problem.code === "archive") {
      const archive = { ...(e.problem.params?.kind ? { kind: e.problem.params.kind } : {}), ...(e.problem.params?.inside ? { inside: e.problem.params.inside } : {}), ...(e.problem.params?.password ? { password: true } : {}) };
      const fix = `${lang === "en" ? "; " : "，"}${read.task ? unusableFix("archive", lang, read.task) : archiveFixText(archive.password, lang)}`;
      return { ok: false, reason: "archive", archive, message: `${file}${sep}${archiveText(archive, lang)}${fix}` };
    }
    if (e instanceof XlsxReadError) return { ok: false, reason: e.problem.code, problem: e.problem, message: `${file}${sep}${e.isLimit ? (lang === "en" ? "cannot read: " : "无法读取，") : ""}${describeXlsxProblem(e.problem, lang)}` };
    return { ok: false, reason: "internal", message: lang === "en" ? `${file}: the file is damaged and cannot be read (${firstLine(e)})` : `${file}：文件已损坏，无法读取（${firstLine(e)}）` };
  }
}
