/*
 * The rows of 生成审核表's result that wait for a decision, drawn like the flag list. Loaded
 * with the summary chunk (only after 生成审核表), so the pane's first load stays small.
 */
import { sameSheetRow } from "../../cycle/sameSheetRow";
import { REVIEW_STATES } from "../../sheet/reviewSheet";
import type { ReviewToDo } from "../../sheet/reviewToDo";
import type { UnassessedRow } from "../../cycle/unassessedRows";
import { shownRef } from "../shared/shownRef";
import { node } from "../shared/dom";
import { chooseRow } from "./chooseRow";
import { statusLabel, t, type Lang, type MessageKey } from "../shared/i18n";
import type { ReviewListMarks } from "../shared/ReviewListMarks";

/** More than this is a job for the sheet's filter, not a list in a narrow pane. */
export const REVIEW_LIST_MAX = 50;

/** A row of the list: the 审核 row it shows (none for a 待人工评估 row the sheet lists no more), and the cell Enter selects. */
interface ListRow { group: "stale" | "assess" | "held" | "open"; x?: ReviewToDo; assess?: UnassessedRow; at: { sheet: string; cell: string } }

const GROUPS = {
  stale: { head: "review.staleGroup", badge: "review.stale", cls: "review-stale" },
  assess: { head: "review.assessGroup", badge: "review.assess", cls: "review-assess" },
  held: { head: "review.heldGroup", badge: "review.held", cls: "review-held" },
  open: { head: "review.openGroup", badge: "review.open", cls: "review-open" },
} as const satisfies Record<ListRow["group"], { head: MessageKey; badge: MessageKey; cls: string }>;

/**
 * The list's rows: a heading per group, one row per 审核 row (its status, the indicator's sheet and cell,
 * name, 数值变化 or 问题, and the cell to fill), and a last line for rows beyond REVIEW_LIST_MAX. Groups:
 * 待复核; 待人工评估, the rows lock refuses until their 人工评估 cell is filled (marks.unassessed, lockRefusals),
 * listed until it is and Enter selecting that cell, not the 审核结论 (trial35 TP0: 通过 there dropped the row
 * while lock still refused it); 不能锁定, rows whose decision holds but that lock refuses for (a 通过 on an
 * error, a 退回修改 in force, each with its decision and 审核意见); 待审核, a word outside the list said on its row (TP2).
 * Enter on a 待复核 row selects its 审核意见, where 已复核 confirms it. `choose(sheet, cell)` selects that cell.
 */
export function reviewList(lang: Lang, sheet: string, toDo: readonly ReviewToDo[], marks: ReviewListMarks, choose: (sheet: string, cell: string) => void): HTMLLIElement[] {
  // a 审核 row and the 人工评估 cell of the same indicator row: the same sheet, the same row
  const assessOf = (x: ReviewToDo): UnassessedRow | undefined => marks.unassessed.find((u) => sameSheetRow(u, x));
  const rows: ListRow[] = [];
  for (const x of toDo) {
    const assess = x.state === REVIEW_STATES.stale ? undefined : assessOf(x);
    const group = x.state === REVIEW_STATES.stale ? "stale" : assess ? "assess" : x.state === REVIEW_STATES.valid ? "held" : "open";
    // a 待复核 row is confirmed in its 审核意见 (已复核, as the hint and lock say: RECONFIRM_WORDS), so Enter goes there (trial40e F9)
    const cell = group === "stale" ? x.commentCell : x.decisionCell;
    rows.push({ group, x, ...(assess ? { assess } : {}), at: assess ? { sheet: assess.sheet, cell: assess.cell } : { sheet, cell } });
  }
  // the rows lock refuses for a blank 人工评估 that wait for no decision (通过 given): still listed
  for (const u of marks.unassessed) {
    if (!rows.some((r) => r.assess === u)) rows.push({ group: "assess", assess: u, at: { sheet: u.sheet, cell: u.cell } });
  }
  const order: ListRow["group"][] = ["stale", "assess", "held", "open"];
  const all = order.flatMap((g) => rows.filter((r) => r.group === g));
  const shown = all.slice(0, REVIEW_LIST_MAX);
  const out: HTMLLIElement[] = [];
  // 待审核 counts every row the sheet shows 待审核, those listed under 待人工评估 above too, as the sheet's 复核状态 and
  // lock's line count them (trial46b F4: 待审核 46 here beside lock's 47); its heading stays when they are all it has
  const assessOpen = all.filter((r) => r.group === "assess" && r.x?.state === REVIEW_STATES.open).length;
  for (const group of order) {
    const these = shown.filter((r) => r.group === group);
    const inAll = all.filter((r) => r.group === group).length;
    if (these.length === 0 && !(group === "open" && inAll === 0 && assessOpen > 0)) continue;
    const g = GROUPS[group];
    const k = group === "open" ? assessOpen : 0;
    const n = inAll + k;
    out.push(node("li", "flag-group", k > 0 ? t(lang, "review.openGroupAssess", { n, k }) : t(lang, g.head, { n })));
    for (const r of these) out.push(listRow(lang, sheet, r, g, marks, choose));
  }
  if (all.length > shown.length) out.push(node("li", "flag-group review-more", t(lang, "review.more", { n: all.length - shown.length, sheet })));
  return out;
}

function listRow(lang: Lang, sheet: string, r: ListRow, g: (typeof GROUPS)[keyof typeof GROUPS], marks: ReviewListMarks, choose: (sheet: string, cell: string) => void): HTMLLIElement {
  const { x, assess } = r;
  const li = node("li", `flag review-row ${g.cls}`);
  li.dataset.sheet = r.at.sheet;
  li.dataset.cell = r.at.cell;
  const head = node("div", "flag-head");
  head.append(node("span", `flag-badge review-badge ${g.cls}`, t(lang, g.badge)));
  // the row's status, as 校验 and the sheet's 状态 show it (trial35 TP8: 严重滞后 and 数据异常 rows looked alike)
  const status = x?.status ?? (assess ? "manual" : null);
  if (status) head.append(node("span", `flag-badge review-status status-${status}`, statusLabel(lang, status)));
  // 约束性 / 预期性 as the 校验 list's flagHead shows it: a lagging binding row reads apart from the others (trial42a F5)
  if (x?.attribute) head.append(node("span", "flag-attr", x.attribute === "约束性" ? t(lang, "flag.binding") : t(lang, "flag.expectedAttr")));
  head.append(node("span", "flag-name", x?.name ?? assess?.name ?? ""));
  li.append(head);
  if (x) {
    li.append(node("div", "flag-facts", [shownRef(x), lang === "en" ? x.changeEn : x.change].filter((s) => s !== "").join(" · ")));
    // what is wrong with the value now, beside what changed (trial42a F6: a 待复核 row now 滞后 without 说明 did not say so)
    if (x.issue !== "") li.append(node("div", "flag-issue level-warning", lang === "en" ? x.issueEn : x.issue));
    // a 待复核 row: what the reviewer decided and wrote before the value changed (trial33p: the pane showed neither)
    if (x.earlier.decision !== "" || x.earlier.comment !== "") {
      li.append(node("div", "flag-facts", t(lang, "review.earlier", { decision: x.earlier.decision || t(lang, "review.noDecision"), comment: x.earlier.comment === "" ? "" : t(lang, "review.earlierComment", { comment: x.earlier.comment }) })));
    }
    // why lock refuses a row whose decision holds, and a word the list does not hold (同意), on the row itself
    const accepted = marks.accepted.find((a) => a.row === x.row);
    // a decision that holds, with the reviewer's own 审核意见, as a 待复核 row shows its earlier one (trial40e F8: a 退回修改's
    // 请填确切数值（95） was not shown)
    if (x.state === REVIEW_STATES.valid && (x.decision !== "" || x.comment !== "")) {
      li.append(node("div", "flag-facts", t(lang, "review.current", { decision: x.decision || t(lang, "review.noDecision"), comment: x.comment === "" ? "" : t(lang, "review.earlierComment", { comment: x.comment }) })));
    }
    if (x.state === REVIEW_STATES.valid) li.append(node("div", "flag-issue level-error", accepted ? t(lang, "review.acceptedError", { decision: accepted.decision, n: accepted.errors }) : t(lang, "review.returnedHolds")));
    const unlisted = marks.unlisted.find((u) => u.cell === `${sheet}!${x.decisionCell}`);
    if (unlisted) li.append(node("div", "flag-issue level-warning", t(lang, "review.unlisted", { word: unlisted.word })));
  } else if (assess) {
    li.append(node("div", "flag-facts", t(lang, "review.assessWhy")));
  }
  if (assess?.written) li.append(node("div", "flag-issue level-warning", t(lang, "review.assessWritten", { written: assess.written })));
  const at = assess ? "review.assessAt" : r.group === "stale" ? "review.commentAt" : "review.decisionAt";
  li.append(node("div", "flag-facts", t(lang, at, { ref: shownRef(assess ?? { sheet, cell: r.at.cell }) })));
  // Enter or Space selects the cell the row asks for: said to a screen reader on the row itself, not only in the hint above the list
  chooseRow(li, () => choose(r.at.sheet, r.at.cell));
  return li;
}
