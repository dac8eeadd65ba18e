import { statusFromLabel, type Status } from "../domain/Status";
import { a1, parseA1 } from "./a1";
import { FIRST_DATA_ROW, KEY_ROW } from "./keys";
import { REVIEW_STATES } from "./reviewSheet";
import type { PlannedSheet } from "./SheetPlan";

/**
 * A row of the 审核 sheet that waits for the reviewer: a decision to give again (待复核) or none yet (待审核),
 * or (有效) one whose decision holds but that lock refuses for (a 退回修改 in force, 通过 on a cell with an error).
 */
export interface ReviewToDo {
  state: typeof REVIEW_STATES.stale | typeof REVIEW_STATES.open | typeof REVIEW_STATES.valid;
  /** the row's 审核 sheet row (1-based) */
  row: number;
  /** the item's status as its 状态 column shows it (null: none read) */
  status: Status | null;
  /** its 审核结论 as typed ("" when none) */
  decision: string;
  /** the indicator's sheet and cell (工作表, 位置) */
  sheet: string;
  cell: string;
  name: string;
  /** the indicator's 属性 as its 属性 column shows it (约束性, 预期性; "" for none, and on a sheet from before the column) */
  attribute: string;
  /** 数值变化 of a 待复核 row (`2023年 K7：「3.2」（文本） → 3.2`); else 问题 (as the sheet says it, in Chinese) */
  change: string;
  /** the same in English (`2023 K7: "3.2" (text) → 3.2`), for the pane in English; `change` where none was given */
  changeEn: string;
  /**
   * 问题 of a row whose `change` is its 数值变化 ("" otherwise, and when it has none): what is wrong with the value now, as
   * check says it (trial42a F6: a 待复核 row now 滞后 without 说明 did not say so); `issueEn` the same in English
   */
  issue: string;
  issueEn: string;
  /** the row's 审核结论 cell in the 审核 sheet, where the decision is typed */
  decisionCell: string;
  /** a 待复核 row's decision and 审核意见 given before the value changed, as typed ("" when none): what the reviewer said then */
  earlier: { decision: string; comment: string };
  /** the row's 审核意见 cell in the 审核 sheet: where a 待复核 row is confirmed (已复核, RECONFIRM_WORDS) */
  commentCell: string;
  /** its 审核意见 as typed ("" when none): a 退回修改 row's says what the county is to correct (trial40e F8) */
  comment: string;
}

/**
 * The rows of a planned 审核 sheet that wait for a decision, 待复核 first, then 待审核, each in
 * sheet order. Read back from the planned cells by the hidden key row, so the sheet's own
 * layout stays the one place that knows its columns. `english` (reviewSheetInEnglish) gives each
 * row's words in English by its key. `held`: rows of the sheet (1-based) listed too, though their decision
 * holds (有效), after the others: the rows lock refuses for (trial35 TP2: a 通过 on a cell with an error was not listed).
 */
export function reviewToDo(sheet: PlannedSheet, english: ReadonlyMap<string, string> = new Map(), held: ReadonlySet<number> = new Set(), englishIssue: ReadonlyMap<string, string> = new Map()): ReviewToDo[] {
  const at = new Map<string, string>();
  const keys = new Map<string, number>();
  for (const c of sheet.cells) {
    const p = parseA1(c.address);
    if (!p || typeof c.value !== "string") continue;
    at.set(`${p.row},${p.col}`, c.value);
    if (p.row === KEY_ROW) keys.set(p.col === 1 ? "sheet" : c.value, p.col);
  }
  const decisionCol = keys.get("decision");
  const reviewCol = keys.get("review");
  if (decisionCol === undefined || reviewCol === undefined) return [];
  const commentCol = keys.get("comment") ?? decisionCol;
  const get = (row: number, key: string): string => {
    const col = keys.get(key);
    return col === undefined ? "" : at.get(`${row},${col}`) ?? "";
  };
  // a loop, not Math.max(...): a 5,000-row 审核 sheet has more cells than a call takes arguments
  let rows = 0;
  for (const k of at.keys()) rows = Math.max(rows, Number(k.split(",")[0]));
  const out: ReviewToDo[] = [];
  for (let r = FIRST_DATA_ROW; r <= rows; r++) {
    const state = get(r, "review");
    // a note typed under the table has no key, whatever its text
    const waits = state === REVIEW_STATES.stale || state === REVIEW_STATES.open || (state === REVIEW_STATES.valid && held.has(r));
    if (!waits || !get(r, "key")) continue;
    const change = get(r, "change") || get(r, "issue");
    const issue = get(r, "change") ? get(r, "issue") : "";
    const earlier = state === REVIEW_STATES.stale ? { decision: get(r, "decision"), comment: get(r, "comment") } : { decision: "", comment: "" };
    out.push({ state, row: r, status: statusFromLabel(get(r, "status")), decision: get(r, "decision"), sheet: get(r, "sheet"), cell: get(r, "cell"), name: get(r, "name"), attribute: get(r, "attribute"), change, changeEn: english.get(get(r, "key")) || change, issue, issueEn: (issue && englishIssue.get(get(r, "key"))) || issue, decisionCell: a1(r, decisionCol), earlier, commentCell: a1(r, commentCol), comment: get(r, "comment") });
  }
  // 待复核 first: a decision already given is now on a value nobody has looked at; those lock refuses for last
  return [REVIEW_STATES.stale, REVIEW_STATES.open, REVIEW_STATES.valid].flatMap((st) => out.filter((x) => x.state === st));
}
