/**
 * A planning officer's working day in the task pane (issue 16), in Chinese and in English: load
 * with 填报单位 → type → check → filter → write a 说明 → fix → summary → review, with axe-core
 * reporting no violations on every view, the keyboard rules of the flag list and the dialogs,
 * and what the pane loads at start (issue 19.3). The production bundle in headless Chromium with
 * the scripted host (test/ui/fakeOffice.js); screenshots go to docs/.
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { ENTRY_BUDGETS } from "../../scripts/entryBudgets";
import { axeViolations, buildIfStale, DIST, launch, ROOT, routeFakes, serve } from "./paneHarness";
import { describeIssue } from "../../src/domain/describeIssue";
import { unreadMessage } from "../../src/import/unreadMessages";

const TEMPLATE = "zhoushan-2021-2025";
const SHEET = "舟山市表2";
const HAN = /[\u4e00-\u9fff]/;

interface Fake {
  set(s: string, c: string, v: unknown): void;
  get(s: string, c: string): { type: string; text?: string; value?: number };
  snapshot(): Record<string, string>;
  log: { applies: unknown[]; writes: Array<{ sheet: string; cell: string; value: unknown }>; selects: Array<{ sheet: string; cell: string }> };
}

const WORDS = {
  zh: { ready: "就绪", loaded: /^已加载：舟山市表2。下一步：在工作表中填写 2023 年一列，然后到“校验”页点“校验工作簿”。$/, checked: /^校验完成（2023 年）：\d+ 项需关注。$/, badYear: "填报年度应为 2000–2100 之间的整数年份。", yearRefused: "未加载：请看“填报年度”下的说明。", noteWritten: /^已写入说明 舟山市表2!\w+\d+。校验完成/, applied: /^已修改 1 个单元格。校验完成/, summarized: /^已生成：汇总、问题清单。已达标 \d+ /, reviewed: /^已生成审核表「审核」/, cancelled: "已取消，工作簿未做修改。", refused: /单元格已改动（或行已排序），未修改；已按现在的内容重新校验，请看下面的结果。未修改任何单元格。/, noteEmpty: "说明不能为空。", bindingOnly: "只看约束性" },
  en: { ready: "Ready", loaded: /^Loaded: 舟山市表2. Next: fill in the 2023 column on the sheet, then click Check workbook on the Check tab\.$/, checked: /^Check done \(2023\): \d+ items need attention\.$/, badYear: "The reporting year must be a whole year between 2000 and 2100.", yearRefused: "Nothing was loaded: see the message under Reporting year.", noteWritten: /^Note written to 舟山市表2!\w+\d+\. Check done/, applied: /^1 cell changed\. Check done/, summarized: /^Added: 汇总, 问题清单\. Met \d+ /, reviewed: /^Review sheet "审核" added/, cancelled: "Cancelled; the workbook was not changed.", refused: /the cell was changed \(or the rows sorted\), so it was not changed; checked again with what it holds now: see the list below\. No cell was changed\./, noteEmpty: "The note cannot be empty.", bindingOnly: "Binding only" },
} as const;

describe.each(["zh", "en"] as const)("a working day in the task pane (%s)", (lang) => {
  const w = WORDS[lang];
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const startBytes: Array<{ url: string; bytes: number; text: string }> = [];
  let ready = false;

  const fake = <T>(fn: (wb: Fake, arg: string) => T, arg = ""): Promise<T> =>
    page.evaluate(([src, a]) => {
      const wb = (window as unknown as { __fakeWorkbook: Fake }).__fakeWorkbook;
      return (new Function("wb", "a", `return (${src})(wb, a);`) as (wb: Fake, a: string) => T)(wb, a);
    }, [fn.toString(), arg] as const);
  const message = (): Promise<string> => page.locator("#message").innerText();
  const barKind = (): Promise<string> => page.locator("#message-bar").getAttribute("class").then((c) => /is-(\w+)/.exec(c ?? "")?.[1] ?? "");
  /** clicks, then waits for the action's own message (a new one, not 正在… / …ing…) */
  const act = async (selector: string): Promise<void> => {
    const before = await message();
    await page.click(selector);
    await page.waitForFunction((prev) => {
      const m = document.getElementById("message")?.textContent ?? "";
      return document.getElementById("progress")?.hidden === true && m !== prev && !/正在|…$/.test(m);
    }, before);
  };
  const view = (name: string): Promise<void> => page.click(`#tab-${name}`);
  const noViolations = async (where: string): Promise<void> => expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });

  beforeAll(async () => {
    buildIfStale();
    server = await serve(DIST);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 380, height: 820 }, locale: "zh-CN" });
    page.setDefaultTimeout(5000);
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
    page.on("response", (r) => {
      // every script of ours the page loads before 就绪 (office.js is the scripted host here)
      if (!ready && /\.js$/.test(r.url()) && !/office\.js$|axe\.min\.js$/.test(r.url())) void r.body().then((b) => startBytes.push({ url: r.url(), bytes: b.length, text: b.toString("utf8") }));
    });
    await routeFakes(page);
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("message")?.textContent === "就绪");
    await page.waitForLoadState("networkidle");
    ready = true;
    if (lang === "en") await page.click("#lang-toggle");
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  it("starts with ≤ 250 KB of our scripts, nothing chosen, and every string in its language", async () => {
    const total = startBytes.reduce((s, x) => s + x.bytes, 0);
    expect(startBytes.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(ENTRY_BUDGETS.taskpane?.bytes ?? 0);
    // the catalog and the engine are not among them: they load when an action needs them
    expect(startBytes.map((x) => path.basename(x.url))).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(catalog|engine)\./)]));
  });

  // nor the words only a result needs (issue 19: the first bundle had grown to 208 KB with them): the issue catalogue
  // (describeIssue) loads with 校验's engine chunk, the import's unread lines (unreadMessages) with 读取's import chunk
  const nameOnly = unreadMessage({ code: "name-only", params: {} }, lang);
  it.each([
    ["the issue catalogue", describeIssue({ code: "unit_unknown", severity: "info" }, lang)],
    // its own words, before the tail every not-loaded line shares
    ["the import's unread lines", lang === "zh" ? nameOnly.split("，").slice(0, 2).join("，") : nameOnly.split(": ")[0] ?? ""],
  ])("starts without %s", (_what, words) => {
    expect(words.length).toBeGreaterThan(10);
    expect(startBytes.filter((x) => x.text.includes(words)).map((x) => path.basename(x.url))).toEqual([]);
  });

  it("starts with nothing chosen, and every string in its language", async () => {
    expect(await message()).toBe(w.ready);
    expect(await page.inputValue("#template-select")).toBe("");
    expect(await page.inputValue("#year-input")).toBe("");
    // option labels show the plan period: its span before the title (trial46b F9), its baseline last
    expect(await page.locator(`#template-select option[value="${TEMPLATE}"]`).innerText()).toMatch(lang === "zh" ? /^指标表 · 2021–2025 年 · .*（基期 2020 年）$/ : /^Indicators · 2021–2025 · .* \(baseline 2020\)$/);
    if (lang === "en") {
      const chrome = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>("[data-i18n], [data-i18n-placeholder], [data-i18n-aria], [data-i18n-title]"))
        .filter((e) => e.id !== "lang-toggle")
        .flatMap((e) => [e.dataset.i18n ? e.textContent ?? "" : "", e.getAttribute("placeholder") ?? "", e.dataset.i18nAria ? e.getAttribute("aria-label") ?? "" : "", e.dataset.i18nTitle ? e.getAttribute("title") ?? "" : ""]));
      // sheet names, and the 审核 sheet's column and decision words the hint quotes, are the workbook's own words in either language
      const han = chrome.map((x) => x.replace(/汇总|问题清单|人工评估|评估|审核结论|审核意见|审核日期|审核|通过|退回修改|已说明|待复核|已复核/g, "")).filter((x) => x !== "" && x !== "切换语言 / Switch language" && HAN.test(x));
      expect(han).toEqual([]);
      expect(await page.getAttribute("html", "lang")).toBe("en");
    }
    await noViolations("start");
  });

  it("a bad year marks its field, says why at the top, and loads nothing", async () => {
    await page.selectOption("#template-select", TEMPLATE);
    await page.fill("#year-input", "23");
    await page.click("#load-button");
    expect(await page.getAttribute("#year-input", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#year-input", "aria-describedby")).toBe("year-error");
    expect(await page.locator("#year-error").innerText()).toBe(w.badYear);
    // said once, under the field (trial P: the same text twice at 320 px); the bar points there
    expect(await message()).toBe(w.yearRefused);
    expect(await barKind()).toBe("error");
    expect(await page.locator("#message-alert").innerText()).toBe(w.yearRefused);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("year-input");
    // the bar is at the top of the pane, in view
    const box = await page.locator("#message-bar").boundingBox();
    expect(box?.y).toBeLessThan(120);
    await noViolations("year error");
    await page.screenshot({ path: path.join(ROOT, `docs/taskpane-${lang}-year-error.png`) });
    expect((await fake((wb) => wb.log.applies.length))).toBe(0);
    // typing again clears the mark
    await page.fill("#year-input", "2023");
    expect(await page.getAttribute("#year-input", "aria-invalid")).toBeNull();
  });

  it("loads with 填报单位 on the cover", async () => {
    await page.fill("#unit-input", "定海区");
    await act("#load-button");
    expect(await message()).toMatch(w.loaded);
    expect(await barKind()).toBe("success");
    const cover = Object.entries(await fake((wb) => wb.snapshot())).filter(([k]) => k.startsWith("填报说明|")).map(([, v]) => v);
    expect(cover).toContain(JSON.stringify({ type: "string", text: "定海区" }));
  });

  it("types, checks, and the list is one tab stop with arrow keys inside", async () => {
    await fake((wb, s) => { wb.set(s, "K4", 0.8); wb.set(s, "K8", 80); wb.set(s, "K17", 2); }, SHEET);
    await view("check");
    await act("#check-button");
    expect(await message()).toMatch(w.checked);
    expect(await barKind()).toBe("warning");
    // 未填报 rows of a sheet are one line
    expect(await page.locator("#flag-list li.flag-missing").count()).toBe(1);
    expect(await page.locator("#flag-list li.flag").count()).toBeLessThan(6);
    // the sheet once (its group), each row its cell
    expect(await page.locator("#flag-list li.flag-group").allInnerTexts()).toEqual([SHEET]);
    expect(await page.locator('#flag-list li.flag[data-cell="K8"] .flag-facts').innerText()).toMatch(/^K8 · /);
    // one tab stop: the first row; ArrowDown moves it
    expect(await page.locator('#flag-list li.flag[tabindex="0"]').count()).toBe(1);
    await page.locator("#flag-list li.flag").first().focus();
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => Array.from(document.querySelectorAll("#flag-list li.flag")).indexOf(document.activeElement as Element));
    expect(focused).toBe(1);
    expect(await page.locator('#flag-list li.flag[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __fakeWorkbook: Fake }).__fakeWorkbook.log.selects.length > 0);
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => Array.from(document.querySelectorAll("#flag-list li.flag")).indexOf(document.activeElement as Element))).toBe(0);
    await noViolations("check");
  });

  it("chips filter by status; 只看约束性 is not offered without a binding row", async () => {
    await page.click('#status-counts [data-status="severe"]');
    expect(await page.getAttribute('#status-counts [data-status="severe"]', "aria-pressed")).toBe("true");
    const statuses = await page.locator("#flag-list li.flag").evaluateAll((ls) => ls.map((l) => /status-(\w+)/.exec(l.className)?.[1]));
    expect(statuses).toEqual(["severe"]);
    await page.click('#status-counts [data-status="severe"]');
    await page.click('#status-counts [data-status="met"]');
    expect(await page.locator("#flag-list li.flag").evaluateAll((ls) => ls.map((l) => l.getAttribute("data-cell")))).toEqual(["K17"]);
    await page.click('#status-counts [data-status="met"]');
    await page.click('#status-counts [data-status="missing"]');
    expect(await page.locator("#flag-list li.flag-missing").count()).toBe(0);
    expect(await page.locator("#flag-list li.flag.status-missing").count()).toBeGreaterThan(5);
    await page.click('#status-counts [data-status="missing"]');
    // 舟山's table marks no row 约束性: 只看约束性 is not offered, so no filter can leave the list empty (trial31p)
    expect(await page.locator("#binding-only").isHidden()).toBe(true); // the checkbox itself: it exists on main, shown
    expect(await page.locator("label.check-option").textContent()).toContain(w.bindingOnly);
  });

  it("writes a 说明 for the lagging row: Escape closes, Tab stays inside, refuses a changed cell, writes on 确定", async () => {
    const button = page.locator('#flag-list li.flag[data-cell="K8"] button.flag-note-button');
    const noteCell = (await button.getAttribute("data-note-cell")) ?? "";
    expect(noteCell).toMatch(/^[A-Z]+8$/);
    await button.click();
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("note-text");
    await noViolations("note dialog");
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.getElementById("note-dialog")?.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.locator("#note-dialog").isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.noteCell)).toBe(noteCell);
    expect(await message()).toBe(w.cancelled);

    // empty: the field says so, nothing is written
    await button.click();
    await page.click("#note-ok");
    expect(await page.locator("#note-error").innerText()).toBe(w.noteEmpty);
    expect(await page.getAttribute("#note-text", "aria-invalid")).toBe("true");
    // someone writes in the cell meanwhile: refused, their text kept
    await fake((wb, c) => wb.set("舟山市表2", c, "别人写的"), noteCell);
    await page.fill("#note-text", "受用地审批影响，二期开工推迟到四季度。");
    await act("#note-ok");
    expect(await message()).toMatch(w.refused);
    expect(await barKind()).toBe("warning"); // the pane has checked again: a notice, not an error (trial31p)
    expect(await fake((wb, c) => wb.get("舟山市表2", c), noteCell)).toEqual({ type: "string", text: "别人写的" });

    // checked again, the pane shows that text; it is replaced only on 确定
    await act("#check-button");
    expect(await page.locator('#flag-list li.flag[data-cell="K8"] .flag-note').innerText()).toContain("别人写的");
    await page.click('#flag-list li.flag[data-cell="K8"] button.flag-note-button');
    expect(await page.inputValue("#note-text")).toBe("别人写的");
    await page.fill("#note-text", "受用地审批影响，二期开工推迟到四季度。");
    await page.screenshot({ path: path.join(ROOT, `docs/taskpane-${lang}-note.png`) });
    await act("#note-ok");
    expect(await message()).toMatch(w.noteWritten);
    expect(await fake((wb, c) => wb.get("舟山市表2", c), noteCell)).toEqual({ type: "string", text: "受用地审批影响，二期开工推迟到四季度。" });
    expect(await page.locator('#flag-list li.flag[data-cell="K8"] .flag-note').innerText()).toContain("受用地审批影响");
  });

  it("fixes one value after a confirmation that Escape cancels, returning focus", async () => {
    const apply = page.locator('#flag-list li.flag[data-cell="K4"] button.flag-apply');
    await apply.click();
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm-ok");
    await page.keyboard.press("Escape");
    expect(await page.locator("#confirm-dialog").isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fixCell)).toBe(`${SHEET}!K4`);
    const writes = (await fake((wb) => wb.log.writes.length));
    await apply.click();
    await act("#confirm-ok");
    expect(await message()).toMatch(w.applied);
    expect((await fake((wb) => wb.log.writes)).slice(writes)).toEqual([{ sheet: SHEET, cell: "K4", value: 80 }]);
    await page.screenshot({ path: path.join(ROOT, `docs/taskpane-${lang}-check.png`), fullPage: true });
  });

  it("makes the summary and the review sheet", async () => {
    await view("summary");
    await noViolations("summary");
    await act("#summary-button");
    // then summary's totals line (trial33p P7)
    expect(await message()).toMatch(w.summarized);
    await act("#review-button");
    expect(await message()).toMatch(w.reviewed);
    await page.screenshot({ path: path.join(ROOT, `docs/taskpane-${lang}-summary.png`) });
    await view("import");
    await noViolations("import");
  });

  it("had no page errors (CSP violations included)", () => {
    expect(pageErrors).toEqual([]);
    fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
  });
});
