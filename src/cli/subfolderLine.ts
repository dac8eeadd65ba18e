import { sep } from "node:path";
import { commandArg } from "./commandArg";
import type { UnusableTask } from "../domain/UnusableReason";
import type { UnusableFile } from "../cycle/UnusableFile";
import { fileMessage, type Lang } from "./fileMessages";
import type { Subfolder } from "./workbookFiles";

const VERB_ZH: Record<UnusableTask, string> = { summary: "汇总", report: "评估", rollover: "换年度", check: "核对" };
const VERB_EN: Record<UnusableTask, string> = { summary: "summed", report: "evaluated", rollover: "rolled over", check: "checked" };

/** A folder as typed, ending in the separator (省6/舟山市各县填报/), quoted as commandArg quotes so the command can be pasted. */
export function folderArg(folder: string): string {
  const f = folder.endsWith(sep) || folder.endsWith("/") ? folder : folder + sep;
  return commandArg(f);
}

/** The command that reads `s` too: the folder given and the subfolder (summary 省6/ 省6/舟山市各县填报/). */
function commandWith(task: UnusableTask, subs: readonly Subfolder[]): string {
  const under = [...new Set(subs.map((s) => s.under))];
  return [task, ...under.map(folderArg), ...subs.map((s) => folderArg(s.folder))].join(" ");
}

/**
 * The one line a command (`task`) prints for a subfolder of a folder given that holds workbooks and
 * was not read, in `lang`: the subfolder, how many files, the units whose returns are there (`units`,
 * when a list of units expected names them) and how to include it (list it on the command line).
 */
export function subfolderLine(s: Subfolder, task: UnusableTask, lang: Lang, units: readonly string[] = []): string {
  const n = s.files.length;
  if (lang === "en") {
    const whose = units.length ? `, the returns of ${units.join(", ")}` : "";
    return `subfolder not read: ${folderArg(s.folder)} (${n} file${n === 1 ? "" : "s"}${whose}, not ${VERB_EN[task]}); subfolders are not read, to include it list it on the command line: ${commandWith(task, [s])}`;
  }
  const whose = units.length ? `：${units.join("、")}的填报` : "";
  return `未读取的子文件夹：${folderArg(s.folder)}（${n} 个文件${whose}，未${VERB_ZH[task]}）；子文件夹不会自动读取，如要一并${VERB_ZH[task]}，请把它也列在命令行上：${commandWith(task, [s])}`;
}

/**
 * The refusal of a folder that holds no workbook itself, only in subfolders (a province's folder of
 * cities' folders: it was 文件夹中没有 .xlsx 文件), in `lang`: the subfolders with their counts, and the command reading them.
 */
function onlySubfoldersMessage(folder: string, subs: readonly Subfolder[], task: UnusableTask, lang: Lang): string {
  const list = subs.map((s) => (lang === "en" ? `${folderArg(s.folder)} (${s.files.length})` : `${folderArg(s.folder)}（${s.files.length} 个）`));
  return lang === "en"
    ? `${folder}: the folder holds no .xlsx file itself, only its subfolders do: ${list.join(", ")}; subfolders are not read, list them on the command line: ${commandWith(task, subs).replace(` ${folderArg(folder)}`, "")}`
    : `${folder}：文件夹本身没有 .xlsx 文件，只在子文件夹中有：${list.join("、")}；子文件夹不会自动读取，请把它们列在命令行上：${commandWith(task, subs).replace(` ${folderArg(folder)}`, "")}`;
}

/** A folder given that holds no workbook: onlySubfoldersMessage when its subfolders hold some, else 文件夹中没有 .xlsx 文件. */
export function emptyFolderMessage(folder: string, subs: readonly Subfolder[], task: UnusableTask, lang: Lang): string {
  const under = subs.filter((s) => s.under === folder);
  return under.length ? onlySubfoldersMessage(folder, under, task, lang) : fileMessage({ code: "no_workbooks", file: folder }, lang);
}

/** `--json`'s `subfolders` (summary, report, check, rollover): each subfolder not read, its number of files, and the units whose returns sit there when known. */
export function subfoldersJson(subs: readonly Subfolder[], units: readonly UnusableFile[] = []): Array<{ folder: string; files: number; units?: string[] }> {
  return subs.map((s) => {
    const named = units.filter((u) => u.where === folderArg(s.folder)).map((u) => u.unit ?? "");
    return { folder: s.folder, files: s.files.length, ...(named.length ? { units: named } : {}) };
  });
}
