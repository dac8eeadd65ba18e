/**
 * 汇总所选文件 clicked again when the summary has a third sheet, 汇总范围 (45 units: they do not fit on 汇总's line).
 * Every part of a set is replaced together, a part the new set does without dropped with it and said; or the set
 * is kept together, each sheet named with its reason. Until session 33 a set of another size than the new one
 * was kept as "edited" and 汇总(2)… added beside it. Only a set of the same source is replaced (another set of units'
 * summary is kept beside: summarySources, manyUnitsAgain), and the same units make the same sheets, so the earlier
 * set's marks are given the new files' source first (sameSource). Production bundle, headless Chromium, fakeOffice.js, 320 px.
 */
import type { Page } from "playwright-core";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { sha256Hex } from "../../src/cycle/sha256Hex";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { ownSheetSourceOfUnits } from "../../src/sheet/ownSheetMark";
import { findTemplate } from "../../src/templates/catalog";
import { messageText, openLoaded, untilIdle, type OpenPane } from "./paneHarness";

type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; sheetNames(): string[]; snapshot(): Record<string, string> } };
const ID = "zhoushan-2021-2025";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const names = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.sheetNames().filter((n) => /^(汇总|问题清单)/.test(n)));

/** A unit's return, its values apart from every other's by `i` %. */
async function unitFile(unit: string, i: number): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const t = findTemplate(ID);
  if (!t) throw new Error(ID);
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(t, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + i / 100) * 100) / 100 } : e)));
  return { name: `${unit}.xlsx`, mimeType: XLSX_MIME, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

let pane: OpenPane;
let page: Page;
let many: Array<{ name: string; mimeType: string; buffer: Buffer }> = [];
beforeAll(async () => {
  many = [];
  for (let i = 0; i < 45; i++) many.push(await unitFile(`第${i + 1}街道`, i));
  pane = await openLoaded("zh");
  page = pane.page;
}, 180_000);
afterAll(async () => { await pane?.close(); });

async function consolidate(files: typeof many): Promise<string> {
  await page.click("#tab-summary");
  await page.setInputFiles("#summary-files", files);
  await page.click("#tab-summary");
  await page.click("#consolidate-button");
  await untilIdle(page, /^(已生成|已更新)/);
  return messageText(page);
}

const REPLACED = "（替换本工具上次生成、之后未改动的表）。";
const typeInto = (sheet: string) => (): Promise<void> => page.evaluate((s) => (window as unknown as FakeWindow).__fakeWorkbook.set(s, "B3", "我的批注"), sheet);
/** Our summary marks given the source of the first `count` units' files (the mark's sixth field; the hash excludes the mark). */
const sameSource = (count: number) => (): Promise<void> => page.evaluate((source) => {
  const wb = (window as unknown as FakeWindow).__fakeWorkbook;
  for (const [key, json] of Object.entries(wb.snapshot())) {
    const cell = JSON.parse(json) as { type: string; text?: string };
    if (cell.type !== "string" || !cell.text?.startsWith("plan-returns:summary:")) continue;
    const [sheet = "", at = ""] = key.split("|");
    const [row = 0, col = 0] = at.split(",").map(Number);
    let letters = "";
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    wb.set(sheet, `${letters}${row}`, cell.text.split(":").map((f, i) => (i === 5 ? source : f)).join(":"));
  }
}, ownSheetSourceOfUnits(many.slice(0, count).map((f) => f.name.replace(/\.xlsx$/, "")), sha256Hex));

describe("汇总所选文件 of 45 units, again", () => {
  it.each<[string, () => Promise<unknown>, number, string[], string[]]>([
    ["45 files: three sheets", () => Promise.resolve(), 45, ["已生成：汇总、问题清单、汇总范围"], ["汇总", "问题清单", "汇总范围"]],
    ["then 2 files of the same source: 汇总 and 问题清单 replaced, 汇总范围 dropped and said", sameSource(2), 2,
      [`已更新：汇总、问题清单${REPLACED}上次同批生成的「汇总范围」这次用不上（之后未改动），已一并删除。`], ["汇总", "问题清单"]],
    ["then 45 again, of the same source: replaced, 汇总范围 added", sameSource(45), 45, [`已更新：汇总、问题清单、汇总范围${REPLACED}`], ["汇总", "问题清单", "汇总范围"]],
    ["汇总范围 typed into, then 2 files of the same source: the three kept, the changed one named", async () => { await sameSource(2)(); await typeInto("汇总范围")(); }, 2,
      ["已生成：汇总(2)、问题清单(2)。", "原有的「汇总范围」生成后已有改动，保留原样、未覆盖。", "原有的「汇总」、「问题清单」本身未改动，但同批生成的表之后改了内容、被复制或删除，一并保留、未覆盖。"],
      ["汇总", "问题清单", "汇总范围", "汇总(2)", "问题清单(2)"]],
  ])("%s", async (_n, before, count, says, sheets) => {
    await before();
    const text = await consolidate(many.slice(0, count));
    expect(says.map((x) => text.includes(x))).toEqual(says.map(() => true));
    expect(text.startsWith(says[0] ?? "")).toBe(true);
    expect(await names(page)).toEqual(sheets);
    expect(pane.pageErrors).toEqual([]);
  }, 120_000);
});
