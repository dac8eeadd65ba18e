import type { CheckReport } from "../sheet/CheckReport";
import type { GridSheet, GridWorkbook } from "../sheet/Grid";
import { findReviewSheet, hasDecision, readDecisions, reviewSheetInEnglish, type MovedColumn, type ReviewInputs } from "../sheet/reviewSheet";
import type { PlannedSheet } from "../sheet/SheetPlan";
import type { WorkbookProblem } from "../sheet/WorkbookProblem";
import { rowContents } from "../sheet/rowContents";
import { applyLock, type LockState } from "./applyLock";
import { typedReviewComments, type TypedReviewComment } from "../sheet/typedReviewComments";

/** review --replaces: the version this return replaces, as reviewSheet takes it (ReviewInputs). */
export type Resubmission = Required<Pick<ReviewInputs, "replaced" | "replaces" | "replacedDecisions">>;

/**
 * What 生成审核表 and `review` write, planned from a checked return: `sheet` (named 审核; the
 * caller gives it a free name or `ours`'s), `english` (reviewSheetInEnglish, for the pane's list),
 * `ours` (our earlier 审核 sheet, found by its mark) and `lock` (applyLock's state).
 */
export interface ReturnReview {
  sheet: PlannedSheet;
  english: Map<string, string>;
  /** each row's 问题 in English by key (reviewSheetInEnglish), said beside a 数值变化 in the pane's list */
  englishIssue: Map<string, string>;
  ours: GridSheet | undefined;
  lock: LockState;
  /** the 审核 sheet's rows sorted apart from their hidden keys (ReviewMemory.placement): re-keyed, said; or not to be read, refused (nothing is to be written) */
  placement?: WorkbookProblem;
  /** the person's own columns that could not stay where they stood (reviewSheet's MovedColumn), to be said */
  moved: MovedColumn[];
  /** the 审核意见 typed beside rows in their own sheets taken into the rows' empty 审核意见 here (typedReviewComments), in sheet order, to be said */
  takenComments: TypedReviewComment[];
}

/**
 * The one home of the 审核 sheet of a return, so the task pane and the CLI's `review` plan the
 * same rows for the same workbook. The lock record is applied first (applyLock, which adds to
 * `report`): a value, 说明 or 人工评估 changed since `lock` is a row to decide, its 问题
 * 锁定时为「…」，现为「…」. Decisions come from our earlier 审核 sheet (by key), else (none there, or none
 * decided on) from the version `resubmission` replaces; each row's content is remembered. `sha256` is the host's hash (hex):
 * the CLI's node:crypto or the pane's sha256Hex, which agree.
 */
export function returnReview(grid: GridWorkbook, report: CheckReport, sha256: (text: string) => string, resubmission?: Resubmission): ReturnReview {
  const lock = applyLock(grid, report, sha256);
  const ours = findReviewSheet(grid.sheets);
  const date1904 = grid.date1904 === true;
  // a resubmission without a 审核 sheet of its own, or with one nobody has decided anything on yet (生成审核表 clicked
  // on the new file first), starts from the decisions on the version it replaces; decisions of its own are never overwritten
  const own = readDecisions(grid.sheets, date1904, report);
  const memory = resubmission && !own.placement && ![...own.rows.values()].some(hasDecision) ? resubmission.replacedDecisions : own;
  // what a reviewer typed in a row's own 审核意见 is read, never written there, and goes where verdicts are read (trial44a F7)
  const typed = typedReviewComments(grid, report);
  const typedComments = new Map([...typed].map(([k, c]) => [k, c.text]));
  const { sheet, english, englishIssue, moved, takenComments } = reviewSheetInEnglish(report, memory, { contents: rowContents(grid, report), date1904, typedComments, ...resubmission });
  const taken = new Set(takenComments.map((key) => key.split("|").slice(0, 2).join("|")));
  return { sheet, english, englishIssue, ours, lock, moved, takenComments: [...typed].filter(([k]) => taken.has(k)).map(([, c]) => c), ...(memory.placement ? { placement: memory.placement } : {}) };
}
