/**
 * 带入上一版的审核结论: the pane's `review <open workbook> --replaces <previous.xlsx>`. The chosen file
 * is read as 汇总所选文件 reads its files (readChosenFiles), refused as the CLI refuses it
 * (replacedVersionProblem: another year's, plan's or unit's return) and then 生成审核表 writes the
 * 审核 sheet with it (makeReview → reviewPlan → returnReview, the CLI's engine): one Excel.run, two
 * syncs. Decisions already on the open workbook's 审核 sheet are never overwritten: refused, with
 * what to do. No DOM here.
 */
import { replacedVersionProblem, type ReplacedVersionProblem } from "../../cycle/replacedVersionProblem";
import { resubmissionOf } from "../../cycle/resubmissionOf";
import { labelColon } from "../../domain/labelColon";
import { checkGrid } from "../../sheet/checkGrid";
import { describeWorkbookProblem } from "../../sheet/describeWorkbookProblem";
import type { GridWorkbook } from "../../sheet/Grid";
import { findReviewSheet, hasDecision, readDecisions } from "../../sheet/reviewSheet";
import { t, type Lang, type LangText } from "./i18n";
import type { OfficeActions } from "./OfficeActions";
import { makeReview, readChosenFiles, type ChosenFile, type ReviewOutcome } from "./summaryActions";
import type { PreviousVersion } from "./summaryPlans";

/** The outcome of 生成审核表 with the previous version; `carried`: how many of its rows had a decision (审核结论, 意见, 审核人 or 日期), `file` its name. */
export type CarryOutcome = (Extract<ReviewOutcome, { ok: true }> & { carried: number; file: string }) | Extract<ReviewOutcome, { ok: false }>;

/** The pane's line refusing `file` as the version the open workbook replaces (replacedVersionProblem), in `l`. */
function otherVersionText(p: ReplacedVersionProblem, file: string, l: Lang): string {
  if (p.code === "year") return t(l, "msg.carryOtherYear", { file, oldYear: p.oldYear, year: p.year });
  if (p.code === "plan") return t(l, "msg.carryOtherPlan", { file, oldTitle: p.oldTitle, newTitle: p.newTitle });
  return t(l, "msg.carryOtherUnit", { file, oldUnit: p.oldUnit, unit: p.unit });
}

/**
 * `older` (the chosen file, called `file`) as the version the open workbook replaces, as
 * reviewWorkbook takes --replaces: checked as of the open workbook's year; `decided` is set to the
 * number of its rows with a decision when it is taken.
 */
function previousVersion(file: string, older: GridWorkbook, decided: { n: number }): PreviousVersion {
  return (grid, report) => {
    const why = (text: LangText): { ok: false; why: LangText } => ({ ok: false, why: text });
    const pr = checkGrid(older, report.year);
    const other = replacedVersionProblem({ grid: older, ...(pr.ok ? { report: pr.report } : {}) }, { grid, report });
    if (other) return why((l) => otherVersionText(other, file, l));
    if (!pr.ok) return why((l) => `${file}${labelColon(l)}${describeWorkbookProblem(pr.problem, l)}`);
    // decisions of the open workbook's own (a return sent back with its 审核 sheet) are kept by 生成审核表, never overwritten
    const ours = findReviewSheet(grid.sheets);
    const own = ours ? [...readDecisions(grid.sheets, grid.date1904 === true, report).rows.values()].filter(hasDecision).length : 0;
    if (ours && own > 0) return why((l) => t(l, "msg.carryDecided", { sheet: ours.name, n: own }));
    const resubmission = resubmissionOf(older, pr.report);
    // its 审核 rows sorted apart from their keys, not to be told apart: refused as review --replaces refuses it
    const placement = resubmission.replacedDecisions.placement;
    if (placement?.code === "review_rows_out_of_place") return why((l) => `${file}${labelColon(l)}${describeWorkbookProblem(placement, l)}`);
    decided.n = [...resubmission.replacedDecisions.rows.values()].filter(hasDecision).length;
    return { ok: true, resubmission };
  };
}

/**
 * 带入上一版的审核结论 with `file`, the version of this return the county sent before (the one the
 * reviewer decided on): the 审核 sheet as `review <this> --replaces <file>` writes it, through
 * 生成审核表's writer. A file the reader refuses is said as 汇总所选文件 says it.
 */
export async function carryReview(a: OfficeActions, file: ChosenFile, lang: Lang): Promise<CarryOutcome> {
  const { chosen, passed } = await readChosenFiles([file]);
  const older = chosen[0];
  if (!older) {
    const why: LangText = (l) => passed[0]?.(l).message ?? "";
    return { ok: false, message: why(lang), inLang: why };
  }
  const decided = { n: 0 };
  const out = await makeReview(a, lang, previousVersion(older.file, older.grid, decided));
  return out.ok ? { ...out, carried: decided.n, file: older.file } : out;
}
