/**
 * The ribbon's result dialog and the IE11 message, built (dist/) and shown in headless
 * Chromium with the scripted Office host (test/ui/fakeOffice.js in place of office.js).
 * The dialog in Chinese and English, flags that select their cell, the keyboard (one tab stop
 * for the flags, arrows inside, Tab kept in the dialog, Escape closes); with IE11's user agent
 * every page shows the plain message instead (the CSP lets the inline check run, by its hash).
 * Screenshots: docs/ribbon-dialog-zh.png, docs/ribbon-dialog-en.png, docs/not-supported.png.
 * Chromium missing ⇒ the test fails; it never skips.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { sampleReturn } from "../../../src/cli/sampleReturn";
import { fillInputs } from "../../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../../src/sheet/buildWorkbookPlan";
import { lockedCheck } from "../../../src/ui/shared/lockedCheck";
import { findTemplate } from "../../../src/templates/catalog";
import type { Template } from "../../../src/templates/TemplateSchema";
import { ribbonCheck } from "../../../src/ui/commands/ribbonCheck";
import { dialogHash, storageKey, type CheckDialogData } from "../../../src/ui/dialog/CheckDialogData";
import { parseDialogMessage } from "../../../src/ui/dialog/DialogMessage";
import { t } from "../../../src/ui/shared/i18n";
import { PANE_LANG_KEY } from "../../../src/ui/shared/paneLangChoice";
import { requireTool } from "../../support/requireTool";

const ROOT = path.join(__dirname, "../../..");
const DIST = path.join(ROOT, "dist");
const FAKE = fs.readFileSync(path.join(__dirname, "../fakeOffice.js"), "utf8");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png" };

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function checkData(): Promise<Extract<CheckDialogData, { kind: "check" }>> {
  const tpl = findTemplate("zhoushan-2021-2025") as Template;
  const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" }));
  fillInputs(wb, sampleReturn(tpl, 2023));
  const unused = (): Promise<never> => Promise.reject(new Error("unused"));
  const data = await ribbonCheck({ readGrid: () => Promise.resolve(workbookToGrid(wb)), select: () => Promise.resolve(), sheets: unused, apply: unused, sheetNames: unused, replace: unused, applyFixes: unused }, lockedCheck);
  if (data.kind !== "check") throw new Error(data.message);
  return data;
}

describe("the ribbon's result dialog and the IE11 page in Chromium", () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;
  let data: Extract<CheckDialogData, { kind: "check" }>;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "dialog.html"))) {
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
    }
    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    browser = await chromium.launch({ executablePath: requireTool("chromium"), args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    data = await checkData();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  /** A page with the scripted host; `lang` is Office's display language. */
  async function open(ctx: BrowserContext, url: string, displayLanguage = "zh-CN"): Promise<Page> {
    const page = await ctx.newPage();
    page.on("pageerror", (e) => errors.push(`${url}: ${String(e)}`));
    page.on("console", (m) => { if (m.type() === "error") errors.push(`${url}: ${m.text()}`); });
    // the scripted host, in the display language asked for, with Office.actions recording what the function file registers
    const actions = "window.Office.actions = { associate: function (n) { (window.__associated = window.__associated || []).push(n); } };";
    await page.route("**/office.js", (route) => route.fulfill({ body: `window.__fakeDisplayLanguage = ${JSON.stringify(displayLanguage)};\n${FAKE}\n${actions}`, contentType: "text/javascript; charset=utf-8" }));
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [storageKey("t1"), JSON.stringify(data)] as const);
    await page.goto(`${base}/${url}`);
    return page;
  }
  const dialogUrl = (): string => `dialog.html?id=t1${dialogHash(data)}`;
  const associated = (p: Page): Promise<string[]> => p.evaluate(() => (window as unknown as { __associated?: string[] }).__associated ?? []);
  const messages = (p: Page): Promise<string[]> => p.evaluate(() => (window as unknown as { __dialogMessages?: string[] }).__dialogMessages ?? []);
  const focused = (p: Page): Promise<string> => p.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a?.id || (a?.classList.contains("flag-select") ? `flag:${a.querySelector(".flag-facts")?.textContent ?? ""}` : a?.tagName ?? "");
  });

  it("workbook problems marked by severity: 错误：in red, 警告：in amber (problemSeverity), never colour alone", async () => {
    const kept = data;
    data = { ...kept, problems: ["工作表「舟山市表2」：本工具的公式不再计算本行", "工作表「舟山市表2」的 2023 年数值与 2022 年几乎相同"], warned: [1] };
    try {
      const ctx = await browser.newContext({ viewport: { width: 520, height: 640 }, locale: "zh-CN" });
      const page = await open(ctx, dialogUrl());
      await page.waitForFunction(() => document.querySelectorAll("#result-problems li").length === 2);
      const rows = await page.locator("#result-problems li").evaluateAll((ls) => ls.map((l) => ({ cls: l.className, text: l.textContent ?? "", color: getComputedStyle(l).color })));
      expect(rows.map((r) => [r.cls, r.text.slice(0, 3)])).toEqual([["dialog-problem level-error", "错误："], ["dialog-problem level-warning", "警告："]]);
      // red (#c50f1f) and amber (#8a3707)
      expect(rows.map((r) => r.color)).toEqual(["rgb(197, 15, 31)", "rgb(138, 55, 7)"]);
      await page.locator("#result-problems").scrollIntoViewIfNeeded();
      fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, "test/out/ribbon-dialog-severity-zh.png") });
      await ctx.close();
    } finally {
      data = kept;
    }
  });

  it("in Chinese: the wording, flags that select their cell, the keyboard kept in the dialog, Escape closes", async () => {
    const ctx = await browser.newContext({ viewport: { width: 520, height: 640 }, locale: "zh-CN" });
    const page = await open(ctx, dialogUrl());
    await page.waitForFunction(() => (document.getElementById("result-title")?.textContent ?? "") !== "");
    expect(await page.textContent("#result-title")).toBe("校验结果（2023 年，定海区）");
    const listed = Math.min(30, data.flags.length);
    expect(await page.locator("#result-flags button.flag-select").count()).toBe(listed);
    const [f0, f1] = data.flags;
    if (!f0 || !f1) throw new Error("expected two flags");
    expect(await page.textContent("#result-note")).toContain(`已选中最急的一项：${f0.sheet}!${f0.cell}`);
    expect(await page.textContent("#result-flags-hint")).toBe(t("zh", "result.flagsHint"));
    expect(await page.textContent("#result-pane")).toContain("只打开窗格，不会加载新模板");
    // the sheet and cell once per flag
    expect(await page.locator("#result-flags li").first().innerText()).toContain(`${f0.sheet}!${f0.cell}`);
    // as the person sees it: the dialog window (Office opens it at 60% of Excel's height), not the whole scroll
    await page.screenshot({ path: path.join(ROOT, "docs/ribbon-dialog-zh.png") });

    // focus starts on the first flag; the arrows move within the list; Enter selects the cell
    expect(await focused(page)).toBe(`flag:${f0.sheet}!${f0.cell}`);
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(`flag:${f1.sheet}!${f1.cell}`);
    await page.keyboard.press("Enter");
    expect((await messages(page)).map(parseDialogMessage)).toEqual([{ kind: "select", sheet: f1.sheet, cell: f1.cell }]);
    expect(await page.textContent("#result-status")).toBe(`已在工作表中选中 ${f1.sheet}!${f1.cell}。`);
    // a click on another flag selects that one
    const last = data.flags[listed - 1];
    await page.locator("#result-flags button.flag-select").nth(listed - 1).click();
    expect(parseDialogMessage((await messages(page)).at(-1) ?? "")).toEqual({ kind: "select", sheet: last?.sheet, cell: last?.cell });

    // the flags are one tab stop: Tab goes to 关闭, Tab again wraps back into the dialog, Shift+Tab the other way
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("result-close");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^flag:/);
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("result-close");
    await page.keyboard.press("Escape");
    expect((await messages(page)).at(-1)).toBe("close");
    await ctx.close();
  });

  it("in English: every word of ours is English (sheet and indicator names are the user's data)", async () => {
    const ctx = await browser.newContext({ viewport: { width: 520, height: 640 }, locale: "en-US" });
    const page = await open(ctx, dialogUrl(), "en-US");
    await page.waitForFunction(() => (document.getElementById("result-title")?.textContent ?? "") !== "");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#result-title")).toBe("Check results (2023, 定海区)");
    expect(await page.textContent("#result-close")).toBe("Close");
    expect(await page.getAttribute("#result-counts", "aria-label")).toBe("Count by status");
    expect(await page.textContent("#result-flags-hint")).toBe(t("en", "result.flagsHint"));
    expect(await page.textContent("#result-pane")).toBe(t("en", "result.pane"));
    // what is left after taking out the data (names, sheets, units in the facts line) is free of Chinese
    const ours = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll("script, .flag-name, .flag-facts, .flag-issue, #result-note, #result-title").forEach((e) => e.remove());
      return clone.innerText;
    });
    expect(ours).toContain("Severely lagging");
    expect(ours).not.toMatch(/[\u4e00-\u9fff]/);
    await page.screenshot({ path: path.join(ROOT, "docs/ribbon-dialog-en.png") });
    await page.click("#result-close");
    expect(await messages(page)).toEqual(["close"]);
    await ctx.close();
  });

  // the pane's 中文/English choice is kept in localStorage (plan-returns.paneLang), which the dialog shares (same origin):
  // it followed Office's display language whatever the person had chosen in the pane
  it.each<[string, string, "zh" | "en", string]>([
    ["中文 chosen in the pane under an English Office", "en-US", "zh", "校验结果（2023 年，定海区）"],
    ["English chosen in the pane under a Chinese Office", "zh-CN", "en", "Check results (2023, 定海区)"],
  ])("%s: the dialog speaks the pane's choice", async (_why, display, chosen, title) => {
    const ctx = await browser.newContext({ viewport: { width: 520, height: 640 } });
    await ctx.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [PANE_LANG_KEY, chosen] as const);
    const page = await open(ctx, dialogUrl(), display);
    await page.waitForFunction(() => (document.getElementById("result-title")?.textContent ?? "") !== "");
    expect(await page.textContent("#result-title")).toBe(title);
    expect(await page.textContent("#result-close")).toBe(t(chosen, "result.close"));
    expect(await page.getAttribute("html", "lang")).toBe(chosen === "en" ? "en" : "zh-CN");
    await page.screenshot({ path: path.join(ROOT, `test/out/ribbon-dialog-pane-${chosen}.png`) });
    await ctx.close();
  });

  it.each(["taskpane.html", "dialog.html", "commands.html"])("%s in Chromium: the webview check lets it be", async (url) => {
    const ctx = await browser.newContext();
    const page = await open(ctx, url === "dialog.html" ? dialogUrl() : url);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => document.documentElement.className)).not.toContain("not-supported");
    expect(await page.locator(".not-supported-message").count()).toBe(0);
    expect(await page.evaluate(() => typeof (window as unknown as { planReturnsNotSupported?: unknown }).planReturnsNotSupported)).toBe("object");
    if (url === "commands.html") {
      await page.waitForFunction(() => ((window as unknown as { __associated?: string[] }).__associated ?? []).length >= 4);
      expect((await associated(page)).sort()).toEqual(["makeEvaluation", "makeReview", "makeSummary", "runCheck"]);
    }
    await ctx.close();
  });

  it.each(["taskpane.html", "dialog.html"])("%s with IE11's user agent: the plain message, Chinese first, and no dead buttons", async (url) => {
    const ctx = await browser.newContext({ userAgent: IE11, viewport: { width: 380, height: 640 } });
    const page = await open(ctx, url === "dialog.html" ? dialogUrl() : url);
    await page.locator(".not-supported-message").waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toContain("not-supported");
    const text = await page.locator("body").innerText();
    expect(text.indexOf(t("zh", "notSupported.title"))).toBe(0);
    expect(text).toContain(t("en", "notSupported.title"));
    expect(text).toContain("原因：Internet Explorer 11 (Trident)");
    expect(await page.locator("#load-button, #check-button, #result-flags").count()).toBe(0);
    if (url === "dialog.html") {
      await page.click("text=关闭 / Close");
      expect(await messages(page)).toEqual(["close"]);
    } else {
      await page.screenshot({ path: path.join(ROOT, "docs/not-supported.png"), fullPage: true });
    }
    await ctx.close();
  });

  it("commands.html with IE11's user agent: the check answers the four buttons, the bundle stays idle", async () => {
    const ctx = await browser.newContext({ userAgent: IE11 });
    const page = await open(ctx, "commands.html");
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.className)).toContain("not-supported");
    // once each: by the inline check, not again by the bundle
    expect((await associated(page)).sort()).toEqual(["makeEvaluation", "makeReview", "makeSummary", "runCheck"]);
    expect(await page.evaluate(() => typeof (window as unknown as { makeReview?: unknown }).makeReview)).toBe("function");
    await ctx.close();
  });

  // commands.js holds only what each button needs first (entry budget, scripts/entryBudgets.js): the rest comes as
  // import() chunks from the page's origin, which the CSP must let load. Excel here fails every read (an empty
  // context), so each button ends in the result dialog's error; before, commands.js carried zod and pako itself.
  it.each([
    ["runCheck", /^engine\.[0-9a-f]+\.js$/],
    ["makeSummary", /^summary\.[0-9a-f]+\.js$/],
    ["makeEvaluation", /^evaluation\.[0-9a-f]+\.js$/],
    ["makeReview", /^summary\.[0-9a-f]+\.js$/],
  ])("commands.html in Chromium: %s loads its chunk when pressed and ends in the result dialog", async (name, chunk) => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error" && /chunk|Refused|Content Security Policy/i.test(m.text())) pageErrors.push(m.text()); });
    const loaded: string[] = [];
    page.on("response", (r) => { if (r.ok() && /\.js$/.test(r.url())) loaded.push(path.basename(new URL(r.url()).pathname)); });
    const host = [
      "window.Office.actions = { associate: function (n, f) { (window.__handlers = window.__handlers || {})[n] = f; } };",
      "window.Office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };",
      "window.Office.context.ui.displayDialogAsync = function (url, o, cb) { (window.__dialogs = window.__dialogs || []).push(url); cb({ status: 'failed', error: { code: 12007, message: 'test' } }); };",
      "window.Excel = { run: function (cb) { return Promise.resolve().then(function () { return cb({}); }); } };",
    ].join("\n");
    await page.route("**/office.js", (route) => route.fulfill({ body: `${FAKE}\n${host}`, contentType: "text/javascript; charset=utf-8" }));
    await page.goto(`${base}/commands.html`);
    await page.waitForFunction((n) => typeof (window as unknown as { __handlers?: Record<string, unknown> }).__handlers?.[n] === "function", name);
    const before = [...loaded];
    await page.evaluate((n) => new Promise<void>((resolve) => {
      (window as unknown as { __handlers: Record<string, (e: { completed: () => void }) => void> }).__handlers[n]?.({ completed: resolve });
    }), name);
    expect(before.filter((f) => chunk.test(f))).toEqual([]);
    expect(loaded.filter((f) => chunk.test(f))).toHaveLength(1);
    expect(await page.evaluate(() => ((window as unknown as { __dialogs?: string[] }).__dialogs ?? []).length)).toBe(1);
    expect(pageErrors).toEqual([]);
    await ctx.close();
  });

  it("had no page errors: the CSP let the inline check run everywhere (by its hash)", () => {
    // the task pane's bundle, run in Chromium behind IE11's user agent, finds its page replaced: that error is expected
    expect(errors.filter((e) => !/^taskpane\.html: .*has no #/.test(e))).toEqual([]);
  });
});
