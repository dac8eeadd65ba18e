/**
 * trial40e F4: a reviewer who only uses Excel receives the unit's new version. In the pane (production bundle, headless
 * Chromium, fakeOffice.js) 带入上一版的审核结论 picks the version they decided on: the 审核 sheet is filled with its
 * decisions, the row changed since is 待复核 with 原值 → 新值, and the pane's list shows it. On main there was no such
 * action (the hint said only 请复核或改正).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { decide, reviewRows, reviewRowsOf, run } from "../support/trialReturn";
import { loadAndCheck, messageText, openPane, untilIdle, type OpenPane } from "./paneHarness";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const zs = findTemplate("zhoushan-2021-2025") as Template;
const SHEET = "舟山市表2";
const dir = mkdtempSync(join(tmpdir(), "pane-carry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type FakeWindow = { __fakeWorkbook: { set(sheet: string, cell: string, v: unknown): void; grid(): GridWorkbook } };
/** The values both versions hold (2023's column K), and what the new one changed. */
const OLD: Record<string, number> = { K5: 3.76, K16: 4.2 };
const NEW: Record<string, number> = { ...OLD, K16: 4.5 };

describe("带入上一版的审核结论 in the pane (trial40e F4)", () => {
  let pane: OpenPane;
  let page: Page;
  let old: Buffer;
  let key = "";

  beforeAll(async () => {
    // the version the reviewer decided on: reviewed by the CLI, K16's row 通过
    const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023 }));
    for (const [cell, v] of Object.entries(OLD)) wb.getWorksheet(SHEET)!.getCell(cell).value = v;
    const f = join(dir, "2023-上一版.xlsx");
    await wb.xlsx.writeFile(f);
    await run("review", f);
    key = [...(await reviewRows(f)).values()].find((r) => r["cell"] === "K16")?.["key"] ?? "";
    expect(key).not.toBe("");
    await decide(f, { [key]: { decision: "通过", comment: "增幅已核实", reviewer: "王审核" } });
    old = readFileSync(f);
    pane = await openPane(350, 900);
    page = pane.page;
    await loadAndCheck(page, zs.id, "2023", () => page.evaluate(([s, v]) => {
      for (const [c, x] of Object.entries(v as Record<string, number>)) (window as unknown as FakeWindow).__fakeWorkbook.set(s as string, c, x);
    }, [SHEET, NEW] as const));
    await page.click("#tab-summary");
  }, 180000);

  afterAll(async () => {
    await pane?.close();
  });

  test("picking the previous version fills the 审核 sheet with its decisions; the changed row is 待复核 in the sheet and the list", async () => {
    expect((await page.locator("label[for=carry-file]").innerText()).trim()).toBe("带入上一版的审核结论");
    await page.setInputFiles("#carry-file", { name: "2023-上一版.xlsx", mimeType: XLSX_MIME, buffer: old });
    await untilIdle(page, /^已带入上一版/);
    expect(await messageText(page)).toMatch(/^已带入上一版 2023-上一版\.xlsx 的审核结论 1 条，写入审核表「审核」：\d+ 条，其中待复核 1 条。/);
    const rows = reviewRowsOf(await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.grid()));
    expect(rows.get(key)).toMatchObject({ decision: "通过", comment: "增幅已核实", reviewer: "王审核", review: "待复核", change: "4.2 → 4.5" });
    const list = await page.locator("#review-list").innerText();
    expect(list).toContain("待复核");
    expect(list).toContain("4.2 → 4.5");
    // trial40f F3: the lock outlook is the sheet's just written (its 1 待复核), not the workbook's before it (没有审核结论)
    const outlook = await page.locator("#review-lock").innerText();
    expect(outlook).toMatch(/审核表「审核」中有 1 行待复核/);
    expect(outlook).not.toMatch(/没有审核结论/);
    // in English, the line and the button in the pane's words
    await page.click("#lang-toggle");
    expect(await messageText(page)).toMatch(/^1 decision carried from the previous version 2023-上一版\.xlsx into review sheet "审核": \d+ rows, 1 to re-check\./);
    expect((await page.locator("label[for=carry-file]").innerText()).trim()).toBe("Carry decisions from the previous version");
    await page.click("#lang-toggle");
    expect(pane.pageErrors).toEqual([]);
  });

  test("picked again, the open workbook's decisions are kept: refused in one line, saying what to do", async () => {
    await page.setInputFiles("#carry-file", { name: "2023-上一版.xlsx", mimeType: XLSX_MIME, buffer: old });
    await page.waitForFunction(() => document.getElementById("message")?.classList.contains("is-error") === true && document.getElementById("progress")?.hidden === true);
    expect(await messageText(page)).toMatch(/^本工作簿的审核表「审核」已有 1 条审核结论，未带入上一版的结论/);
  });
});
