import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RowStore } from "../sheet/RowStore";
import { removeOnExit } from "./removeOnExit";

const CHUNK = 1 << 20;

/**
 * A RowStore spooled to a temporary file as JSON lines (issue 19): pushing costs a line of
 * buffer, iterating reads the file back in 1 MiB chunks, so the summary of thousands of returns
 * holds none of their rows in memory. `FileRowStore.folder()` makes the folder every store of
 * one run writes into; `remove()` deletes it (call it in a finally); an interrupted run's is removed as the process ends (removeOnExit).
 */
export class FileRowStore<T> implements RowStore<T> {
  private fd: number;
  private buffered: string[] = [];
  private bufferedChars = 0;
  private count = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w+", 0o600);
  }

  /** A private temporary folder for one run's stores, with a way to make stores in it and to remove it. */
  static folder(): { store<T>(): FileRowStore<T>; remove(): void } {
    const dir = mkdtempSync(join(tmpdir(), "plan-returns-summary-"));
    // removed however the run ends (Ctrl-C included), not only in the caller's finally
    const forget = removeOnExit(dir);
    const open: FileRowStore<unknown>[] = [];
    let n = 0;
    return {
      store<T>(): FileRowStore<T> {
        const s = new FileRowStore<T>(join(dir, `rows-${++n}.jsonl`));
        open.push(s as FileRowStore<unknown>);
        return s;
      },
      remove(): void {
        for (const s of open) s.close();
        rmSync(dir, { recursive: true, force: true });
        forget();
      },
    };
  }

  get length(): number {
    return this.count;
  }

  push(row: T): void {
    const line = JSON.stringify(row);
    this.buffered.push(line);
    this.bufferedChars += line.length + 1;
    this.count++;
    if (this.bufferedChars > CHUNK) this.flush();
  }

  private flush(): void {
    if (this.buffered.length === 0) return;
    const data = Buffer.from(this.buffered.join("\n") + "\n", "utf8");
    let at = 0;
    while (at < data.length) at += writeSync(this.fd, data, at, data.length - at);
    this.buffered = [];
    this.bufferedChars = 0;
  }

  *[Symbol.iterator](): Iterator<T> {
    this.flush();
    const buf = Buffer.alloc(CHUNK);
    let pos = 0;
    let rest = "";
    for (;;) {
      const n = readSync(this.fd, buf, 0, CHUNK, pos);
      if (n <= 0) break;
      pos += n;
      // read as latin1 (one char per byte), so a UTF-8 character cut at the chunk's end is decoded once its line is whole
      const text = rest + buf.toString("latin1", 0, n);
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const l of lines) if (l) yield JSON.parse(Buffer.from(l, "latin1").toString("utf8")) as T;
    }
    if (rest) yield JSON.parse(Buffer.from(rest, "latin1").toString("utf8")) as T;
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }
}
