/**
 * The task pane as a fresh-eyes trial (trial31p, /tmp/trial31p/app/trial_s*.ts) met it: after 加载模板 the only
 * message was 已加载：舟山市表2 (no next step); the load conflict dialog offered 另建一份副本 without saying the copy
 * is never checked; a refused 全部修正 read 出错了：…请重新校验 though the pane had checked again; 只看约束性 was
 * offered on a project list; a fresh 嵊泗县附件2 read 8 untouched rows 待人工评估. Production bundle, headless
 * Chromium, fakeOffice.js, 320 px; screenshots in test/out/pane-fresh-eyes-*.png.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { messageText, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void } };

const barKind = (page: Page): Promise<string> => page.locator("#message-bar").getAttribute("class").then((c) => /is-(\w+)/.exec(c ?? "")?.[1] ?? "");
const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: path.join(ROOT, `test/out/pane-fresh-eyes-${name}.png`), fullPage: true });
const count = (page: Page, status: string): Promise<string> => page.locator(`#status-counts [data-status="${status}"]`).innerText();

async function load(page: Page, template: string, year: string, done: RegExp): Promise<void> {
  await page.click("#tab-fill");
  await page.selectOption("#template-select", template);
  await page.fill("#year-input", year);
  await page.click("#load-button");
  await untilIdle(page, done);
}

async function check(page: Page): Promise<void> {
  await page.click("#tab-check");
  await page.click("#check-button");
  await untilIdle(page, /校验完成|Check done/);
}

describe.each([
  ["zh", {
    loaded: "已加载：舟山市表2。下一步：在工作表中填写 2023 年一列，然后到“校验”页点“校验工作簿”。",
    loadedList: /^已加载：嵊泗县附件2。下一步：在工作表中填写 2024 年的完成情况（指标填 2024 年一列，项目、改革清单填进展各列），然后到“校验”页点“校验工作簿”。$/,
    copyNote: "另建的副本不参加校验、汇总和审核，只有「舟山市表2」参加；要改用副本，须删去原工作表。",
    refused: /^舟山市表2!K8：校验时为「９５．３」，现在是「96」：单元格已改动（或行已排序），未修改；已按现在的内容重新校验，请看下面的结果。已修改：舟山市表2!K4/,
    cancelled: /已取消/, missing: "未填报 21", manual: "待人工评估 0",
  }],
  ["en", {
    loaded: "Loaded: 舟山市表2. Next: fill in the 2023 column on the sheet, then click Check workbook on the Check tab.",
    loadedList: /^Loaded: 嵊泗县附件2. Next: fill in 2024 on the sheets \(an indicator sheet's 2024 column, a project or reform list's progress columns\), then click Check workbook on the Check tab\.$/,
    copyNote: "A copy is not checked, summed or reviewed: only \"舟山市表2\" is. To go by the copy, delete the original sheet.",
    refused: /^舟山市表2!K8: it held "９５．３" when checked and holds "96" now: the cell was changed \(or the rows sorted\), so it was not changed; checked again with what it holds now: see the list below\. .*舟山市表2!K4/,
    cancelled: /Cancelled/, missing: "Not reported 21", manual: "Needs manual review 0",
  }],
] as const)("the pane after a fresh-eyes trial (%s)", (lang, w) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(320, 800);
    page = pane.page;
    if (lang === "en") await page.click("#lang-toggle");
  });
  afterAll(async () => { await pane?.close(); });

  it("加载模板 says the next step: the year's column, then 校验", async () => {
    await load(page, "zhoushan-2021-2025", "2023", /^(已加载|Loaded)/);
    expect(await messageText(page)).toBe(w.loaded);
    await shot(page, `loaded-${lang}`);
  });

  it("the load conflict dialog says before the choice that a copy is not checked, summed or reviewed", async () => {
    await page.click("#tab-fill");
    await page.click("#load-button");
    await page.locator("#conflict-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#conflict-copy-note").innerText()).toBe(w.copyNote);
    await shot(page, `conflict-${lang}`);
    await page.click("#conflict-cancel");
    await untilIdle(page, w.cancelled);
  });

  it("a 全部修正 refused for a cell changed since the check is a notice with the new check's advice, not an error", async () => {
    await page.evaluate(() => { const wb = (window as unknown as FakeWindow).__fakeWorkbook; wb.set("舟山市表2", "K4", "95%"); wb.set("舟山市表2", "K8", "９５．３"); });
    await check(page);
    // the 舟山 2021–2025 plan marks no row 约束性: nothing to filter by (trial31p s11: 只看约束性 → 没有符合筛选的项)
    expect(await page.locator("#binding-only").isHidden()).toBe(true); // the checkbox itself: it exists on main, shown
    await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.set("舟山市表2", "K8", "96"));
    await page.click("#fix-all-button");
    await page.click("#confirm-ok");
    await untilIdle(page, lang === "zh" ? /重新校验/ : /checked again/);
    const text = await messageText(page);
    expect(text).toMatch(w.refused);
    expect(text).not.toMatch(/出错了|Error:|请重新校验|; check again/);
    expect(await barKind(page)).toBe("warning");
    await shot(page, `refused-${lang}`);
  });

  it("a project list left blank reads 未填报 throughout, and 只看约束性 is not offered (no binding row)", async () => {
    const fresh = await openPane(320, 800);
    try {
      const p = fresh.page;
      if (lang === "en") await p.click("#lang-toggle");
      await load(p, "shengsi-2024-projects", "2024", /^(已加载|Loaded)/);
      expect(await messageText(p)).toMatch(w.loadedList);
      await check(p);
      expect(await count(p, "missing")).toBe(w.missing);
      expect(await count(p, "manual")).toBe(w.manual);
      expect(await p.locator("#binding-only").isHidden()).toBe(true); // the checkbox itself: it exists on main, shown
      await shot(p, `projects-${lang}`);
    } finally {
      await fresh.close();
    }
  });

  it("只看约束性 is offered where a checked sheet has a binding row (舟山 2016–2020)", async () => {
    const fresh = await openPane(320, 800);
    try {
      const p = fresh.page;
      if (lang === "en") await p.click("#lang-toggle");
      await load(p, "zhoushan-2016-2020", "2020", /^(已加载|Loaded)/);
      await check(p);
      expect(await p.locator("#binding-only-option").isVisible()).toBe(true);
      // a checkbox shows where the focus is (paneNewUser checked it before its plan lost its 约束性 box)
      await p.focus('#status-counts [data-status="not_applicable"]');
      await p.keyboard.press("Tab");
      expect(await p.evaluate(() => document.activeElement?.id)).toBe("binding-only");
      expect(await p.evaluate(() => { const s = getComputedStyle(document.activeElement as Element); return `${s.outlineStyle} ${s.outlineWidth}`; })).toBe("solid 2px");
    } finally {
      await fresh.close();
    }
  });
});
