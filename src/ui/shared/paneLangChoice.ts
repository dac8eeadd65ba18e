import { pickLang, type Lang } from "./i18n";

/** The localStorage key of the language chosen with the pane's 中文/English button. */
export const PANE_LANG_KEY = "plan-returns.paneLang";

/** What the pane needs of localStorage (a test passes a Map-backed one). */
export type LangStorage = Pick<Storage, "getItem" | "setItem">;

/** The page's localStorage, or null where it is missing or refused (storage blocked: reading it throws). */
export function paneStorage(): LangStorage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/**
 * The pane's language choice, kept across reloads (trial P: 中文 chosen under an en-US Office came
 * back English). `saved` gives the language the person chose with the button, or null when none was
 * chosen or storage cannot be read (then Office's display language decides: pickLang); `save` keeps
 * a choice, and does nothing when storage refuses it (the choice then lasts until the pane reloads).
 */
export const paneLangChoice = {
  saved(storage: LangStorage | null): Lang | null {
    try {
      const v = storage?.getItem(PANE_LANG_KEY);
      return v === "zh" || v === "en" ? v : null;
    } catch {
      return null;
    }
  },
  save(storage: LangStorage | null, lang: Lang): void {
    try {
      storage?.setItem(PANE_LANG_KEY, lang);
    } catch {
      // quota or a blocked storage: the choice is kept for this session only
    }
  },
  /**
   * The language the add-in speaks on a page of its origin: the pane, and the ribbon's commands and
   * result dialog, which share the pane's localStorage (a dialog followed Office's display language while
   * the pane spoke the language chosen with its button). The saved choice, else Office's `displayLanguage` (pickLang).
   */
  lang(storage: LangStorage | null, displayLanguage: string | undefined | null): Lang {
    return paneLangChoice.saved(storage) ?? pickLang(displayLanguage);
  },
};
