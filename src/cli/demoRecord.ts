import { existsSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { join } from "node:path";
import { sha256Bytes } from "./sha256Bytes";
import { readWithSnapshot, writeFileSafely } from "./writeFileSafely";

/** The record's name in the demo's folder: hidden, so the folder readers (workbookFiles) pass it over. */
export const DEMO_RECORD = ".plan-returns-demo.json";

/** What the record says it is, for a person who finds it (not a message of the CLI: the file holds both languages). */
const ABOUT = "plan-returns demo 写入此文件夹的文件（sha256）：再次运行 demo 时只替换仍与写出时相同的文件。/ The files plan-returns demo wrote here (sha256): a later demo replaces only those still as written.";

/**
 * What `demo` wrote into its folder, file by file: the sha256 of every version of it that a demo wrote (the last run's,
 * and one being written), kept in DEMO_RECORD. A file whose bytes are one of them is as a demo wrote it, whatever
 * version of the tool wrote it and whatever the new one writes: nobody touched it (any save by a person changes the
 * bytes). Each new version is recorded (`writing`) before the file takes it, so a run stopped between the two leaves
 * both recorded and the next run still knows the file; `finish` keeps only what this run wrote.
 */
export interface DemoRecord {
  /** whether bytes of sha256 `hash` (the file's snapshot hash, readWithSnapshot) are what a demo wrote as `name` (a name in the folder); null: no record of that name (a folder of an older demo) */
  wrote(name: string, hash: string): boolean | null;
  /** records `bytes` as what this run writes as `name`, before it is written (atomically, as every file: writeFileSafely) */
  writing(name: string, bytes: Uint8Array): Promise<void>;
  /** the record as this run leaves it: what it wrote, and what earlier runs wrote of files still there */
  finish(): Promise<void>;
}

/** The record of `folder`; an empty one where there is none, or one that does not read (never a reason to overwrite: the files are then compared). */
export async function demoRecord(folder: string): Promise<DemoRecord> {
  const file = join(folder, DEMO_RECORD);
  const files = new Map<string, string[]>();
  const now = new Map<string, string>();
  try {
    const data = JSON.parse(await fsp.readFile(file, "utf8")) as unknown;
    const listed = typeof data === "object" && data !== null ? (data as { files?: unknown }).files : undefined;
    if (typeof listed === "object" && listed !== null) {
      for (const [name, hashes] of Object.entries(listed)) {
        if (Array.isArray(hashes)) files.set(name, hashes.filter((h): h is string => typeof h === "string"));
      }
    }
  } catch {
    // none, or not ours to read: every file is compared by what it holds
  }
  const save = async (): Promise<void> => {
    const text = JSON.stringify({ about: ABOUT, files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }, null, 2) + "\n";
    const old = existsSync(file) ? await readWithSnapshot(file) : null;
    await writeFileSafely(file, Buffer.from(text, "utf8"), old ? { expected: old.snapshot } : { makeFolder: true });
  };
  return {
    wrote: (name, hash) => {
      const hashes = files.get(name);
      return hashes ? hashes.includes(hash) : null;
    },
    writing: async (name, bytes) => {
      const hash = sha256Bytes(bytes);
      now.set(name, hash);
      files.set(name, [...new Set([...(files.get(name) ?? []), hash])]);
      await save();
    },
    finish: async () => {
      for (const name of [...files.keys()]) {
        const hash = now.get(name);
        if (hash) files.set(name, [hash]);
        else if (!existsSync(join(folder, name))) files.delete(name);
      }
      await save();
    },
  };
}
