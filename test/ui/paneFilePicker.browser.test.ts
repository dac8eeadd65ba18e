/**
 * trial29c F15: the 汇总与审核 tab's file picker showed the browser's own "Choose Files / No file chosen"
 * in the Chinese pane (in Office it follows Windows, not the pane's 中文/English). It is drawn as a
 * button in the pane's words (i18n: summary.chooseFiles, summary.noFiles, msg.filesChosen: since trial33p P11 the files
 * named, the first few of many, beside it and in the line, where it said only 已选择 6 个文件), the
 * input still the control: reached by Tab, named by both labels, no axe violation. Production bundle,
 * headless Chromium, fakeOffice.js.
 */
import { axeViolations, messageText, openPane } from "./paneHarness";
import { t, type Lang } from "../../src/ui/shared/i18n";

const file = (name: string): { name: string; mimeType: string; buffer: Buffer } => ({ name, mimeType: "application/octet-stream", buffer: Buffer.from("x") });

describe("the summary tab's file picker speaks the pane's language", () => {
  test.each<[string, string, Lang, boolean]>([
    ["Office zh-CN", "就绪", "zh", false],
    ["Office en-US", "Ready", "en", false],
    ["Office zh-CN, switched to English after choosing", "就绪", "en", true],
  ])("%s", async (_why, ready, lang, toggle) => {
    const pane = await openPane(320, 900, async (p) => {
      if (ready === "Ready") await p.addInitScript(() => { (window as unknown as { __fakeDisplayLanguage: string }).__fakeDisplayLanguage = "en-US"; });
    }, ready);
    try {
      const { page } = pane;
      await page.click("#tab-summary");
      const first: Lang = toggle ? "zh" : lang;
      const button = page.locator('label.file-button[for="summary-files"]');
      expect(await button.innerText()).toBe(t(first, "summary.chooseFiles"));
      expect(await page.locator("#summary-files-chosen").innerText()).toBe(t(first, "summary.noFiles"));
      // the browser's own words are not on show: the input is out of sight (its label is the button)
      expect(await page.locator("#summary-files").evaluate((e) => getComputedStyle(e).opacity)).toBe("0");
      expect(await button.isVisible()).toBe(true);
      await page.setInputFiles("#summary-files", ["定海区", "普陀区", "岱山县", "嵊泗县", "新城", "高新区"].map((u) => file(`2023-${u}.xlsx`)));
      if (toggle) await page.click("#lang-toggle");
      const named = lang === "en" ? "6 files chosen: 2023-定海区.xlsx, 2023-普陀区.xlsx, 2023-岱山县.xlsx and 3 more" : "已选择 6 个文件：2023-定海区.xlsx、2023-普陀区.xlsx、2023-岱山县.xlsx 等";
      expect([await page.locator("#summary-files-chosen").innerText(), await messageText(page)]).toEqual([named, named]);
      // one control: named by the field's caption and the button, keyboard-focusable
      const name = await page.locator("#summary-files").evaluate((e) => Array.from((e as HTMLInputElement).labels ?? [], (l) => l.textContent).join(" "));
      expect(name).toBe(`${t(lang, "summary.files")} ${t(lang, "summary.chooseFiles")}`);
      await page.focus("#summary-files");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("summary-files");
      expect(await axeViolations(page)).toEqual([]);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
