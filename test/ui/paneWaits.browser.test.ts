/**
 * The task pane when Excel is slow, silent or fails partway (fresh-user report, pane3): busy from
 * the click (a slow chunk), one load for a double click, a host call that never answers gives the
 * buttons back after the wait (shortened here) and its late answer is still reported, a write that
 * failed partway says what it left. Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { messageText, openPane, untilIdle, type OpenPane } from "./paneHarness";

type Fake = {
  __fakeWorkbook: { set(s: string, c: string, v: unknown): void; get(s: string, c: string): unknown; log: { applies: unknown[]; writes: unknown[] }; sheetNames(): string[] };
  __planReturnsActions: Record<string, (...args: unknown[]) => Promise<unknown>>;
  __release?: () => void;
};

/** Excel's GeneralException as Office.js throws it (made in the page: no eval under its CSP). */
const GENERAL = { message: "There was an internal error while processing the request.", code: "GeneralException" };

describe("task pane when Excel is slow, silent or fails partway (scripted Office host)", () => {
  let pane: OpenPane;
  let page: Page;
  let pageErrors: string[] = [];
  let catalogDelay = 1500;

  beforeAll(async () => {
    pane = await openPane(350, 800, async (p) => {
      // a slow intranet: the template catalog chunk arrives late
      await p.route(/\/catalog\.[0-9a-f]+\.js$/, async (route) => {
        await new Promise((r) => setTimeout(r, catalogDelay));
        await route.continue();
      });
      await p.addInitScript(() => { (window as unknown as { __planReturnsHostWaitMs: number }).__planReturnsHostWaitMs = 400; });
    });
    ({ page, pageErrors } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  const message = (): Promise<string> => messageText(page);
  const idle = (re: RegExp): Promise<unknown> => untilIdle(page, re);
  const applies = (): Promise<number> => page.evaluate(() => (window as unknown as Fake).__fakeWorkbook.log.applies.length);

  it("加载模板 is busy from the click while the catalog loads, and a second click starts no second load", async () => {
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", "2023");
    await page.click("#load-button");
    const at = await page.evaluate(() => ({
      disabled: (document.getElementById("load-button") as HTMLButtonElement).disabled,
      progress: !(document.getElementById("progress") as HTMLElement).hidden,
      message: document.getElementById("message")?.textContent,
    }));
    // the impatient second click, as the DOM delivers it even to a disabled-looking button
    await page.evaluate(() => document.getElementById("load-button")?.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    await idle(/已加载/);
    catalogDelay = 0;
    expect(at).toEqual({ disabled: true, progress: true, message: "正在加载模板…" });
    expect(await applies()).toBe(1);
    expect(await message()).toBe("已加载：舟山市表2。下一步：在工作表中填写 2023 年一列，然后到“校验”页点“校验工作簿”。");
  });

  it("a host write that never answers: after the wait one line says what to do, the buttons work, the same action is not started twice, and the late answer is reported", async () => {
    await page.click("#tab-summary");
    await page.evaluate(() => {
      const a = (window as unknown as Fake).__planReturnsActions;
      const apply = a.apply!;
      (a as Record<string, unknown>).__apply = apply;
      a.apply = (...args: unknown[]) => new Promise((resolve) => { (window as unknown as Fake).__release = () => resolve(apply.apply(a, args)); });
    });
    const before = await applies();
    await page.click("#summary-button");
    await page.waitForFunction(() => /未响应/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await message()).toBe("Excel 未响应：如果正在编辑单元格，请按 Enter 或 Esc 结束编辑；操作可能仍会完成，结果会显示在这里。");
    expect(await page.locator("#progress").isHidden()).toBe(true);
    expect(await page.locator("#summary-button").isDisabled()).toBe(false);
    expect(await page.locator("#review-button").isDisabled()).toBe(false);
    await page.click("#lang-toggle");
    expect(await message()).toMatch(/^Excel is not answering: if a cell is being edited, press Enter or Esc/);
    await page.click("#summary-button");
    expect(await message()).toMatch(/^This action is still waiting for Excel/);
    await page.evaluate(() => (window as unknown as Fake).__release?.());
    await idle(/^Added/);
    // summary's totals, then (the cover's 填报单位 is blank) its cover_no_unit line (paneSaysWhatCliSays)
    expect(await message()).toMatch(/^Added: 汇总, 问题清单\. Met \d+ [^.]*\. This workbook: the reporting unit on sheet 填报说明 \(C4\) is blank/);
    expect(await applies()).toBe(before + 1);
    await page.click("#lang-toggle");
    expect(await message()).toMatch(/^已生成：汇总、问题清单。已达标 \d+ [^。]*。本工作簿：「填报说明」表 C4 的填报单位是空的/);
    await page.evaluate(() => {
      const a = (window as unknown as Fake).__planReturnsActions as Record<string, unknown>;
      a.apply = a.__apply;
    });
  });

  it("全部修正 that failed after writing one cell names that cell", async () => {
    await page.evaluate(() => {
      const wb = (window as unknown as Fake).__fakeWorkbook;
      wb.set("舟山市表2", "K7", " 12.5 ");
      wb.set("舟山市表2", "K8", "８０");
    });
    await page.click("#tab-check");
    await page.click("#check-button");
    await idle(/校验完成/);
    await page.evaluate((general) => {
      const a = (window as unknown as Fake).__planReturnsActions;
      const orig = a.applyFixes!;
      (a as Record<string, unknown>).__applyFixes = orig;
      a.applyFixes = (fixes: unknown) => orig.call(a, (fixes as unknown[]).slice(0, 1)).then(() => { throw Object.assign(new Error(general.message), { code: general.code, debugInfo: { code: general.code, errorLocation: "Range.values" } }); });
    }, GENERAL);
    await page.click("#fix-all-button");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    const listed = await page.locator("#confirm-list li").allInnerTexts();
    await page.click("#confirm-ok");
    await idle(/出错了/);
    const first = /^(\S+?)（/.exec(listed[0] ?? "")?.[1];
    expect(listed.length).toBeGreaterThan(1);
    expect(await message()).toBe(`出错了：Excel 未能完成这一步（Excel 内部错误）。请保存工作簿后重试；仍不行请关闭并重新打开 Excel。已修改：${first}；其余未修改。`);
    await page.evaluate(() => {
      const a = (window as unknown as Fake).__planReturnsActions as Record<string, unknown>;
      a.applyFixes = a.__applyFixes;
    });
  });

  it("a load whose write failed after adding a sheet names it and says to refresh, not copy", async () => {
    await page.evaluate((general) => {
      const a = (window as unknown as Fake).__planReturnsActions;
      const orig = a.apply!;
      (a as Record<string, unknown>).__apply = orig;
      a.apply = (...args: unknown[]) => orig.apply(a, args).then(() => { throw Object.assign(new Error(general.message), { code: general.code, debugInfo: { code: general.code, errorLocation: "Range.format" } }); });
    }, GENERAL);
    await page.click("#tab-fill");
    await page.selectOption("#template-select", "quzhou-2021-2025");
    await page.click("#load-button");
    await idle(/出错了/);
    const sheets = await page.evaluate(() => (window as unknown as Fake).__fakeWorkbook.sheetNames());
    const added = sheets.filter((n) => n !== "舟山市表2" && n !== "填报说明" && n !== "_plan_returns_meta" && n !== "汇总" && n !== "问题清单");
    expect(added.length).toBeGreaterThan(0);
    expect(await message()).toBe(`出错了：Excel 未能完成这一步（Excel 内部错误）。请保存工作簿后重试；仍不行请关闭并重新打开 Excel。 已写入工作表 ${added.join("、")}，可能不完整：请先到“校验”页点“校验工作簿”查看，再加载时选“更新现有工作表（保留已填数据）”，不要另建副本。`);
    await page.evaluate(() => {
      const a = (window as unknown as Fake).__planReturnsActions as Record<string, unknown>;
      a.apply = a.__apply;
    });
  });

  it("Enter in 填报年度 loads; a year outside the plan period marks the field as a badly typed one does", async () => {
    await page.click("#tab-fill");
    await page.selectOption("#template-select", "zhoushan-2016-2020");
    await page.fill("#year-input", "2023");
    await page.focus("#year-input");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
    // the reason once, under the field; the bar points there (trial P)
    expect(await message()).toBe("未加载：请看“填报年度”下的说明。");
    expect(await page.getAttribute("#year-input", "aria-invalid")).toBe("true");
    expect(await page.locator("#year-error").innerText()).toMatch(/未加载。$/);
    await page.fill("#year-input", "2023");
    expect(await page.getAttribute("#year-input", "aria-invalid")).toBeNull();
  });

  it("while a dialog waits for an answer the pane says so, not 正在加载", async () => {
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.focus("#unit-input");
    await page.keyboard.press("Enter");
    await page.locator("#conflict-dialog").waitFor({ state: "visible" });
    const shown = { message: await message(), progress: await page.locator("#progress").isVisible() };
    await page.keyboard.press("Escape");
    await idle(/已取消/);
    expect(shown).toEqual({ message: "请在对话框中选择。", progress: false });
  });

  it("in English the import preview's 领域, 属性 and stand-in title are English, and at 300 px the four tabs stay inside the pane", async () => {
    await page.click("#lang-toggle");
    await page.click("#tab-import");
    await page.fill("#import-text", "序号\t指标名称\t单位\t2020年基数\t2025年目标\t属性\n1\t公路总里程\t公里\t2860\t3100\t预期性\n2\t城乡公交一体化率\t%\t65\t≥85\t约束性");
    await page.click("#import-read-button");
    await idle(/indicators read/);
    const cells = await page.locator("#import-rows tr[data-id]").evaluateAll((rows) => rows.map((r) => [r.querySelector(".col-domain")?.textContent, r.querySelector(".col-attribute")?.textContent]));
    expect(cells).toEqual([["Unclassified", "Indicative"], ["Unclassified", "Binding"]]);
    expect(await message()).toMatch(/^2 indicators read \(region not given · imported indicator table \(2020–2025\)\)/);
    await page.setViewportSize({ width: 300, height: 600 });
    await page.click("#tab-check");
    await page.click("#check-button");
    await idle(/^Check done/);
    await page.screenshot({ path: "test/out/pane-en-300-checked.png" });
    const [right, width] = await page.evaluate(() => [document.getElementById("tab-import")?.getBoundingClientRect().right ?? 0, document.documentElement.clientWidth]);
    expect(right).toBeLessThanOrEqual(width ?? 0);
    await page.click("#lang-toggle");
  });

  // a trial's 5,000-row 校验 and 导入 › 载入 kept the old message (…核对后点“载入”) until the result: the work ran before a frame was drawn
  it.each([
    ["校验", "#tab-check", "#check-button", "正在校验…", /校验完成/],
    ["导入 › 载入", "#tab-import", "#import-load-button", "正在加载模板…", /已加载/],
  ])("%s says what it is doing in a drawn frame before the work", async (_what, tab, button, working, done) => {
    await page.click(tab);
    if (button === "#import-load-button") {
      await page.fill("#import-text", "序号\t指标名称\t单位\t2020年基数\t2025年目标\t属性\n1\t公路总里程\t公里\t2860\t3100\t预期性");
      await page.click("#import-read-button");
      await idle(/读出 1 项指标/);
    }
    await page.evaluate(() => {
      const w = window as unknown as { __frames: string[] };
      w.__frames = [];
      const each = (): void => { w.__frames.push(document.getElementById("message")?.textContent ?? ""); requestAnimationFrame(each); };
      requestAnimationFrame(each);
    });
    await page.click(button);
    await idle(done);
    const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
    expect(frames).toContain(working);
  });

  // a trial's pane, once a 校验 went unanswered, refused every later 校验 (仍在等待 Excel) for good
  it("a 校验 that never answers: a second 校验 runs and shows its result; the first one's late answer is not shown over it", async () => {
    await page.click("#tab-check");
    await page.evaluate(() => {
      const a = (window as unknown as Fake).__planReturnsActions as Record<string, unknown> & { readGrid(): Promise<unknown> };
      const read = a.readGrid;
      a.__readGrid = read;
      let first = true;
      a.readGrid = () => {
        if (!first) return read.call(a);
        first = false;
        // the first read answers only when released, and with a blank workbook: shown, it would say so
        return new Promise((resolve) => { (window as unknown as Fake).__release = () => resolve({ sheets: [{ name: "Sheet1", visible: true, rows: [] }], names: {} }); });
      };
    });
    await page.click("#check-button");
    await page.waitForFunction(() => /未响应/.test(document.getElementById("message")?.textContent ?? ""));
    await page.click("#check-button");
    await page.waitForFunction(() => !/未响应|正在校验/.test(document.getElementById("message")?.textContent ?? "") && document.getElementById("progress")?.hidden === true);
    const second = await message();
    const rows = await page.locator("#flag-list li").count();
    await page.evaluate(() => (window as unknown as Fake).__release?.());
    await page.waitForTimeout(300);
    expect(second).not.toMatch(/仍在等待|本工作簿还没有填报表/);
    expect(rows).toBeGreaterThan(0);
    expect(await message()).toBe(second);
    expect(await page.locator("#flag-list li").count()).toBe(rows);
    await page.evaluate(() => {
      const a = (window as unknown as Fake).__planReturnsActions as Record<string, unknown>;
      a.readGrid = a.__readGrid;
    });
  });

  it("had no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
