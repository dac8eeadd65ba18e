/*
 * The rows of 生成审核表's result that wait for a decision, drawn like the flag list. Loaded
 * with the summary chunk (only after 生成审核表), so the pane's first load stays small.
 */
import { REVIEW_STATES } from "../../sheet/reviewSheet";
import type { ReviewToDo } from "../../sheet/reviewToDo";
import { fixRef } from "../shared/buildFixes";
import { node } from "../shared/dom";
import { t, type Lang } from "../shared/i18n";

/** More than this is a job for the sheet's filter, not a list in a narrow pane. */
export const REVIEW_LIST_MAX = 50;

/**
 * The list's rows: a heading per state (待复核, then 待审核), one row per 审核 row (the
 * indicator's sheet and cell, name, 数值变化 or 问题, and where the decision goes), and a last
 * line for rows beyond REVIEW_LIST_MAX. `choose(cell)` selects that cell of `sheet` (the 审核 sheet).
 */
export function reviewList(lang: Lang, sheet: string, toDo: readonly ReviewToDo[], choose: (cell: string) => void): HTMLLIElement[] {
  const out: HTMLLIElement[] = [];
  const shown = toDo.slice(0, REVIEW_LIST_MAX);
  for (const state of [REVIEW_STATES.stale, REVIEW_STATES.open] as const) {
    const rows = shown.filter((x) => x.state === state);
    if (rows.length === 0) continue;
    const stale = state === REVIEW_STATES.stale;
    const all = toDo.filter((x) => x.state === state).length;
    out.push(node("li", "flag-group", t(lang, stale ? "review.staleGroup" : "review.openGroup", { n: all })));
    for (const x of rows) {
      const li = node("li", `flag review-row ${stale ? "review-stale" : "review-open"}`);
      li.dataset.sheet = sheet;
      li.dataset.cell = x.decisionCell;
      const head = node("div", "flag-head");
      head.append(node("span", `flag-badge review-badge ${stale ? "review-stale" : "review-open"}`, t(lang, stale ? "review.stale" : "review.open")), node("span", "flag-name", x.name));
      li.append(head, node("div", "flag-facts", [fixRef(x), lang === "en" ? x.changeEn : x.change].filter((s) => s !== "").join(" · ")));
      // a 待复核 row: what the reviewer decided and wrote before the value changed (trial33p: the pane showed neither)
      if (x.earlier.decision !== "" || x.earlier.comment !== "") {
        li.append(node("div", "flag-facts", t(lang, "review.earlier", { decision: x.earlier.decision || t(lang, "review.noDecision"), comment: x.earlier.comment === "" ? "" : t(lang, "review.earlierComment", { comment: x.earlier.comment }) })));
      }
      li.append(node("div", "flag-facts", t(lang, "review.decisionAt", { ref: fixRef({ sheet, cell: x.decisionCell }) })));
      // Enter selects the decision cell: said to a screen reader on the row itself, not only in the hint above the list
      li.setAttribute("aria-keyshortcuts", "Enter");
      li.addEventListener("click", () => choose(x.decisionCell));
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && ev.target === li) choose(x.decisionCell); });
      out.push(li);
    }
  }
  if (toDo.length > shown.length) out.push(node("li", "flag-group review-more", t(lang, "review.more", { n: toDo.length - shown.length, sheet })));
  return out;
}
