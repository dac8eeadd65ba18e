import * as fs from "fs";
import * as path from "path";
import { percent, pickLang, statusLabel, t } from "../../src/ui/shared/i18n";

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
    expect(t("en", "msg.applied", { n: 2 })).toBe("2 cell(s) changed.");
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
