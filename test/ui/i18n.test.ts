import * as fs from "fs";
import * as path from "path";
import { ENGLISH_TERMS } from "../../src/domain/ENGLISH_TERMS";
import { fewNames, percent, pickLang, statusLabel, t } from "../../src/ui/shared/i18n";

describe("i18n", () => {
  it("is Chinese unless Office's display language is English", () => {
    expect(pickLang("zh-CN")).toBe("zh");
    expect(pickLang("en-US")).toBe("en");
    expect(pickLang("EN-gb")).toBe("en");
    expect(pickLang("fr-FR")).toBe("zh");
    expect(pickLang(undefined)).toBe("zh");
  });

  it("fills placeholders", () => {
    expect(t("zh", "msg.applied", { n: 2 })).toBe("已修改 2 个单元格。");
    expect(t("en", "msg.applied", { n: 2 })).toBe("2 cells changed.");
  });

  // trial P: `53 item(s) need attention`, `(1 line(s))`: a count agrees with its noun (englishCount)
  test.each<[Parameters<typeof t>[1], Record<string, string | number>, string]>([
    ["msg.checked", { year: 2024, n: 53 }, "Check done (2024): 53 items need attention."],
    ["msg.checked", { year: 2024, n: 1 }, "Check done (2024): 1 item needs attention."],
    ["msg.applied", { n: 1 }, "1 cell changed."],
    ["confirm.text", { n: 1 }, "This cell will be changed:"],
    ["confirm.text", { n: 8 }, "These 8 cells will be changed:"],
    ["msg.filesChosen", { n: 1, files: "a.xlsx" }, "1 file chosen: a.xlsx"],
    ["msg.filesChosenLedger", { n: 2, returns: 1, ledger: "报送台账.xlsx", files: "a.xlsx, 报送台账.xlsx" }, "2 files chosen (1 return and the 报送台账 ledger 报送台账.xlsx): a.xlsx, 报送台账.xlsx"],
    ["msg.reviewed", { sheet: "审核", rows: 1, stale: 0 }, "Review sheet \"审核\" added: 1 row, 0 to re-check."],
    ["import.toCheck", { n: 1, lines: t("en", "import.lines") }, "Loaded, please check (1)"],
    ["import.notLoaded", { n: 9, lines: t("en", "import.rows") }, "Not loaded (9)"],
    ["msg.importRead", { n: 14, title: "x", notLoaded: 0, toCheck: 1, handled: "", lines: t("en", "import.lines") }, "14 indicators read (x); 0 not loaded, 1 to check. Check them, then click Load."],
    ["reread.edited", { n: 1 }, "1 row edited"],
    // trial35 TP7: "Loaded: 表1 Next: …" ran two sentences together
    ["msg.loaded", { sheets: "表1" }, "Loaded: 表1."],
  ])("English %s %j: %s", (key, params, text) => {
    expect(t("en", key, params)).toBe(text);
  });

  // trial33p P11: the chosen files named beside the button and in the line, the first few of many and how many more
  const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `${i + 1}.xlsx`);
  test.each<[number, string, string]>([
    [1, "1.xlsx", "1.xlsx"],
    [4, "1.xlsx、2.xlsx、3.xlsx、4.xlsx", "1.xlsx, 2.xlsx, 3.xlsx, 4.xlsx"],
    [6, "1.xlsx、2.xlsx、3.xlsx 等", "1.xlsx, 2.xlsx, 3.xlsx and 3 more"],
    [40, "1.xlsx、2.xlsx、3.xlsx 等", "1.xlsx, 2.xlsx, 3.xlsx and 37 more"],
  ])("fewNames of %i files", (n, zh, en) => {
    expect([fewNames("zh", files(n)), fewNames("en", files(n))]).toEqual([zh, en]);
  });

  // one English word per plan term: the CLI's (domain/ENGLISH_TERMS), capitalised as a label
  test.each<[Parameters<typeof t>[1], keyof typeof ENGLISH_TERMS]>([
    ["flag.binding", "约束性"],
    ["flag.expectedAttr", "预期性"],
    ["flag.expected", "序时进度"],
  ])("%s is ENGLISH_TERMS.%s", (key, term) => {
    expect(t("en", key).toLowerCase()).toBe(ENGLISH_TERMS[term]);
  });

  it("has a string in both languages for every data-i18n key of the page", () => {
    const html = fs.readFileSync(path.join(__dirname, "../../src/ui/taskpane/taskpane.html"), "utf8");
    const keys = [...html.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1] as Parameters<typeof t>[1]);
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) {
      expect(t("zh", k)).not.toBe("");
      expect(t("en", k)).not.toBe("");
    }
  });

  it("uses the contract status labels", () => {
    expect(statusLabel("zh", "on_track")).toBe("符合序时进度");
    expect(statusLabel("en", "severe")).toBe("Severely lagging");
    expect(percent(0.5934)).toBe("59.3%");
    expect(percent(null)).toBe("—");
  });
});
