import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sampleReturn } from "../src/cli/sampleReturn";
import { fillInputs } from "../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../src/hosts/xlsx/readXlsxZip";
import { readFileSync } from "node:fs";
import { planToWorkbook } from "../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../src/sheet/checkGrid";
import { convert, libreOfficeProfile } from "../test/support/libreoffice";
import { syntheticTemplate } from "../test/office/syntheticTemplate";
import type { IndicatorTemplate } from "../src/templates/TemplateSchema";
import { measureOfficeHost } from "../test/office/measure";
import { FakeExcel } from "../test/office/fakeExcel";
import { OfficeJsRequest } from "../test/office/officeJsRequest";
import { sheetWrites } from "../test/office/sheetWrites";
import { applyPlan } from "../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../src/hosts/office/readWorkbookGrid";
import { summarize } from "../src/sheet/summarize";
import { internalLink, summaryWorkbookPlan } from "../src/sheet/summarySheets";
import type { CellValue } from "../src/domain/CellValue";
import { evaluateIndicator } from "../src/domain/evaluateIndicator";
import { indicatorSpec } from "../src/templates/indicatorSpec";
import { gridCell, type GridWorkbook } from "../src/sheet/Grid";
import { columnNumber } from "../src/sheet/a1";

/**
 * `npm run bench`: synthetic returns of N and 10N indicators. Prints and writes
 * bench/results.json: xlsx parse time, engine time and their ratio, the N → 10N scaling,
 * and the CLI check against LibreOffice recalculating the same file.
 */
const YEAR = 2023;
/**
 * The 5,000-indicator parse time of the reader before issue 12 (a tag-text scanner, fixed part
 * names), as bench/results.json recorded it at commit 85a3519: kept to show beside the reader
 * by the standard (package relationships, saxes).
 */
const PARSE_MS_BEFORE_ISSUE_12 = 165.1;
const out = mkdtempSync(join(tmpdir(), "bench-"));

function best<T>(runs: number, f: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value };
}

async function bestAsync<T>(runs: number, f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value };
}

async function makeFile(t: IndicatorTemplate, n: number): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: YEAR }));
  fillInputs(wb, sampleReturn(t, YEAR));
  const f = join(out, `synthetic-${n}.xlsx`);
  await wb.xlsx.writeFile(f);
  return f;
}

async function measure(n: number) {
  const t = syntheticTemplate(n);
  const file = await makeFile(t, n);
  // the CLI's own reader
  const parse = await bestAsync(3, () => readXlsxZip(readFileSync(file)));
  const check = best(5, () => checkGrid(parse.value));
  if (!check.value.ok) throw new Error(check.value.message);
  // the engine alone: every indicator evaluated from the inputs the check read
  const byId = new Map(t.indicators.map((x) => [x.id, x]));
  const inputs = check.value.report.items.map((item) => {
    const d = byId.get(item.id);
    if (!d) throw new Error(item.id);
    const actuals: Record<string, CellValue> = {};
    for (const [y, cell] of Object.entries(item.cells)) actuals[y] = cellAt(parse.value, item.sheet, cell);
    return { spec: indicatorSpec(t, d), year: YEAR, actuals };
  });
  const engine = best(5, () => inputs.map((x) => evaluateIndicator(x)));
  return { n, file, bytes: statSync(file).size, parseMs: parse.ms, engineMs: engine.ms, checkMs: check.ms, totalMs: parse.ms + check.ms };
}

function cellAt(g: GridWorkbook, sheet: string, ref: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  const s = g.sheets.find((x) => x.name === sheet);
  return s && m?.[1] && m[2] ? gridCell(s, Number(m[2]), columnNumber(m[1])) : { type: "empty" };
}

async function main(): Promise<void> {
  const small = await measure(500);
  const large = await measure(5000);
  const cli = join(__dirname, "..", "bin", "plan-returns.js");
  const cliRun = best(3, () => execFileSync("node", [cli, "check", large.file, "--json"], { maxBuffer: 1 << 28 }));
  const profile = libreOfficeProfile();
  convert([small.file], "xlsx", join(out, "warm"), profile); // start-up paid once, not measured
  const lo = best(2, () => convert([large.file], "xlsx", join(out, "lo"), profile));
  const office = await measureOfficeHost();
  const summarySyncs = await measureSummarySyncs();
  const officeJs = await measureOfficeJsBytes();
  const bundleBytes = taskpaneBundleBytes();
  const props = propertyTests();
  const results = {
    syncs: { load: office.syncs.load, check: office.syncs.check, refresh: office.syncs.refresh, summary: summarySyncs },
    cfRulesPerSheet: office.cfRulesPerSheet,
    maxRequestBytes: office.maxRequestBytes,
    officeJsBytes5000: officeJs,
    indicators: { small: small.n, large: large.n },
    fileBytes: { "500": small.bytes, "5000": large.bytes },
    parseMs: round(large.parseMs), parseMsBeforeIssue12: PARSE_MS_BEFORE_ISSUE_12, engineMs: round(large.engineMs), checkMs: round(large.checkMs),
    engineToParse: round(large.engineMs / large.parseMs, 3),
    scaling10x: round(large.totalMs / small.totalMs, 2),
    cliMs: round(cliRun.ms), libreofficeMs: round(lo.ms),
    libreofficeToCli: round(lo.ms / cliRun.ms, 2),
    bundleBytes,
    propertyTests: props,
  };
  mkdirSync(join(__dirname), { recursive: true });
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(`indicators      500 / 5000`);
  console.log(`parse ms        ${round(small.parseMs)} / ${round(large.parseMs)} (reader by the standard, saxes; before issue 12: ${PARSE_MS_BEFORE_ISSUE_12} at 5000)`);
  console.log(`engine ms       ${round(small.engineMs)} / ${round(large.engineMs)} (evaluation of every row)`);
  console.log(`check ms        ${round(small.checkMs)} / ${round(large.checkMs)} (engine + locating rows + messages in two languages)`);
  console.log(`engine/parse    ${results.engineToParse} (goal ≤ 0.1)`);
  console.log(`10N/N           ${results.scaling10x} (goal ≤ 12)`);
  console.log(`CLI check ms    ${results.cliMs} (5000 indicators, whole process)`);
  console.log(`LibreOffice ms  ${results.libreofficeMs} (recalculate and save the same file)`);
  console.log(`LO/CLI          ${results.libreofficeToCli} (goal ≥ 5)`);
  console.log(`syncs (fake Excel) load ${JSON.stringify(office.syncs.load)} check ${JSON.stringify(office.syncs.check)} reload ${JSON.stringify(office.syncs.refresh)} summary ${JSON.stringify(summarySyncs)} (goal ≤ 2)`);
  console.log(`CF rules/sheet  ${JSON.stringify(office.cfRulesPerSheet)} (goal ≤ 10)`);
  console.log(`max request     ${office.maxRequestBytes} bytes (goal < 5 MB)`);
  console.log(`office.js       5000 indicators, all of a sheet's writes as office.js serialises them: load ${officeJs.load} B (estimate ${officeJs.loadEstimate}), reload ${officeJs.reload} B (estimate ${officeJs.reloadEstimate}; one request < 4,000,000)`);
  console.log(`bundle          ${bundleBytes} bytes (goal ≤ 250 KB)`);
  console.log(`property tests  ${props.runs} runs each: ${props.passed ? "passed" : "FAILED"} in ${props.ms} ms`);
  console.log(`written bench/results.json`);
}

/** The 5,000-indicator sheet's writes, load and reload, as Microsoft's office.js serialises them, beside the host's estimates. */
async function measureOfficeJsBytes(): Promise<{ load: number; loadEstimate: number; reload: number; reloadEstimate: number }> {
  const office = new OfficeJsRequest();
  const writes = await sheetWrites(buildWorkbookPlan([syntheticTemplate(5000)], { year: 2023 }), "5000");
  const of = (suffix: string): { real: Promise<number>; estimate: number } => {
    const w = writes.find((x) => x.sheet.role === "template" && x.label.endsWith(suffix));
    if (!w) throw new Error(suffix);
    return { real: office.writeBytes(w.sheet.name, w.ops), estimate: w.ops.reduce((n, o) => n + o.bytes, 0) };
  };
  const load = of(" load");
  const loadReal = await load.real;
  const reload = of(" reload");
  return { load: loadReal, loadEstimate: load.estimate, reload: await reload.real, reloadEstimate: reload.estimate };
}

/** Syncs of writing the 汇总 sheets into a workbook of N indicators (check, then one applyPlan). */
async function measureSummarySyncs(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of [50, 500, 5000]) {
    const fx = new FakeExcel();
    const opts = { isSetSupported: fx.isSetSupported };
    const loaded = await applyPlan(fx.context, buildWorkbookPlan([syntheticTemplate(n)], { year: YEAR }), opts);
    const sheetNames = fx.sheets.map((x) => x.name); // known to the pane from its last read
    const before = fx.syncs;
    const grid = await readWorkbookGrid(fx.context, { sheetNames });
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    const s = summarize([{ file: "本工作簿", report: r.report }]);
    if (!s.ok) throw new Error(s.message);
    await applyPlan(fx.context, summaryWorkbookPlan(s.figures, (_f, sheet, cell) => internalLink(sheet, cell)), { ...opts, knownSheets: grid.sheets.map((x) => x.name) });
    out[String(n)] = fx.syncs - before;
    void loaded;
  }
  return out;
}

/** The task pane's own bundle in dist/ (built when missing). */
function taskpaneBundleBytes(): number {
  const dist = join(__dirname, "..", "dist");
  const find = (): string | undefined => (existsSync(dist) ? readdirSync(dist).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f)) : undefined);
  if (!find()) execFileSync("npm", ["run", "build"], { cwd: join(__dirname, ".."), stdio: "ignore" });
  const f = find();
  return f ? statSync(join(dist, f)).size : -1;
}

/** The fast-check properties at 10,000 runs each (the unit tests run 500). */
function propertyTests(): { runs: number; passed: boolean; ms: number } {
  const runs = 10000;
  const t0 = performance.now();
  let passed = true;
  try {
    execFileSync(process.execPath, [require.resolve("jest/bin/jest"), "test/domain/properties.test.ts", "test/import/importTable.property.test.ts"], {
      cwd: join(__dirname, ".."), env: { ...process.env, FC_RUNS: String(runs) }, stdio: "ignore",
    });
  } catch {
    passed = false;
  }
  return { runs, passed, ms: Math.round(performance.now() - t0) };
}

function round(x: number, d = 1): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
