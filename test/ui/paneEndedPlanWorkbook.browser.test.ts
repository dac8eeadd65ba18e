/**
 * Trial42c F1: in a workbook holding the 2025 return of a plan that ended in 2025, 填报年度 2026 was refused with
 * 「2026 年起请先导入下一个规划期的指标表（命令行 import，或任务窗格的“导入”）」; the person did just that (导入 of the
 * 十五五 table, 读取, 载入) and got the same refusal again. One workbook is one year's return: the refusal now says
 * the 2026 return goes in a new blank workbook (imported there) or is the form sent, and after an import it names
 * the plan refused and why. Production bundle, headless Chromium, fakeOffice.js, 320 px, in Chinese and in English.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { messageText, openPane, readImport, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const TABLE = fs.readFileSync(path.join(ROOT, "test/fixtures/tables/trial42c/qingxi-2026-2030-pdf.txt"), "utf8");

interface FakeWindow { __fakeWorkbook: { log: { applies: unknown[] } } }
const applies = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.log.applies.length);

/** 加载模板 of the ended plan itself for 2026 */
async function loadTemplate(page: Page): Promise<void> {
  await page.click("#tab-fill");
  await page.fill("#year-input", "2026");
  await page.click("#load-button");
}

/** 导入 › 读取 › 载入 of the 十五五 table for 2026 */
async function importNextPlan(page: Page): Promise<void> {
  await page.click("#tab-fill");
  await page.fill("#year-input", "2026");
  await page.click("#tab-import");
  await readImport(page, TABLE, /^读出 20 项指标/);
  await page.click("#import-load-button");
}

describe("a 2025 return of a plan ended in 2025, 填报年度 2026: the refusal says where the 2026 return goes", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(320, 900);
    page = pane.page;
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", "2025");
    await page.click("#load-button");
    await untilIdle(page, /^已加载/);
  });

  afterAll(async () => {
    await pane?.close();
  });

  afterEach(async () => {
    if (await page.locator("#lang-toggle").innerText().then((x) => x.includes("中文"))) await page.click("#lang-toggle");
  });

  it.each([
    {
      what: "加载模板 of the ended plan",
      act: loadTemplate,
      zh: /已于 2025 年结束[^。]*2026 年度的填报请另用一个新建的空白工作簿：在其中打开任务窗格，用“导入”页读取、载入下一个规划期的指标表（或打开下发给您的 2026 年度填报表）；本工作簿请保留。未加载。$/,
      en: /ended in 2025[^]*the 2026 return goes in a new blank workbook: open one, and in its task pane use Import to read and load the next plan period's indicator table \(or open the 2026 return form sent to you\); keep this workbook\. Nothing was loaded\.$/,
    },
    {
      what: "导入 › 载入 of the next plan's table",
      act: importNextPlan,
      zh: /^本工作簿是 2025 年度的填报，「青溪县“十五五”时期经济社会发展主要指标」的 2026 年度填报不能载入其中（一个工作簿只填一个年度）：[^]*已于 2025 年结束[^]*2026 年度的填报请另用一个新建的空白工作簿/,
      en: /^This workbook is the 2025 return, so the 2026 return of "青溪县“十五五”时期经济社会发展主要指标" cannot be loaded into it \(a workbook holds one year's return\): [^]*ended in 2025[^]*the 2026 return goes in a new blank workbook/,
    },
  ])("$what: a new blank workbook, not the import just done; nothing written", async ({ act, zh, en }) => {
    const before = await applies(page);
    await act(page);
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
    expect(await messageText(page)).toBe("未加载：请看“填报年度”下的说明。");
    const said = await page.locator("#year-error").innerText();
    expect(said).toMatch(zh);
    // the advice just followed is not given again
    expect(said).not.toContain("请先导入");
    expect(await applies(page)).toBe(before);
    await page.click("#lang-toggle");
    const english = await page.locator("#year-error").innerText();
    expect(english).toMatch(en);
    expect(english).not.toContain("import the next plan period's indicator table first");
    expect(pane.pageErrors).toEqual([]);
  });
});
