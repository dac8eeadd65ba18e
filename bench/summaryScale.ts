/**
 * The summary at province scale (issue 19): N county returns are made once (cached in the
 * system's temporary folder), then `plan-returns summary` runs over them in a child process
 * for each N, and the child's CPU seconds and peak resident memory are read from
 * process.resourceUsage() at its exit. Standalone:
 *
 *   npm run build:cli && npx ts-node --transpile-only bench/summaryScale.ts [--quick] [--counts 10,100,1000] [--large 100]
 *
 * and `summaryScale()` for bench/bench.ts. Goals (issue 19, done-when): peak memory at 1,000
 * returns ≤ 300 MB and ≤ 1.5× the peak at 100; CPU(1,000)/CPU(100) ≤ 11; 100 returns of
 * 5,000 indicators complete.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sampleReturn } from "../src/cli/sampleReturn";
import { fillInputs } from "../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../src/templates/catalog";
import type { Template } from "../src/templates/TemplateSchema";
import { syntheticTemplate } from "../test/office/syntheticTemplate";

const YEAR = 2023;
const CLI = resolve(__dirname, "..", "build", "cli", "src", "cli", "main.js");

export interface ScaleRun {
  returns: number;
  indicators: number;
  ok: boolean;
  cpuSeconds: number;
  peakRssMB: number;
  wallSeconds: number;
  outputMB: number;
  error?: string;
}

export interface SummaryScaleResult {
  command: string;
  runs: ScaleRun[];
  /** peak RSS at 1,000 returns over the peak at 100 (goal ≤ 1.5) */
  memoryRatio: number | null;
  /** CPU at 1,000 returns over CPU at 100 (goal ≤ 11) */
  cpuRatio: number | null;
  goals: { peakAt1000: boolean; memoryRatio: boolean; cpuRatio: boolean; large: boolean };
}

/** The template of `indicators` rows: the 48-row seed zhoushan-2021-2025, or it repeated (syntheticTemplate). */
function templateOf(indicators: number): Template {
  if (indicators === 48) return findTemplate("zhoushan-2021-2025") as Template;
  return syntheticTemplate(indicators);
}

/**
 * `n` county returns of the template (their sample values, varied per county so no two hold the
 * same content), written once into a cache folder; returns the files.
 */
export async function makeCountyReturns(n: number, indicators = 48, dir = join(tmpdir(), `plan-returns-scale-${indicators}`)): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const name = (i: number): string => join(dir, `county-${String(i + 1).padStart(5, "0")}.xlsx`);
  const have = new Set(readdirSync(dir));
  const t = templateOf(indicators);
  const base = sampleReturn(t, YEAR);
  for (let i = 0; i < n; i++) {
    if (have.has(`county-${String(i + 1).padStart(5, "0")}.xlsx`)) continue;
    const wb = planToWorkbook(buildWorkbookPlan([t], { year: YEAR, reportingUnit: `县区${i + 1}` }));
    // a county-specific shift (−15%…+12%) and one value unique to the county
    const shift = (((i * 37) % 28) - 15) / 100;
    let unique = false;
    const entries = base.map((e) => {
      if (typeof e.value !== "number") return e;
      const v = Math.round(e.value * (1 + shift) * 100) / 100;
      if (unique) return { ...e, value: v };
      unique = true;
      return { ...e, value: v + (i + 1) / 1000 };
    });
    const left = fillInputs(wb, entries);
    if (left.length) throw new Error(`sample values not placed: ${left.length}`);
    writeFileSync(name(i), Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  }
  return Array.from({ length: n }, (_, i) => name(i));
}

/** The node code the child runs: the CLI, then its own resource use as one JSON line on stderr. */
const CHILD = `const { run } = require(${JSON.stringify(CLI)});
const t0 = Date.now();
run(process.argv.slice(1)).then((code) => {
  const u = process.resourceUsage();
  process.stderr.write("\\nRESOURCE " + JSON.stringify({ code, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRSS: u.maxRSS, wall: (Date.now() - t0) / 1000 }) + "\\n");
  process.exitCode = code;
});`;

/** One `summary` over `files` in a child process: CPU seconds, peak RSS (MB), whether it completed. */
export function runSummaryChild(files: readonly string[], indicators: number): ScaleRun {
  const out = join(tmpdir(), `plan-returns-scale-out-${process.pid}.xlsx`);
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, ["-e", CHILD, "summary", ...files, "--out", out, "--force"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const line = /RESOURCE (\{.*\})/.exec(r.stderr ?? "")?.[1];
  const res = line ? JSON.parse(line) as { code: number; cpu: number; maxRSS: number; wall: number } : null;
  let outputMB = 0;
  try {
    outputMB = existsSync(out) ? statSync(out).size / 1048576 : 0;
  } finally {
    rmSync(out, { force: true });
  }
  const ok = r.status === 0 && res?.code === 0;
  return {
    returns: files.length, indicators, ok, cpuSeconds: res?.cpu ?? NaN, peakRssMB: res ? res.maxRSS / 1024 : NaN, wallSeconds: res?.wall ?? NaN, outputMB,
    ...(ok ? {} : { error: (r.stderr ?? "").split("\n").find((l) => l.trim() && !l.startsWith("RESOURCE")) ?? `exit ${r.status}` }),
  };
}

/** Runs the scale: 48-row returns at each of `counts`, and `large` returns of 5,000 indicators. */
export async function summaryScale(opts: { counts?: number[]; large?: number; log?: (s: string) => void } = {}): Promise<SummaryScaleResult> {
  const counts = opts.counts ?? [10, 100, 1000];
  const large = opts.large ?? 100;
  const log = opts.log ?? ((s: string) => console.log(s));
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run npm run build:cli first`);
  const runs: ScaleRun[] = [];
  const files = counts.length ? await makeCountyReturns(Math.max(...counts), 48) : [];
  for (const n of counts) {
    const run = runSummaryChild(files.slice(0, n), 48);
    log(`summary ${n} × 48 rows: ${run.ok ? "ok" : `FAILED (${run.error})`}, CPU ${run.cpuSeconds.toFixed(2)} s, peak RSS ${run.peakRssMB.toFixed(0)} MB, wall ${run.wallSeconds.toFixed(1)} s, output ${run.outputMB.toFixed(2)} MB`);
    runs.push(run);
  }
  if (large > 0) {
    const big = await makeCountyReturns(large, 5000);
    const run = runSummaryChild(big, 5000);
    log(`summary ${large} × 5,000 rows: ${run.ok ? "ok" : `FAILED (${run.error})`}, CPU ${run.cpuSeconds.toFixed(2)} s, peak RSS ${run.peakRssMB.toFixed(0)} MB, wall ${run.wallSeconds.toFixed(1)} s, output ${run.outputMB.toFixed(2)} MB`);
    runs.push(run);
  }
  const at = (n: number): ScaleRun | undefined => runs.find((r) => r.returns === n && r.indicators === 48);
  const r100 = at(100);
  const r1000 = at(1000);
  const memoryRatio = r100 && r1000 ? r1000.peakRssMB / r100.peakRssMB : null;
  const cpuRatio = r100 && r1000 ? r1000.cpuSeconds / r100.cpuSeconds : null;
  const bigRun = runs.find((r) => r.indicators === 5000);
  return {
    command: "npm run build:cli && npx ts-node --transpile-only bench/summaryScale.ts",
    runs, memoryRatio, cpuRatio,
    goals: {
      peakAt1000: !!r1000 && r1000.ok && r1000.peakRssMB <= 300,
      memoryRatio: memoryRatio !== null && memoryRatio <= 1.5,
      cpuRatio: cpuRatio !== null && cpuRatio <= 11,
      large: !!bigRun?.ok,
    },
  };
}

/** `--counts 10,100 --large 0`: other sizes (`--quick` is 10 and 100 without the large returns). */
function argOf(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

if (require.main === module) {
  const quick = process.argv.includes("--quick");
  const counts = argOf("--counts")?.split(",").filter(Boolean).map(Number);
  const large = argOf("--large");
  void summaryScale({
    ...(quick ? { counts: [10, 100], large: 0 } : {}),
    ...(counts ? { counts } : {}),
    ...(large !== undefined ? { large: Number(large) } : {}),
  }).then((r) => {
    console.log(JSON.stringify({ memoryRatio: r.memoryRatio, cpuRatio: r.cpuRatio, goals: r.goals }));
  });
}
