import { basename, dirname, extname, join } from "node:path";
import { REPLACED_FOLDER } from "./REPLACED_FOLDER";

/** the UTF-8 bytes a file name may take here: below the usual 255-byte limit, with room for "(99)" */
const NAME_BYTES = 240;

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * Where the old content of `file`, replaced at `when` (local time), is kept: `<its folder>/被替换的旧文件/<name>（被替换
 * 2026-12-06 1340）.xlsx`, the `n`th such copy of that minute with `(n)` after it (as Windows numbers copies), the name cut
 * short where it would pass the file system's limit (a 75-character Chinese name takes 225 bytes). No colon: Windows
 * refuses one in a name.
 */
export function replacedCopyPath(file: string, when: Date, n = 1): string {
  const ext = extname(file);
  let stem = basename(file, ext);
  const stamp = `（被替换 ${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ${two(when.getHours())}${two(when.getMinutes())}）${n > 1 ? `(${n})` : ""}`;
  while (stem.length > 1 && Buffer.byteLength(stem + stamp + ext) > NAME_BYTES) stem = [...stem].slice(0, -1).join("");
  return join(dirname(file), REPLACED_FOLDER, `${stem}${stamp}${ext}`);
}
