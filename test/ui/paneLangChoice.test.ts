import { PANE_LANG_KEY, paneLangChoice, type LangStorage } from "../../src/ui/shared/paneLangChoice";

/** A storage holding `stored` under the pane's key; `refuses`: every call throws, as a blocked localStorage does. */
function storage(stored: string | null, refuses = false): LangStorage & { kept: Map<string, string> } {
  const kept = new Map<string, string>(stored === null ? [] : [[PANE_LANG_KEY, stored]]);
  return {
    kept,
    getItem: (k) => { if (refuses) throw new DOMException("blocked", "SecurityError"); return kept.get(k) ?? null; },
    setItem: (k, v) => { if (refuses) throw new DOMException("quota", "QuotaExceededError"); kept.set(k, v); },
  };
}

describe("paneLangChoice: the 中文/English choice kept across reloads", () => {
  test.each<[string, ReturnType<typeof storage> | null, "zh" | "en" | null]>([
    ["chosen 中文", storage("zh"), "zh"],
    ["chosen English", storage("en"), "en"],
    ["nothing chosen", storage(null), null],
    ["something else stored", storage("fr"), null],
    ["storage blocked", storage("zh", true), null],
    ["no storage", null, null],
  ])("%s: saved gives %#", (_name, s, saved) => {
    expect(paneLangChoice.saved(s)).toBe(saved);
  });

  test.each<["zh" | "en"]>([["zh"], ["en"]])("save(%s) is read back", (lang) => {
    const s = storage(null);
    paneLangChoice.save(s, lang);
    expect(s.kept.get(PANE_LANG_KEY)).toBe(lang);
    expect(paneLangChoice.saved(s)).toBe(lang);
  });

  it("save into a storage that refuses, or none, does not throw", () => {
    expect(() => paneLangChoice.save(storage(null, true), "zh")).not.toThrow();
    expect(() => paneLangChoice.save(null, "zh")).not.toThrow();
  });
});

// the ribbon's dialog followed Office's display language while the pane spoke the language chosen with its button
describe("paneLangChoice.lang: the pane's saved choice first, else Office's display language", () => {
  test.each<[string, ReturnType<typeof storage> | null, string | undefined, "zh" | "en"]>([
    ["中文 chosen under an English Office", storage("zh"), "en-US", "zh"],
    ["English chosen under a Chinese Office", storage("en"), "zh-CN", "en"],
    ["nothing chosen: Office's English", storage(null), "en-GB", "en"],
    ["nothing chosen: Office's Chinese", storage(null), "zh-CN", "zh"],
    ["storage blocked: Office's", storage("zh", true), "en-US", "en"],
    ["no storage, no display language", null, undefined, "zh"],
  ])("%s", (_name, s, display, lang) => {
    expect(paneLangChoice.lang(s, display)).toBe(lang);
  });
});
