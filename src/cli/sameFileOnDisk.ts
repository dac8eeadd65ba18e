import { realpathSync, statSync } from "node:fs";

/**
 * Whether paths `a` and `b` name one file on disk: the same device and file id (a link, `./`, `..`, another
 * case of the name on a case-insensitive disk), or, where the file system gives no id (0), the same real path
 * as the file system spells it. False when either is missing.
 */
export function sameFileOnDisk(a: string, b: string): boolean {
  try {
    const x = statSync(a, { bigint: true });
    const y = statSync(b, { bigint: true });
    if (x.ino !== 0n && y.ino !== 0n) return x.dev === y.dev && x.ino === y.ino;
    return realpathSync.native(a) === realpathSync.native(b);
  } catch {
    return false;
  }
}
