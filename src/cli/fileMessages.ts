/**
 * The zh/en catalogue of the CLI's file problems: everything a person can cause around a
 * file (permissions, a missing folder, a full disk, a file changed under us, an output
 * that would overwrite). Each message is one line naming the file and what to do.
 */
import { COVER_WORDS } from "../domain/COVER_WORDS";
import { csvValuesWords } from "../domain/csvValuesWords";
import type { LockFile } from "./lockFile";
import type { HeldWorkbook } from "./workbookOver";
import { heldWorkbookText } from "./heldWorkbookText";

export type Lang = "zh" | "en";

export type FileProblemCode =
  | "exists" | "is_input" | "other_workbook" | "changed" | "appeared" | "no_access" | "read_only_file" | "no_folder" | "parent_not_folder"
  | "is_folder" | "disk_full" | "read_only_fs" | "not_found" | "io" | "template_years"
  | "empty_input" | "too_large_input" | "no_workbooks" | "no_returns" | "no_returns_of_year" | "csv_input"
  | "name_too_long" | "name_refused" | "open_elsewhere" | "lock_file";

export interface FileProblemData {
  code: FileProblemCode;
  file: string;
  /** the other file (is_input) or a detail (errno for io, years) */
  other?: string;
  /** no_returns_of_year: the year asked (--year, the ledger's) and the reporting years the returns' covers give instead */
  years?: { asked: number; own: number[] };
  /** open_elsewhere: the lock file beside the file; lock_file: the file itself, a lock file */
  lock?: LockFile;
  /** open_elsewhere listed among lock's reasons (lock_refused_all, which names the file and 未锁定 once): said without the file and 未写入 */
  listed?: boolean;
  /** other_workbook: what the file holds (workbookOver) */
  workbook?: HeldWorkbook;
}

/** other_workbook: the workbook an --out holds, as said (heldWorkbookText) */
const heldZh = (p: FileProblemData): string => heldWorkbookText(p.workbook, "zh");
const heldEn = (p: FileProblemData): string => heldWorkbookText(p.workbook, "en");

/** Whether a path names a folder by its form: it ends with a slash or a backslash (as a shell completes a folder's name). */
const namesFolder = (file: string): boolean => /[\\/]$/.test(file);

/** who a lock file says has the workbook open, spaced before the verb: 张三（在 PC-01 上） , else 有人 */
const whoZh = (l: LockFile | undefined): string => l?.holder ? `${l.holder}${l.host ? `（在 ${l.host} 上）` : ""} ` : "有人";
const whoEn = (l: LockFile | undefined): string => l?.holder ? `${l.holder}${l.host ? ` (on ${l.host})` : ""}` : "someone";
/** an English sentence's first letter capitalised (someone → Someone, a listed reason starting a line) */
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const LOCK_KIND_ZH = { libreoffice: ["LibreOffice", "锁定文件"], office: ["Excel 或 WPS", "所有者（锁定）文件"] } as const;
const LOCK_KIND_EN = { libreoffice: "the lock file LibreOffice keeps", office: "the owner (lock) file Excel or WPS keeps" } as const;

/**
 * lock_file, the one line every command gives for a lock file named where a return goes (loadWorkbookFile): which
 * program keeps it while which return is open, who it says opened that, and the return to use instead, or that it
 * is not beside the lock file (a lock file left over, or copied without its return).
 */
function lockFileZh(p: FileProblemData): string {
  const l = p.lock;
  const [app, what] = LOCK_KIND_ZH[l?.kind ?? "office"];
  const t = l?.target ?? "";
  const who = l?.holder ? `（打开者：${l.holder}${l.host ? `，在 ${l.host} 上` : ""}）` : "";
  const path = l?.workbook?.path ?? t;
  const use = l?.workbook?.present === false ? `；${path} 不在此文件夹中，请找到该工作簿本身再运行` : `；请改用 ${path}`;
  return `${p.file}：是 ${app} 打开 ${t} 时在旁边生成的${what}，不是工作簿本身${who}${use}`;
}

function lockFileEn(p: FileProblemData): string {
  const l = p.lock;
  const t = l?.target ?? "";
  const who = l?.holder ? ` (opened by ${l.holder}${l.host ? ` on ${l.host}` : ""})` : "";
  const path = l?.workbook?.path ?? t;
  const use = l?.workbook?.present === false ? `; ${path} is not in that folder: find the workbook itself and run on it` : `; use ${path} instead`;
  return `${p.file}: ${LOCK_KIND_EN[l?.kind ?? "office"]} beside ${t} while it is open, not the workbook itself${who}${use}`;
}

type Text = (p: FileProblemData) => string;

const ZH: Record<FileProblemCode, Text> = {
  exists: (p) => `${p.file}：文件已存在，不会覆盖；请换一个输出文件名，或确需覆盖时加 --force`,
  is_input: (p) => `${p.file}：输出文件就是本命令读取的输入文件${p.other && p.other !== p.file ? `（${p.other}）` : ""}，即使加 --force 也不会覆盖；请换一个输出文件名`,
  other_workbook: (p) => `${p.file}：是${heldZh(p)}，即使加 --force 也不会覆盖；请换一个输出文件名`,
  changed: (p) => `${p.file}：读取后文件已被修改（可能有人在 Excel/WPS 中保存了它），未写入任何内容；请关闭其他程序中的该文件后重新运行`,
  appeared: (p) => `${p.file}：生成期间出现了同名文件，未覆盖；请检查该文件，换一个输出文件名后重新运行`,
  no_access: (p) => `${p.file}：没有写入权限；请检查文件和所在文件夹的权限，或输出到有权限的文件夹`,
  read_only_file: (p) => `${p.file}：文件是只读的，未写入；请取消只读属性，或用 --out 输出到另一个文件`,
  no_folder: (p) => `${p.file}：所在文件夹不存在；请先创建文件夹或检查路径`,
  parent_not_folder: (p) => `${p.file}：路径中的上级是一个文件而不是文件夹；请检查路径`,
  is_folder: (p) => `${p.file}：这是一个文件夹，不是文件；请给出一个 .xlsx 文件名`,
  disk_full: (p) => `${p.file}：磁盘空间不足，未写入（原文件未改动）；请清理磁盘空间后重新运行`,
  read_only_fs: (p) => `${p.file}：所在磁盘或文件夹是只读的，无法写入；请输出到可写的位置`,
  // a path typed with a trailing slash names a folder (check /no-such-folder/ said 文件不存在)
  not_found: (p) => (namesFolder(p.file) ? `${p.file}：文件夹不存在；请检查路径` : `${p.file}：文件不存在或无法读取；请检查文件名和路径`),
  io: (p) => `${p.file}：读写文件失败（${p.other ?? "I/O"}），未写入（原文件未改动）；请检查磁盘后重新运行`,
  template_years: (p) => `${p.file}：模板的目标年份应晚于基期年份（${p.other ?? ""}）；请修改模板的 baselineYear / targetYear`,
  empty_input: (p) => `${p.file}：文件是空的（0 字节），不是 .xlsx 文件`,
  too_large_input: (p) => `${p.file}：文件过大（${p.other ?? ""}）`,
  no_workbooks: (p) => `${p.file}：文件夹中没有 .xlsx 文件`,
  no_returns: (p) => `${p.file}：其中没有规划指标填报工作簿，未生成任何文件`,
  no_returns_of_year: (p) => `${p.file}：其中没有 ${p.years?.asked ?? ""} 年度的填报（各文件${COVER_WORDS.zh.sheet}的报告年份是 ${(p.years?.own ?? []).join("、")} 年，见上），未生成任何文件；如要用这些填报，请加 --year ${p.years?.own[0] ?? ""}；如要 ${p.years?.asked ?? ""} 年度的表，请用 rollover 换年度`,
  csv_input: (p) => `${p.file}：是 CSV 文本文件，${csvValuesWords("zh")}`,
  name_too_long: (p) => `${p.file}：文件名过长，超过文件系统允许的长度（一般为 255 字节，一个汉字占 3 字节），未写入（原文件未改动）；请把文件名改短后重新运行，或用 --out 写到短名文件`,
  name_refused: (p) => `${p.file}：文件系统不接受这个文件名（${p.other ?? ""}：可能含有该磁盘不允许的字符），未写入（原文件未改动）；请改用只含常见字符的文件名`,
  open_elsewhere: (p) => `${p.listed ? "" : `${p.file}：`}${whoZh(p.lock)}正在编辑此文件（${p.lock?.lock ?? ""}）：请其关闭后再运行${p.listed ? "" : "；未写入"}（如并无人打开，是残留的锁定文件，删除后再运行）`,
  lock_file: (p) => lockFileZh(p),
};

const EN: Record<FileProblemCode, Text> = {
  exists: (p) => `${p.file}: the file exists and is not overwritten; choose another output name, or add --force to replace it`,
  is_input: (p) => `${p.file}: the output is an input of this command${p.other && p.other !== p.file ? ` (${p.other})` : ""} and is never overwritten, even with --force; choose another output name`,
  other_workbook: (p) => `${p.file}: ${heldEn(p)}, never overwritten by this command, even with --force; choose another output name`,
  changed: (p) => `${p.file}: the file changed after it was read (saved in Excel/WPS?); nothing was written; close it elsewhere and run again`,
  appeared: (p) => `${p.file}: a file of that name appeared while this one was built and was not overwritten; check it and run again with another name`,
  no_access: (p) => `${p.file}: permission denied; check the permissions of the file and its folder, or write elsewhere`,
  read_only_file: (p) => `${p.file}: the file is read-only and was not written; clear read-only or use --out to write another file`,
  no_folder: (p) => `${p.file}: the folder does not exist; create it or check the path`,
  parent_not_folder: (p) => `${p.file}: a part of the path is a file, not a folder; check the path`,
  is_folder: (p) => `${p.file}: this is a folder, not a file; give an .xlsx file name`,
  disk_full: (p) => `${p.file}: the disk is full; nothing was written (the original is unchanged); free some space and run again`,
  read_only_fs: (p) => `${p.file}: the disk or folder is read-only; write somewhere writable`,
  not_found: (p) => (namesFolder(p.file) ? `${p.file}: the folder does not exist; check the path` : `${p.file}: the file does not exist or cannot be read; check its name and path`),
  io: (p) => `${p.file}: reading or writing failed (${p.other ?? "I/O"}); nothing was written (the original is unchanged); check the disk and run again`,
  template_years: (p) => `${p.file}: the template's target year must come after its baseline year (${p.other ?? ""}); fix baselineYear / targetYear`,
  empty_input: (p) => `${p.file}: the file is empty (0 bytes), not an .xlsx file`,
  too_large_input: (p) => `${p.file}: the file is too large (${p.other ?? ""})`,
  no_workbooks: (p) => `${p.file}: the folder holds no .xlsx file`,
  no_returns: (p) => `${p.file}: holds no plan-returns workbook; nothing written`,
  no_returns_of_year: (p) => `${p.file}: holds no return of ${p.years?.asked ?? ""} (the returns' 填报说明 sheets (their covers) give ${(p.years?.own ?? []).join(", ")}, as above); nothing written. To use these returns, give --year ${p.years?.own[0] ?? ""}; for forms of ${p.years?.asked ?? ""}, roll them over with rollover`,
  csv_input: (p) => `${p.file}: a CSV text file ${csvValuesWords("en")}`,
  name_too_long: (p) => `${p.file}: the file name is longer than the file system allows (usually 255 bytes; a Chinese character takes 3); nothing was written (the original is unchanged); shorten the name and run again, or write a shorter name with --out`,
  name_refused: (p) => `${p.file}: the file system refuses this file name (${p.other ?? ""}: perhaps a character that disk does not allow); nothing was written (the original is unchanged); use a name of common characters`,
  open_elsewhere: (p) => `${p.listed ? `${capitalised(whoEn(p.lock))}` : `${p.file}: ${whoEn(p.lock)}`} is editing this file (${p.lock?.lock ?? ""}): ask them to close it and run again${p.listed ? "" : "; nothing written"} (if no one has it open, the lock file is left over: delete it and run again)`,
  lock_file: (p) => lockFileEn(p),
};

/** The one-line message of a file problem, in Chinese or English. */
export function fileMessage(p: FileProblemData, lang: Lang = "zh"): string {
  return (lang === "en" ? EN : ZH)[p.code](p);
}
