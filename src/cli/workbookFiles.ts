import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { lockedName } from "../hosts/lockedName";
import { openReturns, type OpenReturn } from "./openReturns";
import { REPLACED_FOLDER } from "./REPLACED_FOLDER";

/** The files a command's arguments name: each file once, in order, and the folders that held none. */
export interface WorkbookFiles {
  files: string[];
  /** folders named that hold no workbook */
  empty: string[];
  /** the files found in a folder rather than named (resolved paths) */
  inFolder: ReadonlySet<string>;
  /** subfolders of a folder named that hold workbooks and were not read (subfoldersOf) */
  subfolders: Subfolder[];
  /** the files found in a folder that someone has open (a lock file beside them: openReturns), in the files' order */
  open: OpenReturn[];
}

/**
 * A subfolder of a folder given on the command line, at any depth, that holds workbooks of its own
 * (as workbooksIn lists them) and was not read: folders are read one level deep (a 旧版 or 备份
 * subfolder holds old copies; read with the rest they would be summed twice or refused as duplicates),
 * so each is named with how many files it holds and how to include it. `under`: the folder given;
 * `files`: the workbooks it holds, not named on their own.
 */
export interface Subfolder {
  folder: string;
  under: string;
  files: string[];
}

/** at most this many folders are walked under one folder given: a whole disk given by mistake stays quick */
const MAX_FOLDERS = 2000;

/**
 * The workbooks a folder holds, by name: its .xlsx and .xlsm files (one package, read alike), .xltx and
 * .xltm (a return saved 另存为模板: the same package under a template's content type, read as it is) and the
 * spreadsheets a county may send instead (.xls, .xlsb, .ods, WPS .et, and .csv), and the archives one may come packed in
 * (.zip, .rar, .7z), so each of those gets its own line saying to save it as .xlsx (for .csv, to
 * fill the distributed file again; for an archive, to extract it) rather than vanishing from the count. Not its subfolders, not the lock files of
 * Excel, WPS and LibreOffice (lockedName), not hidden files. A symbolic link to a file is that file (a folder of links to the returns
 * was "no .xlsx files" in a corpus sweep); a broken link is listed, so the reader names it.
 */
function workbooksIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => (e.isFile() || (e.isSymbolicLink() && !isFolder(join(folder, e.name)))) && /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|et|csv|zip|rar|7z)$/i.test(e.name) && !lockedName(e.name) && !e.name.startsWith("."))
    .map((e) => e.name).sort().map((n) => join(folder, n));
}

/**
 * The subfolders of `folder`, at any depth, holding workbooks: hidden ones (and macOS's __MACOSX) left
 * out, and 被替换的旧文件 (REPLACED_FOLDER: the files our own writes replaced, never returns to read or chase), those in `given` (named on the command line: read, they report their own) neither listed nor
 * walked, a folder reached twice through links walked once.
 */
export function subfoldersOf(folder: string, given: ReadonlySet<string>, named: ReadonlySet<string> = new Set()): Subfolder[] {
  const out: Subfolder[] = [];
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    let entries;
    try {
      const real = realpathSync(dir);
      if (seen.has(real) || seen.size >= MAX_FOLDERS) return;
      seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.map((x) => x.name).sort()) {
      const sub = join(dir, e);
      if (e.startsWith(".") || e === "__MACOSX" || e === REPLACED_FOLDER || given.has(resolve(sub)) || !isFolder(sub)) continue;
      const files = workbooksIn(sub).filter((f) => !named.has(resolve(f)));
      if (files.length) out.push({ folder: sub, under: folder, files });
      walk(sub);
    }
  };
  walk(folder);
  return out;
}

/** The spreadsheets' names (not paths) in `folder` and its subfolders at any depth, each with the folder holding it: the files an archive there may already have been extracted to. */
export function namesUnder(folder: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of workbooksIn(folder)) names.set(basename(f), folder);
  for (const s of subfoldersOf(folder, new Set())) for (const f of s.files) if (!names.has(basename(f))) names.set(basename(f), s.folder);
  return names;
}

/** Whether `p` is a folder (false when it is a file or not there: the reader then names it). */
export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `check` and `summary`'s arguments as files: a folder stands for its workbooks (by name), a file
 * for itself. A file named and also in a folder named is listed once; a file found in a folder
 * that the command itself reads or writes for another purpose (`besides`: its --out, --ledger,
 * --previous, --city) is not taken for a return, while the same file named on its own is.
 * `keepNamedTwice`: a file named twice on its own stays twice (summary refuses it as a slip).
 * Subfolders are not read: those holding workbooks come back as `subfolders`, for each command to name; the files found
 * in a folder that someone has open (their lock file beside them), as `open`.
 */
export function workbookFiles(paths: readonly string[], besides: readonly string[] = [], keepNamedTwice = false): WorkbookFiles {
  const skip = new Set(besides.map((p) => resolve(p)));
  const folders = new Set(paths.filter(isFolder));
  const named = new Set(paths.filter((p) => !folders.has(p)).map((p) => resolve(p)));
  const files: string[] = [];
  const seen = new Set<string>();
  const empty: string[] = [];
  const inFolder = new Set<string>();
  const given = new Set([...folders].map((p) => resolve(p)));
  const subfolders: Subfolder[] = [];
  const walked = new Set<string>();
  const open: OpenReturn[] = [];
  for (const p of paths) {
    if (!folders.has(p)) {
      if (keepNamedTwice || !seen.has(resolve(p))) files.push(p);
      seen.add(resolve(p));
      continue;
    }
    const found = workbooksIn(p).filter((f) => !skip.has(resolve(f)));
    if (found.length === 0) empty.push(p);
    if (!walked.has(resolve(p))) subfolders.push(...subfoldersOf(p, given, named));
    walked.add(resolve(p));
    // a file also named on its own is taken where it is named
    const taken: string[] = [];
    for (const f of found) if (!seen.has(resolve(f)) && !named.has(resolve(f))) { seen.add(resolve(f)); inFolder.add(resolve(f)); files.push(f); taken.push(f); }
    if (taken.length) open.push(...openReturns(p, taken));
  }
  return { files, empty, inFolder, subfolders, open };
}
