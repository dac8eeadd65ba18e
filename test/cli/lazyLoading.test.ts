import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cli } from "../support/cli";

/**
 * Issue 19.2: main.ts only registers commands and each command loads its work with
 * `await import()`, so `check` never loads ExcelJS (writing), docx or mammoth (import, report),
 * nor zod for a workbook this version wrote, nor saxes for parts saxen reads.
 * The CLI runs in a child node; a preload hook writes every module in require.cache at exit.
 */
const dir = mkdtempSync(join(tmpdir(), "lazy-"));
const hook = join(dir, "modules-hook.js");
const returnFile = join(dir, "县甲.xlsx");
const folder = join(dir, "returns");

/** The npm packages a run of the CLI loaded (from the child's require.cache), and its exit code. */
function packagesLoaded(args: string[]): { code: number | null; packages: Set<string>; stderr: string } {
  const out = join(dir, `modules-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-r", hook, resolve("src/cli/main.ts"), ...args], {
    encoding: "utf8", cwd: resolve("."), env: { ...process.env, MODULES_OUT: out }, timeout: 60_000,
  });
  const files = JSON.parse(readFileSync(out, "utf8")) as string[];
  const packages = new Set(files.filter((f) => f.includes("node_modules")).map((f) => {
    const [first, second] = f.split(/node_modules[\\/]/).at(-1)!.split(/[\\/]/);
    return first?.startsWith("@") ? `${first}/${second}` : first ?? "";
  }));
  return { code: r.status, packages, stderr: r.stderr };
}

beforeAll(async () => {
  writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.MODULES_OUT, JSON.stringify(Object.keys(require.cache))));\n");
  const r = await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", returnFile);
  if (r.code !== 0) throw new Error(r.err);
  mkdirSync(folder);
  copyFileSync(returnFile, join(folder, "a.xlsx"));
  copyFileSync(returnFile, join(folder, "b.xlsx"));
}, 60_000);

// zod: the stored templates were validated when written (WorkbookMeta.validated); saxes: only for a part saxen refuses
const HEAVY = ["exceljs", "docx", "mammoth", "zod", "saxes"];

describe.each<[string, () => string[], number]>([
  ["check of one return", () => ["check", returnFile, "--json"], 0],
  ["check of a folder", () => ["check", folder], 0],
  ["check of a file that is not a workbook", () => ["check", join(dir, "nope.xlsx")], 2],
])("%s", (_name, args, code) => {
  let run: ReturnType<typeof packagesLoaded>;
  beforeAll(() => { run = packagesLoaded(args()); }, 60_000);

  test("ran", () => {
    expect(run.code).toBe(code);
  });

  test.each(HEAVY)("does not load %s", (pkg) => {
    expect([...run.packages]).not.toContain(pkg);
  });

  test("reads with JSZip and saxen (the hook sees the packages it loads)", () => {
    if (code === 0) expect([...run.packages]).toEqual(expect.arrayContaining(["jszip", "saxen"]));
  });
});

test("the hook would see ExcelJS: `template` loads it (writing a workbook needs it)", () => {
  const run = packagesLoaded(["template", "zhoushan-2021-2025", "--year", "2023", "--out", join(dir, "t.xlsx")]);
  expect(run.code).toBe(0);
  expect([...run.packages]).toEqual(expect.arrayContaining(["exceljs", "zod"]));
}, 60_000);
