/**
 * The pane's layout at Excel's pane widths (320 px, the narrowest, to 480 px), in Chinese and in
 * English, through its main states. A trial saw the review list run into the file picker below it
 * in a tall 320 px pane: the list sat flush on 各单位填报文件, so its cut-off last row read as the
 * picker's label. Measured with getBoundingClientRect: no sideways scroll, no content wider than
 * its box, every control inside the pane's width, and the blocks of the shown view neither
 * overlap nor touch. The import preview (trial trH: 目标 was off-screen at 360–480 px, the table
 * 692 px wide in a 308 px frame) shows each row's name, 基期值, 目标, 单位 and 属性 without sideways
 * scrolling: its frame does not scroll sideways and a row's cells do not overlap. Text fields show
 * the buttons' 2 px focus ring (WCAG 2.4.7), not only a faint bottom border.
 * Production bundle, headless Chromium, fakeOffice.js.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; grid(): { sheets: Array<{ name: string; rows: Array<Array<{ type: string; text?: string }>> }> } } };

const SHEET = "衢州市主要指标目标表";
/** the least space (px) between two blocks one above the other: less reads as one block */
const MIN_GAP = 4;

/** What is wrong with the layout now, one line each; [] when nothing. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((minGap) => {
    const out: string[] = [];
    const name = (e: Element): string => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/).join(".")}` : ""}`;
    const shown = (e: Element): boolean => !e.closest("[hidden]") && e.getClientRects().length > 0;
    // visually hidden for screen readers (1 px, clipped; the preview's header row in a narrow pane)
    const srOnly = (e: Element): boolean => {
      for (let a: Element | null = e; a; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1 && getComputedStyle(a).overflow === "hidden") return true;
      }
      return false;
    };
    const page = document.scrollingElement as Element;
    if (page.scrollWidth > innerWidth) out.push(`the pane scrolls sideways: ${page.scrollWidth} > ${innerWidth}`);

    for (const e of Array.from(document.querySelectorAll("body *"))) {
      if (!shown(e) || e.closest(".dialog-backdrop") || e.classList.contains("visually-hidden") || srOnly(e)) continue;
      const r = e.getBoundingClientRect();
      if (e.matches("button, input, select, textarea") && (r.left < -0.5 || r.right > innerWidth + 0.5)) out.push(`${name(e)} outside the pane: ${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth}`);
      const wide = !e.matches("input, select, textarea, progress") && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1;
      if (wide) out.push(`${name(e)} is wider than its box: ${e.scrollWidth} > ${e.clientWidth}`);
    }

    // the import preview: each row's name, 基期值, 目标, 单位 and 属性 inside its frame's visible width, the row's cells apart
    const wrap = document.querySelector(".import-table-wrap");
    if (wrap && shown(wrap)) {
      const box = wrap.getBoundingClientRect();
      const [left, right] = [box.left + wrap.clientLeft, box.left + wrap.clientLeft + wrap.clientWidth];
      const rows = Array.from(wrap.querySelectorAll("tr[data-id]"));
      if (rows.length === 0) out.push("the import preview shows no rows");
      for (const tr of rows) {
        const n = `row ${(tr as HTMLElement).dataset.id ?? "?"}`;
        for (const sel of ['input[data-field="name"]', 'input[data-field="baseline"]', 'input[data-field="target"]', 'input[data-field="unit"]', "td.col-attribute"]) {
          const c = tr.querySelector(sel);
          const r = c?.getBoundingClientRect();
          if (!c || !r || !shown(c) || r.width < 8) out.push(`${n}: ${sel} not shown`);
          else if (r.left < left - 0.5 || r.right > right + 0.5) out.push(`${n}: ${sel} at ${Math.round(r.left)}–${Math.round(r.right)}, outside the preview's ${Math.round(left)}–${Math.round(right)}`);
        }
        const cells = Array.from(tr.children).filter(shown).map((td) => [td.className, td.getBoundingClientRect()] as const);
        for (let i = 0; i < cells.length; i++) {
          for (let j = i + 1; j < cells.length; j++) {
            const [[ca, a], [cb, b]] = [cells[i] as readonly [string, DOMRect], cells[j] as readonly [string, DOMRect]];
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 1 && h > 1) out.push(`${n}: ${ca} and ${cb} overlap`);
          }
        }
      }
    }

    // where a block draws: its own box when it shows one (a border, a fill, a scroll frame), else what is inside it (margins are not ink)
    const ink = (e: Element): DOMRect => {
      const cs = getComputedStyle(e);
      if (cs.borderTopWidth !== "0px" || cs.borderBottomWidth !== "0px" || cs.backgroundColor !== "rgba(0, 0, 0, 0)" || cs.overflowY !== "visible") return e.getBoundingClientRect();
      // a range over a folded <details> spans the text it does not draw: its box is where it draws
      if (e.querySelector("details:not([open])")) return e.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(e);
      const r = range.getBoundingClientRect();
      return r.height > 0 ? r : e.getBoundingClientRect();
    };
    const view = document.querySelector("section.view:not([hidden])");
    for (const parent of view ? [view, ...Array.from(view.querySelectorAll("#import-result, .filters"))] : []) {
      const blocks = Array.from(parent.children).filter(shown);
      for (let i = 1; i < blocks.length; i++) {
        const [above, below] = [blocks[i - 1] as Element, blocks[i] as Element];
        const gap = ink(below).top - ink(above).bottom;
        if (gap < minGap) out.push(`${name(above)} and ${name(below)} ${gap < 0 ? "overlap" : "touch"}: ${gap.toFixed(1)} px apart`);
      }
    }
    return out;
  }, MIN_GAP);
}

/** Toggles the language and waits until the lists are redrawn in it (the review list redraws after a read). */
async function toggleLanguage(page: Page): Promise<void> {
  const en = (await page.evaluate(() => document.documentElement.lang)) !== "en";
  await page.click("#lang-toggle");
  await page.waitForFunction((e) => {
    const badge = document.querySelector("#review-list .review-badge")?.textContent ?? "";
    return document.documentElement.lang === (e ? "en" : "zh-CN") && (badge === "" || /^[A-Za-z]/.test(badge) === e);
  }, en);
}

/** Each state from the one before it: a 2024 return with dozens of flags, its review sheet, a pasted table, a paste that is no table, the trial's table edited. */
const STATES: Array<[string, (page: Page) => Promise<void>]> = [
  ["first view", async () => undefined],
  ["校验 with dozens of flags", async (page) => {
    await page.selectOption("#template-select", "quzhou-2021-2025");
    await page.fill("#year-input", "2024");
    await page.fill("#unit-input", "柯城区");
    await page.click("#load-button");
    await untilIdle(page, /已加载/);
    // 0 where growth is due (严重滞后), 约… where a number is (数据异常): every row flagged
    await page.evaluate((s) => { for (let r = 4; r <= 80; r++) (window as unknown as FakeWindow).__fakeWorkbook.set(s, `L${r}`, r % 3 ? 0 : `约${r}`); }, SHEET);
    // a trial's name with a long unbroken Latin token made the 320 px pane 612 px wide (the flag row naming the changed name)
    await page.evaluate((s) => {
      const wb = (window as unknown as FakeWindow).__fakeWorkbook;
      const row = wb.grid().sheets.find((x) => x.name === s)?.rows[3] ?? [];
      const at = row.findIndex((c) => c.type === "string" && /[\u4e00-\u9fff]{4}/.test(c.text ?? ""));
      wb.set(s, `${String.fromCharCode(65 + at)}4`, `${row[at]?.text ?? ""}ThisIsAVeryLongUnbrokenLatinTokenWithoutSpacesToTestWrapping_1234567890`);
    }, SHEET);
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, /校验完成/);
    expect(await page.locator("#flag-list li.flag").count()).toBeGreaterThan(30);
  }],
  ["生成审核表 with dozens of rows", async (page) => {
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, /已生成审核表/);
    expect(await page.locator("#review-list li.review-row").count()).toBeGreaterThan(30);
  }],
  ["import preview", async (page) => {
    await page.click("#tab-import");
    await page.fill("#import-text", fs.readFileSync(path.join(ROOT, "test/fixtures/tables/shengsi-2023-2027.txt"), "utf8"));
    await page.click("#import-read-button");
    await untilIdle(page, /^读出 \d+ 项指标/);
  }],
  ["an error result", async (page) => {
    await page.fill("#import-text", "今天天气很好，我们去公园散步。\n明天也许会下雨。");
    await page.click("#import-read-button");
    await page.waitForFunction(() => document.getElementById("message-bar")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
  }],
  // the trial's table (属性 on every row, English Indicative / Binding the longest words), a row dropped, a target edited
  ["import preview with 属性, a row dropped and a target edited", async (page) => {
    await page.fill("#import-text", fs.readFileSync(path.join(ROOT, "test/fixtures/tables/chunan-2021-2025.txt"), "utf8"));
    await page.click("#import-read-button");
    await untilIdle(page, /^读出 15 项指标/);
    await page.locator("#import-rows tr[data-id]").nth(1).locator("input.import-drop").check();
    await page.locator("#import-rows tr[data-id]").nth(6).locator('input[data-field="target"]').fill("≤6");
    await page.locator("#import-rows tr[data-id]").nth(6).locator('input[data-field="target"]').press("Tab");
    expect(await page.locator('#import-unread li[data-state="edited"]').count()).toBe(1);
    // the frame scrolled to row 7 as it was edited: back to its top, as a person reading it would see it
    await page.evaluate(() => document.querySelector(".import-table-wrap")?.scrollTo(0, 0));
  }],
];

// Excel's pane widths, and the tall narrow pane of the trial
describe.each([[320, 600], [360, 600], [480, 600], [320, 1400]])("the pane %i × %i px", (width, height) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(width, height);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  test.each(STATES)("%s: no sideways scroll, no control off the pane, no blocks overlapping or touching, in Chinese and in English", async (state, reach) => {
    await reach(page);
    const slug = state.replace(/[^A-Za-z]+/g, "-").replace(/^-|-$/g, "") || "state";
    fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
    for (const lang of ["zh", "en"]) {
      expect({ lang, problems: await layoutProblems(page) }).toEqual({ lang, problems: [] });
      await page.screenshot({ path: path.join(ROOT, `test/out/pane-layout-${width}x${height}-${slug}-${lang}.png`), fullPage: true });
      await toggleLanguage(page);
    }
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});

// WCAG 2.4.7: a text field reached by Tab shows the buttons' ring (2 px solid), not only its bottom border
describe("focus: text fields, selects and the text box show the buttons' ring", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(360, 900);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  /** The focused element's outline, reached by Tab from the element before it. */
  async function ringByTab(selector: string): Promise<string> {
    await page.locator(selector).first().focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    return page.evaluate((sel) => {
      const e = document.activeElement as Element;
      const cs = getComputedStyle(e);
      return `${e.matches(sel) ? "" : `focus on ${e.id || e.tagName}, not ${sel}: `}${cs.outlineStyle} ${cs.outlineWidth}`;
    }, selector);
  }

  test.each([
    ["the button (as it was)", "#tab-fill", "#load-button"],
    ["填报年度", "#tab-fill", "#year-input"],
    ["填报单位", "#tab-fill", "#unit-input"],
    ["the template select", "#tab-fill", "#template-select"],
    ["the paste box", "#tab-import", "#import-text"],
    ["标题", "#tab-import", "#import-title-input"],
  ])("%s", async (_name, tab, selector) => {
    await page.click(tab);
    expect(await ringByTab(selector)).toBe("solid 2px");
  });

  it("a preview field too, and the frame keeps it in view", async () => {
    await page.click("#tab-import");
    await page.fill("#import-text", fs.readFileSync(path.join(ROOT, "test/fixtures/tables/shengsi-2023-2027.txt"), "utf8"));
    await page.click("#import-read-button");
    await untilIdle(page, /^读出 \d+ 项指标/);
    expect(await ringByTab('#import-rows tr[data-id] input[data-field="target"]')).toBe("solid 2px");
    // the ring (2 px, 1 px off the field) is drawn inside the frame, not cut off by its edge
    const clear = await page.evaluate(() => {
      const e = document.activeElement as Element;
      const wrap = e.closest(".import-table-wrap") as Element;
      const [r, w] = [e.getBoundingClientRect(), wrap.getBoundingClientRect()];
      return [r.left - 3 >= w.left + wrap.clientLeft, r.right + 3 <= w.left + wrap.clientLeft + wrap.clientWidth];
    });
    expect(clear).toEqual([true, true]);
  });
});
