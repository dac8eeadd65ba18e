/**
 * A file past the size limit (MAX_FILE_BYTES, 50 MB) named to `review` or `lock`, which read the bytes themselves: one
 * line in the --lang asked for, from the file catalogue (too_large_input), the line every other command gives the same
 * file. Until this version both said it in Chinese whatever --lang said (review: 文件过大（51.0 MB，上限 50 MB）).
 */
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "too-large-lang-"));
const big = join(dir, "2024-定海区.xlsx");

beforeAll(() => {
  // sparse: refused by its size before a byte is read
  writeFileSync(big, "");
  truncateSync(big, 51 * 1024 * 1024);
});

const SAYS = { zh: "：文件过大（51.0 MB > 50 MB）", en: ": the file is too large (51.0 MB > 50 MB)" } as const;

describe("a file too large, named to review or lock", () => {
  test.each((["review", "lock"] as const).flatMap((cmd) => (["zh", "en"] as const).map((lang) => [cmd, lang] as const)))("%s (%s): one line in that language, as check says it", async (cmd, lang) => {
    const r = await cli(cmd, big, "--lang", lang);
    expect([r.code, r.out]).toEqual([2, ""]);
    const line = r.err.trim();
    expect(line).toBe(`${big}${SAYS[lang]}`);
    expect(/[\u4e00-\u9fff]/.test(line.slice(big.length))).toBe(lang === "zh");
    // the same words as every command that reads a return (loadWorkbookFile)
    expect(line).toBe((await cli("check", big, "--lang", lang)).err.trim());
  });
});
