/**
 * The browser tests' harness: the production build (rebuilt when src/ is newer), a static
 * server for dist/, and headless Chromium with test/ui/fakeOffice.js in place of office.js.
 * Chromium missing ⇒ the test fails; it never skips (test/support/requireTool).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { requireTool } from "../support/requireTool";

export const ROOT = path.join(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const FAKE = path.join(__dirname, "fakeOffice.js");

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, n) => Math.max(m, newestMtime(path.join(p, n))), st.mtimeMs);
}

/** Builds dist/ with webpack unless it is newer than src/, seeds/ and webpack.config.js. */
export function buildIfStale(): void {
  const html = path.join(DIST, "taskpane.html");
  const src = Math.max(newestMtime(path.join(ROOT, "src")), newestMtime(path.join(ROOT, "seeds")), fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  if (fs.existsSync(html) && fs.statSync(html).mtimeMs >= src) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  // webpack leaves an unchanged page's time alone, so without this every later run would build
  // again; dated as the sources it was built from, so an edit made during the build still counts
  if (fs.statSync(html).mtimeMs < src) fs.utimesSync(html, new Date(), new Date(src));
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };

/** A static server for `dir` on 127.0.0.1 (a free port). */
export function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function launch(): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  return chromium.launch({
    executablePath: requireTool("chromium"), // fails, never skips
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The fake office.js, and axe-core served from the page's own origin (the CSP allows 'self' scripts only). */
export async function routeFakes(page: Page): Promise<void> {
  await page.route("**/office.js", (route) => route.fulfill({ path: FAKE, contentType: "text/javascript; charset=utf-8" }));
  await page.route("**/axe.min.js", (route) => route.fulfill({ path: require.resolve("axe-core/axe.min.js"), contentType: "text/javascript; charset=utf-8" }));
}

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }

/** axe-core's WCAG 2.1 A/AA and best-practice rules on the page as it is now: the violations, shortened. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: "/axe.min.js" });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return r.violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} — ${n.failureSummary ?? v.help}`));
}

/** A pane open in headless Chromium (openPane): its page, the page's uncaught errors, and how to close it all. */
export interface OpenPane {
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The production pane in a fresh Chromium page `width` × `height` (zh-CN), the fakes routed;
 * `prepare` adds the test's own routes and init scripts before the page loads. Resolves once
 * the pane's first message starts with `ready` (就绪).
 */
export async function openPane(width: number, height: number, prepare?: (page: Page) => Promise<void>, ready = "就绪"): Promise<OpenPane> {
  buildIfStale();
  const server = await serve(DIST);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width, height }, locale: "zh-CN" });
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await routeFakes(page);
  await prepare?.(page);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  await page.waitForFunction((r) => (document.getElementById("message")?.textContent ?? "").startsWith(r), ready);
  return {
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The pane's message line as shown. */
export function messageText(page: Page): Promise<string> {
  return page.locator("#message").innerText();
}

/** Waits until the message line matches `re` and no progress bar shows (the action finished). */
export function untilIdle(page: Page, re: RegExp): Promise<unknown> {
  return page.waitForFunction((s) => new RegExp(s).test(document.getElementById("message")?.textContent ?? "") && document.getElementById("progress")?.hidden === true, re.source);
}

/**
 * The pane as an Office whose display language is `display` (en-US, zh-CN) opens it (the fake host's
 * contentLanguage), `width` × `height`, once its first message starts with `ready` (Ready, 就绪).
 */
export function openPaneIn(display: string, width: number, height: number, ready: string): Promise<OpenPane> {
  return openPane(width, height, async (p) => { await p.addInitScript((l) => { (window as unknown as { __fakeDisplayLanguage: string }).__fakeDisplayLanguage = l; }, display); }, ready);
}

/** Loads template `id` for `year` (the 载入 button) and waits for the message `loaded` (已加载, Loaded). */
export async function loadTemplate(page: Page, id: string, year: string, loaded: RegExp = /^已加载/): Promise<void> {
  await page.selectOption("#template-select", id);
  await page.fill("#year-input", year);
  await page.click("#load-button");
  await untilIdle(page, loaded);
}

/** The cell of our 审核 sheet's column `key` (its hidden row 2) on the sheet's first data row (4), or "" when it has none. */
export function reviewKeyCell(page: Page, key: string): Promise<string> {
  return page.evaluate((k) => {
    const wb = (window as unknown as { __fakeWorkbook: { get(s: string, c: string): { type: string; text?: string } } }).__fakeWorkbook;
    for (let c = 1; c <= 30; c++) {
      const letter = String.fromCharCode(64 + c);
      const v = wb.get("审核", `${letter}2`);
      if (v.type === "string" && v.text === k) return `${letter}4`;
    }
    return "";
  }, key);
}

/** Loads template `id` for `year` in a pane just opened, then runs 校验 on the 校验 tab: what most pane tests start from. */
export async function loadAndCheck(page: Page, id: string, year: string, prepare?: () => Promise<void>): Promise<void> {
  await loadTemplate(page, id, year);
  if (prepare) await prepare();
  await page.click("#tab-check");
  await page.click("#check-button");
  await untilIdle(page, /^校验完成/);
}

/**
 * The pane at 320 × `height` with 舟山 2021–2025 loaded for 2023 and checked (loadAndCheck), switched to English
 * when `lang` is en: where the again-tests (paneSummaryAgain, paneEvaluationAgain, paneTrial32) start.
 */
export async function openLoaded(lang: "zh" | "en", height = 800): Promise<OpenPane> {
  const pane = await openPane(320, height);
  await loadAndCheck(pane.page, "zhoushan-2021-2025", "2023");
  if (lang === "en") await pane.page.click("#lang-toggle");
  return pane;
}

/** 导入 › 读取 of `text`: put in the box and read, resolved once the message matches `done` (the pane on its 导入 view). */
export async function readImport(page: Page, text: string, done: RegExp): Promise<void> {
  await page.fill("#import-text", text);
  await page.click("#import-read-button");
  await untilIdle(page, done);
}

/**
 * The pane open (openPane, `width` × `height`) on its 导入 view, as the import tests start: `fields`
 * typed into the 填报 view's inputs first, by id (`year-input`, `unit-input`: the year and unit 载入
 * uses), then the 导入 tab clicked; with `read`, its text read there (readImport).
 */
export async function openImportPane(width: number, height: number, o: { fields?: Record<string, string>; read?: { text: string; done: RegExp } } = {}): Promise<OpenPane> {
  const pane = await openPane(width, height);
  for (const [id, value] of Object.entries(o.fields ?? {})) await pane.page.fill(`#${id}`, value);
  await pane.page.click("#tab-import");
  if (o.read) await readImport(pane.page, o.read.text, o.read.done);
  return pane;
}
