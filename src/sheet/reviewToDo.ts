import { a1, parseA1 } from "./a1";
import { FIRST_DATA_ROW, KEY_ROW } from "./keys";
import { REVIEW_STATES } from "./reviewSheet";
import type { PlannedSheet } from "./SheetPlan";

/** A row of the 审核 sheet that waits for the reviewer: a decision to give again (待复核) or none yet (待审核). */
export interface ReviewToDo {
  state: typeof REVIEW_STATES.stale | typeof REVIEW_STATES.open;
  /** the indicator's sheet and cell (工作表, 位置) */
  sheet: string;
  cell: string;
  name: string;
  /** 数值变化 of a 待复核 row (`2023年 K7：「3.2」（文本） → 3.2`); else 问题 (as the sheet says it, in Chinese) */
  change: string;
  /** the same in English (`2023 K7: "3.2" (text) → 3.2`), for the pane in English; `change` where none was given */
  changeEn: string;
  /** the row's 审核结论 cell in the 审核 sheet, where the decision is typed */
  decisionCell: string;
  /** a 待复核 row's decision and 审核意见 given before the value changed, as typed ("" when none): what the reviewer said then */
  earlier: { decision: string; comment: string };
}

/**
 * The rows of a planned 审核 sheet that wait for a decision, 待复核 first, then 待审核, each in
 * sheet order. Read back from the planned cells by the hidden key row, so the sheet's own
 * layout stays the one place that knows its columns. `english` (reviewSheetInEnglish) gives each
 * row's words in English by its key.
 */
export function reviewToDo(sheet: PlannedSheet, english: ReadonlyMap<string, string> = new Map()): ReviewToDo[] {
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
  const get = (row: number, key: string): string => {
    const col = keys.get(key);
    return col === undefined ? "" : at.get(`${row},${col}`) ?? "";
  };
  const rows = Math.max(0, ...[...at.keys()].map((k) => Number(k.split(",")[0])));
  const out: ReviewToDo[] = [];
  for (let r = FIRST_DATA_ROW; r <= rows; r++) {
    const state = get(r, "review");
    // a note typed under the table has no key, whatever its text
    if ((state !== REVIEW_STATES.stale && state !== REVIEW_STATES.open) || !get(r, "key")) continue;
    const change = get(r, "change") || get(r, "issue");
    const earlier = state === REVIEW_STATES.stale ? { decision: get(r, "decision"), comment: get(r, "comment") } : { decision: "", comment: "" };
    out.push({ state, sheet: get(r, "sheet"), cell: get(r, "cell"), name: get(r, "name"), change, changeEn: english.get(get(r, "key")) || change, decisionCell: a1(r, decisionCol), earlier });
  }
  // 待复核 first: a decision already given is now on a value nobody has looked at
  return [...out.filter((x) => x.state === REVIEW_STATES.stale), ...out.filter((x) => x.state === REVIEW_STATES.open)];
}
