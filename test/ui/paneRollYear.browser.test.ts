/**
 * Changing the year in the pane (填报 › 年度 2024 › 加载模板 › the roll dialog) as `rollover` does it (trial28c F2,
 * /tmp/trial28c/scripts/users.js): the 2023 说明 of a lagging row, an 人工评估 and the cover's 填报日期 are the year's
 * and are emptied, said with their count in the dialog before anything is written (so the person can cancel);
 * every value, 填报人 and the cells outside the table stay. A refresh of the same year keeps a note. The year's
 * 审核 sheet is the year's too: said with the rows a reviewer filled, then deleted (its syncs: test/office/yearRollReview).
 * So is its lock record (a lock accepts one year's return): said first, then cleared, and 校验 no longer says
 * 已锁定 (its syncs: test/office/yearRollLock).
 * Production bundle, headless Chromium, fakeOffice.js, 360 px, in Chinese and in English.
 */
import type { Page } from "playwright-core";
import { sha256Text } from "../../src/cli/sha256Text";
import { fingerprintText, LOCK_MARK, type LockRecord } from "../../src/cycle/LockRecord";
import { META_SHEET } from "../../src/sheet/keys";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { SIGNATORIES } from "../../src/sheet/coverSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { messageText, untilIdle, type OpenPane, openPaneIn, reviewKeyCell } from "./paneHarness";

const TEMPLATE = "zhoushan-2021-2025";
const SHEET = "舟山市表2";
const COVER = "填报说明";
const plan = buildWorkbookPlan([findTemplate(TEMPLATE) as Template], { year: 2023 });
/** a column's letter by its key in the template's hidden key row */
const col = (key: string): string => (plan.sheets.find((s) => s.name === SHEET)?.cells.find((c) => /^[A-Z]+2$/.test(c.address) && c.value === key)?.address ?? "?").replace(/\d+$/, "");
const signOff = (key: string): string => `C${SIGNATORIES.find((s) => s.key === key)?.row ?? 0}`;

const NOTE = "受疫情影响，新建幼儿园推迟开园，预计2024年补齐。";
/** what the person wrote in 2023: sheet, cell, value, and whether a change of year keeps it */
const TYPED: ReadonlyArray<readonly [string, () => string, string | number, "kept" | "cleared"]> = [
  [SHEET, () => `${col("in:2023")}8`, 89, "kept"],
  [SHEET, () => `${col("note")}8`, NOTE, "cleared"],
  [SHEET, () => `${col("assess")}9`, "已达标", "cleared"],
  [COVER, () => signOff("date"), "2024年1月15日", "cleared"],
  [COVER, () => signOff("preparer"), "张某", "kept"],
  // the person's own note under the table: not the template's, never touched
  [SHEET, () => `${col("note")}60`, "表下自己的备注", "kept"],
];

interface FakeWorkbook { set(s: string, c: string, v: unknown): void; get(s: string, c: string): { type: string; text?: string; value?: unknown }; snapshot(): Record<string, string> }
const cellOf = (page: Page, sheet: string, cell: string): Promise<unknown> => page.evaluate(([s, c]) => {
  const v = (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.get(s as string, c as string);
  return v.type === "string" ? v.text : v.type === "empty" ? "" : v.value;
}, [sheet, cell] as const);
const snapshot = (page: Page): Promise<Record<string, string>> => page.evaluate(() => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.snapshot());
/** cells typed into the fake workbook, as a person types them: sheet, cell, value */
const typeInto = (page: Page, cells: ReadonlyArray<readonly [string, string, unknown]>): Promise<void> => page.evaluate((cs) => {
  const wb = (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook;
  for (const [s, c, v] of cs) wb.set(s, c, v);
}, cells);

/** The pane at 360 px in Office's `display` language (ready once its message starts with `ready`), 舟山 表2 loaded for 2023. */
async function paneWith2023(display: string, ready: string, loaded: RegExp): Promise<OpenPane> {
  const pane = await openPaneIn(display, 360, 900, ready);
  await pane.page.selectOption("#template-select", TEMPLATE);
  await pane.page.fill("#year-input", "2023");
  await pane.page.click("#load-button");
  await untilIdle(pane.page, loaded);
  return pane;
}

/** 填报年度 `year` (as it is, when null) › 加载模板: resolved once the roll dialog shows. */
async function askRoll(page: Page, year: string | null): Promise<void> {
  if (year !== null) await page.fill("#year-input", year);
  await page.click("#load-button");
  await page.locator("#roll-dialog").waitFor({ state: "visible" });
}

describe.each([
  {
    lang: "zh", display: "zh-CN", ready: "就绪", loaded: /^已加载/, cancelled: /已取消/, rolled: /^已改为 2024 年度/, back: /^已改为 2023 年度/, refreshed: /^已更新/,
    text: "说明 1 条、人工评估 1 条、「填报说明」表签字栏 1 项（填报日期）按年度填写，改为 2024 年后清空；2023 年的这些内容保留在已报送的 2023 年文件中，如需留底请先另存一份。",
    ok: "改为 2024 年（保留已填数值）",
    done: "说明 1 条、人工评估 1 条、「填报说明」表签字栏 1 项（填报日期）已清空。",
  },
  {
    lang: "en", display: "en-US", ready: "Ready", loaded: /^Loaded/, cancelled: /Cancelled/i, rolled: /^Now reporting on 2024/, back: /^Now reporting on 2023/, refreshed: /^Refreshed/,
    text: "Written for each year, so cleared when changing to 2024: 1 note (说明), 1 assessment (人工评估), 1 sign-off on the 填报说明 sheet (填报日期). The 2023 ones stay in the 2023 file already sent; to keep them here as well, save a copy first.",
    ok: "Change to 2024 (keep entered values)",
    done: "Cleared: 1 note (说明), 1 assessment (人工评估), 1 sign-off on the 填报说明 sheet (填报日期).",
  },
])("the roll dialog ($lang): the year's own cells counted first, then emptied", ({ display, ready, loaded, cancelled, rolled, back, refreshed, text, ok, done }) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await paneWith2023(display, ready, loaded);
    page = pane.page;
    await typeInto(page, TYPED.map(([s, c, v]) => [s, c(), v] as const));
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("says what will be emptied, with the count, before anything is written; 取消 writes nothing", async () => {
    const before = await snapshot(page);
    await askRoll(page, "2024");
    expect(await page.locator("#roll-cleared").innerText()).toBe(text);
    expect(await page.locator("#roll-ok").innerText()).toBe(ok);
    // trial41d F6: what is emptied is said above the carried cells' list, and the focus is on 取消, so one Enter
    // (the focus on 改为 2024 年 before) loses nothing
    expect(await page.evaluate(() => Boolean(document.getElementById("roll-cleared")!.compareDocumentPosition(document.getElementById("roll-invalid")!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("roll-cancel");
    await page.keyboard.press("Enter");
    await untilIdle(page, cancelled);
    // trial35 TP6: nothing rolled, so the field shows the workbook's year again
    expect(await page.inputValue("#year-input")).toBe("2023");
    expect(await snapshot(page)).toEqual(before);
  });

  it("confirmed: the note, the assessment and the 填报日期 are empty, every value and the person's own cells stay", async () => {
    await askRoll(page, "2024");
    await page.click("#roll-ok");
    await untilIdle(page, rolled);
    expect(await messageText(page)).toContain(done);
    for (const [s, c, v, outcome] of TYPED) expect([c(), await cellOf(page, s, c())]).toEqual([c(), outcome === "kept" ? v : ""]);
    expect(await cellOf(page, COVER, "C5")).toBe(2024);
  });

  it("back to 2023 with nothing of the year filled: the dialog says nothing of clearing, and Enter rolls", async () => {
    await askRoll(page, "2023");
    expect(await page.locator("#roll-cleared").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("roll-ok");
    await page.click("#roll-ok");
    await untilIdle(page, back);
  });

  it("a refresh of the same year keeps a note", async () => {
    await page.evaluate(([c, v]) => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.set("舟山市表2", c as string, v), [`${col("note")}8`, NOTE] as const);
    await page.click("#load-button");
    await page.locator("#conflict-dialog").waitFor({ state: "visible" });
    await page.click("#conflict-refresh");
    await untilIdle(page, refreshed);
    expect(await cellOf(page, SHEET, `${col("note")}8`)).toBe(NOTE);
    expect(pane.pageErrors).toEqual([]);
  });
});

const sheetNames = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __fakeWorkbook: { sheetNames(): string[] } }).__fakeWorkbook.sheetNames());

describe.each([
  {
    lang: "zh", display: "zh-CN", ready: "就绪", loaded: /^已加载/, reviewed: /^已生成审核表「审核」/, cancelled: /已取消/, rolled: /^已改为 2024 年度/, back: /^已改为 2023 年度/,
    review: "2023 年的审核表「审核」（审核人员填写的 2 行）属于该年度，改为 2024 年后删除，2024 年的填报另行审核；如需留底请先另存一份。",
    done: "2023 年的审核表「审核」已删除。",
  },
  {
    lang: "en", display: "en-US", ready: "Ready", loaded: /^Loaded/, reviewed: /^Review sheet "审核" added/, cancelled: /Cancelled/i, rolled: /^Now reporting on 2024/, back: /^Now reporting on 2023/,
    review: "The 2023 review sheet \"审核\" (2 rows filled in by a reviewer) belongs to that year: it is deleted when changing to 2024, and the 2024 return is reviewed anew. To keep it, save a copy first.",
    done: "Deleted the 2023 review sheet \"审核\".",
  },
])("the roll dialog ($lang): the year's 审核 sheet said first, then deleted, as rollover leaves it", ({ display, ready, loaded, reviewed, cancelled, rolled, back, review, done }) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await paneWith2023(display, ready, loaded);
    page = pane.page;
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, reviewed);
    // the reviewer's 2023 decision and comment
    const [decision, comment] = [await reviewKeyCell(page, "decision"), (await reviewKeyCell(page, "comment")).replace(/4$/, "5")];
    expect([decision, comment]).toEqual([expect.stringMatching(/^[A-Z]4$/), expect.stringMatching(/^[A-Z]5$/)]);
    await typeInto(page, [["审核", decision, "通过"], ["审核", comment, "请补充佐证"]]);
    await page.click("#tab-fill");
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("says the sheet and the rows a reviewer filled before anything is written; 取消 keeps it", async () => {
    const before = await snapshot(page);
    await askRoll(page, "2024");
    expect(await page.locator("#roll-review").innerText()).toBe(review);
    // nothing of the year's cells was filled: only the sheet is said
    expect(await page.locator("#roll-cleared").isVisible()).toBe(false);
    await page.click("#roll-cancel");
    await untilIdle(page, cancelled);
    // trial35 TP6: nothing rolled, so the field shows the workbook's year again
    expect(await page.inputValue("#year-input")).toBe("2023");
    expect(await snapshot(page)).toEqual(before);
  });

  it("confirmed: the 审核 sheet is gone and the message says so; every other sheet stays", async () => {
    const others = (await sheetNames(page)).filter((n) => n !== "审核");
    await askRoll(page, "2024");
    await page.click("#roll-ok");
    await untilIdle(page, rolled);
    expect(await messageText(page)).toContain(done);
    expect(await sheetNames(page)).toEqual(others);
  });

  it("back to 2023 with no 审核 sheet: the dialog says nothing of one", async () => {
    await askRoll(page, "2023");
    expect(await page.locator("#roll-review").isVisible()).toBe(false);
    await page.click("#roll-ok");
    await untilIdle(page, back);
    expect(await messageText(page)).not.toContain(done);
    expect(pane.pageErrors).toEqual([]);
  });
});

/** 校验 on its tab, back on 填报 once it is done. */
async function check(page: Page, checked: RegExp): Promise<void> {
  await page.click("#tab-check");
  await page.click("#check-button");
  await untilIdle(page, checked);
  await page.click("#tab-fill");
}

/** A 2023 lock record of nothing typed (intact until a value is), as `lock` writes it in column B of the metadata sheet. */
const RECORD: LockRecord = { version: 2, year: 2023, unit: "", lockedAt: "2024-02-20T08:00:00.000Z", reviewer: "王审核", fingerprint: sha256Text(fingerprintText({})), values: {} };

describe.each([
  {
    lang: "zh", display: "zh-CN", ready: "就绪", loaded: /^已加载/, checked: /^校验完成/, cancelled: /已取消/, rolled: /^已改为 2024 年度/, back: /^已改为 2023 年度/,
    locked: "已锁定（2024-02-20，王审核）。",
    said: "2023 年的锁定记录（2024-02-20，王审核）随年度更改清除，2024 年的填报另行锁定。",
    done: "2023 年的锁定记录已清除。",
    lockWords: /锁定/,
  },
  {
    lang: "en", display: "en-US", ready: "Ready", loaded: /^Loaded/, checked: /^Check done/, cancelled: /Cancelled/i, rolled: /^Now reporting on 2024/, back: /^Now reporting on 2023/,
    locked: "Locked (2024-02-20, by 王审核).",
    said: "The 2023 lock record (2024-02-20, by 王审核) is cleared with the change of year; the 2024 return is locked anew.",
    done: "Cleared the 2023 lock record.",
    lockWords: /lock/i,
  },
])("the roll dialog ($lang): the year's lock record said first, then cleared, as rollover leaves it", ({ display, ready, loaded, checked, cancelled, rolled, back, locked, said, done, lockWords }) => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await paneWith2023(display, ready, loaded);
    page = pane.page;
    await typeInto(page, [[META_SHEET, "B1", LOCK_MARK], [META_SHEET, "B2", JSON.stringify(RECORD)]]);
    // the pane reads it as `lock` left it: 已锁定, intact
    await check(page, checked);
    expect(await messageText(page)).toContain(locked);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("says the record is cleared, when and by whom it was locked, before anything is written; 取消 keeps it", async () => {
    const before = await snapshot(page);
    await askRoll(page, "2024");
    expect(await page.locator("#roll-lock").innerText()).toBe(said);
    await page.click("#roll-cancel");
    await untilIdle(page, cancelled);
    // trial35 TP6: nothing rolled, so the field shows the workbook's year again
    expect(await page.inputValue("#year-input")).toBe("2023");
    expect(await snapshot(page)).toEqual(before);
  });

  it("confirmed: the record is gone and the message says so; 校验 then says nothing of a lock", async () => {
    await askRoll(page, "2024");
    await page.click("#roll-ok");
    await untilIdle(page, rolled);
    expect(await messageText(page)).toContain(done);
    expect([await cellOf(page, META_SHEET, "B1"), await cellOf(page, META_SHEET, "B2")]).toEqual(["", ""]);
    await check(page, checked);
    expect(await messageText(page)).not.toMatch(lockWords);
  });

  it("back to 2023, no longer locked: the dialog says nothing of a lock record", async () => {
    await askRoll(page, "2023");
    expect(await page.locator("#roll-lock").isVisible()).toBe(false);
    await page.click("#roll-ok");
    await untilIdle(page, back);
    expect(await messageText(page)).not.toContain(done);
    expect(pane.pageErrors).toEqual([]);
  });
});
