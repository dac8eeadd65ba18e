/**
 * Browser test of the task pane: the production bundle in headless Chromium, with a
 * scripted host. test/ui/fakeOffice.js replaces office.js (page.route), so it runs before
 * the bundle; it defines window.Office and exposes the task pane's OfficeActions interface
 * (window.__planReturnsActions) over an in-memory workbook, which the page picks up.
 * Chromium missing ⇒ the test fails; it never skips.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { Browser, Page } from "playwright-core";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const FAKE = path.join(__dirname, "fakeOffice.js");
const OUT = path.join(ROOT, "test/out");
const CHROMIUM = "/usr/bin/chromium";
const TEMPLATE = "zhoushan-2021-2025";
const YEAR = 2023;

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, n) => Math.max(m, newestMtime(path.join(p, n))), st.mtimeMs);
}

function buildIfStale(): void {
  const html = path.join(DIST, "taskpane.html");
  const src = Math.max(newestMtime(path.join(ROOT, "src")), newestMtime(path.join(ROOT, "seeds")), fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  if (fs.existsSync(html) && fs.statSync(html).mtimeMs >= src) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };

function serve(dir: string): Promise<http.Server> {
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

interface FakeLog { selects: Array<{ sheet: string; cell: string }>; writes: Array<{ sheet: string; cell: string; value: number }>; applies: unknown[] }

describe("task pane in Chromium (scripted Office host)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM)).toBe(true); // fail, never skip
    buildIfStale();
    server = await serve(DIST);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
    await page.route("**/office.js", (route) => route.fulfill({ path: FAKE, contentType: "text/javascript; charset=utf-8" }));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("message")?.textContent === "就绪");
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  const log = (): Promise<FakeLog> => page.evaluate(() => (window as unknown as { __fakeWorkbook: { log: FakeLog } }).__fakeWorkbook.log);
  const snapshot = (): Promise<Record<string, string>> => page.evaluate(() => (window as unknown as { __fakeWorkbook: { snapshot(): Record<string, string> } }).__fakeWorkbook.snapshot());
  const message = (): Promise<string> => page.locator("#message").innerText();

  it("starts in Chinese, lists the templates, toggles to English and back", async () => {
    expect(await page.locator(".app-title").innerText()).toBe("规划指标填报助手");
    expect(await page.locator("#template-select option").count()).toBeGreaterThanOrEqual(8);
    await page.click("#lang-toggle");
    expect(await page.locator(".app-title").innerText()).toBe("Plan Indicator Returns");
    expect(await page.locator("#load-button").innerText()).toBe("Load template");
    await page.click("#lang-toggle");
    expect(await page.locator("#load-button").innerText()).toBe("加载模板");
  });

  it("loads a template, checks, selects a flag's cell and applies one confirmed fix", async () => {
    await page.selectOption("#template-select", TEMPLATE);
    await page.fill("#year-input", String(YEAR));
    await page.click("#load-button");
    await page.waitForFunction(() => /已加载/.test(document.getElementById("message")?.textContent ?? ""));
    const sheet = (await page.evaluate(() => (window as unknown as { __fakeWorkbook: { sheetNames(): string[] } }).__fakeWorkbook.sheetNames()))
      .find((n) => n !== "填报说明" && !n.startsWith("_")) as string;
    expect(sheet).toBe("舟山市表2");

    // the user types some values (K is the 2023 column)
    await page.evaluate((s) => {
      const wb = (window as unknown as { __fakeWorkbook: { set(s: string, c: string, v: unknown): void } }).__fakeWorkbook;
      wb.set(s, "K4", 0.8); // a fraction where % is meant → suggestion 80
      wb.set(s, "K8", 80); // below the 88 baseline → severe
      wb.set(s, "K17", 2); // unemployment ≤3 → met
    }, sheet);

    await page.click("#check-button");
    await page.waitForFunction(() => /校验完成/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await page.locator("#status-counts [data-status]").count()).toBe(8);
    expect(await page.locator('#status-counts [data-status="met"] .count-value').innerText()).toBe("1");
    expect(await page.locator('#status-counts [data-status="severe"]').getAttribute("class")).toContain("status-severe");
    // urgent flags first
    const firstFlag = page.locator("#flag-list li.flag").first();
    expect(await firstFlag.getAttribute("class")).toMatch(/status-(severe|invalid|lagging)/);
    expect(await page.locator("#flag-list li.flag-group").first().innerText()).toBe(sheet);

    // clicking a flag selects its cell
    await page.click('#flag-list li.flag[data-cell="K8"]');
    await page.waitForFunction(() => (window as unknown as { __fakeWorkbook: { log: FakeLog } }).__fakeWorkbook.log.selects.length > 0);
    expect((await log()).selects.at(-1)).toEqual({ sheet, cell: "K8" });

    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "taskpane.png"), fullPage: true });
    fs.copyFileSync(path.join(OUT, "taskpane.png"), path.join(ROOT, "docs/taskpane.png"));

    // one fix: nothing is written before the confirmation
    const before = await snapshot();
    expect(await page.locator("#fix-all-button").isVisible()).toBe(true);
    const apply = page.locator('#flag-list li.flag[data-cell="K4"] button.flag-apply');
    expect(await apply.innerText()).toBe("应用");
    await apply.click();
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    const listed = await page.locator("#confirm-list li").allInnerTexts();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain(`${sheet}!K4`);
    expect(listed[0]).toContain("0.8 → 80");
    await page.screenshot({ path: path.join(OUT, "taskpane-confirm.png"), fullPage: true });
    expect(await snapshot()).toEqual(before);
    expect((await log()).writes).toEqual([]);

    await page.click("#confirm-ok");
    await page.waitForFunction(() => /校验完成/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await page.locator("#confirm-dialog").isHidden()).toBe(true);
    expect((await log()).writes).toEqual([{ sheet, cell: "K4", value: 80 }]);
    const after = await snapshot();
    const changed = Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
    expect(changed).toEqual([`${sheet}|4,11`]);
    expect(after[`${sheet}|4,11`]).toBe(JSON.stringify({ type: "number", value: 80 }));
  });

  it("cancelling a fix writes nothing", async () => {
    const before = await snapshot();
    const buttons = page.locator("#flag-list button.flag-apply");
    if ((await buttons.count()) > 0) {
      await buttons.first().click();
      await page.click("#confirm-cancel");
      expect(await message()).toBe("已取消，工作簿未做修改。");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("loading the same template again asks first, and cancel changes nothing", async () => {
    const before = await snapshot();
    const applies = (await log()).applies.length;
    await page.click("#load-button");
    await page.locator("#conflict-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#conflict-sheet-name").innerText()).toBe("舟山市表2");
    await page.click("#conflict-cancel");
    await page.waitForFunction(() => /已取消/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await snapshot()).toEqual(before);
    expect((await log()).applies.length).toBe(applies);
  });

  it("refresh keeps the entered values", async () => {
    await page.click("#load-button");
    await page.locator("#conflict-dialog").waitFor({ state: "visible" });
    await page.click("#conflict-refresh");
    await page.waitForFunction(() => /已更新/.test(document.getElementById("message")?.textContent ?? ""));
    const snap = await snapshot();
    expect(snap["舟山市表2|4,11"]).toBe(JSON.stringify({ type: "number", value: 80 }));
    expect(snap["舟山市表2|8,11"]).toBe(JSON.stringify({ type: "number", value: 80 }));
  });

  it("had no page errors (CSP violations included)", () => {
    expect(pageErrors).toEqual([]);
  });
});
