/*
 * The ribbon commands' result dialog: a check's counts and most urgent flags, or an error.
 * A function command has no task pane; this is where it speaks. Each flag is a button that
 * asks the command to select its cell (messageParent); Escape and 关闭 close; Tab stays in
 * the dialog. Plain DOM, textContent only; the wording comes from resultView.
 */
import { el, node } from "../shared/dom";
import { statusChips } from "../shared/flagView";
import { t } from "../shared/i18n";
import { paneLangChoice, paneStorage } from "../shared/paneLangChoice";
import { pageNotSupported } from "../notSupported/pageNotSupported";
import { fromHash, parseDialogData, storageKey, type CheckDialogData } from "./CheckDialogData";
import { dialogMessageText } from "./DialogMessage";
import { resultView, type FlagView, type ResultView } from "./resultView";
import { rovingFocus, trapFocus } from "./trapFocus";

function readData(): CheckDialogData | null {
  const id = new URLSearchParams(window.location.search).get("id");
  if (id) {
    try {
      const stored = window.localStorage.getItem(storageKey(id));
      const data = stored === null ? null : parseDialogData(stored);
      if (data) return data;
    } catch {
      // storage not shared with the command (or off): the URL carries a shortened copy
    }
  }
  return fromHash(window.location.hash);
}

function send(message: string): void {
  Office.context.ui.messageParent(message);
}

function flagButton(f: FlagView): HTMLButtonElement {
  const b = node("button", "flag-select");
  b.type = "button";
  const head = node("span", "flag-head");
  head.append(node("span", `flag-badge status-${f.status}`, f.statusText));
  if (f.binding) head.append(node("span", "flag-attr", f.binding));
  head.append(node("span", "flag-name", f.name));
  b.append(head, node("span", "flag-facts", f.ref), node("span", "flag-issue", f.detail));
  return b;
}

/** Puts the view into dialog.html; returns the flag buttons (in order). */
function render(v: ResultView): HTMLButtonElement[] {
  document.documentElement.lang = v.lang === "en" ? "en" : "zh-CN";
  el("result-title").textContent = v.title;
  el("result-close").textContent = v.close;
  el("result-counts").setAttribute("aria-label", v.countsLabel);
  if (v.counts) {
    const counts = v.counts;
    el("result-counts").append(...statusChips(v.lang, (_s, i) => counts[i] ?? 0));
  }
  const text = el("result-text");
  text.textContent = v.text ?? "";
  text.hidden = v.text === null;
  text.classList.toggle("level-error", v.isError);
  if (v.flagsTitle) {
    const title = el("result-flags-title");
    title.textContent = v.flagsTitle;
    title.hidden = false;
  }
  const hint = el("result-flags-hint");
  hint.textContent = v.flagsHint ?? "";
  hint.hidden = v.flagsHint === null;
  const buttons: HTMLButtonElement[] = [];
  const list = el("result-flags");
  for (const f of v.flags) {
    const li = node("li", `flag status-${f.status}`);
    const b = flagButton(f);
    b.addEventListener("click", () => {
      send(f.message);
      el("result-status").textContent = t(v.lang, "result.selectedNow", { ref: f.ref });
    });
    li.append(b);
    list.append(li);
    buttons.push(b);
  }
  const problems = el("result-problems");
  for (const p of v.problems) {
    // red or amber by severity, and the word before it: never colour alone
    const li = node("li", `dialog-problem level-${p.level}`);
    li.append(node("strong", "", p.label), document.createTextNode(p.text));
    problems.append(li);
  }
  el("result-note").textContent = v.note;
  const pane = el("result-pane");
  pane.textContent = v.pane ?? "";
  pane.hidden = v.pane === null;
  return buttons;
}

Office.onReady(() => {
  if (pageNotSupported()) return;
  // the language chosen in the pane (same origin, its localStorage), else Office's
  const lang = paneLangChoice.lang(paneStorage(), Office.context?.displayLanguage);
  const buttons = render(resultView(readData(), lang));
  rovingFocus(buttons);
  // the command closes the dialog and completes when it hears this
  const close = (): void => send(dialogMessageText({ kind: "close" }));
  el("result-close").addEventListener("click", close);
  trapFocus(el("result-main"), close);
  (buttons[0] ?? el("result-close")).focus();
});
