/**
 * What a fresh-user trial of the pane found (trial31p #4, #7, #12), at 320 px in zh and en, on the production
 * bundle with fakeOffice.js:
 * - loading every template for 2024 gave an 11-line message, ~40% of a 320 × 560 pane, kept on every view: now at
 *   most six lines on its own view and one on another, with 展开全文 for the rest (the text stays whole);
 * - a pressed status chip looked like a focused one (both an outline): pressed is now filled with the status's
 *   colours swapped, focus a ring outside the chip;
 * - 生成评估 had no hint of what it makes; an empty 填报年度 got the range message.
 * Screenshots in test/out/pane-trial32-*.png.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { contrastRatio } from "../support/contrastRatio";
import { axeViolations, messageText, openLoaded, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: path.join(ROOT, `test/out/pane-trial32-${name}.png`) });
const barHeight = (page: Page): Promise<number> => page.evaluate(() => document.getElementById("message-bar")?.getBoundingClientRect().height ?? 0);
const hex = (rgb: string): string => (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, "0")).join("");

const WORDS = {
  zh: { loaded: /^已加载：舟山市表2、衢州市主要指标目标表、嵊泗县七优享五年目标 等 6 张表。下一步：/, more: "展开全文", less: "收起",
    noYear: "还没有填写填报年度：请在这里填要填报数据的年份（如 2024），再点“加载模板”或“导入”页的“载入”。", evalHint: /^生成评估：新增“评估”工作表，.*评估等级.*预测.*预警/ },
  en: { loaded: /^Loaded: 舟山市表2, 衢州市主要指标目标表, 嵊泗县七优享五年目标 and 3 more. Next: /, more: "Show all", less: "Show less",
    noYear: "No reporting year yet: type here the year whose figures are filled in (e.g. 2024), then click Load template, or Load on the Import tab.", evalHint: /^Make evaluation adds the sheet 评估 \(evaluation\): .*grade.*forecast.*warnings/ },
} as const;

describe.each(["zh", "en"] as const)("the pane after trial31p (%s, 320 px)", (lang) => {
  const w = WORDS[lang];
  let pane: OpenPane;
  let page: Page;
  beforeAll(async () => {
    pane = await openPane(320, 560);
    page = pane.page;
    if (lang === "en") await page.click("#lang-toggle");
  });
  afterAll(async () => { await pane?.close(); });

  it("an empty 填报年度 says nothing was typed and what to type, not the range", async () => {
    await page.selectOption("#template-select", "*");
    await page.fill("#year-input", "");
    await page.click("#load-button");
    await page.waitForFunction(() => document.getElementById("year-error")?.hidden === false);
    expect(await page.locator("#year-error").innerText()).toBe(w.noYear);
  });

  // [view, the bar's most height (px), 展开全文 shown]: six lines of 20 px on its own view, one elsewhere
  it.each([
    ["load-section", "fill", 160],
    ["check-section", "check", 60],
    ["summary-section", "summary", 60],
    ["load-section", "fill-again", 160],
  ] as const)("loading every template for 2024, then on %s: the bar at most %s … px, the text whole, 展开全文 for the rest", async (view, name, most) => {
    if (name === "fill") {
      await page.fill("#year-input", "2024");
      await page.click("#load-button");
      await untilIdle(page, /^(已加载|Loaded)/);
    } else {
      await page.click(`[role=tab][data-view="${view}"]`);
    }
    expect(await messageText(page)).toMatch(w.loaded);
    const h = await barHeight(page);
    expect(h).toBeLessThanOrEqual(most);
    expect(await page.locator("#message-more").isVisible()).toBe(true);
    expect(await page.locator("#message-more").innerText()).toBe(w.more);
    await shot(page, `${name}-${lang}`);
    // the view's own first control is on screen below the bar
    const first = await page.evaluate((v) => document.querySelector(`#${v} button.btn-primary`)?.getBoundingClientRect().bottom ?? 9999, view);
    expect(first).toBeLessThanOrEqual(560);
    // 展开全文 opens it all, 收起 closes it again
    await page.click("#message-more");
    expect(await page.getAttribute("#message-more", "aria-expanded")).toBe("true");
    expect(await page.locator("#message-more").innerText()).toBe(w.less);
    expect(await barHeight(page)).toBeGreaterThan(h);
    await page.click("#message-more");
    expect(await barHeight(page)).toBe(h);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("生成评估 says what it makes, tied to the button", async () => {
    await page.click("#tab-summary");
    expect(await page.getAttribute("#evaluation-button", "aria-describedby")).toBe("evaluation-hint");
    expect(await page.locator("#evaluation-hint").innerText()).toMatch(w.evalHint);
  });
});

describe.each(["zh", "en"] as const)("a pressed status chip against a focused one (%s, 320 px)", (lang) => {
  let pane: OpenPane;
  let page: Page;
  beforeAll(async () => {
    pane = await openLoaded(lang);
    page = pane.page;
  });
  afterAll(async () => { await pane?.close(); });

  const look = (status: string): Promise<{ bg: string; fg: string; outline: string; width: string; pressed: string | null; focused: boolean }> =>
    page.evaluate((s) => {
      const c = document.querySelector<HTMLElement>(`#status-counts [data-status="${s}"]`)!;
      const st = getComputedStyle(c);
      return { bg: st.backgroundColor, fg: st.color, outline: st.outlineStyle, width: st.outlineWidth, pressed: c.getAttribute("aria-pressed"), focused: document.activeElement === c };
    }, status);

  it.each(["missing", "lagging", "severe", "manual"])("%s: pressed is filled, focused is a ring, and they differ", async (status) => {
    const plain = await look(status);
    expect(plain.pressed).toBe("false");
    // focused by the keyboard, not pressed: a ring, the chip's own colours
    await page.evaluate((s) => document.querySelector<HTMLElement>(`#status-counts [data-status="${s}"]`)?.blur(), status);
    await page.focus(`#status-counts [data-status="${status}"]`);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const focused = await look(status);
    expect(focused.focused).toBe(true);
    expect(focused.outline).toBe("solid");
    expect(focused.bg).toBe(plain.bg);
    // pressed by the mouse, not focused by the keyboard: filled, no ring
    await page.click(`#status-counts [data-status="${status}"]`);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const pressed = await look(status);
    expect(pressed.pressed).toBe("true");
    expect(pressed.outline).toBe("none");
    expect(pressed.bg).not.toBe(plain.bg);
    expect(pressed.bg).not.toBe(focused.bg);
    expect(contrastRatio(hex(pressed.fg), hex(pressed.bg))).toBeGreaterThanOrEqual(4.5);
    await page.locator("#check-filters").screenshot({ path: path.join(ROOT, `test/out/pane-trial32-chip-${status}-${lang}.png`) });
    expect(await axeViolations(page)).toEqual([]);
    // unpressed again for the next row
    await page.click(`#status-counts [data-status="${status}"]`);
  });
});
