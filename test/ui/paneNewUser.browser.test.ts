/**
 * The task pane as a new user drives it, much of it with the keyboard (fresh-user report, pane2):
 * focus stays where the person was after each long action and each dialog, checkboxes show focus,
 * 导入 › 载入 without a year shows the year field, a table copied from Excel with line-broken header
 * cells is read, 确认修改 shows text as text, a roll-over clears the old result, and a host error is
 * one clear line. Production bundle, headless Chromium, fakeOffice.js.
 */
import type * as http from "http";
import type { AddressInfo } from "net";
import type { Browser, Page } from "playwright-core";
import { axeViolations, buildIfStale, DIST, launch, routeFakes, serve } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void }; __planReturnsActions: Record<string, unknown> };

describe("task pane as a new user drives it (scripted Office host)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildIfStale();
    server = await serve(DIST);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 320, height: 800 }, locale: "zh-CN" });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await routeFakes(page);
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("message")?.textContent === "就绪");
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  const message = (): Promise<string> => page.locator("#message").innerText();
  const until = (re: RegExp): Promise<unknown> => page.waitForFunction((s) => new RegExp(s).test(document.getElementById("message")?.textContent ?? "") && document.getElementById("progress")?.hidden === true, re.source);
  const focused = (): Promise<string> => page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return !e || e === document.body ? "body" : e.id ? `#${e.id}` : e.matches("li.flag") ? `li.flag[${e.dataset.cell ?? ""}]` : e.tagName.toLowerCase();
  });

  it.each([["zh"], ["en"]])("at 320 px (%s) the four tabs fit without scrolling sideways", async (lang) => {
    if (lang === "en") await page.click("#lang-toggle");
    const [scroll, client] = await page.locator(".tabs").evaluate((e) => [e.scrollWidth, e.clientWidth]);
    if (lang === "en") await page.click("#lang-toggle");
    expect(scroll).toBeLessThanOrEqual(client ?? 0);
  });

  it("导入 › 载入 with no 填报年度 shows the 填报 view with the year field focused and marked", async () => {
    await page.click("#tab-import");
    await page.fill("#import-text", "序号\t指标名称\t单位\t2020年基数\t2025年目标\t属性\n1\t公路总里程\t公里\t2860\t3100\t预期性\n2\t城乡公交一体化率\t%\t65\t≥85\t约束性");
    await page.click("#import-read-button");
    await until(/读出 2 项指标/);
    await page.focus("#import-load-button");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true);
    expect(await message()).toBe("未加载：请看“填报年度”下的说明。");
    expect(await page.locator("#year-error").innerText()).toBe("还没有填写填报年度：请在这里填要填报数据的年份（如 2024），再点“加载模板”或“导入”页的“载入”。");
    expect(await page.getAttribute("#tab-fill", "aria-selected")).toBe("true");
    expect(await page.locator("#year-input").isVisible()).toBe(true);
    expect(await page.locator("#year-error").isVisible()).toBe(true);
    expect(await focused()).toBe("#year-input");
  });

  it("从规划文本导入: a table copied from Excel/WPS whose header cells hold line breaks (quoted cells) is read", async () => {
    await page.click("#tab-import");
    await page.fill("#import-text", [
      "表1  青田县“十四五”交通运输发展主要指标",
      '类别\t序号\t指标名称\t单位\t"2020年\n基数"\t"2025年\n目标"\t属性',
      "综合交通\t1\t公路总里程\t公里\t2860\t3100\t预期性",
      "综合交通\t2\t高速公路通车里程\t公里\t/\t≥50\t预期性",
      "综合交通\t3\t综合交通投资增速\t%\t4.8\t5.5左右\t预期性",
      "运输服务\t4\t城乡公交一体化率\t%\t65\t≥85\t约束性",
    ].join("\r\n"));
    await page.click("#import-read-button");
    await until(/读出 \d+ 项指标|没有载入/);
    expect(await message()).toMatch(/^读出 4 项指标（青田县/);
    expect(await page.locator('#import-rows tr[data-id] input[data-field="target"]').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))).toEqual(["3100", "≥50", "5.5左右", "≥85"]);
    // the box shows what was read (the header's cells joined), so line numbers match it
    expect(await page.inputValue("#import-text")).toContain("2020年基数\t2025年目标\t属性");
  });

  it("Enter on 加载模板 leaves the focus on it once loaded", async () => {
    await page.click("#tab-fill");
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", "2023");
    await page.focus("#load-button");
    await page.keyboard.press("Enter");
    await until(/已加载/);
    expect(await focused()).toBe("#load-button");
  });

  // 舟山 2021–2025 marks no row 约束性, so 只看约束性 is hidden (trial31p #11) and no tab stop; the checkbox's
  // own focus ring is checked where it shows (paneFreshEyes, 舟山 2016–2020)
  it("Tab from the status chips passes over the hidden 只看约束性 to the folded lock outlook, then the flag list, and the focus shows", async () => {
    await page.evaluate(() => {
      const wb = (window as unknown as FakeWindow).__fakeWorkbook;
      wb.set("舟山市表2", "K7", " 12.5 ");
      wb.set("舟山市表2", "K8", 80);
    });
    await page.click("#tab-check");
    await page.focus("#check-button");
    await page.keyboard.press("Enter");
    await until(/校验完成/);
    expect(await focused()).toBe("#check-button");
    await page.focus('#status-counts [data-status="not_applicable"]');
    await page.keyboard.press("Tab");
    // the lock outlook sits between the chips and the list, folded on 校验 (dev46i): its head takes one Tab
    expect(await focused()).toBe("summary");
    expect(await page.evaluate(() => (document.activeElement as Element).closest("#check-lock") !== null && (document.activeElement?.parentElement as HTMLDetailsElement).open === false)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^li\.flag\[/);
    const ring = await page.evaluate(() => { const s = getComputedStyle(document.activeElement as Element); return `${s.outlineStyle} ${s.outlineWidth}`; });
    expect(ring).toBe("solid 2px");
  });

  it("应用 → 确认修改 lists the text as text, and after 确定 the focus is on the flag list, not lost: at the fixed row's place", async () => {
    const place = (): Promise<number> => page.evaluate(() => Array.from(document.querySelectorAll("#flag-list li.flag")).findIndex((r) => r === document.activeElement || r.contains(document.activeElement)));
    await page.locator('#flag-list li.flag[data-cell="K7"] button.flag-apply').focus();
    const was = await place();
    await page.keyboard.press("Enter");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    const listed = await page.locator("#confirm-list li").allInnerTexts();
    const inDialog = await focused();
    await page.keyboard.press("Enter");
    await until(/已修改 1 个单元格。校验完成/);
    expect(listed).toEqual(["舟山市表2!K7（儿童预期受教育年限(年)）：「 12.5 」 → 12.5"]);
    expect(inDialog).toBe("#confirm-ok");
    expect(await focused()).toMatch(/^li\.flag\[/);
    // still flagged once fixed (12.5 lags), moved to the top: the focus follows it
    expect(was).toBe(1);
    expect(await place()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe("K7");
  });

  // trial40e F7: a row fixed and gone from the list gave the focus to the first row, 9 rows up; now the row in its place has it
  it("应用 on a row that the fix takes off the list: the focus goes to the row now in its place", async () => {
    const place = (): Promise<number> => page.evaluate(() => Array.from(document.querySelectorAll("#flag-list li.flag")).findIndex((r) => r === document.activeElement || r.contains(document.activeElement)));
    const cells = (): Promise<string[]> => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>("#flag-list li.flag")).map((r) => r.dataset.cell ?? ""));
    await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.set("舟山市表2", "K7", " 20 "));
    await page.click("#check-button");
    await until(/校验完成/);
    await page.locator('#flag-list li.flag[data-cell="K7"] button.flag-apply').focus();
    const was = await place();
    const before = await cells();
    await page.keyboard.press("Enter");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    await page.keyboard.press("Enter");
    await until(/已修改 1 个单元格。校验完成/);
    const after = await cells();
    expect({ was: was > 0, gone: !after.includes("K7") }).toEqual({ was: true, gone: true });
    expect(await place()).toBe(Math.min(was, after.length - 1));
    expect(before.length).toBe(after.length + 1);
  });

  // a trial's 8 fixes at 320×600: two rows hidden below the list's edge, unsaid, and the keyboard could not scroll to them
  it("全部修正 with more rows than fit: the count is said, the list is focused first and scrolls by keyboard", async () => {
    await page.setViewportSize({ width: 320, height: 600 });
    await page.evaluate(() => {
      const wb = (window as unknown as FakeWindow).__fakeWorkbook;
      const cells: Array<[string, string]> = [["K6", "９５"], ["K17", "2.1%"], ["K20", " 26 "], ["K24", "９０.５"], ["K25", "4,012"], ["K26", "3平方米"], ["K28", " 7 "], ["K30", "１2"]];
      for (const [c, v] of cells) wb.set("舟山市表2", c, v);
    });
    await page.click("#check-button");
    await until(/校验完成/);
    await page.focus("#fix-all-button");
    await page.keyboard.press("Enter");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    const n = await page.locator("#confirm-list li").count();
    const text = await page.locator("#confirm-text").innerText();
    const inDialog = await focused();
    await page.keyboard.press("End");
    await page.waitForFunction(() => { const l = document.getElementById("confirm-list") as HTMLElement; return l.scrollTop + l.clientHeight >= l.scrollHeight - 1; });
    const violations = (await axeViolations(page)).filter((v) => v.startsWith("scrollable-region-focusable"));
    const tabs: string[] = [];
    for (let i = 0; i < 3; i++) { await page.keyboard.press("Tab"); tabs.push(await focused()); }
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 320, height: 800 });
    expect(n).toBeGreaterThanOrEqual(7);
    expect(text).toMatch(new RegExp(`^将对工作表进行以下 ${n} 处修改：（列表较长`));
    expect(inDialog).toBe("#confirm-list");
    expect(violations).toEqual([]);
    expect(tabs).toEqual(["#confirm-ok", "#confirm-cancel", "#confirm-list"]);
    expect(await message()).toBe("已取消，工作簿未做修改。");
  });

  it.each([
    ["zh", "AccessDenied", "出错了：工作表受保护或没有编辑权限，未能写入。请在“审阅”中撤销工作表保护（或向文件所有者要编辑权限）后重试。"],
    ["zh", "InvalidOperationInCellEditMode", "出错了：Excel 正在编辑单元格，未能读写。请先按 Enter 或 Esc 结束编辑，再重试。"],
    ["en", "AccessDenied", "Error: The sheet is protected or you cannot edit it, so nothing was written. Unprotect Sheet (Review tab), or ask the file's owner for edit rights, then try again."],
  ])("a host error (%s, %s) is one clear line, without Excel's API names", async (lang, code, expected) => {
    if (lang === "en") await page.click("#lang-toggle");
    await page.evaluate((c) => {
      const a = (window as unknown as FakeWindow).__planReturnsActions;
      a.__readGrid = a.readGrid;
      a.readGrid = () => Promise.reject(Object.assign(new Error("The cell or chart that you are trying to change is protected and therefore read-only.\n    at n (excel-web-16.00.js:25:1)"), { code: c, debugInfo: { code: c, errorLocation: "Range.values" } }));
    }, code);
    await page.click("#check-button");
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
    expect(await message()).toBe(expected);
    expect(await page.locator("#message-alert").innerText()).toBe(expected);
    await page.evaluate(() => {
      const a = (window as unknown as FakeWindow).__planReturnsActions;
      a.readGrid = a.__readGrid;
    });
    if (lang === "en") await page.click("#lang-toggle");
  });

  it("换年度: Escape gives the focus back to 加载模板; after the roll the old year's result is gone from 校验", async () => {
    await page.click("#check-button");
    await until(/校验完成（2023 年）/);
    expect(await page.locator("#flag-list li.flag").count()).toBeGreaterThan(0);
    await page.click("#tab-fill");
    await page.fill("#year-input", "2024");
    await page.focus("#load-button");
    await page.keyboard.press("Enter");
    await page.locator("#roll-dialog").waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await until(/已取消/);
    expect(await focused()).toBe("#load-button");
    // trial35 TP6: nothing rolled, so the field shows the workbook's year again
    expect(await page.inputValue("#year-input")).toBe("2023");
    await page.fill("#year-input", "2024");
    await page.focus("#load-button");
    await page.keyboard.press("Enter");
    await page.locator("#roll-dialog").waitFor({ state: "visible" });
    await page.keyboard.press("Enter");
    await until(/已改为 2024 年度/);
    expect(await focused()).toBe("#load-button");
    await page.click("#tab-check");
    expect(await page.locator("#check-filters").isHidden()).toBe(true);
    expect(await page.locator("#flag-list li").count()).toBe(0);
  });

  it("had no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
