/**
 * The corpus sweep: every file of one or more folders of real-world spreadsheets (any program's
 * .xlsx, .xlsm, .xltx, .xlsb, .xls, .ods, .et, .csv) put through `check` and `import`, and each
 * folder through `check`, `summary` and `report` (all `--json`), as the built CLI runs them. Not a
 * jest test: the corpus is not in the repository (licences; see test/fixtures/corpus/README.md for
 * the public repositories it was taken from and the command). Needs `npm run build:cli` first.
 *
 *   npx ts-node --transpile-only test/corpus/sweep.ts <folder>... [--out sweep.jsonl]
 *
 * What is wrong, printed one a line and counted at the end (exit 1 when any): an exit code 3 or
 * an `internal` reason, a stack trace (`    at `) on stderr, a refusal (exit 2) whose stderr is not
 * exactly one line per file, a call past its time limit (60 s a file, 20 min a folder). Each call
 * runs in its own process with a time limit, so a file that hangs is named, not waited for.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const CLI = resolve(__dirname, "../../bin/plan-returns.js");
const FILE_MS = 60_000;
const FOLDER_MS = 20 * 60_000;

interface Call { what: string; target: string; code: number | null; ms: number; stderr: string; stdout: string; timedOut: boolean }

function call(args: string[], limit: number): Call {
  const t = Date.now();
  const p = spawnSync("node", [CLI, ...args], { encoding: "utf8", timeout: limit, maxBuffer: 256 * 1024 * 1024 });
  const timedOut = p.error !== undefined && (p.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
  return { what: args[0] ?? "", target: args[1] ?? "", code: p.status, ms: Date.now() - t, stderr: p.stderr ?? "", stdout: p.stdout ?? "", timedOut };
}

/** What is wrong with a call, or null. `perFile`: a refusal says one line per file (a folder's check: one per file refused). */
function defect(c: Call, linesExpected?: number): string | null {
  if (c.timedOut) return `took longer than ${c.what === "import" || c.what === "check-file" ? FILE_MS / 1000 : FOLDER_MS / 1000} s`;
  if (c.code === 3 || c.code === null) return `exit ${c.code}: ${c.stderr.split("\n")[0] ?? ""}`;
  if (/\n\s+at /.test(c.stderr) || c.stderr.includes("内部错误")) return `stack trace: ${c.stderr.slice(0, 300)}`;
  if (c.stdout.includes('"reason":"internal"')) return `internal reason: ${c.stdout.slice(0, 300)}`;
  const lines = c.stderr.split("\n").filter((l) => l.trim() !== "").length;
  if (c.code === 2 && linesExpected !== undefined && lines !== linesExpected) return `${lines} stderr lines, ${linesExpected} expected: ${c.stderr.slice(0, 300)}`;
  return null;
}

function main(argv: string[]): number {
  const at = argv.indexOf("--out");
  const out = at >= 0 ? argv[at + 1] : undefined;
  const folders = argv.filter((_a, i) => at < 0 || (i !== at && i !== at + 1));
  const scratch = mkdtempSync(join(tmpdir(), "sweep-"));
  const codes = new Map<string, number>();
  let files = 0;
  let bad = 0;
  let slowest: Call | null = null;
  const seen = (c: Call, problem: string | null): void => {
    const key = `${c.what} ${c.code ?? "killed"}`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
    if (!slowest || c.ms > slowest.ms) slowest = c;
    if (problem) { bad++; process.stdout.write(`DEFECT ${c.what} ${c.target}: ${problem}\n`); }
    if (out) appendFileSync(out, JSON.stringify({ ...c, stdout: c.stdout.slice(0, 2000), stderr: c.stderr.slice(0, 2000), problem }) + "\n");
  };
  for (const folder of folders) {
    const names = readdirSync(folder).filter((n) => statSync(join(folder, n)).isFile()).sort();
    for (const n of names) {
      const f = join(folder, n);
      files++;
      const c = call(["check", f, "--json"], FILE_MS);
      seen({ ...c, what: "check-file" }, defect({ ...c, what: "check-file" }, 1));
      const i = call(["import", f, "--out", join(scratch, "t.json"), "--force"], FILE_MS);
      seen(i, defect(i, 1));
    }
    for (const cmd of ["check", "summary", "report"]) {
      const c = call([cmd, folder, "--json"], FOLDER_MS);
      seen(c, defect(c));
    }
  }
  const s = slowest as Call | null;
  process.stdout.write(`${files} files in ${folders.length} folders; exit codes: ${[...codes].sort().map(([k, v]) => `${k}: ${v}`).join(", ")}\n`);
  process.stdout.write(`slowest: ${s ? `${s.what} ${s.target} ${(s.ms / 1000).toFixed(1)} s` : "-"}; defects: ${bad}\n`);
  return bad > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
