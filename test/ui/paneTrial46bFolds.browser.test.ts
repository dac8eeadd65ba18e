/**
 * trial46b on the task pane at 320 px, the 衢州 2024 return as its county filled it (F3, F4, F5, F6, F9):
 * - F9: 填报模板's closed list cut each label after 「…“十四五”衢州市」, the plan period last: the span now comes second
 *   (指标表 · 2021–2025 年 · …), and fits the list's width; on the old code the text up to the span did not;
 * - F3: on 校验 a ~700 px 不能锁定：… block sat between the chips and the first flagged row: lock's outlook is folded
 *   under its head (<details>/<summary>, opened by Enter), and the first row shows without scrolling at 320 × 900; on the
 *   old code the outlook had no fold and the first row sat below the fold;
 * - F6: 城镇新增就业人数, lagging with 2021—2023 blank, said 先补填… yet offered 填写说明 alone: it now offers 先补填 2021
 *   年 first (selecting I16), the 说明 second; on the old code there was no such button;
 * - F5: the outlook named the unexplained L10, L11, L12 after 其中 1 项已说明原因: the explained L19 is now named there;
 * - F4: the 审核 list said 待审核 46 beside 待人工评估 1 while lock's line and the 审核 sheet said 47: its 待审核 heading counts
 *   47 (其中待人工评估 1 条), lock's line says the same row apart; on the old code the heading said 46.
 * Keyboard, axe, no page errors. Production bundle, headless Chromium, fakeOffice.js. Screenshots in test/out
 * (pane-trial46b-*.png).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { axeViolations, openPane, ROOT, untilIdle, type OpenPane } from "./paneHarness";

type Cell = { type: string; text?: string };
type FakeWindow = { __fakeWorkbook: { set(s: string, c: string, v: unknown): void; log: { selects: Array<{ sheet: string; cell: string }> }; grid(): { sheets: Array<{ name: string; rows: Cell[][] }> } } };
const S = "衢州市主要指标目标表";
// what the county typed (trial46b values.js), as plain cells
const TYPED: Array<[string, unknown]> = [
  ["L4", 95], ["L5", 3.6], ["L6", 95], ["L7", 15.1], ["L8", 97.2], ["L9", 40], ["P9", "新建公办园2025年秋季开园，覆盖面将明显提升。"],
  ["L13", -1.2], ["L15", 1.78], ["L16", 2.6], ["P19", "省统计局2024年数据尚未发布，待发布后补报。"], ["L24", "1,234.5"], ["L26", 1234.5], ["L33", 9.1], ["L35", 80.9],
];

let pane: OpenPane;
let page: Page;
beforeAll(async () => {
  pane = await openPane(320, 900);
  page = pane.page;
}, 120000);
afterAll(async () => {
  await pane?.close();
});

const shot = async (name: string): Promise<void> => {
  fs.mkdirSync(path.join(ROOT, "test/out"), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, `test/out/pane-trial46b-${name}.png`) });
};
const toggle = async (to: "zh" | "en"): Promise<void> => {
  if ((await page.evaluate(() => document.documentElement.lang)) !== (to === "en" ? "en" : "zh-CN")) await page.click("#lang-toggle");
};

describe("trial46b at 320 px: the period in the list, folded outlook, fill before explaining, one 待审核 count", () => {
  test("F9: the chosen plan's span shows in the closed list", async () => {
    await page.selectOption("#template-select", "quzhou-2021-2025");
    const fit = await page.evaluate(() => {
      const select = document.getElementById("template-select") as HTMLSelectElement;
      const label = select.selectedOptions[0]?.textContent ?? "";
      const upTo = label.slice(0, label.indexOf("2021–2025") + "2021–2025 年".length);
      const probe = document.createElement("span");
      probe.style.font = getComputedStyle(select).font;
      probe.style.whiteSpace = "pre";
      probe.style.position = "absolute";
      probe.style.display = "inline-block";
      probe.textContent = upTo;
      document.body.append(probe);
      const w = probe.getBoundingClientRect().width;
      probe.remove();
      // room for the text: the list's inner width less its arrow
      const cs = getComputedStyle(select);
      return { label, upTo, w, room: select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight), fits: w <= select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16 };
    });
    expect(fit.label).toMatch(/^指标表 · 2021–2025 年 · 衢州市 · “十四五”衢州市公共服务提升主要指标目标表（基期 2020 年）$/);
    expect(fit).toMatchObject({ fits: true });
  });

  test("F3, F5, F6: after 校验 the outlook is one folded line, the first flagged row shows, a lag with blank years offers 先补填 first", async () => {
    await page.fill("#year-input", "2024");
    await page.fill("#unit-input", "衢江区");
    await page.click("#load-button");
    await untilIdle(page, /^已加载/);
    for (const [c, v] of TYPED) await page.evaluate(([cell, x]) => (window as unknown as FakeWindow).__fakeWorkbook.set("衢州市主要指标目标表", cell as string, x), [c, v] as const);
    await page.click("#tab-check");
    await page.click("#check-button");
    await untilIdle(page, /^校验完成/);

    const fold = page.locator("#check-lock details");
    expect(await fold.count()).toBe(1);
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator("#check-lock summary").innerText()).toBe("不能锁定：审核人员锁定时会因以下 2 个原因拒绝：");
    expect(await page.locator("#check-lock").getAttribute("class")).toBe("review-lock review-lock-refused");
    // the first flagged row is on screen as 校验 leaves the pane
    const first = await page.locator("#flag-list li.flag").first().boundingBox();
    expect(first && first.y + 40 <= 900).toBe(true);
    await shot("check-folded");

    // F6: 先补填 2021 年 before 填写说明, on the row's I16 line, selecting I16
    const row = page.locator("#flag-list li.flag", { hasText: "城镇新增就业人数" });
    const buttons = await row.locator("button").allInnerTexts();
    expect(buttons.slice(0, 2)).toEqual(["先补填 2021 年", "填写说明"]);
    const gap = row.locator("button.flag-gap-button");
    expect(await gap.getAttribute("class")).toContain("btn-primary");
    expect(await gap.getAttribute("aria-label")).toBe("先补填 2021 年：I16 城镇新增就业人数（万人次）");
    const before = (await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.log.selects.length));
    await gap.click();
    await page.waitForFunction((n) => (window as unknown as FakeWindow).__fakeWorkbook.log.selects.length > n, before);
    expect((await page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.log.selects)).slice(before)).toEqual([{ sheet: S, cell: "I16" }]);
    // its 说明 dialog says the same advice
    await row.locator("button.flag-note-button").click();
    await page.locator("#note-dialog").waitFor({ state: "visible" });
    expect(await page.locator("#note-why").innerText()).toContain("本行往年数值未填，请先补填；补填后仍滞后的，再写明原因和措施。");
    await page.click("#note-cancel");

    // F3: the fold opens from the keyboard; F5: the explained L19 is the one named explained
    await page.focus("#check-lock summary");
    await page.keyboard.press("Enter");
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const lock = await page.locator("#check-lock").innerText();
    expect(lock).toContain("41 项未填报，其中 1 项已说明原因（衢州市主要指标目标表!L19 工伤保险参保人数（万人）：未填报（已说明：省统计局2024年数据尚未发布，待发布后补报。）），40 项未说明原因（衢州市主要指标目标表!L10 优质园覆盖面（%）、");
    expect(await axeViolations(page)).toEqual([]);
    await shot("check-open");
    await toggle("en");
    // the reader's choice kept on redraw
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator("#check-lock").innerText()).toContain("41 rows are 未填报 (not reported): 1 explained in 说明 (衢州市主要指标目标表!L19 ");
    expect(await row.locator("button.flag-gap-button").innerText()).toBe("Fill in 2021 first");
    await toggle("zh");
  });

  test("F4: 生成审核表's list counts 47 待审核, the 待人工评估 row among them, as lock's line and the 审核 sheet do", async () => {
    await page.click("#tab-summary");
    await page.click("#review-button");
    await untilIdle(page, /审核表/);
    const heads = await page.locator("#review-list li.flag-group").allInnerTexts();
    expect(heads).toEqual(["待人工评估 1 条：在人工评估列选择评估结论，填好前不能锁定", "待审核 47 条（其中待人工评估 1 条，列在上面）：还没有结论"]);
    // the 审核 sheet's 复核状态
    const states = await page.evaluate(() => {
      const s = (window as unknown as FakeWindow).__fakeWorkbook.grid().sheets.find((x) => x.name === "审核")!;
      const keys = (s.rows[1] ?? []).map((c) => c?.text ?? "");
      const at = keys.indexOf("review");
      return s.rows.filter((r) => r[at]?.text === "待审核").length;
    });
    expect(states).toBe(47);
    // the outlook on the 审核 view stays open, its line naming the same row apart
    expect(await page.locator("#review-lock details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator("#review-lock").innerText()).toMatch(/审核表中仍有 47 行待审核（工作表「审核」第 5 行 .* 等 47 行；其中 1 行待人工评估：第 13 行 居民人均可支配收入增长（%））/);
    await shot("review");
    await toggle("en");
    expect((await page.locator("#review-list li.flag-group").allInnerTexts())[1]).toBe("47 to review (待审核; 1 of them to assess (待人工评估) too, listed above): no decision yet");
    expect(await page.locator("#review-lock").innerText()).toMatch(/47 rows of the review sheet are still 待审核 \(not decided\) \(.*; 47 in all; 1 of them is also 待人工评估 \(to assess\): row 13 居民人均可支配收入增长（%）\)/);
    expect(await axeViolations(page)).toEqual([]);
    await toggle("zh");
  });

  test("had no page errors", () => {
    expect(pane.pageErrors).toEqual([]);
  });
});
