import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPLACED_FOLDER } from "../../src/cli/REPLACED_FOLDER";
import { writeFileSafely, type WriteOptions } from "../../src/cli/writeFileSafely";

/**
 * Session 44: a write over an existing file (--force) keeps that file in 被替换的旧文件 beside it when it holds anything but
 * what is written; the copy is a hard link (a copy where there are none), numbered (2) within the minute, and gone again
 * when the write fails (the file is then still there as it was). No file there: nothing kept, as before.
 */
const dir = mkdtempSync(join(tmpdir(), "write-keeps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const at = new Date(2026, 11, 6, 13, 40);
const fail = (code: string) => async (): Promise<never> => { throw Object.assign(new Error(code), { code }); };

test.each<[string, string | null, string[], Partial<WriteOptions>, string[] | "refused"]>([
  ["no file there: written, nothing kept", null, ["新"], {}, []],
  ["the same bytes: replaced, nothing kept", "新", ["新"], {}, []],
  ["other bytes: kept under a dated name", "王某填的", ["新"], {}, ["模板（被替换 2026-12-06 1340）.json"]],
  ["twice in one minute: the second copy numbered (2)", "王某填的", ["第二版", "新"], {}, ["模板（被替换 2026-12-06 1340）(2).json", "模板（被替换 2026-12-06 1340）.json"]],
  ["a file system without hard links: copied", "王某填的", ["新"], { io: { link: fail("EPERM") } }, ["模板（被替换 2026-12-06 1340）.json"]],
  ["the write fails at the commit: the file as it was, no copy left", "王某填的", ["新"], { io: { rename: fail("EIO") } }, "refused"],
])("%s", async (_name, old, writes, opts, kept) => {
  const d = join(dir, `case${++n}`);
  mkdirSync(d);
  const f = join(d, "模板.json");
  if (old !== null) writeFileSync(f, old);
  const saved: string[] = [];
  for (const w of writes) {
    const p = writeFileSafely(f, Buffer.from(w), { force: true, now: () => at, ...opts });
    if (kept === "refused") { await expect(p).rejects.toThrow(); continue; }
    const r = await p;
    if (r.kept) saved.push(readFileSync(r.kept, "utf8"));
  }
  const copies = join(d, REPLACED_FOLDER);
  if (kept === "refused") {
    expect(readFileSync(f, "utf8")).toBe(old);
    expect(existsSync(copies)).toBe(false);
    return;
  }
  expect(readFileSync(f, "utf8")).toBe(writes[writes.length - 1]);
  expect(existsSync(copies) ? readdirSync(copies).sort() : []).toEqual(kept);
  // each copy holds what was there before that write
  expect(saved).toEqual(old === null || kept.length === 0 ? [] : [old, ...writes.slice(0, -1)].slice(0, kept.length));
});
