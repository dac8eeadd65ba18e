import { randomBytes } from "node:crypto";
import { sha256Bytes } from "./sha256Bytes";
import * as fsp from "node:fs/promises";
import { constants, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { FileProblem, fileProblemOf } from "./FileProblem";
import { lockFileBeside } from "./lockFile";
import { REPLACED_FOLDER } from "./REPLACED_FOLDER";
import { replacedCopyPath } from "./replacedCopyPath";
import { removeOnExit } from "./removeOnExit";
import { sameContent } from "./sameContent";

/** What a file was when it was read: compared again just before the write is committed. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
  /** sha256 of the bytes, hex */
  hash: string;
}

/** The fs calls a write uses; tests replace one to inject a failure (a full disk, EIO). */
export interface WriteIo {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  link: typeof fsp.link;
}

export interface WriteOptions {
  /** replace an existing file (never one of `inputs`) */
  force?: boolean;
  /** the files the command read: never written, even with force (compared by device and inode) */
  inputs?: string[];
  /** an in-place edit: the file as it was read; nothing is written if it changed since */
  expected?: FileSnapshot;
  /** create the folder (and its parents) when missing */
  makeFolder?: boolean;
  /** test hook: runs after the temporary file is complete, just before the commit */
  beforeCommit?: () => void | Promise<void>;
  io?: Partial<WriteIo>;
  /** test hook: the time a replaced file's copy is named after (replacedCopyPath) */
  now?: () => Date;
}

/** What a write did beyond writing the file. */
export interface Written {
  /**
   * Where the file it replaced (--force) was kept, because it held something other than what was written
   * (replacedCopyPath, in the 被替换的旧文件 subfolder); null when there was no file, or it held the same (sameContent).
   */
  kept: string | null;
}

/**
 * Our temporary files: `.plan-returns-<pid>-<hex>.tmp`, short so a target of a long Chinese name (75 characters,
 * 225 bytes) stays under the 255-byte name limit; and the older `.<name>.plan-returns-…` shape, still swept.
 */
const TMP = /^\.(?:.+\.)?plan-returns-(\d+)-[0-9a-f]+\.tmp$/;

/** Reads a file with its snapshot, for an in-place edit. Errors are FileProblems (exit 2). */
export async function readWithSnapshot(file: string): Promise<{ bytes: Buffer; snapshot: FileSnapshot }> {
  try {
    const real = await fsp.realpath(file);
    const bytes = await fsp.readFile(real);
    const st = await fsp.stat(real);
    return { bytes, snapshot: { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev, hash: sha256Bytes(bytes) } };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new FileProblem({ code: "not_found", file });
    throw fileProblemOf(e, file) ?? e;
  }
}

/** The file a path names once symlinks are followed (a dangling link: the file it points to). */
async function followLinks(file: string): Promise<string> {
  let p = resolve(file);
  for (let i = 0; i < 40; i++) {
    let st: Stats;
    try {
      st = await fsp.lstat(p);
    } catch {
      return p;
    }
    if (!st.isSymbolicLink()) return p;
    p = resolve(dirname(p), await fsp.readlink(p));
  }
  return p;
}

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fsp.stat(p);
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return null;
    throw e;
  }
}

/** Temporary files of ours whose process is gone (killed mid-write) are removed from the folder. */
async function sweepStale(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = TMP.exec(n);
    if (!m?.[1]) continue;
    const pid = Number(m[1]);
    let alive = pid === process.pid;
    if (!alive) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch (e) {
        alive = (e as { code?: string }).code === "EPERM";
      }
    }
    if (!alive) await fsp.unlink(join(dir, n)).catch(() => undefined);
  }
}

function sameFile(a: Stats, b: { dev: number; ino: number }): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Writes `data` to `file` atomically and carefully (architecture.md, "every write is atomic"):
 * the bytes go to a temporary file in the same folder, are flushed (fsync), and only then take
 * the name — by rename over an existing file (its permission bits kept), or by a hard link
 * that fails if a file appeared under the name meanwhile. A symlink's target is written, the
 * link kept. Refuses (FileProblem, nothing written) when the file exists and neither `force`
 * nor `expected` is given, when it is one of `inputs`, when it changed since `expected`
 * (or since this call began), or, for an in-place edit (`expected`), when a lock file beside it
 * (lockFileBeside) says someone has it open (open_elsewhere). No temporary file is left behind on any failure; one left by
 * a killed process is swept on the next write into the folder. A file replaced with `force` that holds anything but what
 * is written (sameContent: not our own output of the same inputs written again) is first kept, by a hard link (a copy
 * where the file system has none) in the 被替换的旧文件 subfolder beside it (`kept`; session 44: a folder rolled over
 * twice with --force lost the figures a unit had typed into its new return); the copy is removed if the write fails.
 */
export async function writeFileSafely(file: string, data: Uint8Array, opts: WriteOptions = {}): Promise<Written> {
  const io: WriteIo = { open: fsp.open, rename: fsp.rename, link: fsp.link, ...opts.io };
  let tmp: string | null = null;
  let forget = (): void => undefined;
  let kept: string | null = null;
  let committed = false;
  try {
    const real = await followLinks(file);
    const dir = dirname(real);
    const dirSt = await statOrNull(dir);
    if (!dirSt) {
      if (!opts.makeFolder) throw new FileProblem({ code: "no_folder", file });
      await fsp.mkdir(dir, { recursive: true });
    } else if (!dirSt.isDirectory()) {
      throw new FileProblem({ code: "parent_not_folder", file });
    }
    const before = await statOrNull(real);
    if (before?.isDirectory()) throw new FileProblem({ code: "is_folder", file });
    if (before) {
      for (const input of opts.inputs ?? []) {
        const st = await statOrNull(resolve(input)).catch(() => null);
        if (st && sameFile(st, before)) throw new FileProblem({ code: "is_input", file, other: input });
      }
      if (opts.expected) {
        // someone has it open (a lock file beside it): their next save would replace ours
        const lock = lockFileBeside(real);
        if (lock) throw new FileProblem({ code: "open_elsewhere", file, lock });
        if (!sameFile(before, opts.expected) || before.size !== opts.expected.size || before.mtimeMs !== opts.expected.mtimeMs) {
          throw new FileProblem({ code: "changed", file });
        }
      } else if (!opts.force) {
        throw new FileProblem({ code: "exists", file });
      }
      if ((before.mode & 0o222) === 0) throw new FileProblem({ code: "read_only_file", file });
    } else if (opts.expected) {
      throw new FileProblem({ code: "changed", file });
    }
    // replaced with --force: kept unless it holds what is written (an in-place edit keeps what it read by its own rules)
    const keep = before !== null && !opts.expected && !(await sameContent(await fsp.readFile(real), data));
    await sweepStale(dir);

    tmp = join(dir, `.plan-returns-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
    // Ctrl-C mid-write: removed as the process ends, not left for the next write's sweep
    forget = removeOnExit(tmp);
    const h = await io.open(tmp, "wx", before ? 0o600 : 0o666);
    try {
      let at = 0;
      while (at < data.length) {
        const { bytesWritten } = await h.write(data, at, data.length - at);
        if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
        at += bytesWritten;
      }
      await h.sync();
      if (before) {
        await h.chmod(before.mode & 0o7777);
        if (before.uid !== process.getuid?.() || before.gid !== process.getgid?.()) await h.chown(before.uid, before.gid).catch(() => undefined);
      }
    } finally {
      await h.close();
    }
    await opts.beforeCommit?.();

    // compare what is on disk now with what was read (or found) before committing
    const now = await statOrNull(real);
    if (before) {
      if (!now || !sameFile(now, before) || now.size !== before.size || now.mtimeMs !== before.mtimeMs) throw new FileProblem({ code: "changed", file });
      if (opts.expected && sha256Bytes(await fsp.readFile(real)) !== opts.expected.hash) throw new FileProblem({ code: "changed", file });
      if (keep) kept = await keepReplaced(real, before, file, io, (opts.now ?? (() => new Date()))());
      await io.rename(tmp, real);
      tmp = null;
    } else {
      if (now) throw new FileProblem({ code: "appeared", file });
      try {
        await io.link(tmp, real); // fails with EEXIST if the name was taken meanwhile: never clobbers
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "EEXIST") throw new FileProblem({ code: "appeared", file });
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
        // a file system without hard links: check once more, then rename
        if (await statOrNull(real)) throw new FileProblem({ code: "appeared", file });
        await io.rename(tmp, real);
        tmp = null;
      }
    }
    committed = true;
    for (const folder of kept ? [dir, dirname(kept)] : [dir]) {
      const d = await fsp.open(folder, "r").catch(() => null);
      if (d) await d.sync().catch(() => undefined).finally(() => d.close());
    }
    // said as the caller named the file (a link's copy is beside the file it points to)
    return { kept: kept && real === resolve(file) ? join(dirname(file), REPLACED_FOLDER, basename(kept)) : kept };
  } catch (e) {
    throw fileProblemOf(e, file) ?? e;
  } finally {
    if (tmp) await fsp.unlink(tmp).catch(() => undefined);
    // not written: the file is still there as it was, so its copy is not needed (nor the folder made for it, when empty)
    if (kept && !committed) {
      await fsp.unlink(kept).catch(() => undefined);
      await fsp.rmdir(dirname(kept)).catch(() => undefined);
    }
    forget();
  }
}

/**
 * Keeps the file `real` names, as it was found (`before`), under replacedCopyPath in the 被替换的旧文件 subfolder: a hard
 * link (the same bytes, no copy; it stays the old file once the new one takes the name), or a copy where the file system
 * has no hard links; never over a copy already there (the next number). The copy must still be the file found, else
 * the file changed under us (`changed`, nothing replaced). Returns the copy's path.
 */
async function keepReplaced(real: string, before: Stats, file: string, io: WriteIo, when: Date): Promise<string> {
  const folder = join(dirname(real), REPLACED_FOLDER);
  const made = !(await statOrNull(folder));
  if (made) await fsp.mkdir(folder);
  try {
    for (let n = 1; n < 1000; n++) {
      const copy = replacedCopyPath(real, when, n);
      let linked = true;
      try {
        await io.link(real, copy);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "EEXIST") continue;
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
        try {
          await fsp.copyFile(real, copy, constants.COPYFILE_EXCL);
        } catch (e2) {
          if ((e2 as { code?: string }).code === "EEXIST") continue;
          throw e2;
        }
        linked = false;
      }
      const st = await statOrNull(linked ? copy : real);
      const copied = linked || (await statOrNull(copy))?.size === before.size;
      if (!st || !sameFile(st, before) || st.size !== before.size || st.mtimeMs !== before.mtimeMs || !copied) {
        await fsp.unlink(copy).catch(() => undefined);
        throw new FileProblem({ code: "changed", file });
      }
      return copy;
    }
    throw new FileProblem({ code: "appeared", file });
  } catch (e) {
    // nothing kept: the folder made for it goes too
    if (made) await fsp.rmdir(folder).catch(() => undefined);
    throw e;
  }
}
