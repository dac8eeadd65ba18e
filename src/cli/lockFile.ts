import { openSync, readSync, closeSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { lockedName, lockNamesOf, type LockKind } from "../hosts/lockedName";

/**
 * A lock file an office program keeps beside a workbook it has open: LibreOffice's `.~lock.<name>#`
 * (text `OOoUser,SysUser,Host,Date,URL;`) or Excel's and WPS's owner file `~$<name>` (a length byte, then
 * the user name in the ANSI code page padded to 54 bytes, so a 2-byte length at offset 55 and the name in
 * UTF-16LE from 57, as in a real one Excel wrote: ClosedXML's ~$LoadPivotTables.xlsx; WPS may leave it empty).
 * Its presence means someone has `target` open and their next save replaces what we write. `holder`
 * and `host`: what the lock file says, when it says it legibly (a lock file is read defensively).
 * The names are hosts/lockedName's (their one home, shared with the xlsx reader's archives): folder readers
 * skip them (workbookFiles), an in-place write refuses beside one (writeFileSafely), a command given one
 * names the workbook it locks (loadWorkbookFile).
 */
export interface LockFile {
  /** the lock file's name (no folder) */
  lock: string;
  /** the workbook's name it locks (no folder) */
  target: string;
  kind: LockKind;
  /**
   * lockFileOf: the workbook's path, beside the lock file as that was named (its folder joined with `target`),
   * and whether a file is there, so a command given the lock file asks for the return (or says it is not there)
   */
  workbook?: { path: string; present: boolean };
  holder?: string;
  host?: string;
}

/** a name as shown in one line: no control characters, at most 40 characters */
function clean(s: string | undefined): string | undefined {
  const t = Array.from(s ?? "").filter((c) => { const x = c.codePointAt(0) ?? 0; return x >= 0x20 && x !== 0x7f && x !== 0xfffd; }).join("").trim().slice(0, 40);
  return t || undefined;
}

/** LibreOffice's fields, split on commas not escaped by a backslash, up to the closing `;`. */
function libreFields(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "\\" && i + 1 < text.length) { cur += text[++i]; continue; }
    if (c === ";") break;
    if (c === ",") { out.push(cur); cur = ""; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** Who a lock file's bytes say has the workbook open (and on which computer), as far as they say it legibly. */
export function lockHolder(kind: LockFile["kind"], b: Uint8Array): Pick<LockFile, "holder" | "host"> {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (kind === "libreoffice") {
    const f = libreFields(new TextDecoder("utf-8", { fatal: false }).decode(buf.subarray(0, 2048)));
    const holder = clean(f[0]) ?? clean(f[1]);
    const host = clean(f[2]);
    return { ...(holder ? { holder } : {}), ...(host ? { host } : {}) };
  }
  // the UTF-16LE copy (Chinese names are legible only there), else the ANSI one when it is plain ASCII or UTF-8
  // (offset 55: the length byte and the 54 ANSI bytes before it; session 42 read it one byte early, at 54)
  const wide = buf.length >= 59 ? buf.readUInt16LE(55) : 0;
  if (wide > 0 && wide <= 54 && buf.length >= 57 + wide * 2) {
    const holder = clean(buf.subarray(57, 57 + wide * 2).toString("utf16le"));
    if (holder) return { holder };
  }
  const n = buf[0] ?? 0;
  if (n > 0 && n <= 54 && buf.length >= 1 + n) {
    try {
      const holder = clean(new TextDecoder("utf-8", { fatal: true }).decode(buf.subarray(1, 1 + n)));
      if (holder) return { holder };
    } catch {
      // a GBK name in the ANSI part: not legible here
    }
  }
  return {};
}

/** Whether `path` is a file (false for anything that cannot be asked). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first bytes of a file (a lock file is small), or null when it cannot be read. */
function head(file: string): Buffer | null {
  try {
    const fd = openSync(file, "r");
    try {
      const b = Buffer.alloc(2048);
      return b.subarray(0, readSync(fd, b, 0, b.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/**
 * The lock file a given file is, with what it says and the workbook it belongs to beside it (`workbook`),
 * or null when its name is not a lock file's.
 */
export function lockFileOf(file: string, bytes?: Uint8Array): LockFile | null {
  const lock = basename(file);
  const named = lockedName(lock);
  if (!named) return null;
  const b = bytes ?? head(file);
  const path = join(dirname(file), named.target);
  return { lock, ...named, ...(b ? lockHolder(named.kind, b) : {}), workbook: { path, present: isFile(path) } };
}

/**
 * The lock file beside `file` saying someone has it open, or null: LibreOffice's, then the owner file of
 * Excel and WPS (lockNamesOf).
 */
export function lockFileBeside(file: string): LockFile | null {
  const target = basename(file);
  for (const { lock, kind } of lockNamesOf(target)) {
    const b = head(join(dirname(file), lock));
    if (b === null) continue;
    return { lock, target, kind, ...lockHolder(kind, b) };
  }
  return null;
}
