/*
 * The ribbon commands' result dialog: a check's counts and most urgent flags, or an error.
 * A function command has no task pane; this is where it speaks. Plain DOM, textContent only.
 */
import { fromHash, parseDialogData, storageKey, type CheckDialogData } from "./CheckDialogData";
import { el, node } from "./shared/dom";
import { flagHead, statusChips } from "./shared/flagView";
import { pickLang, t, type Lang } from "./shared/i18n";

/** Shown in the list at most; the rest are counted (the task pane has them all). */
const MAX_LISTED = 30;

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

export function render(data: CheckDialogData | null, lang: Lang): void {
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  el("result-close").textContent = t(lang, "result.close");
  if (!data || data.kind === "error") {
    el("result-title").textContent = t(lang, data?.title === "summary" ? "result.errorSummary" : data?.title === "evaluation" ? "result.errorEvaluation" : "result.errorCheck");
    const p = el("result-text");
    p.textContent = data ? data.message : t(lang, "result.unreadable");
    p.classList.add("level-error");
    return;
  }
  el("result-title").textContent = t(lang, "result.checkTitle", { year: data.year, unit: data.unit ? (lang === "en" ? `, ${data.unit}` : `，${data.unit}`) : "" });
  el("result-counts").append(...statusChips(lang, (_s, i) => data.counts[i] ?? 0));
  const listed = data.flags.slice(0, MAX_LISTED);
  const omitted = (data.omitted ?? 0) + data.flags.length - listed.length;
  const total = data.flags.length + (data.omitted ?? 0);
  if (total === 0 && data.problems.length === 0) {
    el("result-text").textContent = t(lang, "result.none");
  } else if (total > 0) {
    const title = el("result-flags-title");
    title.textContent = t(lang, "result.flags", { n: total });
    title.hidden = false;
  }
  const list = el("result-flags");
  for (const f of listed) {
    const li = node("li", `flag status-${f.status}`);
    li.append(flagHead(lang, f.status, f.binding ? "约束性" : undefined, f.name), node("div", "flag-facts", `${f.sheet}!${f.cell}`), node("div", "flag-issue", lang === "en" ? f.textEn : f.text));
    list.append(li);
  }
  const problems = el("result-problems");
  for (const p of data.problems) problems.append(node("li", "level-error", p));
  const notes: string[] = [];
  const first = data.flags[0];
  if (first) notes.push(t(lang, "result.selected", { ref: `${first.sheet}!${first.cell}` }));
  if (omitted > 0) notes.push(t(lang, "result.omitted", { n: omitted }));
  el("result-note").textContent = notes.join(" ");
}

Office.onReady(() => {
  const lang = pickLang(Office.context?.displayLanguage);
  render(readData(), lang);
  el("result-close").addEventListener("click", () => {
    // the command closes the dialog and completes when it hears this
    Office.context.ui.messageParent("close");
  });
});
