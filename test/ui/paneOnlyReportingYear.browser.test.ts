/**
 * dev45d: 导入 › 载入 of a yearly plan (2025年预计完成 | 2026年计划) with 填报年度 empty was refused (还没有填写填报年度), and
 * with another year in it refused as outside the plan, though 2026 is the only year its return can be made for
 * (onlyReportingYear). The pane now takes that year without asking, shows it in 填报年度 and says so after what it
 * loaded. A five-year plan still asks. Production bundle, headless Chromium, fakeOffice.js; screenshots in
 * test/out/pane-only-reporting-year-*.png.
 */
import * as path from "path";
import { buildIfStale, messageText, openImportPane, readImport, ROOT, untilIdle, type OpenPane } from "./paneHarness";

const YEARLY = "某县2026年国民经济和社会发展计划主要指标\n序号\t指标\t单位\t2025年预计完成\t2026年计划\t备注\n1\t地区生产总值增长\t%\t5.5\t6左右\t\n2\t城镇调查失业率\t%\t5\t5.5以内\t\n";
const FIVE_YEAR = "某县“十四五”规划主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性\n1\t地区生产总值\t亿元\t300\t420\t预期性\n2\t森林覆盖率\t%\t60\t62\t约束性\n";

let pane: OpenPane | undefined;
// the build (when src/ is newer) before the cases, so none spends its time on it
beforeAll(() => buildIfStale(), 300000);
afterEach(async () => {
  await pane?.close();
  pane = undefined;
});

test.each<[string, string, string, string | RegExp, string, string]>([
  // why, the table, 填报年度 typed, the message after 载入 (the year taken said before the next step), 填报年度 then, the language
  ["a yearly plan, the year left empty: 2026 taken", YEARLY, "", /^已加载：[^。]*。填报年度为 2026 年：该计划只有这一个填报年度，无需填写。下一步：/, "2026", "zh"],
  ["a yearly plan, another year typed: 2026 taken, the year typed named", YEARLY, "2024", /^已加载：[^。]*。填报年度改为 2026 年：该计划只有这一个填报年度（所填的 2024 不在其中）。下一步：/, "2026", "zh"],
  ["in English", YEARLY, "", /^Loaded: [^.]*\. Reporting year 2026: the plan has no other, so none had to be typed\. Next:/, "2026", "en"],
  ["a five-year plan still asks", FIVE_YEAR, "", "未加载：请看“填报年度”下的说明。", "", "zh"],
])("%s", async (why, text, typed, said, shown, lang) => {
  pane = await openImportPane(320, 900, { fields: { "year-input": typed } });
  const page = pane.page;
  if (lang === "en") await page.click("#lang-toggle");
  await readImport(page, text, lang === "en" ? /^\d+ indicators? read/ : /^读出/);
  await page.click("#import-load-button");
  await untilIdle(page, lang === "en" ? /^(Loaded|Nothing)/ : /^(已加载|未加载)/);
  const message = await messageText(page);
  if (typeof said === "string") expect(message).toBe(said);
  else expect(message).toMatch(said);
  expect(await page.inputValue("#year-input")).toBe(shown);
  if (shown) {
    // shown where it is typed: the 填报 view, with the year the load took
    await page.click("#tab-fill");
    if (await page.isVisible("#message-more")) await page.click("#message-more");
    await page.screenshot({ path: path.join(ROOT, `test/out/pane-only-reporting-year-${why.startsWith("in English") ? "en" : typed ? "typed" : "empty"}.png`), fullPage: true });
  }
  expect(pane.pageErrors).toEqual([]);
}, 120000);
