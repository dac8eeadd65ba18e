/**
 * The flag list and the template list at 330 px (trial 25c, /tmp/trial25c/run1.js, run2.js): 衢州 for 2023 with the
 * trial's values. Each issue repeated 工作表「衢州市主要指标目标表」K8： under that sheet's own heading; 全部修正 did
 * not say how many cells it changes; its confirmation listed the text 96.5 as 96.5 → 96.5; K15 said
 * 按名称推断为「比」 at every 校验 (the plan's own, shown so in the 单位 column); and the two 嵊泗 2024 lists read alike
 * once chosen, cut before 项目清单/改革清单, with 填报年度 left to type. Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { openPane, untilIdle, type OpenPane } from "./paneHarness";
import { describeIssueBody } from "../../src/domain/describeIssueBody";

const SHEET = "衢州市主要指标目标表";
/** the trial's values: text numbers, a % typed, a fraction (a guess: not in 全部修正) and K15 lagging */
const VALUES: Record<string, string | number> = { K4: 0.95, K6: "85%", K8: "96.5", K15: 1.85, K16: " 2.5 ", K26: "1,050" };

interface FakeWindow { __fakeWorkbook: { set(sheet: string, cell: string, v: string | number): void } }

/** How `check` starts its line of the plan's own issues (test/cli/checkPlanNotesOnce): the pane says them in the same words. */
const PLAN_NOTES = { zh: "规划模板的问题（各单位相同", en: "The plan template's own issues" } as const;
/** The words of 城乡居民收入比's unit read from its name (quzhou-2021-2025 has no unit column). */
const unitRead = (lang: "zh" | "en"): string => describeIssueBody({ code: "unit_inferred", severity: "info", params: { unit: "比" } }, lang);

/** Loads `template` for 2023 in an open pane, sets `values` on `sheet`, and checks. */
async function loadAndCheck(page: Page, template: string, sheet: string, values: Record<string, string | number>): Promise<void> {
  await page.selectOption("#template-select", template);
  await page.fill("#year-input", "2023");
  await page.click("#load-button");
  await untilIdle(page, /^已加载/);
  await page.evaluate(([s, v]) => {
    for (const [c, x] of Object.entries(v)) (window as unknown as FakeWindow).__fakeWorkbook.set(s, c, x);
  }, [sheet, values] as const);
  await page.click("#tab-check");
  await page.click("#check-button");
  await untilIdle(page, /^校验完成/);
}

/** The issue lines of the flag of `cell`. */
const issues = (page: Page, cell: string): Promise<string[]> => page.locator(`#flag-list li.flag[data-cell="${cell}"] .flag-issue`).evaluateAll((xs) => xs.map((x) => (x.firstChild?.textContent ?? "").trim()));

describe("the flag list at 330 px: cells named under their sheet, 全部修正 counted, text quoted", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(330, 800);
    page = pane.page;
    await loadAndCheck(page, "quzhou-2021-2025", SHEET, VALUES);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it.each([
    ["zh", "K8", "K8：填写的是文本「96.5」"],
    ["en", "K8", "K8: "],
  ])("(%s) %s's issue names its cell and not the sheet of its heading", async (lang, cell, start) => {
    if (lang === "en") await page.click("#lang-toggle");
    const lines = await issues(page, cell);
    const all = await page.locator("#flag-list .flag-issue").allInnerTexts();
    if (lang === "en") await page.click("#lang-toggle");
    expect(lines[0]).toMatch(new RegExp(`^${start}`));
    expect(all.filter((x) => x.includes(SHEET))).toEqual([]);
  });

  it("K15 (lagging) does not repeat the plan's unit read from its name", async () => {
    expect(await page.locator('#flag-list li.flag[data-cell="K15"]').count()).toBe(1);
    expect((await issues(page, "K15")).filter((x) => x.includes("推断"))).toEqual([]);
  });

  // the pane left them out of the flags and never said them; check says them once on one line (trial 26)
  it.each([["zh"], ["en"]] as const)("(%s) the plan's own issues are said once, under the list, as check says them", async (lang) => {
    if (lang === "en") await page.click("#lang-toggle");
    const note = page.locator("#plan-notes");
    const shown = await note.isVisible();
    const text = shown ? await note.innerText() : "";
    const section = await page.locator("#check-section").innerText();
    if (lang === "en") await page.click("#lang-toggle");
    expect(shown).toBe(true);
    expect(text.startsWith(PLAN_NOTES[lang])).toBe(true);
    expect(text).toContain(`D15 城乡居民收入比${lang === "zh" ? "：" : ": "}${unitRead(lang)}`);
    expect(section.split(unitRead(lang)).length - 1).toBe(1);
  });

  it.each([["zh"], ["en"]])("(%s) 全部修正 says how many cells its confirmation lists; the text 96.5 is quoted there", async (lang) => {
    if (lang === "en") await page.click("#lang-toggle");
    const label = await page.locator("#fix-all-button").innerText();
    await page.click("#fix-all-button");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    const lines = await page.locator("#confirm-list li").allInnerTexts();
    await page.keyboard.press("Escape");
    await page.locator("#confirm-dialog").waitFor({ state: "hidden" });
    if (lang === "en") await page.click("#lang-toggle");
    expect(label).toBe(lang === "zh" ? `全部修正（${lines.length} 格）` : `Apply all fixes (${lines.length} cells)`);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.find((x) => x.includes("!K8"))).toMatch(lang === "zh" ? /「96\.5」 → 96\.5$/ : /"96\.5" → 96\.5$/);
  });

  // trial39b F3: every item's button was named only 应用 / 填写说明 (Apply / Write a note) to a screen reader listing them
  // a name folded into the 未填报 line is a button too (trial46b F1): named for what it does, select the row's value cell
  it.each([["zh", "：", "应用", "选中数值格"], ["en", ": ", "Apply", "Select the value cell"]] as const)("(%s) each item's button is named with its cell and indicator, no two alike", async (lang, colon, apply, select) => {
    if (lang === "en") await page.click("#lang-toggle");
    const buttons = (await page.locator("#flag-list li.flag button").evaluateAll((bs) => bs.map((b) => {
      const d = (b as HTMLElement).dataset;
      const name = b.classList.contains("flag-note-name");
      return { label: b.getAttribute("aria-label") ?? "", text: (b.textContent ?? "").trim(), cell: (name ? d["cell"] : d["fixCell"] ?? d["noteCell"]) ?? "", name };
    }))).map((b) => (b.name ? { ...b, text: select } : b));
    const k8 = await page.getByRole("button", { name: new RegExp(`^${apply}${colon}K8 `) }).count();
    if (lang === "en") await page.click("#lang-toggle");
    expect(buttons.length).toBeGreaterThan(3);
    expect(new Set(buttons.map((b) => b.label)).size).toBe(buttons.length);
    for (const b of buttons) expect(b.label.startsWith(`${b.text}${colon}${b.cell.split("!").pop()} `)).toBe(true);
    expect(k8).toBe(1);
  });

  // trial39b F7: 填写说明 opened on a pane scrolled a little (its button at the fold brought into view) showed the
  // dialog over a header cut in half; the pane goes back to its top, the dialog in view
  it("填写说明 on a pane scrolled less than its header: the header whole, the dialog in view", async () => {
    await page.evaluate(() => window.scrollTo(0, 20));
    await page.evaluate(() => { const b = document.querySelector<HTMLButtonElement>("#flag-list button.flag-note-button")!; b.focus({ preventScroll: true }); b.click(); });
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    const at = await page.evaluate(() => ({ y: window.scrollY, header: document.querySelector(".app-header")!.getBoundingClientRect().top, dialog: document.querySelector("#note-dialog .dialog")!.getBoundingClientRect().top >= 0 }));
    await page.keyboard.press("Escape");
    await page.locator("#note-dialog").waitFor({ state: "hidden" });
    expect(at).toEqual({ y: 0, header: 0, dialog: true });
  });

  // trial32p: 「１２．５」 was left out of 全部修正 without a word; a fix left out says so under its 应用, and why
  it.each([
    ["zh", "不在“全部修正”中，需逐项确认：推测的数量级"],
    ["en", "Not part of Apply all fixes, confirm it on its own: a guess at the scale"],
  ])("(%s) K4's guess says it is not in 全部修正, and why; K8's format fix says nothing", async (lang, said) => {
    if (lang === "en") await page.click("#lang-toggle");
    const k4 = await page.locator('#flag-list li.flag[data-cell="K4"] .flag-not-in-all').allInnerTexts();
    const k8 = await page.locator('#flag-list li.flag[data-cell="K8"] .flag-not-in-all').count();
    const label = await page.locator("#fix-all-button").innerText();
    await page.click("#fix-all-button");
    await page.locator("#confirm-dialog").waitFor({ state: "visible" });
    const lines = await page.locator("#confirm-list li").allInnerTexts();
    await page.keyboard.press("Escape");
    await page.locator("#confirm-dialog").waitFor({ state: "hidden" });
    if (lang === "en") await page.click("#lang-toggle");
    expect(k4).toEqual([said]);
    expect(k8).toBe(0);
    expect(lines.some((x) => x.includes("!K4"))).toBe(false);
    expect(label).toMatch(/\d/);
  });
});

describe("a plan with no issues of its own says no plan note", () => {
  let pane: OpenPane;

  beforeAll(async () => {
    pane = await openPane(330, 800);
    await loadAndCheck(pane.page, "zhoushan-2021-2025", "舟山市表2", {});
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("zhoushan-2021-2025 (every unit in its column): no #plan-notes, no plan words in the check view", async () => {
    expect(await pane.page.locator("#plan-notes").isVisible()).toBe(false);
    expect(await pane.page.locator("#check-section").innerText()).not.toContain(PLAN_NOTES.zh);
  });
});

describe("the template list at 330 px: the kind first, the whole label as a tooltip, a yearly list's year", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(330, 800);
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  it.each([
    // the kind, then the span (trial46b F9: a 320 px pane cut the span, which came last)
    ["shengsi-2024-projects", "项目清单 · 2024 年 · 嵊泗县"],
    ["shengsi-2024-reforms", "改革清单 · 2024 年 · 嵊泗县"],
    ["shengsi-2023-2027", "指标表 · 2023–2027 年 · 嵊泗县"],
  ])("%s reads %s… and is its own tooltip once chosen", async (id, start) => {
    await page.selectOption("#template-select", id);
    const { label, title } = await page.locator("#template-select").evaluate((s: HTMLSelectElement) => ({ label: s.selectedOptions[0]?.textContent ?? "", title: s.title }));
    expect(label.startsWith(start)).toBe(true);
    expect(title).toBe(label);
  });

  it.each([
    ["an empty year", "shengsi-2024-projects", "", "2024"],
    ["a year outside the list", "shengsi-2024-reforms", "2026", "2024"],
    ["a five-year plan keeps what is typed", "shengsi-2023-2027", "", ""],
  ])("a yearly list chosen fills 填报年度 (%s)", async (_what, id, typed, year) => {
    await page.selectOption("#template-select", "");
    await page.fill("#year-input", typed);
    await page.selectOption("#template-select", id);
    expect(await page.inputValue("#year-input")).toBe(year);
  });
});
