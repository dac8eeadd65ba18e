/**
 * 生成评估 clicked again (trial32p #1): it used to add 评估(2), 评估(3)… on every click. Now, as
 * 生成汇总, it replaces its own earlier 评估 while it is as it wrote it, and says 已更新; once a
 * person has typed into it, it writes 评估(2) beside it and says why in the same line. Then, as `report` says it, what it
 * found (trial33 P6: the line said only 已生成：评估): here a return with nothing entered, 未能评估 48 项.
 * Production bundle, headless Chromium, fakeOffice.js, 320 px, zh and en.
 */
import type { Page } from "playwright-core";
import { messageText, openLoaded, untilIdle, type OpenPane } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; sheetNames(): string[] } };

const names = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.sheetNames().filter((n) => n.startsWith("评估")));

async function evaluation(page: Page): Promise<string> {
  await page.click("#tab-summary");
  await page.click("#evaluation-button");
  await untilIdle(page, /^(已生成|已更新|Added|Updated)/);
  return messageText(page);
}

/** what the evaluation found in the blank return, after the line ended (evaluationOutcome; paneSentences: trial36 tp F3 read "已生成：评估 规划确定…") */
const FOUND = { zh: /^规划确定主要指标 48 项（[^）]*）。2023 年未填报任何数值，未能评估 48 项（未填报 48 项）。$/, en: /^ The plan sets 48 main indicators \([^)]*\)\. No value was entered for 2023: not graded 48 \(not reported 48\)\.$/ };

describe.each([
  // replaced: and that a change of format alone is not seen (summaryLine, as 生成汇总's); one sheet, said in the singular
  ["zh", "已生成：评估。", "已更新：评估（替换本工具上次生成、之后未改动的表）。只改格式（颜色、加粗、列宽）不算改动：这样的表也会被替换；要保留，先在表中任一单元格写入内容。",
    "已生成：评估(2)。原有的「评估」生成后已有改动，保留原样、未覆盖。"],
  ["en", "Added: 评估.", "Updated: 评估 (the add-in's earlier sheet, unchanged since, replaced). A change of format alone (colour, bold, column width) is not seen as a change: such a sheet is replaced too; to keep one, type something into any of its cells first.",
    "Added: 评估(2). Kept as it is, not overwritten (changed since the add-in made it): \"评估\"."],
] as const)("生成评估 again (%s)", (lang, first, replaced, edited) => {
  let pane: OpenPane;
  let page: Page;
  beforeAll(async () => {
    pane = await openLoaded(lang);
    page = pane.page;
  });
  afterAll(async () => { await pane?.close(); });

  it.each([
    ["first click: a new 评估", () => Promise.resolve(), first, ["评估"]],
    ["again, unchanged: its own 评估 replaced", () => Promise.resolve(), replaced, ["评估"]],
    ["again after a person typed into 评估: 评估(2), and why", () => page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.set("评估", "B2", "我的批注")), edited, ["评估", "评估(2)"]],
    ["again: the unchanged 评估(2) replaced, the edited 评估 kept", () => Promise.resolve(), replaced.replace(/评估/, "评估(2)"), ["评估", "评估(2)"]],
  ])("%s", async (_n, before, said, sheets) => {
    await before();
    const line = await evaluation(page);
    expect(line.slice(0, said.length)).toBe(said);
    expect(line.slice(said.length)).toMatch(FOUND[lang]);
    expect(await names(page)).toEqual(sheets);
    expect(pane.pageErrors).toEqual([]);
  });
});
