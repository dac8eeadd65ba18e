/**
 * Exit codes a script can act on (EXIT.ts): 1 the command line is wrong, 2 a file cannot be read, 5 the
 * command was understood and the file read, but what the file holds does not allow it. `lock` and
 * `review` whose written file did not read back as the original exited 1, the code of a usage error,
 * though nothing on the command line was wrong.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import type * as LoadWorkbookFile from "../../src/cli/loadWorkbookFile";

/** When set, the next read of written bytes (the read-back) comes back with one more cell on the first sheet. */
let mockTamper = false;
let mockReads = 0;
jest.mock("../../src/cli/loadWorkbookFile", () => {
  const actual = jest.requireActual<typeof LoadWorkbookFile>("../../src/cli/loadWorkbookFile");
  return {
    ...actual,
    gridOfBytes: async (...args: Parameters<typeof actual.gridOfBytes>) => {
      const loaded = await actual.gridOfBytes(...args);
      // the command's first read is the file as it is; its second, the bytes it is about to write
      if (mockTamper && ++mockReads === 2 && loaded.ok) loaded.grid.sheets[0]?.rows.push([{ type: "string", text: "moved" }]);
      return loaded;
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "refusal-exit-"));
const files: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, year] of [["r2024", "2024"], ["r2023", "2023"]] as const) {
    files[name] = join(dir, `${name}.xlsx`);
    const made = await cli("template", "zhoushan-2021-2025", "--year", year, "--out", files[name]!);
    expect(made.code).toBe(0);
  }
  files["copy"] = join(dir, "copy.xlsx");
  copyFileSync(files["r2024"]!, files["copy"]);
  files["notXlsx"] = join(dir, "not.xlsx");
  writeFileSync(files["notXlsx"], "not a workbook");
}, 60000);

afterEach(() => { mockTamper = false; mockReads = 0; });

describe("each refusal exits with the code of what stops it, the file unchanged", () => {
  test.each<[string, number, string[], boolean, RegExp]>([
    // refused: the return read and checked, but it does not survive the edit as it is
    ["lock, the locked file not reading back", 5, ["lock", "{r2024}"], true, /锁定后读回与原文件不一致，已中止，原文件未改动$/],
    ["lock, the same (en)", 5, ["lock", "{r2024}", "--lang", "en"], true, /the locked file did not read back as the original; stopped, the original is unchanged$/],
    ["review, the other cells not reading back", 5, ["review", "{r2024}"], true, /写回后其他单元格与原文件不一致，已中止，原文件未改动$/],
    ["review, the same (en)", 5, ["review", "{r2024}", "--lang", "en"], true, /with the review sheet written, the other cells did not read back as the original; stopped, the original is unchanged$/],
    // usage: the command line names the wrong file as the version replaced (name the right one)
    ["review --replaces the file itself", 1, ["review", "{r2024}", "--replaces", "{r2024}"], false, /\S/],
    ["review --replaces a byte-identical copy", 1, ["review", "{r2024}", "--replaces", "{copy}"], false, /\S/],
    ["review --replaces a return of another year", 1, ["review", "{r2024}", "--replaces", "{r2023}"], false, /2023/],
    // unreadable
    ["review of a file that is no workbook", 2, ["review", "{notXlsx}"], false, /\S/],
    ["lock of a file that is no workbook", 2, ["lock", "{notXlsx}"], false, /\S/],
  ])("%s: exit %i", async (_, code, args, tamper, says) => {
    const argv = args.map((a) => a.replace(/^\{(\w+)\}$/, (_m, k: string) => files[k] ?? a));
    const before = readFileSync(argv[1]!);
    mockTamper = tamper;
    const r = await cli(...argv);
    expect([r.code, r.out, r.err.trim().split("\n").length]).toEqual([code, "", 1]);
    expect(r.err.trim()).toMatch(says);
    expect(readFileSync(argv[1]!).equals(before)).toBe(true);
  }, 60000);

  test("without the fault both commands run (exit 0): the refusals above are the read-back's", async () => {
    const f = join(dir, "clean.xlsx");
    copyFileSync(files["r2024"]!, f);
    expect((await cli("review", f)).code).toBe(0);
    expect((await cli("lock", f)).code).toBe(0);
  }, 60000);
});
