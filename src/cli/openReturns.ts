import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { lockedName } from "../hosts/lockedName";
import { lockFileOf, type LockFile } from "./lockFile";

/**
 * A return read from a folder that someone has open in Excel, WPS or LibreOffice: its lock file lies beside it
 * (`lock`: lockFileOf, with who holds it where the lock file says so). The figures read are the ones it last saved.
 */
export interface OpenReturn {
  /** the return's path, as the folder's files are listed (WorkbookFiles.files) */
  file: string;
  lock: LockFile;
}

/**
 * The returns among `files` (the workbooks found in `folder`) that a lock file beside them says someone has open
 * (hosts/lockedName: `~$<name>` of Excel and WPS, `.~lock.<name>#` of LibreOffice), in the files' order, each once.
 * Folder readers skip lock files (workbookFiles); check, summary and report then say in one line that the return
 * is open and its last saved figures were read, and go on (trial43b F8: it went unsaid while review and lock refuse).
 * None when the folder cannot be listed.
 */
export function openReturns(folder: string, files: readonly string[]): OpenReturn[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const locks = new Map<string, string>();
  for (const n of names) {
    const target = lockedName(n)?.target;
    if (target !== undefined && !locks.has(target)) locks.set(target, n);
  }
  if (locks.size === 0) return [];
  return files.flatMap((file) => {
    const lock = locks.get(basename(file));
    const read = lock === undefined ? null : lockFileOf(join(folder, lock));
    return read ? [{ file, lock: read }] : [];
  });
}
