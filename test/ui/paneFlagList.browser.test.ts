/**
 * The flag list and the template list at 330 px (trial 25c, /tmp/trial25c/run1.js, run2.js): 衢州 for 2023 with the
 * trial's values. Each issue repeated 工作表「衢州市主要指标目标表」K8： under that sheet's own heading; 全部修正 did
 * not say how many cells it changes; its confirmation listed the text 96.5 as 96.5 → 96.5; K15 said
 * 按名称推断为「比」 at every 校验 (the plan's own, shown so in the 单位 column); and the two 嵊泗 2024 lists read alike
 * once chosen, cut before 项目清单/改革清单, with 填报年度 left to type. Production bundle, headless Chromium, fakeOffice.js.
 */
import type { Page } from "playwright-core";
import { openPane, type OpenPane } from "./paneHarness";

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
    ["shengsi-2024-projects", "项目清单 · 嵊泗县"],
    ["shengsi-2024-reforms", "改革清单 · 嵊泗县"],
    ["shengsi-2023-2027", "指标表 · 嵊泗县"],
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
