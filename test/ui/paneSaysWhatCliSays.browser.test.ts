/**
 * A fresh-user trial of the pane (session 32) found it quieter than the CLI on the same workbook. Each case
 * here is a line the CLI gives, from the same coded message, that the pane now shows too: a 审核结论 outside the
 * list after 生成审核表 (review_unlisted_decision); a cover without its 填报单位 (cover_no_unit) after 校验, 生成汇总
 * and 汇总所选文件, and a return sent back blank (收到空表) after 生成汇总; a return whose template sheet is gone is
 * refused in red (not 0 项需关注 in amber). Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { blankUnitsText } from "../../src/cli/blankUnitsText";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { unlistedDecisionLine } from "../../src/cli/unlistedDecisionLine";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { findTemplate } from "../../src/templates/catalog";
import { statusCountsText } from "../../src/domain/statusCountsText";
import { emptyCounts } from "../../src/domain/Status";
import { messageText, openPane, untilIdle, type OpenPane } from "./paneHarness";

type Cell = { type: string; text?: string };
type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; grid(): { sheets: Array<{ name: string; rows: Cell[][] }> } } };
type Actions = { readGrid(): Promise<{ sheets: Array<{ name: string }> }>; sheets(): Promise<Array<{ name: string }>> };
const SHEET = "舟山市表2";
const ID = "zhoushan-2021-2025";
/** the rows of the plan's return, each 未填报 in a blank one */
const PLAN = findTemplate(ID);
const ROWS = PLAN?.kind === "indicators" ? PLAN.indicators.length : 0;

let pane: OpenPane;
let page: Page;
beforeAll(async () => {
  pane = await openPane(350, 900);
  page = pane.page;
  await page.selectOption("#template-select", ID);
  await page.fill("#year-input", "2023");
  await page.click("#load-button");
  await untilIdle(page, /^已加载/);
}, 120000);
afterAll(async () => {
  await pane?.close();
});

const barClass = (): Promise<string | undefined> => page.evaluate(() => document.getElementById("message-bar")?.className);
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const cover = (file: string, lang: "zh" | "en"): string => cycleMessage("cover_no_unit", { file, unit: "", task: "summary" }, lang);

/** A return of `unit` ("" for a cover left blank) with the sample values shifted by `shift`, as a chosen file's bytes. */
async function returnFile(unit: string, shift: number): Promise<Buffer> {
  const t = findTemplate(ID);
  if (!t) throw new Error(ID);
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(t, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a cover without its 填报单位 and a return sent back blank: said as summary says them", () => {
  // trial33p P10: after 校验 the line said "summarise again" (nothing was summed), told to fill in a 封面 (the tab is
  // 填报说明), and its English held 本工作簿 and 封面未填填报单位
  it("校验 says what a summary will do of this workbook's blank 填报单位, naming the sheet and cell, in zh and en", async () => {
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, /^校验完成/);
    const zh = await messageText(page);
    expect({ says: zh.includes("本工作簿：「填报说明」表 C4 的填报单位是空的，汇总时将以文件名代称、不属于任何单位；请填写填报单位"), again: /再汇总|封面/.test(zh), zh }).toEqual({ says: true, again: false, zh });
    await page.click("#lang-toggle");
    const en = await messageText(page);
    expect({ says: en.includes("This workbook: the reporting unit on sheet 填报说明 (C4) is blank; a summary would list it under its file name, as no unit's return; fill it in"), again: /again|cover|本工作簿/.test(en), en }).toEqual({ says: true, again: false, en });
    await page.click("#lang-toggle");
  }, 60000);

  // the unit named by its file, as summary names a return whose cover is blank (dev32e: 本工作簿（封面未填填报单位）); in English
  // this workbook, with no Chinese but the names of sheets (trial33p P10)
  it("生成汇总 adds cover_no_unit and 其中本工作簿（「填报说明」表未填填报单位）收到空表, amber; in English this workbook", async () => {
    await page.click("#tab-summary");
    await page.click("#summary-button");
    await untilIdle(page, /^已生成/);
    const blank = blankUnitsText([{ unit: "本工作簿（「填报说明」表未填填报单位）", yearBlank: "file" }], "zh");
    // then summary's totals line (trial33p P7: a blank return's rows all 未填报), then its own lines
    // (messageText reads the line with its runs of spaces as one)
    const totals = (l: "zh" | "en"): string => statusCountsText({ ...emptyCounts(), missing: ROWS }, {}, l).replace(/\s+/g, " ");
    expect({ message: await messageText(page), bar: await barClass() }).toEqual({ message: `已生成：汇总、问题清单。${totals("zh")}。${cover("本工作簿", "zh")}。其中${blank}。`, bar: "message-bar is-warning" });
    await page.click("#lang-toggle");
    const en = await messageText(page);
    expect(en).toBe(`Added: 汇总, 问题清单. ${totals("en")}. This workbook: the reporting unit on sheet 填报说明 (C4) is blank; summed under its file name, as no unit's return; fill it in and summarise again. This workbook (no reporting unit) sent back blank.`);
    expect(en.replace(/汇总|问题清单|填报说明/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
    await page.click("#lang-toggle");
  }, 60000);

  it("汇总所选文件 names the chosen file whose cover is blank", async () => {
    await page.setInputFiles("#summary-files", [
      { name: "定海区.xlsx", mimeType: XLSX_MIME, buffer: await returnFile("定海区", 0) },
      { name: "无名.xlsx", mimeType: XLSX_MIME, buffer: await returnFile("", 0.1) },
    ]);
    await page.click("#tab-summary");
    await page.click("#consolidate-button");
    // written beside 生成汇总's sheets (this workbook's summary, not these files'): 已生成
    await untilIdle(page, /^已(生成|更新)/);
    expect(await messageText(page)).toContain(cover("无名.xlsx", "zh"));
    expect(await messageText(page)).not.toContain("定海区.xlsx：");
  }, 60000);
});

describe("生成审核表 with a 审核结论 outside the list", () => {
  it("says review's line (review_unlisted_decision) for that cell, amber, in zh and en", async () => {
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, /审核表「审核」/);
    // the first row's 审核结论 cell (columns found by the hidden key row)
    const cell = await page.evaluate(() => {
      const s = (window as unknown as FakeWindow).__fakeWorkbook.grid().sheets.find((x) => x.name === "审核");
      const d = (s?.rows[1] ?? []).map((x) => x.text).indexOf("decision");
      return d >= 0 ? `${String.fromCharCode(65 + d)}4` : "";
    });
    expect(cell).toMatch(/^[A-Z]4$/);
    await page.evaluate((c) => (window as unknown as FakeWindow).__fakeWorkbook.set("审核", c, "同意"), cell);
    await page.click("#review-button");
    await untilIdle(page, /^已更新审核表/);
    expect({ message: await messageText(page), bar: await barClass() }).toEqual({ message: expect.stringContaining(unlistedDecisionLine({ cell: `审核!${cell}`, word: "同意" }, "zh")), bar: "message-bar is-warning" });
    await page.click("#lang-toggle");
    expect(await messageText(page)).toContain(unlistedDecisionLine({ cell: `审核!${cell}`, word: "同意" }, "en"));
    await page.click("#lang-toggle");
  }, 60000);
});

describe("校验 of a return whose indicator sheet was deleted", () => {
  it("is refused in red with check's line (template_sheet_missing), in zh and en", async () => {
    const t = findTemplate(ID);
    if (!t) throw new Error(ID);
    // the sheet deleted: the host no longer reads it (as a user's 删除工作表 leaves the metadata)
    await page.evaluate((s) => {
      const a = (window as unknown as { __planReturnsActions: Actions }).__planReturnsActions;
      const read = a.readGrid.bind(a);
      const sheets = a.sheets.bind(a);
      a.readGrid = () => read().then((g) => ({ ...g, sheets: g.sheets.filter((x) => x.name !== s) }));
      a.sheets = () => sheets().then((all) => all.filter((x) => x.name !== s));
    }, SHEET);
    await page.click("#tab-check");
    await page.click("#check-button");
    const zh = describeWorkbookProblem({ code: "template_sheet_missing", params: { id: t.id, title: t.title } }, "zh");
    await page.waitForFunction((z) => (document.getElementById("message")?.textContent ?? "").includes(z), zh);
    expect({ message: await messageText(page), bar: await barClass() }).toEqual({ message: expect.stringContaining(zh), bar: "message-bar is-error" });
    expect(await messageText(page)).not.toMatch(/需关注/);
    await page.click("#lang-toggle");
    expect(await messageText(page)).toContain(describeWorkbookProblem({ code: "template_sheet_missing", params: { id: t.id, title: t.title } }, "en"));
    await page.click("#lang-toggle");
  }, 60000);
});

describe("no page errors", () => {
  it("had none", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
