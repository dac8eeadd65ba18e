/**
 * The pane's language and its English (trial P, /tmp/trP/pane/persist.js and run.js en-US 320):
 * 中文 chosen under an en-US Office came back English on reload (nothing saved); after 中文/English
 * the message bar kept an import's result in the old language (only 就绪 was redrawn); English lines
 * said `53 item(s) need attention`, `(1 line(s))` and joined names with 、; a year outside the plan
 * gave the same 8 lines twice, in the message bar and under the field; the preview's Direction
 * select read "↑ higher is b" at 320 px. Production bundle, headless Chromium, fakeOffice.js.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { messageText, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const TEMPLATE = "quzhou-2021-2025";
const SHEET = "衢州市主要指标目标表";
/** the trial's paste: 14 indicators, two lines to check (its header names no baseline year; 应保尽保 is a target in words) */
const TABLE = fs.readFileSync(path.join(ROOT, "test/fixtures/tables/national-psp-2021-2025.txt"), "utf8");
/** the trial's second paste: prose, no table */
const PROSE = "在幼有所育方面，到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个。\n在学有所教方面，学前教育毛入园率大于90%，九年义务教育巩固率96%。\n";

/** A pane whose Office says `displayLanguage`; `ready` is its first message. */
function paneIn(displayLanguage: string, ready: string, width = 320): Promise<OpenPane> {
  return openPane(width, 900, async (p) => {
    await p.addInitScript((l) => { (window as unknown as { __fakeDisplayLanguage: string }).__fakeDisplayLanguage = l; }, displayLanguage);
  }, ready);
}

/** The pane's language as the page says it: its <html lang>, the first message and the toggle's label. */
async function shownLang(page: Page): Promise<[string | null, string, string]> {
  return [await page.getAttribute("html", "lang"), await messageText(page), await page.locator("#lang-toggle").innerText()];
}

async function reload(page: Page, ready: string): Promise<void> {
  await page.reload();
  await page.waitForFunction((r) => (document.getElementById("message")?.textContent ?? "") === r, ready);
}

describe("the pane's 中文/English choice", () => {
  const ZH: [string, string, string] = ["zh-CN", "就绪", "English"];
  const EN: [string, string, string] = ["en", "Ready", "中文"];

  test.each<[string, string, [string, string, string], [string, string, string]]>([
    ["en-US", "Ready", EN, ZH],
    ["en-GB", "Ready", EN, ZH],
    ["zh-CN", "就绪", ZH, EN],
  ])("Office in %s: the display language first; the button's choice is kept on reload, and the other choice too", async (office, ready, first, toggled) => {
    const pane = await paneIn(office, ready);
    try {
      const { page } = pane;
      expect(await shownLang(page)).toEqual(first);
      await page.click("#lang-toggle");
      expect(await shownLang(page)).toEqual(toggled);
      await reload(page, toggled[1]);
      expect(await shownLang(page)).toEqual(toggled);
      // chosen back: Office's language again, and kept so
      await page.click("#lang-toggle");
      await reload(page, first[1]);
      expect(await shownLang(page)).toEqual(first);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it("storage that refuses (blocked): the pane still starts in Office's language and the button still switches", async () => {
    const pane = await openPane(320, 900, async (p) => {
      await p.addInitScript(() => {
        (window as unknown as { __fakeDisplayLanguage: string }).__fakeDisplayLanguage = "en-US";
        Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
      });
    }, "Ready");
    try {
      await pane.page.click("#lang-toggle");
      expect(await shownLang(pane.page)).toEqual(ZH);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe("the pane in English at 320 px, through the trial's flows", () => {
  let pane: OpenPane;
  let page: Page;
  /** every message the bar showed, and the lines that join names or count */
  const seen: string[] = [];

  const note = async (): Promise<void> => {
    seen.push(await messageText(page));
    for (const sel of ["#flag-list li.flag-missing .flag-facts", "#import-unread h3", "#confirm-text"]) {
      for (const x of await page.locator(sel).allInnerTexts()) seen.push(x);
    }
  };

  beforeAll(async () => {
    pane = await paneIn("en-US", "Ready");
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("a year outside the plan is said once, under the field; the bar points there", async () => {
    await page.selectOption("#template-select", TEMPLATE);
    await page.fill("#year-input", "2031");
    await page.click("#load-button");
    await page.waitForFunction(() => document.getElementById("year-error")?.hidden === false && /2031/.test(document.getElementById("year-error")?.textContent ?? ""));
    const under = await page.locator("#year-error").innerText();
    expect(under).toMatch(/reporting year 2031 is outside it/);
    await untilIdle(page, /Reporting year/);
    expect(await messageText(page)).toBe("Nothing was loaded: see the message under Reporting year.");
    const body = await page.locator("body").innerText();
    expect(body.split("reporting year 2031 is outside it").length - 1).toBe(1);
    // and in Chinese after 中文, still once
    await page.click("#lang-toggle");
    expect(await messageText(page)).toBe("未加载：请看“填报年度”下的说明。");
    expect(await page.locator("#year-error").innerText()).toMatch(/2031/);
    await page.click("#lang-toggle");
  });

  it("a year that is not a year: also once", async () => {
    await page.fill("#year-input", "20x5");
    await page.click("#load-button");
    await untilIdle(page, /^Nothing was loaded/);
    expect(await page.locator("#year-error").innerText()).toBe("The reporting year must be a whole year between 2000 and 2100.");
    expect(await messageText(page)).not.toContain("2000 and 2100");
  });

  it("load, check, fixes, review, files, import: no (s), no 、 in what the pane says", async () => {
    await page.fill("#year-input", "2024");
    await page.fill("#unit-input", "柯城区");
    await page.click("#load-button");
    await untilIdle(page, /^Loaded/);
    await note();
    await page.evaluate(([s]) => {
      const wb = (window as unknown as { __fakeWorkbook: { set(s: string, c: string, x: unknown): void } }).__fakeWorkbook;
      for (const [c, x] of Object.entries({ L7: "约15", L8: "95%", L16: "２.５", L10: 77.98, L12: 63 })) wb.set(s as string, c, x);
    }, [SHEET] as const);
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, /^Check done/);
    await note();
    expect(await messageText(page)).toMatch(/^Check done \(2024\): \d+ items need attention\.$/);
    await page.click("#fix-all-button");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    await note();
    expect(await page.locator("#confirm-text").innerText()).toMatch(/^(This cell|These [2-9]\d* cells) will be changed:/);
    await page.click("#confirm-cancel");
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, /^Review sheet/);
    await note();
    expect(await messageText(page)).toMatch(/^Review sheet "审核" added: \d+ rows, 0 to re-check\.$/);
    await page.setInputFiles("#summary-files", ["2023-定海区.xlsx", "2023-普陀区.xlsx"].map((name) => ({ name, mimeType: "application/octet-stream", buffer: Buffer.from("x") })));
    await page.waitForFunction(() => /chosen/.test(document.getElementById("message")?.textContent ?? ""));
    await note();
    expect(await messageText(page)).toBe("2 files chosen: 2023-定海区.xlsx, 2023-普陀区.xlsx");
    await page.click("#tab-import");
    await page.fill("#import-text", TABLE);
    await page.click("#import-read-button");
    await untilIdle(page, /read \(/);
    await note();
    expect(await messageText(page)).toMatch(/^14 indicators read \(.*\); 0 not loaded, 3 to check\./);
    expect(await page.locator("#import-unread h3").allInnerTexts()).toEqual(["Loaded, please check (3)"]);
    const joined = seen.filter((s) => /\(s\)|、/.test(s.replace(/（[^）]*）/g, "")));
    expect(joined).toEqual([]);
    expect((await page.locator("body").innerText()).match(/\w\(s\)/g)).toBeNull();
  });

  it("a row's 属性 says the CLI's term (ENGLISH_TERMS), and its Direction select is not cut", async () => {
    await page.click("#tab-import");
    if ((await page.locator("#import-rows tr[data-id]").count()) === 0) {
      await page.fill("#import-text", TABLE);
      await page.click("#import-read-button");
      await untilIdle(page, /read \(/);
    }
    expect(new Set(await page.locator("#import-rows td.col-attribute").allInnerTexts())).toEqual(new Set(["Indicative", "Binding"]));
    const cut = await page.locator("select.import-direction").evaluateAll((selects) => selects.flatMap((s) => {
      const select = s as HTMLSelectElement;
      const ctx = document.createElement("canvas").getContext("2d");
      if (!ctx) return ["no canvas"];
      ctx.font = getComputedStyle(select).font;
      const widest = Math.max(...Array.from(select.options, (o) => ctx.measureText(o.text).width));
      // the text's room: the select less its padding, border and the arrow (about 20 px)
      const cs = getComputedStyle(select);
      const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
      return widest > room ? [`${select.getAttribute("aria-label")}: ${Math.round(widest)} px of text in ${Math.round(room)} px`] : [];
    }));
    expect(cut).toEqual([]);
  });

  it("a result message is said again in the other language on 中文/English", async () => {
    await page.click("#tab-import");
    await page.fill("#import-text", PROSE);
    await page.click("#import-read-button");
    await untilIdle(page, /^The paste is running text/);
    await page.click("#lang-toggle");
    expect(await messageText(page)).toMatch(/^粘贴的内容是成段的文字/);
    await page.click("#lang-toggle");
    expect(await messageText(page)).toMatch(/^The paste is running text/);
    // a check's result too
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, /^Check done/);
    await page.click("#lang-toggle");
    expect(await messageText(page)).toMatch(/^校验完成（2024 年）：\d+ 项需关注。$/);
    await page.click("#lang-toggle");
  });

  it("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
