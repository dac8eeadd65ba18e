/**
 * Session 35's trials found 校验 behind the CLI in three places, each said here in Chinese and in English:
 * - on a return whose 填报说明 sheet was deleted it told the person to fill in C4 of that sheet (cover_no_unit as for a
 *   blank cell), and its problem line said 填报单位按文件名读取, while the pane reads no file's name: it now says the sheet
 *   was deleted and is to be copied back (the ledger's restore_cover), that no unit is read, and nothing of a file name;
 *   生成汇总 says the same;
 * - it never said whether the return could be locked, while 生成审核表 says 可以锁定 / 不能锁定: it now shows the same
 *   line, above the list (one reading, lockReading; one line, lockOutlookLine);
 * - a blank workbook was told to open 县区 returns, where the units may be towns: 填报单位 / a reporting unit.
 * Keyboard: the problem row is reached by Tab from 校验工作簿; no axe violation. Production bundle, headless Chromium,
 * fakeOffice.js. Screenshots in test/out (pane-cover-deleted-*.png).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations, messageText, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; deleteSheet(s: string): void; sheetNames(): string[] } };
const SHEET = "舟山市表2";

let pane: OpenPane;
let page: Page;
beforeAll(async () => {
  pane = await openPane(350, 900);
  page = pane.page;
}, 120000);
afterAll(async () => {
  await pane?.close();
});

const set = (sheet: string, cell: string, v: unknown): Promise<void> => page.evaluate(([s, c, x]) => (window as unknown as FakeWindow).__fakeWorkbook.set(s as string, c as string, x), [sheet, cell, v]);
const toggle = async (to: "zh" | "en"): Promise<void> => {
  if ((await page.evaluate(() => document.documentElement.lang)) !== (to === "en" ? "en" : "zh-CN")) await page.click("#lang-toggle");
};
const check = async (): Promise<void> => {
  await toggle("zh");
  await page.click("#tab-check");
  await page.click("#check-button");
  await untilIdle(page, /^(校验完成|本工作簿)/);
};

describe("校验 says what the CLI says (session 35 trials)", () => {
  test.each<["zh" | "en", string, RegExp]>([
    ["zh", "要核对填报单位交来的填报，请在 Excel 中打开那份文件", /县区/],
    ["en", "to check a reporting unit's return, open that file in Excel", /count(y|ies)/],
  ])("a blank workbook (%s) is told to open a reporting unit's return, not a 县区's", async (lang, says, never) => {
    await check();
    await toggle(lang);
    const text = await messageText(page);
    expect({ has: text.includes(says), text }).toEqual({ has: true, text });
    expect(text).not.toMatch(never);
  });

  test("a return whose 填报说明 sheet was deleted: said so, to be copied back; no C4, no file name; lock's outlook above the list", async () => {
    await toggle("zh");
    await page.click("#tab-fill");
    await page.selectOption("#template-select", "zhoushan-2021-2025");
    await page.fill("#year-input", "2023");
    await page.click("#load-button");
    await untilIdle(page, /^已加载/);
    // a value typed in words (数据异常): an error lock refuses for
    for (const [cell, v] of [["K4", 12], ["K5", "九十五"], ["K6", 99]] as const) await set(SHEET, cell, v);
    await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.deleteSheet("填报说明"));
    await check();

    const zh = await messageText(page);
    // on the old code: 本工作簿：「填报说明」表 C4 的填报单位是空的……请填写填报单位
    expect({ has: zh.includes("本工作簿：「填报说明」表已被删除，读不出填报单位，汇总时将以文件名代称、不属于任何单位；请从下发的原表把「填报说明」表复制回来，填好填报单位"), zh }).toEqual({ has: true, zh });
    expect(zh).not.toMatch(/C4|文件名也不是|按文件名读/);
    const problem = page.locator("#flag-list li.flag-problem", { hasText: "填报说明" });
    const problemZh = await problem.innerText();
    // on the old code: 填报单位按文件名读取 (the pane reads no file's name)
    expect(problemZh).toContain("报告年份按本表下发时的 2023 年读取，读不出填报单位（任务窗格不按文件名读取），汇总时不属于任何单位；请从下发的原表把「填报说明」表复制回来");
    expect(problemZh).not.toMatch(/按文件名读取；|文件名也不是/);

    // lock's outlook, as 生成审核表 shows it (on the old code #check-lock did not exist)
    const lock = page.locator("#check-lock");
    expect(await lock.isVisible()).toBe(true);
    // folded under its head on 校验 (trial46b F3), opened for its reasons
    expect(await lock.locator("summary").innerText()).toBe("不能锁定：审核人员锁定时会因以下 1 个原因拒绝：");
    await lock.locator("summary").click();
    const lockZh = await lock.innerText();
    // each reason an item under the head (trial40e F2)
    expect(lockZh).toMatch(/^不能锁定：审核人员锁定时会因以下 1 个原因拒绝：\n1\. 数据异常 1 项，须先改正（“校验工作簿”逐项列出）/);
    expect(await lock.getAttribute("class")).toBe("review-lock review-lock-refused");

    // keyboard: Tab from 校验工作簿 reaches the list, whose first row is the deleted sheet's problem
    await page.focus("#check-button");
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.closest("#flag-list") !== null)); i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("「填报说明」（封面）已被删除");
    expect(await axeViolations(page)).toEqual([]);
    fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, "test/out/pane-cover-deleted-zh.png") });

    await toggle("en");
    const en = await messageText(page);
    expect({ has: en.includes("This workbook: the 填报说明 sheet was deleted, so it names no reporting unit; a summary would list it under its file name, as no unit's return; copy the 填报说明 sheet back from the distributed workbook and fill in its reporting unit"), en }).toEqual({ has: true, en });
    expect(en).not.toMatch(/C4|distribute gave|from the file's name/);
    expect(await problem.innerText()).toContain("the reporting year is read as 2023, the year the workbook was made for, and no reporting unit can be read (the task pane does not go by the file's name)");
    expect(await lock.innerText()).toMatch(/^Cannot be locked yet: the reviewer's lock would refuse it for 1 reason:\n1\. /);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ROOT, "test/out/pane-cover-deleted-en.png") });

    // 生成审核表 says the same outlook, by the same rule, read from the 审核 sheet it wrote (session 40, dev40l): its rows 待审核
    // are one more note, which lock does not refuse for
    await toggle("zh");
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, /^已生成审核表/);
    const noted = "会提示（这些不阻止锁定）：";
    expect(await page.locator("#review-lock").innerText()).toBe(lockZh.replace(noted, `${noted}审核表中仍有 47 行待审核（工作表「审核」第 4 行 3岁以下婴幼儿托育机构覆盖率(%)、第 5 行 每千人口拥有3岁以下婴幼儿托位数(个)、第 7 行 儿童预期受教育年限(年) 等 47 行），`));

    // 生成汇总: the same, as summary says it, to be copied back before summing again
    await page.click("#summary-button");
    await untilIdle(page, /^已生成/);
    const summed = await messageText(page);
    expect({ has: summed.includes("本工作簿：「填报说明」表已被删除，读不出填报单位，汇总时以文件名代称、不属于任何单位；请从下发的原表把「填报说明」表复制回来，填好填报单位后再汇总"), summed }).toEqual({ has: true, summed });
    expect(summed).not.toMatch(/C4|文件名也不是/);
  });

  // trial39b F1: never review, so lock would lock it 未经审核 and say so: 可以锁定 with that note, amber, not a bare green go-ahead
  test("a return that lock would lock: 可以锁定 after 校验, with what lock would note", async () => {
    await set(SHEET, "K5", 2.5);
    await check();
    // the head, then the notes folded under it (trial46b F3): read whole, open or not
    const lock = await page.locator("#check-lock").evaluate((e) => e.textContent ?? "");
    expect(await page.locator("#check-lock summary").innerText()).toBe("可以锁定，但锁定时会提示（这些不阻止锁定）：");
    expect(lock).toMatch(/^可以锁定，但锁定时会提示（这些不阻止锁定）：.*审核表中没有审核结论，将按“未经审核”锁定，报送台账显示“已报”，不是“通过”；滞后未写说明的 2 项仍计为未说明的滞后（未经审核的锁定不算认可），汇总时照常督促补写说明。$/);
    expect(await page.locator("#check-lock").getAttribute("class")).toBe("review-lock review-lock-noted");
    await toggle("en");
    expect(await page.locator("#check-lock").evaluate((e) => e.textContent ?? "")).toMatch(/^Can be locked, but the lock would note \(none of these stops it\): ?.*the review sheet holds no decision, so it would be locked without review/);
    await toggle("zh");
  });

  test("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
