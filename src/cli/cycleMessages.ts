import { COVER_WORDS } from "../domain/COVER_WORDS";
import { blankUnsentText } from "../cycle/blankUnsentText";
import { englishCount } from "../domain/englishCount";
import { commandPlaceholder } from "../domain/commandPlaceholder";
import { commandArg } from "./commandArg";
import { quotedValue } from "../domain/quotedValue";
import { BLOCKER_WORDS, type BlockerCounts } from "../cycle/BLOCKER_WORDS";
import { HELD_WORDS } from "../cycle/HELD_WORDS";
import { UNASSESSED_WORDS } from "../cycle/UNASSESSED_WORDS";
import type { VersionBasis } from "../cycle/versionOrder";
import type { Lang } from "./fileMessages";
import { newestBy } from "./newestBy";
import { ASSESS_CHOICES } from "../domain/ASSESS_CHOICES";
import { STATUS_LABELS } from "../domain/Status";
import { UNUSABLE_SHORT, unusableShort } from "../domain/UnusableReason";
import { MERGED_SHORT } from "../cycle/MERGED_SHORT";
import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import { LOCKED_CHANGE_WORDS, type NamedChange } from "../cycle/LOCKED_CHANGE_WORDS";
import { RECHECK_WORDS } from "../domain/RECHECK_WORDS";
import { RECONFIRM_WORDS } from "../cycle/RECONFIRM_WORDS";
import type { ReturnBlank } from "../cycle/UnitFacts";
import type { UnusableReason } from "../domain/UnusableReason";
import { a1 } from "../sheet/a1";
import { COVER_NAME, UNIT_CELL } from "../sheet/coverSheet";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import type { WorkbookProblem } from "../sheet/WorkbookProblem";

/** The zh/en catalogue of the reporting-cycle commands' own lines (distribute, summary, lock, diff, rollover; issue 18). */
export type CycleMessageCode = "lock_errors" | "check_lock_errors" | "review_comments_taken" | "context_previous_unit" | "context_previous_year" | "context_city_year" | "context_city_unit" | "lock_refused_all" | "lock_would_note" | "lock_notes" | "review_column_moved" | "lock_blockers" | "check_lock_refused" | "check_return_of" | "check_returns_apart" | "lock_returned" | "lock_stale" | "lock_unassessed" | "lock_unassessed_row" | "locked_unassessed" | "lock_no_meta" | "lock_failed" | "strict_package" | "lock_readback" | "locked" | "relocked" | "lock_kept" | "locked_unreviewed" | "lock_changed" | "lock_changed_row" | "lock_open_row" | "review_unlisted_decision" | "distributed" | "templates_alike" | "template_over_filled" | "deadline_early" | "no_deadline" | "lock_unassessed_list" | "locked_unassessed_list"
  | "rolled" | "rolled_left" | "rolled_explained_blank" | "rolled_explained_blanks" | "rolled_signoffs_left" | "rolled_back" | "rolled_years_skipped" | "rolled_note_years_skipped" | "rolled_year_blank" | "rolled_note_year_blank" | "rolled_ahead" | "rolled_ahead_value" | "rolled_ahead_more" | "rolled_invalid" | "rolled_invalid_value" | "rolled_slips" | "rolled_slip_value" | "rolled_locked_changes" | "report_locked_changes" | "locked_change" | "rolled_other_sheets" | "rolled_review_left" | "rolled_added_column" | "rolled_added_columns" | "rolled_loose_cells" | "rolled_sheet_copy" | "rolled_merged" | "merged_returns" | "rolled_formulas_left" | "rolled_formula_left" | "rolled_comments" | "roll_same_year" | "roll_same_version" | "rolled_same_year" | "check_other_version" | "check_year_blank" | "check_figures_blank" | "roll_from_other_plan" | "rolled_from" | "rolled_from_same" | "rolled_from_change" | "rolled_from_left" | "summary_missing_explained" | "rolled_missing_roll" | "rolled_missing_new" | "rolled_missing_other_period" | "rolled_note_other_period" | "rolled_note_other_plan" | "rolled_why_other_plan" | "roll_into_other_plan" | "roll_from_other_period" | "rolled_from_unit_left" | "rolled_references" | "rolled_references_unusable" | "roll_list_continuing"
  | "roll_out_or_dir" | "roll_several_need_dir" | "roll_ledger_needs_dir" | "roll_ledger_new_year" | "roll_no_unit" | "roll_cover_blank" | "roll_versions" | "roll_skipped_year" | "roll_skipped_ledger" | "roll_target_held" | "rolled_ledger_missing" | "rolled_why_unsent" | "rolled_why_unusable" | "rolled_ledger_unsent" | "rolled_all" | "rolled_none" | "rolled_ledger" | "rolled_ledger_kept" | "rolled_ledger_only"
  | "review_accepted_error" | "review_readback" | "review_write_failed" | "review_next_decide" | "review_next_lock" | "review_next_refused" | "review_next_return" | "nothing_summed_tied" | "report_printed" | "ledger_held" | "ledger_held_state" | "summary_held" | "summary_ledger" | "summary_ledger_states" | "summary_blank_unsent" | "summary_unusable_unsent" | "summary_elsewhere_unsent" | "summary_not_sent" | "summary_unsent_unit" | "summary_not_due" | "summary_late" | "summary_undated" | "summary_to_complete" | "summary_to_correct" | "summary_unit_errors" | "summary_to_recheck" | "summary_unit_changed" | "summary_to_explain" | "summary_unit_lags" | "summary_accepted_incomplete" | "summary_unassessed" | "summary_explained" | "summary_unlisted" | "cover_unit_by_name" | "cover_unit_slip" | "cover_no_unit" | "same_values_units" | "bad_date" | "units_blank" | "unit_twice" | "units_same_file" | "ledger_and_units" | "not_ledger" | "ledger_year" | "years_tied" | "ledger_unit_twice" | "ledgers_unit_twice" | "ledgers_years_differ" | "ledgers_templates_differ" | "units_more" | "rolled_none_ended" | "year_plan" | "return_open"

type Params = Record<string, string | number>;
/** return_open's `task` (check, summary, report) as its verb: 核对 / checked, check. */
const TASK_VERB_ZH: Record<string, string> = { check: "核对", summary: "汇总", report: "评估" };
const TASK_VERB_EN: Record<string, [string, string]> = { check: ["checked", "check"], summary: ["summed", "summarise"], report: ["evaluated", "evaluate"] };
const v = (p: Params, k: string): string => String(p[k] ?? "");
/** Where units_more's full list is (`where`): the summary workbook's 报送台账 sheet, the summary workbook, the evaluation report. */
const UNITS_LISTED_ZH: Record<string, string> = { ledger: "汇总表的「报送台账」表", summary: "汇总表", report: "评估报告" };
const UNITS_LISTED_EN: Record<string, string> = { ledger: "on the 报送台账 sheet of the summary workbook", summary: "in the summary workbook", report: "in the evaluation report" };
/** A param written into a command the person may paste (a file): quoted as a shell needs it (commandArg). */
const arg = (p: Params, k: string): string => commandArg(v(p, k));

/** check_figures_blank's cells (`cells`, "\n"-joined, the first of `n`): K5、K6 等 12 格 / K5, K6 and 10 more. */
const cellsNamed = (p: Params, lang: Lang): string => {
  const cells = v(p, "cells").split("\n");
  const more = Number(p["n"]) - cells.length;
  return lang === "zh" ? `${cells.join("、")}${more > 0 ? ` 等 ${v(p, "n")} 格` : ""}` : `${cells.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
};
/** check_year_blank of a return of lists (formatReport's listRows): what is typed each year, blank; the parenthesis left open for the summary's words. */
const LIST_BLANK_ZH: Record<string, (year: string) => string> = {
  projects: (y) => `项目的累计完成投资都是空的（项目清单的累计完成投资按年度填写，请填写截至 ${y} 年底的累计数`,
  reforms: (y) => `改革的进展都是空的（改革清单按年度填写，请选择截至 ${y} 年底的进展`,
  both: (y) => `项目的累计完成投资和改革的进展都是空的（清单按年度填写，请填写截至 ${y} 年底的累计完成投资，选择改革的进展`,
};
const LIST_BLANK_EN: Record<string, (year: string) => string> = {
  projects: (y) => `every project's 累计完成投资 (investment completed to date) is blank (a project list is filled in each year: type the total to the end of ${y}`,
  reforms: (y) => `every reform's 进展 (progress) is blank (a reform list is filled in each year: choose its progress at the end of ${y}`,
  both: (y) => `every project's 累计完成投资 (investment completed to date) and every reform's 进展 (progress) are blank (a list is filled in each year: type each project's total to the end of ${y} and choose each reform's progress`,
};
/** An English phrase begun as a sentence (RECHECK_WORDS is lower-case, for the sentence it goes into). */
const sentenceStart = (x: string): string => `${x.charAt(0).toUpperCase()}${x.slice(1)}`;
/** locked_change's params as the change LOCKED_CHANGE_WORDS names */
const lockedChangeOf = (p: Params): NamedChange => ({ sheet: v(p, "sheet"), cell: v(p, "cell"), name: v(p, "name"), was: v(p, "was"), now: v(p, "now") });
/** summary_unsent_unit in English: where a chased unit's return is, when it came but not as a file to sum (else: cannot be summed). */
const UNSENT_WHY_EN: Record<string, string> = { in_subfolder: "its return in a subfolder not read", in_summary: "only in a summary, no return of its own", merged: "its return came merged into another unit's workbook" };
/** Where the cover's 填报单位 is typed, as a person finds it (C4). */
const UNIT_AT = a1(UNIT_CELL.row, UNIT_CELL.col);
/** cover_unit_slip's workbook problem from a line's `typed` and `unit` (a return counted as the listed unit's). */
const slipProblem = (p: Params): WorkbookProblem => ({ code: "cover_unit_slip", params: { sheet: COVER_NAME, cell: UNIT_AT, typed: v(p, "typed"), unit: v(p, "unit"), listed: true } });
/**
 * Why rollover took a unit's return (rolloverTargets): the latest reporting year (`laterYear`),
 * then, among that year's versions, the basis `by` in the words summary and report use (newestBy);
 * it said 其次文件最新 whatever decided.
 */
const chosenBy = (p: Params, lang: Lang): string => {
  const year = Number(p["laterYear"]) > 0 ? (lang === "en" ? "the latest reporting year" : "报告年份最晚") : "";
  const by = p["by"] ? newestBy(v(p, "by") as VersionBasis, lang) : "";
  return year && by ? (lang === "en" ? `${year}, then ${by}` : `${year}，其次${by}`) : year || by;
};
/** The rows named (`rows`, the first `shown` of `n`) in brackets, then how many in all when not every one is named. */
const named = (p: Params, lang: Lang): string => {
  const more = Number(p["n"]) > Number(p["shown"]);
  return lang === "en" ? ` (${v(p, "rows")}${more ? `; ${v(p, "n")} in all` : ""})` : `（${v(p, "rows")}${more ? ` 等 ${v(p, "n")} 项` : ""}）`;
};
/**
 * What to do with the 退回修改 decisions in force (review_next_return, lock_returned: one home for the words, trial41e F6):
 * send the return back to its unit, then review the file sent again with --replaces `file`; without a `file` (the task
 * pane, which runs no command) its 带入上一版的审核结论 button (i18n review.carry) in the new version instead.
 */
const sendBack = (p: Params, lang: Lang): string => {
  const one = Number(p["n"]) === 1;
  if (lang === "en") return `send the return back to its unit to correct ${one ? "it" : "them"}; once the corrected file comes back, ${reviewAgain(p, "en")}`;
  return `请将本填报退回填报单位改正这些行；收到重新报送的文件后${reviewAgain(p, "zh")}`;
};
/**
 * How the file sent again is reviewed against the one sent back (sendBack, gradeStep): review it with --replaces `file`;
 * without a `file` (the task pane) its 带入上一版的审核结论 button (i18n review.carry) in the new file.
 */
const reviewAgain = (p: Params, lang: Lang): string => {
  if (lang === "en") return p["file"] ? `run plan-returns review ${commandPlaceholder("the file sent again")} --replaces ${arg(p, "file")} to review it again` : `click "Carry decisions from the previous version" in the new file`;
  return p["file"] ? `运行 plan-returns review ${commandPlaceholder("重新报送的文件")} --replaces ${arg(p, "file")} 复核` : "在新文件中点“带入上一版的审核结论”";
};
/**
 * Rows of the 审核 sheet named with the sheet, as check names a sheet's rows (工作表「表2」第 5 行, sheet "表2" row 5): `review`
 * the sheet's name; "" leaves it out (a list's later rows, its first row having named it). trial45: 第 21 行 alone was read as a
 * row of the indicator sheet.
 */
const reviewRows = (review: string, rows: string, lang: Lang, more = false): string => (lang === "en"
  ? `${review ? `sheet "${review}" ` : ""}${more ? "rows" : "row"} ${rows}`
  : `${review ? `工作表「${review}」` : ""}第 ${rows} 行`);
/**
 * lock_changed_row's 审核 row (`row`, 0 where the sheet has none yet) in brackets after a cell of the indicator sheet: with the
 * sheet's name (`review`) every time, since a bare 第 6 行 there reads as the indicator sheet's (s46: 审核表第 6 行 named no
 * sheet); the 审核 sheet in general only where no name is known.
 */
const changedReviewRow = (p: Params, lang: Lang): string => {
  const named = Boolean(p["review"]);
  if (Number(p["row"]) > 0) return named ? reviewRows(v(p, "review"), v(p, "row"), lang) : lang === "en" ? `row ${v(p, "row")} of the review sheet` : `审核表第 ${v(p, "row")} 行`;
  if (lang === "en") return `not on ${named ? `sheet "${v(p, "review")}"` : "the review sheet"} yet`;
  return `${named ? `工作表「${v(p, "review")}」` : "审核表"}尚无此行`;
};
/**
 * The 审核 sheet's rows named (`rows`, each lock_open_row; the first `shown` of `n`) in brackets, with how many in all when
 * not all are named, counted in `per` (条 for decisions, 行 for rows): （第 5 行 甲、第 9 行 乙 等 7 条）, ` (row 5 甲; row 9 乙; 7 in all)`;
 * "" without a row to name (none on the sheet yet).
 */
const rowsNamed = (p: Params, lang: Lang, per: "条" | "行"): string => {
  if (!p["rows"]) return "";
  const more = Number(p["n"]) > Number(p["shown"]);
  return lang === "en" ? ` (${v(p, "rows")}${more ? `; ${v(p, "n")} in all` : ""})` : `（${v(p, "rows")}${more ? ` 等 ${v(p, "n")} ${per}` : ""}）`;
};
/** The 退回修改 decisions in force named (rowsNamed, counted in 条). */
const returnedNamed = (p: Params, lang: Lang): string => rowsNamed(p, lang, "条");
/**
 * review's step for the `n` 退回修改 decisions in force (rows named: returnedNamed): send the return back (sendBack), and lock
 * does not lock meanwhile (review_next_return, and review_next_decide's second half: sentBackAfter).
 */
const returnStep = (p: Params, lang: Lang): string => (lang === "en"
  ? `${englishCount(Number(p["n"]), "row")} ${Number(p["n"]) === 1 ? "is" : "are"} decided 退回修改 (send back)${returnedNamed(p, "en")}: ${sendBack(p, "en")}; plan-returns lock does not lock while a 退回修改 holds`
  : `${v(p, "n")} 条审核结论为“退回修改”${returnedNamed(p, "zh")}，${sendBack(p, "zh")}；“退回修改”仍然有效时 plan-returns lock 不会锁定`);
/**
 * review_next_decide's second half where 退回修改 decisions are in force beside rows to decide (`sentBack` of them, `sentBackRows`
 * the first `sentBackShown` named): once the rows are decided, the return goes back (returnStep), so one 下一步 says both, in the
 * order they are done (s42: two 下一步 lines, the second read as an alternative to the first); "" without one.
 */
const sentBackAfter = (p: Params, lang: Lang): string => {
  if (!(Number(p["sentBack"]) > 0)) return "";
  const step = returnStep({ n: p["sentBack"] ?? 0, rows: p["sentBackRows"] ?? "", shown: p["sentBackShown"] ?? 0, file: p["file"] ?? "" }, lang);
  return lang === "en" ? `; once they are decided: ${step}` : `；各条审定后：${step}`;
};
/** The 人工评估 conclusions as the cell's drop-down list offers them, in its order. */
const choices = (lang: Lang): string => {
  const l = ASSESS_CHOICES.map((c) => STATUS_LABELS[c]);
  return lang === "en" ? `${l.slice(0, -1).join(", ")} or ${l[l.length - 1] ?? ""}` : `${l.slice(0, -1).join("、")}或${l[l.length - 1] ?? ""}`;
};
/** A 、-joined list said in English: "甲 and 乙", "甲, 乙 and 丙". */
const andList = (list: string): string => {
  const l = list.split("、");
  return l.length < 2 ? list : `${l.slice(0, -1).join(", ")} and ${l[l.length - 1] ?? ""}`;
};
/**
 * What to do for rows still 待人工评估 (lock_unassessed): choose a conclusion in the 人工评估 column; where some were
 * decided 通过 on the 审核 sheet (`passed` of them, `cells` their 人工评估 cells, the first `cellsShown`), that 通过
 * assesses nothing (trial36 T7): fill the cells named, run review (the rows become 待复核: their 人工评估 changed),
 * then decide 通过 again on their rows — the order in which lock then locks.
 */
/**
 * The task pane's 生成审核表 button, as its label reads (i18n review.button), where a lock reason names the step `review`
 * takes on the command line: the pane names no file (`file` ""), and its readers run no command (trial40e F1, F6).
 */
const PANE_REVIEW: Record<Lang, string> = { zh: "「生成审核表」", en: "Make review sheet" };
const assessSteps = (p: Params, lang: Lang): string => {
  const passed = Number(p["passed"]);
  const review = p["file"] ? `plan-returns review ${arg(p, "file")}` : PANE_REVIEW[lang];
  const more = passed > Number(p["cellsShown"]);
  const rest = Number(p["n"]) > passed;
  if (lang === "en") {
    if (!(passed > 0)) return `first choose a conclusion in the 人工评估 column (${choices("en")}), save, and lock again`;
    return `通过 on the review sheet does not fill in 人工评估, so first choose a conclusion (${choices("en")}) in ${v(p, "cells")}${more ? `; ${v(p, "passed")} in all` : ""} (${agree(p, "passed", "its 人工评估 (assessment) cell", "their 人工评估 (assessment) cells")}) and save, run ${review} (a row decided 通过 becomes 待复核 once its 人工评估 changes), then confirm 通过 on ${agree(p, "passed", "its row", "their rows")} of the review sheet (choosing 通过 again is no change: ${reconfirm("en")}), save, and lock again${rest ? "; the others likewise need a conclusion in the 人工评估 column" : ""}`;
  }
  if (!(passed > 0)) return `请先在人工评估列选择评估结论（${choices("zh")}），保存后再锁定`;
  return `审核表中的“通过”不会填写人工评估，请先在 ${v(p, "cells")}${more ? ` 等 ${v(p, "passed")} 格` : ""}（${passed === 1 ? "该项" : "各项"}的人工评估单元格）选择评估结论（${choices("zh")}）并保存，再运行 ${review}（已选“通过”的行因人工评估改动变为待复核），然后在审核表中为${passed === 1 ? "该行" : "这些行"}复核“通过”（重新选一次同样的结论不算改动，${reconfirm("zh")}），保存后再锁定${rest ? "；其余各项同样在人工评估列选择评估结论" : ""}`;
};
/** A row 待人工评估 named (lock_unassessed_row): what its cell holds when no conclusion (`written`), and that it was decided 通过 (`passed` 1). */
const unassessedBits = (p: Params, lang: Lang): string => {
  const bits = lang === "en"
    ? [p["written"] ? `holds "${v(p, "written")}", no conclusion` : "", Number(p["passed"]) > 0 ? "decided 通过 on the review sheet" : ""].filter(Boolean)
    : [p["written"] ? `填的是「${v(p, "written")}」，不是评估结论` : "", Number(p["passed"]) > 0 ? "审核表中已选“通过”" : ""].filter(Boolean);
  if (!bits.length) return "";
  return lang === "en" ? ` (${bits.join("; ")})` : `（${bits.join("；")}）`;
};
/** `1 cell`, `2 cells`: the English count of `k` with its noun (englishCount) */
const many = (p: Params, k: string, noun: string, plural?: string): string => englishCount(v(p, k), noun, plural);
/** review_comments_taken's `kinds` (indicator, project, reform, comma-separated, in that order) as the tables they name */
const TABLE_OF_KIND = { zh: { indicator: "指标表", project: "项目清单", reform: "改革清单" }, en: { indicator: "indicator table", project: "project list", reform: "reform list" } } as const;
const tablesOf = (p: Params, lang: Lang): string => (["indicator", "project", "reform"] as const).filter((k) => v(p, "kinds").split(",").includes(k)).map((k) => TABLE_OF_KIND[lang][k]).join(lang === "zh" ? "、" : " and ");
/** templates_alike's `by` (alikeTemplates): what the two templates share. */
const ALIKE_BY = {
  zh: { title: "标题相同", rows: "指标相同", both: "标题和指标都相同" },
  en: { title: "have the same title", rows: "have the same rows", both: "have the same title and rows" },
} as const;
/** The English words that agree with the count `k`: `one` for 1, `more` otherwise ("is"/"are", "it"/"them"). */
const agree = (p: Params, k: string, one: string, more: string): string => (Number(p[k]) === 1 ? one : more);
/**
 * lock_changed's changes by kind (`values`, `notes` 说明, `assess` 人工评估; all `n` values when none is given):
 * "1 value and 1 note (说明)", "3 values, 1 note (说明) and 1 assessment (人工评估)" (trial42d F6: one value and one 说明
 * were "2 values and notes (说明, 人工评估)").
 */
function changedKinds(p: Params): string {
  const given = ["values", "notes", "assess"].some((k) => p[k] !== undefined);
  const parts = [
    ...(Number(given ? p["values"] : p["n"]) > 0 ? [many(p, given ? "values" : "n", "value")] : []),
    ...(Number(p["notes"]) > 0 ? [`${many(p, "notes", "note")} (说明)`] : []),
    ...(Number(p["assess"]) > 0 ? [`${many(p, "assess", "assessment")} (人工评估)`] : []),
  ];
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0] ?? many(p, "n", "value");
}
/** How a 待复核 row is confirmed where its decision stands (RECONFIRM_WORDS), the sheet's words glossed after them. */
const reconfirm = (lang: Lang): string => (lang === "en" ? RECONFIRM_WORDS.en.keep((zh, en) => `${zh} (${en})`) : RECONFIRM_WORDS.zh.keep);
/** lock_stale's one step on its `n` 待复核 rows: confirm each (reconfirm's way), or choose another decision; why the same one again is not seen. */
const restate = (p: Params, lang: Lang): string => (lang === "en"
  ? `${reconfirm("en")}; ${RECONFIRM_WORDS.en.change} (the same decision chosen again with the same 审核日期 (review date) leaves no trace in the file)`
  : `${agree(p, "n", "复核该行", "逐行复核")}：${reconfirm("zh")}（${RECONFIRM_WORDS.zh.change}；只重选同样的结论而审核日期不变，文件里看不出复核过）`);
/**
 * lock_stale's, lock_changed's and review_next_decide's word on the rows whose 审核意见 already holds 已复核 (`rechecked`
 * their rows, `recheckedN` how many): not seen written after the change, it confirms nothing now, so it is asked once more
 * (RECONFIRM_WORDS.held; trial42a F2: told to add 已复核 beside a cell that said so).
 */
const heldMark = (p: Params, lang: Lang): string => {
  if (!(Number(p["recheckedN"]) > 0)) return "";
  return lang === "en"
    ? `; ${reviewRows(v(p, "review"), v(p, "rechecked"), "en", Number(p["recheckedN"]) > 1)}: ${RECONFIRM_WORDS.en.held((zh, en) => `${zh} (${en})`)}`
    : `；${reviewRows(v(p, "review"), v(p, "rechecked"), "zh")}${RECONFIRM_WORDS.zh.held}`;
};
/**
 * lock_stale's and review_next_decide's word on the rows 待复核 decided 退回修改 (`returned` their rows, `returnedN` how many):
 * confirmed, the decision holds (the return waits for its unit) and lock refuses again; a fix accepted is 通过 (trial40f F2).
 */
const returnedStale = (p: Params, lang: Lang): string => {
  if (!(Number(p["returnedN"]) > 0)) return "";
  const one = Number(p["returnedN"]) === 1;
  return lang === "en"
    ? `; ${reviewRows(v(p, "review"), v(p, "returned"), "en", !one)} ${one ? "is" : "are"} decided 退回修改 (send back): confirmed, ${one ? "it still holds" : "they still hold"} and lock refuses again, so where the change is acceptable choose 通过 (or 已说明) instead`
    : `；其中${reviewRows(v(p, "review"), v(p, "returned"), "zh")}的结论是“退回修改”：添上“已复核”即维持退回，锁定仍会拒绝，改动已可接受的请改选“通过”（或“已说明”）`;
};
/** The rows review_next_decide asks a decision for: `n` 待审核 and `stale` 待复核, a kind with none left out. */
const toDecide = (p: Params, lang: Lang): string => {
  const [open, stale] = [Number(p["n"]), Number(p["stale"])];
  if (lang === "zh") return [...(open > 0 || stale === 0 ? [`${v(p, "n")} 条待审核`] : []), ...(stale > 0 ? [`${v(p, "stale")} 条待复核`] : [])].join("、");
  return open > 0 || stale === 0 ? `${englishCount(open, "row")} to review${stale > 0 ? ` and ${v(p, "stale")} to review again` : ""}` : `${englishCount(stale, "row")} to review again`;
};

/**
 * How `lock` locked a return, after its line: （审核通过）, or without review (`reviewed` 0: the 审核
 * sheet held no decision, review never ran or nothing was decided; trial29c F1 read 审核通过 on a
 * return nobody reviewed), with what the ledger shows and what to do.
 */
function lockedHowZh(p: Params): string {
  return p["reviewed"] === 0 ? "（未经审核：审核表中没有审核结论，报送台账将显示“已报”，不是“通过”；审核请运行 plan-returns review，在审核表中下结论后再运行 lock）" : "（审核通过）";
}

/** lockedHowZh in English. */
function lockedHowEn(p: Params): string {
  return p["reviewed"] === 0 ? "(without review: the review sheet holds no decision, so the 报送台账 will say 已报 (sent), not 通过 (accepted); to review, run plan-returns review, decide on its rows, then run lock again)" : "(accepted)";
}

/**
 * What the new year's check does with `n` carried unusable cells, `errors` of them errors of the
 * year's own cell (a roll-back's year): the rest are earlier years' values, warnings that the totals do
 * not count as 数据异常 and the evaluation's trend leaves out (§8e earlier_year_invalid), as check says; in the
 * plan's target year (`final`: earlier_year_invalid's params.final) §6 reads no trend or forecast, only whether the
 * target is achieved, so that clause is not promised.
 */
function rolledInvalidZh(n: number, errors: number, final: boolean): string {
  const warned = `列为往年数值不能使用的警告（不计入数据异常，${final ? "新年度是规划目标年，评估看是否完成，没有趋势与预测" : "评估的趋势与预测不计入该年"}）`;
  if (errors <= 0) return `新年度核对将其${warned}`;
  if (errors >= n) return "新年度核对仍报数据异常";
  return `新年度核对将其中 ${n - errors} 格${warned}，${errors} 格报数据异常`;
}

/** rolledInvalidZh in English. */
function rolledInvalidEn(n: number, errors: number, final: boolean): string {
  const warned = (k: number): string => `${k === 1 ? "a warning" : "warnings"} that an earlier year's value cannot be used (not counted as 数据异常 (invalid data); ${final ? "the new year is the plan's target year, whose evaluation says whether the target is achieved, with no trend or forecast" : "the evaluation's trend and forecast leave that year out"})`;
  if (errors <= 0) return `the new year's check lists ${n === 1 ? "it" : "them"} as ${warned(n)}`;
  if (errors >= n) return `the new year's check still counts ${n === 1 ? "it" : "them"} as 数据异常 (invalid data)`;
  return `the new year's check lists ${n - errors} of them as ${warned(n - errors)} and counts ${errors} as 数据异常 (invalid data)`;
}
/**
 * A refusal's head: `file：` and its `，未锁定` (`file: `, `, not locked`) when it stands alone; nothing when it is one of several
 * reasons listed under lock_refused_all (`listed` 1), which says both once.
 */
const fileHead = (p: Params, lang: Lang): string => (p["listed"] ? "" : `${v(p, "file")}${lang === "en" ? ": " : "："}`);
const notLocked = (p: Params, lang: Lang): string => (p["listed"] ? "" : lang === "en" ? ", not locked" : "，未锁定");
/**
 * What a lock accepts all the same but says after locking (locked_unreviewed's and lock_would_note's list): rows 待审核 (`open`,
 * `openRows`, `openShown`), flagged rows the 审核 sheet does not list yet (`unlisted`…), lags without a 说明 (`lags`, `rows`,
 * `shown`), rows 未填报 (`missing`…); each with the rows named and how many in all. The values the report does not grade
 * are said before them, with their way forward (doubtGraded).
 */
function acceptedNotes(p: Params, lang: Lang): string[] {
  const more = (k: string, shown: string): boolean => Number(p[k]) > Number(p[shown]);
  if (lang === "en") {
    return [Number(p["open"]) > 0 ? `${many(p, "open", "row")} of the review sheet ${Number(p["open"]) === 1 ? "is" : "are"} still 待审核 (not decided) (${v(p, "openRows")}${more("open", "openShown") ? `; ${v(p, "open")} in all` : ""}${openAssessOf(p, "en")})` : "",
      Number(p["unlisted"]) > 0 ? `${v(p, "unlisted")} more ${Number(p["unlisted"]) === 1 ? "row to review is" : "rows to review are"} not listed on the review sheet yet (${v(p, "unlistedRows")}${more("unlisted", "unlistedShown") ? `; ${v(p, "unlisted")} in all` : ""}; run plan-returns review to list them)` : "",
      Number(p["lags"]) > 0 ? `${many(p, "lags", "lagging indicator")} ${Number(p["lags"]) === 1 ? "has" : "have"} no 说明 (explanation)${p["rows"] ? ` (${v(p, "rows")}${more("lags", "shown") ? `; ${v(p, "lags")} in all` : ""})` : ""}` : "",
      Number(p["missing"]) > 0 ? `${many(p, "missing", "row")} ${Number(p["missing"]) === 1 ? "is" : "are"} 未填报 (not reported)${missingNamed(p, "en")}` : ""].filter(Boolean);
  }
  return [Number(p["open"]) > 0 ? `审核表中仍有 ${v(p, "open")} 行待审核（${v(p, "openRows")}${more("open", "openShown") ? ` 等 ${v(p, "open")} 行` : ""}${openAssessOf(p, "zh")}）` : "",
    Number(p["unlisted"]) > 0 ? `另有 ${v(p, "unlisted")} 项须审核、审核表尚未列出（${v(p, "unlistedRows")}${more("unlisted", "unlistedShown") ? ` 等 ${v(p, "unlisted")} 项` : ""}；运行 plan-returns review 更新审核表即列出）` : "",
    Number(p["lags"]) > 0 ? `${v(p, "lags")} 项滞后未填写说明${p["rows"] ? `（${v(p, "rows")}${more("lags", "shown") ? ` 等 ${v(p, "lags")} 项` : ""}）` : ""}` : "",
    Number(p["missing"]) > 0 ? `${v(p, "missing")} 项未填报${missingNamed(p, "zh")}` : ""].filter(Boolean);
}
/** acceptedNotes' word on the values the report does not grade (`doubts`, `doubtRows`, the first `doubtShown`); "" without any. */
function doubtNote(p: Params, lang: Lang): string {
  if (!(Number(p["doubts"]) > 0)) return "";
  const more = Number(p["doubts"]) > Number(p["doubtShown"]);
  return lang === "en"
    ? `${many(p, "doubts", "value")} to verify, which the report leaves 未能评估 (not graded: value to verify) once locked too (${v(p, "doubtRows")}${more ? `; ${v(p, "doubts")} in all` : ""})`
    : `${v(p, "doubts")} 项数值待核实，锁定后评估报告中仍为“未能评估（数值待核实）”（${v(p, "doubtRows")}${more ? ` 等 ${v(p, "doubts")} 项` : ""}）`;
}
/**
 * locked_unreviewed: what lock accepted all the same (acceptedNotes) after `注意：`, then how it was locked (`reviewed` 0: without
 * review); the values the report does not grade come first, on a line of their own, with how to get them graded — send the
 * return back, then review the corrected file with --replaces `file` (trial41e F4: that note came last, after 47 named 未填报
 * rows in a 900-character line, and its only advice was to unprotect and review again). Lines joined by "\n".
 */
function lockedNotes(p: Params, lang: Lang): string {
  const en = lang === "en";
  const others = acceptedNotes(p, lang);
  const tail = p["reviewed"] === 0
    ? (en ? `; locked without review, and the 报送台账 will say 已报 (sent)${lagsKept(p, "en") ? `; ${lagsKept(p, "en")}` : ""}` : `，已锁定（未经审核），报送台账将显示“已报”${lagsKept(p, "zh") ? `；${lagsKept(p, "zh")}` : ""}`)
    : (en ? "; locked as accepted all the same, and the 报送台账 will say 通过; if the review is not done, unprotect the sheets, review, then lock again" : "，已按审核通过锁定，报送台账将显示“通过”；如未审核完，请撤销工作表保护，审核后再锁定");
  const head = en ? "Note: " : "注意：";
  const rest = others.length ? `${head}${others.join(en ? " and " : "，")}${tail}` : `${en ? "Note: it was" : "注意："}${tail.replace(/^[；，;] */, en ? " " : "")}`;
  const doubt = doubtGraded(p, lang, true);
  return doubt ? `${head}${doubt}\n${rest}` : rest;
}
/**
 * The values the report does not grade (doubtNote), then how to get them graded (gradeStep), `；`-joined: the one word on them
 * of lock once locked (`locked` true: lockedNotes) and of what it would say (wouldNote: lock's refusal's 另：…, the pane's
 * outlook); "" without any.
 */
function doubtGraded(p: Params, lang: Lang, locked: boolean): string {
  const doubt = doubtNote(p, lang);
  return doubt ? `${doubt}${lang === "en" ? "; " : "；"}${gradeStep(p, lang, locked)}` : "";
}
/**
 * How to get the `doubts` values to verify graded (§6, our reading: 未能评估（数值待核实） until the value is corrected): decide
 * their rows 退回修改 and send the return back, review the corrected file against this one (reviewAgain), then lock that file;
 * once `locked`, the sheets are unprotected first (trial41e F4).
 */
function gradeStep(p: Params, lang: Lang, locked: boolean): string {
  const one = Number(p["doubts"]) === 1;
  return lang === "en"
    ? `to have ${one ? "it" : "them"} graded, ${locked ? "unprotect the sheets, " : ""}decide ${one ? "its row" : "their rows"} 退回修改 (send back) on the review sheet and send the return back to its unit to verify and correct ${one ? "it" : "them"}; once the corrected file comes back, ${reviewAgain(p, "en")}, then lock that file`
    : `要让评估报告评定${one ? "该值" : "这些值"}：请${locked ? "撤销工作表保护，" : ""}在审核表中将${one ? "该行" : "这些行"}改为“退回修改”，把本填报退回填报单位核实改正；收到重新报送的文件后${reviewAgain(p, "zh")}，再锁定该文件`;
}
/**
 * What a lock would say once locked (lock_would_note, lock_notes): the values the report does not grade first, with how to get
 * them graded (doubtGraded, as lock's own 注意 says it; `file` the return, "" in the pane), then acceptedNotes' others, then,
 * with no decision on the 审核 sheet (`reviewed` 0), that it would be locked without review, and its lags without a 说明 stay
 * chased (lagsKept); "" with none.
 */
function wouldNote(p: Params, lang: Lang): string {
  const notes = acceptedNotes(p, lang).join(lang === "en" ? " and " : "，");
  const unreviewed = p["reviewed"] !== 0 ? "" : lang === "en"
    ? "the review sheet holds no decision, so it would be locked without review and the 报送台账 would say 已报 (sent), not 通过 (accepted)"
    : "审核表中没有审核结论，将按“未经审核”锁定，报送台账显示“已报”，不是“通过”";
  return [doubtGraded(p, lang, false), notes, unreviewed, lagsKept(p, lang)].filter(Boolean).join(lang === "en" ? "; " : "；");
}
/**
 * Of a lock without review (`reviewed` 0), that its `lags` without a 说明 stay 未说明的滞后 and summary goes on chasing
 * them (applyLock, lagsOf: a lock without review accepts none; trial40 F1 read 审核人已认可 on them): "" otherwise.
 */
function lagsKept(p: Params, lang: Lang): string {
  if (p["reviewed"] !== 0 || !(Number(p["lags"]) > 0)) return "";
  return lang === "en"
    ? `${agree(p, "lags", "the lagging indicator without a 说明 still counts", `the ${v(p, "lags")} lagging indicators without a 说明 still count`)} as unexplained (a lock without review accepts none), and summary will go on chasing ${agree(p, "lags", "it", "them")} for a 说明`
    : `滞后未写说明的 ${v(p, "lags")} 项仍计为未说明的滞后（未经审核的锁定不算认可），汇总时照常督促补写说明`;
}
/**
 * Of the rows 待审核 (`open`), those still 待人工评估 too (`openAssess`, the first `openAssessShown` named in `openAssessRows`):
 * counted among the 待审核, as the 审核 sheet's 复核状态 and the pane's 审核 list count them, and said apart, since a 审核结论
 * alone does not settle them (trial46b F4: the list said 待审核 46 beside 待人工评估 1, lock 47); "" when none.
 */
function openAssessOf(p: Params, lang: Lang): string {
  const n = Number(p["openAssess"] ?? 0);
  if (!(n > 0)) return "";
  const more = n > Number(p["openAssessShown"]);
  return lang === "en"
    ? `; ${n === 1 ? "1 of them is" : `${n} of them are`} also 待人工评估 (to assess): ${v(p, "openAssessRows")}${more ? `; ${n} in all` : ""}`
    : `；其中 ${n} 行待人工评估：${v(p, "openAssessRows")}${more ? ` 等 ${n} 行` : ""}`;
}
/**
 * The rows 未填报 a lock accepts (`missing`), those left blank with their reason in 说明 (`missingExplained`; §6a, our reading)
 * counted and named apart (`missingExplainedRows`, each with check's words on it) from the others (`missingRows`), as the summary
 * counts them (未填报但已说明原因): trial46b F5 read 其中 1 项已说明原因（L10…、L11…、L12… 等 41 项）, which named three rows
 * with no reason, as the explained one. Each list says how many it names of: ` 等 N 项` / `; N in all`.
 */
function missingNamed(p: Params, lang: Lang): string {
  const all = Number(p["missing"]);
  const explained = Number(p["missingExplained"] ?? 0);
  const rest = all - explained;
  const list = (rows: string, n: number, shown: number): string => (lang === "en" ? `${rows}${n > shown ? `; ${n} in all` : ""}` : `${rows}${n > shown ? ` 等 ${n} 项` : ""}`);
  const others = p["missingRows"] ? list(v(p, "missingRows"), rest, Number(p["missingShown"])) : "";
  const noted = p["missingExplainedRows"] ? list(v(p, "missingExplainedRows"), explained, Number(p["missingExplainedShown"])) : "";
  if (lang === "en") {
    if (!(explained > 0)) return others ? ` (${others})` : "";
    if (explained >= all) return `, ${explained === 1 ? "explained in its" : "all explained in their"} 说明${noted ? ` (${noted})` : ""}`;
    return `: ${explained} explained in 说明${noted ? ` (${noted})` : ""}, ${rest} not explained${others ? ` (${others})` : ""}`;
  }
  if (!(explained > 0)) return others ? `（${others}）` : "";
  if (explained >= all) return `，均已说明原因${noted ? `（${noted}）` : ""}`;
  return `，其中 ${explained} 项已说明原因${noted ? `（${noted}）` : ""}，${rest} 项未说明原因${others ? `（${others}）` : ""}`;
}
/** Which option accepts which of the reasons listed (`unassessed` 1 when 待人工评估 is one of them, `others` how many reasons no option accepts). */
function optionsZh(p: Params): string {
  const u = Number(p["unassessed"]) > 0;
  const o = Number(p["others"]) > 0;
  return `${u ? "--accept-unassessed 只接受待人工评估（人工评估单元格锁为空白，评估报告中为“未能评估”）" : ""}${u && o ? "；" : ""}${o ? `${u ? "其余" : "以上"}原因没有选项可以接受，须先改正或审核` : ""}`;
}
function optionsEn(p: Params): string {
  const u = Number(p["unassessed"]) > 0;
  const o = Number(p["others"]) > 0;
  return `${u ? "--accept-unassessed accepts the 待人工评估 rows only (their 人工评估 cells locked blank, 未能评估 in the report)" : ""}${u && o ? "; " : ""}${o ? `no option accepts ${u ? "the other reasons" : agree(p, "others", "this reason", "these reasons")}: correct or review first` : ""}`;
}
/** How many of the `n` input cells locked hold values (`filled`): `3 of them hold values`, or of one cell `holding a value` / `blank`. */
const filledOf = (p: Params): string => agree(p, "n", Number(p["filled"]) > 0 ? "holding a value" : "blank", `${v(p, "filled")} of them ${agree(p, "filled", "holds a value", "hold values")}`);

const ZH: Record<CycleMessageCode, (p: Params) => string> = {
  lock_errors: (p) => `${fileHead(p, "zh")}${v(p, "what")}${notLocked(p, "zh")}；请先退回改正（第一处：${v(p, "first")}）`,
  // the same reason under check's totals: whoever runs check (the filer, mostly) corrects them; 退回 is the reviewer's word (trial44a F6)
  check_lock_errors: (p) => `${v(p, "what")}；请先改正（第一处：${v(p, "first")}）`,
  lock_refused_all: (p) => `${v(p, "file")}：未锁定，有 ${v(p, "n")} 个原因，都须先处理（${optionsZh(p)}）：`,
  lock_would_note: (p) => `另：以上处理后照常锁定，但会提示（这些不阻止锁定）：${wouldNote(p, "zh")}`,
  lock_notes: (p) => wouldNote(p, "zh"),
  // what lockBlockers counts, in check's units: 数据异常 as its totals line counts it, the other cells named
  // what a reviewer typed in a row's own 审核意见, taken into the 审核 sheet's empty 审核意见 of the row (trial44a F7)
  review_comments_taken: (p) => `已把${tablesOf(p, "zh")}“审核意见”列中 ${v(p, "n")} 条意见移入审核表`,
  review_column_moved: (p) => `注意：「${v(p, "sheet")}」表中您自己的“${v(p, "header")}”列原在 ${v(p, "from")} 列，该位置现为本工具的列，已移到 ${v(p, "to")} 列（内容按行保留）`,
  lock_blockers: (p) => BLOCKER_WORDS.zh(p as unknown as BlockerCounts),
  // check's outlook on lock (lockReading, lock's own rule), each reason then in lock's words, numbered (lockRefusalList)
  check_lock_refused: (p) => `不能锁定：plan-returns lock ${arg(p, "file")} 会因以下 ${v(p, "n")} 个原因拒绝锁定：`,
  lock_returned: (p) => `${fileHead(p, "zh")}审核表${p["sheet"] ? `「${v(p, "sheet")}」` : ""}中有 ${v(p, "n")} 条“退回修改”仍然有效${returnedNamed(p, "zh")}${notLocked(p, "zh")}；${sendBack(p, "zh")}`,
  lock_stale: (p) => `${fileHead(p, "zh")}审核表「${v(p, "sheet")}」中有 ${v(p, "n")} 行待复核${rowsNamed(p, "zh", "行")}${notLocked(p, "zh")}；${agree(p, "n", "该行", "这些行")}的填报内容（数值、说明或人工评估）在审核后改动过，须重新审核（${p["file"] ? "review " : PANE_REVIEW.zh}只标出待复核，不会消除）：${Number(p["unmarked"]) > 0 ? `其中 ${v(p, "unmarked")} 行的改动审核表尚未标出（与审核结论同一次保存的人工评估也是），请先运行 plan-returns review ${arg(p, "file")} 更新审核表，再` : "请"}${restate(p, "zh")}，保存后再锁定${heldMark(p, "zh")}${returnedStale(p, "zh")}`,
  lock_unassessed_row: (p) => `${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")}${unassessedBits(p, "zh")}`,
  lock_unassessed: (p) => `${fileHead(p, "zh")}有 ${v(p, "n")} 项指标待人工评估${named(p, "zh")}${notLocked(p, "zh")}；锁定会把人工评估单元格一并锁住，这些指标在评估报告中将一直是“未能评估”：${assessSteps(p, "zh")}${p["file"] ? "；确实无法评估、要照样锁定的，加 --accept-unassessed" : `；确实无法评估的，审核人员锁定时可以照样锁定（报送台账显示“${UNASSESSED_WORDS.zh.state(Number(p["n"]))}”）`}`,
  locked_unassessed: (p) => `注意：${v(p, "n")} 项指标待人工评估${named(p, "zh")}，已按 --accept-unassessed 锁定，人工评估单元格一并锁住，这些指标在评估报告中将保持“未能评估”`,
  // a list has no 人工评估 column: its 审核结论 is the reviewer's conclusion (evaluation-rules §5, our reading; trial40c F9)
  lock_unassessed_list: (p) => `${fileHead(p, "zh")}项目清单、改革清单有 ${v(p, "n")} 项待人工评估${named(p, "zh")}${notLocked(p, "zh")}；清单没有人工评估列，审核人员的结论就是审核表中该行的审核结论：请在审核表中为${Number(p["n"]) === 1 ? "该行" : "这些行"}选“通过”或“已说明”（评估意见写在审核意见里），保存后再锁定；确实无法评估、要照样锁定的，加 --accept-unassessed`,
  locked_unassessed_list: (p) => `注意：项目清单、改革清单有 ${v(p, "n")} 项待人工评估${named(p, "zh")}，审核表中没有“通过”或“已说明”，已按 --accept-unassessed 锁定，评估报告中仍写“待人工评估”`,
  lock_no_meta: (p) => `${v(p, "file")}：未找到插件元数据`,
  lock_failed: (p) => `${v(p, "file")}：无法锁定（${v(p, "why")}）`,
  strict_package: (p) => `${v(p, "file")}：该文件为 Strict Open XML 格式，本工具不向其中写入；请在 Excel 中另存为“Excel 工作簿(.xlsx)”后再试`,
  lock_readback: (p) => `${v(p, "file")}：锁定后读回与原文件不一致，已中止，原文件未改动`,
  review_readback: (p) => `${v(p, "file")}：写回后其他单元格与原文件不一致，已中止，原文件未改动`,
  review_write_failed: (p) => `${v(p, "file")}：无法写入审核表（${v(p, "detail")}），原文件未改动`,
  review_next_decide: (p) => `下一步：审核人员在「${v(p, "sheet")}」表的“审核结论”列为 ${toDecide(p, "zh")}的记录逐条选择（${v(p, "list")}${Number(p["stale"]) > 0 ? `；${reconfirm("zh")}` : ""}）并保存，再运行 plan-returns review ${arg(p, "file")} 查看${Number(p["sentBack"]) > 0 || Number(p["refused"]) > 0 ? "" : `，全部审定后运行 plan-returns lock ${arg(p, "file")} --reviewer ${commandPlaceholder("审核人姓名")}`}${heldMark(p, "zh")}${returnedStale(p, "zh")}${sentBackAfter(p, "zh")}`,
  review_next_lock: (p) => `各条均已审定：可运行 plan-returns lock ${arg(p, "file")} --reviewer ${commandPlaceholder("审核人姓名")} 锁定`,
  // what lock would still refuse for (lockRefusals), each reason then in lock's words, numbered: never 可运行 lock while lock would refuse
  review_next_refused: (p) => Number(p["decided"]) > 0
    ? `下一步：各条均已审定，但 plan-returns lock ${arg(p, "file")} 现在还不会锁定，须先处理以下 ${v(p, "n")} 个原因：`
    : `此外，plan-returns lock ${arg(p, "file")} 还会因以下 ${v(p, "n")} 个原因拒绝锁定（审定上述各行不能消除），须另行处理：`,
  // lock refuses while a 退回修改 holds (reviewTally.returned): review sends the return back instead of suggesting lock
  review_next_return: (p) => `下一步：${returnStep(p, "zh")}`,
  nothing_summed_tied: () => "未生成汇总：收到的填报都有几版无法区分新旧（见上），没有可汇总的一版；按上面所说记下哪一版是新的（或删去旧版）后再汇总",
  report_printed: (p) => `评估报告（${v(p, "n")} 份，${v(p, "year")} 年度）；未生成文件，加 --out 评估报告.docx（或 .xlsx）即可生成`,
  locked: (p) => `已锁定 ${v(p, "file")}：${v(p, "n")} 个填报单元格（其中 ${v(p, "filled")} 个有数值）及各行说明、人工评估的指纹已记录，${v(p, "sheets")} 张表的填报单元格已保护${lockedHowZh(p)}`,
  // trial42a F9: lock of a locked, unchanged return re-dated it; the day the reviewer accepted it is kept (keptLock)
  lock_kept: (p) => `${v(p, "file")} 已锁定${v(p, "facts")}，锁定后未改动：保留原锁定（日期、审核人不变），未重新锁定；${v(p, "sheets")} 张表的填报单元格已保护`,
  relocked: (p) => `已重新锁定 ${v(p, "file")}：${v(p, "n")} 个填报单元格（其中 ${v(p, "filled")} 个有数值）及各行说明、人工评估的指纹已记录，${v(p, "sheets")} 张表的填报单元格已保护${lockedHowZh(p)}`,
  lock_changed_row: (p) => `${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} 锁定时为${quotedValue(v(p, "was"), "zh")}，现为${quotedValue(v(p, "now"), "zh")}（${changedReviewRow(p, "zh")}）`,
  lock_changed: (p) => `${fileHead(p, "zh")}有 ${v(p, "n")} 处在锁定后被改动、改动后尚未审核${named(p, "zh")}${notLocked(p, "zh")}；重新锁定会把现在的值记为审核通过的值，所以每处改动须先审核：${Number(p["unmarked"]) > 0 ? `请先运行 plan-returns review ${arg(p, "file")} 更新审核表（这些行将列为待审核或待复核，问题栏写明锁定时与现在的值），再` : "请"}逐行核实，接受改动的在审核结论中选“通过”或“已说明”（${reconfirm("zh")}），不接受的选“退回修改”请填报单位改回，保存后再锁定${heldMark(p, "zh")}`,
  lock_open_row: (p) => `${reviewRows(v(p, "review"), v(p, "row"), "zh")} ${v(p, "name")}${p["cell"] ? `（${v(p, "sheet")}!${v(p, "cell")}）` : ""}`,
  review_unlisted_decision: (p) => `注意：${v(p, "cell")} 的审核结论「${v(p, "word")}」不在列表中（${v(p, "list")}），按未审核计，锁定时也按未审核：请从该单元格的下拉列表中选择`,
  locked_unreviewed: (p) => lockedNotes(p, "zh"),
  deadline_early: (p) => `注意：截止日期 ${v(p, "deadline")} 不晚于 ${v(p, "year")} 年度结束，那时该年度的数据还没有；是否应为 ${v(p, "meant")}？如是，请加 --deadline ${v(p, "meant")} --force 重新生成`,
  // trial36 N7: without --deadline every new cover's 报送截止日期 (填报说明 C6) is blank, and nothing said so
  no_deadline: () => "新填报未写报送截止日期（可加 --deadline YYYY-MM-DD）",
  // trial42a F1: a built-in id and an edited copy of its plan (--from) went into every return as two plans, said only 已下发 3 份
  templates_alike: (p) => `注意：模板「${v(p, "first")}」和「${v(p, "second")}」${ALIKE_BY.zh[String(p["by"]) as keyof typeof ALIKE_BY.zh] ?? ALIKE_BY.zh.title}（${v(p, "title")}），两个都放进了${Number(p["n"]) > 1 ? "每一份" : "这份"}填报（各占一张指标表，封面的规划名称写两遍）；若只要其中一个（如 --from 的文件代替内置模板），请只写那一个，加 --force 重新生成`,
  template_over_filled: (p) => `${v(p, "file")} 原是${v(p, "held")}，已填了 ${v(p, "n")} 个数值，现已换成空白填报；原文件（连同所填数值）已另存为 ${v(p, "kept")}`,
  distributed: (p) => `已下发 ${v(p, "n")} 份（${v(p, "year")} 年度${p["deadline"] ? `，截止 ${v(p, "deadline")}` : ""}）`,
  rolled: (p) => `已生成 ${v(p, "out")}（${v(p, "year")} 年度${p["deadline"] ? `，截止 ${v(p, "deadline")}` : ""}）：自 ${v(p, "file")}（${v(p, "from")} 年度）带入 ${v(p, "n")} 个已填单元格，原文件未改动`,
  rolled_left: (p) => `说明、人工评估、审核意见按年度填写，${v(p, "n")} 格未带入`,
  // a row left blank with its reason (未填报（已说明）, §6a): its 说明 is not carried, so the value still owed is said here (trial45b F1)
  rolled_explained_blank: (p) => `注意：${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")}：${v(p, "year")} 年未填报（原说明：${v(p, "note")}），新表中仍为空，数据发布后请补填`,
  rolled_explained_blanks: (p) => `注意：${v(p, "n")} 行 ${v(p, "year")} 年未填报（原表已写说明），新表中仍为空，数据发布后请补填：${v(p, "rows")}${p["more"] ? ` 等` : ""}`,
  rolled_signoffs_left: (p) => `${COVER_WORDS.zh.sheet}的填报日期、单位负责人（签字）、审核人为当年签署，${v(p, "n")} 项未带入`,
  rolled_back: (p) => `注意：${v(p, "year")} 年早于原填报年度 ${v(p, "from")} 年，${v(p, "years")} 年的已填数值也已带入，请核对是否保留`,
  // a return older than the year before (yearsSkipped): rolled over, but the years between were never reported (trial32: said nowhere)
  rolled_years_skipped: (p) => `注意：${p["unit"] ? `${v(p, "unit")}：` : ""}${v(p, "file")} 是 ${v(p, "from")} 年度的填报，没有收到 ${v(p, "gap")} 年度的填报：已照此换为 ${v(p, "year")} 年度（带入 ${v(p, "from")} 年度及以前各年的数值），新填报中 ${v(p, "gap")} 年的数值是空的，请该单位补填`,
  rolled_note_years_skipped: (p) => `${v(p, "gap")} 年度的填报未收到：按 ${v(p, "from")} 年度的填报换年度，${v(p, "gap")} 年的数值待补填`,
  // a return received without its year's values (cycle/blankOf: 收到空表, 本年度未填; summary counts it 未报): rolled over, its year's
  // values blank in the new return as a skipped year's are (trial37b F4: said nowhere, the 2023 figures lost for good)
  rolled_year_blank: (p) => `注意：${p["unit"] ? `${v(p, "unit")}：` : ""}${v(p, "file")} 是 ${v(p, "from")} 年度的填报，但${p["blank"] === "file" ? "一个数值也没有填" : ` ${v(p, "from")} 年的数值都是空的`}（${v(p, "words")}，汇总按未报）：已照此换为 ${v(p, "year")} 年度${p["blank"] === "file" ? "" : `（带入 ${v(p, "from")} 年以前各年的数值）`}，新填报中 ${v(p, "from")} 年的数值是空的，请该单位补填`,
  rolled_note_year_blank: (p) => `${v(p, "from")} 年度的填报${p["blank"] === "file" ? "一个数值也没有填" : `中 ${v(p, "from")} 年的数值是空的`}（${v(p, "words")}，按未报）：${v(p, "from")} 年的数值待补填`,
  rolled_ahead: (p) => `注意：原填报（${v(p, "from")} 年度）已填了 ${v(p, "years")} 年的数值（${v(p, "n")} 格），已一并带入；这些数值晚于原填报年度，从未作为当年数值报送和核对（可能填错了列），请逐格核实：`,
  rolled_ahead_value: (p) => `  ${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} ${v(p, "year")} 年：${v(p, "value")}`,
  rolled_ahead_more: (p) => `  ……另有 ${v(p, "n")} 格`,
  // what the new year's check does with them (§8e): an earlier year's value is a warning, not counted as 数据异常; `errors` of them are errors of their own year's cell
  rolled_invalid: (p) => `注意：带入的 ${v(p, "n")} 格在原填报（${v(p, "from")} 年度）核对时不是有效数值，已照原样带入；${rolledInvalidZh(Number(p["n"]), Number(p["errors"] ?? 0), p["final"] !== undefined)}，请逐格改正：`,
  rolled_invalid_value: (p) => `  ${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} ${v(p, "year")} 年：${v(p, "why")}`,
  rolled_slips: (p) => `注意：带入的 ${v(p, "n")} 格在原填报（${v(p, "from")} 年度）核对时数值待核实（疑似单位或位数填错、百分数按小数填写，或累计指标填了水平值、远超按年平均进度），已照原样带入；评估报告不对其评级，以后各年的增幅和预测也从它算起，请逐格核实后改正：`,
  rolled_slip_value: (p) => `  ${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} ${v(p, "year")} 年：${v(p, "value")}（${p["code"] === "level_typed" ? `疑似填了当年的水平值${p["amount"] === undefined ? "" : `，当年应为 ${v(p, "amount")}？`}` : p["code"] === "year_over_pace" ? `远超按年平均进度${p["amount"] === undefined ? "" : `，疑似加上了上个规划期的累计数，当年应为 ${v(p, "amount")}？`}` : p["code"] === "scale_suspect" ? "超过基期值或目标值的 1000 倍" : p["code"] === "percent_style_unit" ? `单元格为百分比格式，存储的数值为 ${v(p, "stored")}，是否应为 ${v(p, "meant")}？` : p["code"] === "fraction_suspect" ? `疑似把百分数按小数填写，是否应为 ${v(p, "meant")}？` : p["side"] === "below" ? `约为规划数值最小者的 1/${Math.round(Number(p["factor"]))}` : `约为规划数值最大者的 ${v(p, "factor")} 倍`}）`,
  rolled_locked_changes: (p) => `注意：原填报（${v(p, "from")} 年度）已锁定，锁定后又被改动 ${v(p, "n")} 处，未重新审核锁定，已按现在的值带入，请核实：`,
  // the written report says the same (LOCKED_CHANGE_WORDS, one wording)
  report_locked_changes: (p) => LOCKED_CHANGE_WORDS.zh.head(v(p, "unit"), v(p, "n")),
  locked_change: (p) => `  ${LOCKED_CHANGE_WORDS.zh.change(lockedChangeOf(p))}`,
  rolled_other_sheets: (p) => `不是本工具生成的工作表未带入：${v(p, "sheets")}`,
  rolled_review_left: (p) => {
    // the lock record of another year (rolled in earlier) is named by its own year
    const apart = Boolean(p.locked) && p.lockYear !== undefined && p.lockYear !== p.from;
    const lock = apart ? `${v(p, "lockYear")} 年的锁定记录` : "锁定记录";
    const parts = p.sheet ? `${v(p, "from")} 年的审核表「${v(p, "sheet")}」${p.locked ? `和${apart ? " " : ""}${lock}` : ""}` : apart ? lock : `${v(p, "from")} 年的${lock}`;
    return `${parts}属于${apart && p.sheet ? "各自的" : "该"}年度，未带入（新年度的填报另行审核${p.locked ? "、锁定" : ""}）`;
  },
  rolled_added_column: (p) => `「${v(p, "sheet")}」${v(p, "column")} 列${p["header"] ? `「${v(p, "header")}」` : "（无表头）"}（${Number(p["n"]) > 0 ? `${v(p, "n")} 个单元格有内容` : "只有表头"}）`,
  rolled_added_columns: (p) => `${v(p, "columns")}是填报单位自行添加的列，未带入新年度（新文件只有模板的列）；如仍需要，请在新文件中重新插入，并从原文件复制其内容`,
  rolled_loose_cells: (p) => `${v(p, "place")}，未带入新年度（新文件只有模板的单元格）；如仍需要，请从原文件复制到新文件`,
  rolled_sheet_copy: (p) => `${v(p, "problem")}；换年度只带入「${v(p, "of")}」`,
  rolled_merged: (p) => `${v(p, "file")} 合并了 ${v(p, "n")} 个其他单位的填报（工作表${v(p, "sheets")}）：换年度只带入「${v(p, "of")}」，按${COVER_WORDS.zh.sheet}作为${v(p, "unit") || "（填报单位空白）"}的填报；${v(p, "units")}的数值未带入，请这些单位各自用下发的文件报送`,
  merged_returns: (p) => `${v(p, "file")} 合并了 ${v(p, "n")} 个其他单位的填报（${v(p, "units")}）：只按${COVER_WORDS.zh.sheet}${p["task"] === "report" ? "评估" : "汇总"}${v(p, "unit") || "（填报单位空白）"}的${p["read"] ? `（读的却是工作表「${v(p, "read")}」，${v(p, "read")}的数值记在了${v(p, "unit") || "空白单位"}名下）` : ""}，其余${p["task"] === "report" ? "未评估" : "未汇总"}${p["ledger"] ? "，按未报" : ""}${p["sent"] ? `（其中${v(p, "sent")}另有本单位的填报，已按其${p["task"] === "report" ? "评估" : "汇总"}）` : ""}；请这些单位各自用下发的文件分别报送（不要删去工作表来改：${COVER_WORDS.zh.sheet}仍是${v(p, "unit") || "空白"}，数值会记错单位）`,
  rolled_formulas_left: (p) => `注意：原填报中 ${v(p, "n")} 格是没有计算结果的公式，且读不到公式本身（共享公式的其余单元格，或公式过长），未带入：请在 Excel、WPS 或 LibreOffice 中打开原文件并保存后重新换年度，或在新文件中补填：`,
  rolled_formula_left: (p) => `  ${p["cell"] ? `${v(p, "sheet")}!${v(p, "cell")} ` : ""}${v(p, "name")}${p["year"] ? ` ${v(p, "year")} 年` : ""}（原填报中的位置）`,
  rolled_comments: (p) => `「${v(p, "sheet")}」的 ${v(p, "cells")}${Number(p["n"]) > Number(p["shown"]) ? ` 等 ${v(p, "n")} 格` : " "}有批注${p["sample"] ? `（如“${v(p, "sample")}”）` : ""}，批注未带入新年度；如仍需要，请从原文件复制到新文件`,
  // a list's rows the next year still needs, which rollover cannot carry past the list's year (trial40c F13)
  roll_list_continuing: (p) => `其中下一年度仍要填报的有${Number(p["nProjects"]) > 0 ? `续建项目 ${v(p, "nProjects")} 个（${v(p, "projects")}${Number(p["nProjects"]) > Number(p["shownProjects"]) ? " 等" : ""}）` : ""}${Number(p["nProjects"]) > 0 && Number(p["nReforms"]) > 0 ? "、" : ""}${Number(p["nReforms"]) > 0 ? `未完成的改革 ${v(p, "nReforms")} 项（${v(p, "reforms")}${Number(p["nReforms"]) > Number(p["shownReforms"]) ? " 等" : ""}）` : ""}：换年度不能把它们带入另一年度的清单，请在导入下一年度的清单时列入（本文件不改动，其中的累计完成投资和进展可照此填写）`,
  // a project's 累计完成投资 is typed anew each year: left blank, last year's in the cell's comment (rollover) or input prompt (the pane, place: prompt), rolledReferencesLine (YEAR_FIGURE_KEYS; trial40c F12)
  rolled_references: (p) => `项目清单的累计完成投资按年度填写：${v(p, "n")} 格未带入（${v(p, "year")} 年度为未填报），${v(p, "from")} 年的数写在该格的${p["place"] === "prompt" ? "输入提示中（选中该格时显示）" : "批注中"}，如“${v(p, "sample")}”`,
  rolled_references_unusable: (p) => `其中 ${v(p, "n")} 格上年（${v(p, "from")} 年）填的不是可用的金额，未当作上年的累计完成投资引用，请逐格填写截至 ${v(p, "year")} 年底的累计完成投资（亿元）：`,
  roll_same_year: (p) => `${v(p, "file")} 已是 ${v(p, "year")} 年度的填报；要换年度，请用 --year 指定另一年份；要把它转到调整后的版本（同一年度），请用 --from ${commandPlaceholder("调整后的模板.json")}`,
  roll_same_version: (p) => `${v(p, "file")} 已是 ${v(p, "year")} 年度按 ${v(p, "from")} 这一版本的填报，无需转换；要换年度，请用 --year 指定另一年份`,
  rolled_same_year: (p) => `${v(p, "file")} 仍是 ${v(p, "year")} 年度的填报，已转到调整后的版本：本年度的数值、说明和封面一并带入，请该单位核实（调整后新增的指标须补填）后按新文件报送`,
  check_returns_apart: (p) => `${v(p, "unit")} 的 ${v(p, "n")} 份填报分属不同规划或年度，不是同一填报的几版，已各自核对：${v(p, "files")}；汇总和评估按一个年度（默认多数填报的年度，或用 --year 指定）及其规划进行，只用其中该年度的一份，其余列出、不汇总`,
  check_return_of: (p) => `${v(p, "file")}（「${v(p, "title")}」${v(p, "year")} 年度）`,
  check_other_version: (p) => `汇总和评估时不计入：${v(p, "file")}：${v(p, "why")}，${v(p, "fix")}`,
  // a return without its year's values (cycle/blankOf), said before its rows, all 未填报 (trial37b F7: 54 rows and no headline)
  // read by the filler first (a blank form just distributed) and by the manager: neither's words (收到空表, 催报; trial40 F4)
  // a list (list: projects, reforms, both) has no earlier years: what is typed for the year is named (dev40e's rollover leaves 累计完成投资 blank)
  check_year_blank: (p) => `${p["blank"] === "file" ? "空表：一个数值也没有填（汇总时按未报）" : `本年度未填：${p["list"] ? `${LIST_BLANK_ZH[v(p, "list")]?.(v(p, "year")) ?? ""}，汇总时按未报）` : `${v(p, "year")} 年的数值都是空的（只填了以前各年，汇总时按未报）`}`}；以下各项均为未填报`,
  // a list partly filled after a change of year (figuresWanted): its rows still blank named, whatever other rows hold (session 42)
  check_figures_blank: (p) => `本年度尚未填完：${[Number(p["projects"]) > 0 ? `${v(p, "projects")} 个项目的累计完成投资` : "", Number(p["reforms"]) > 0 ? `${v(p, "reforms")} 项改革的进展` : ""].filter(Boolean).join("、")}是空的（${cellsNamed(p, "zh")}；清单按年度填写，请填写截至 ${v(p, "year")} 年底的${Number(p["projects"]) > 0 ? "累计完成投资" : ""}${Number(p["projects"]) > 0 && Number(p["reforms"]) > 0 ? "，选择改革的" : Number(p["reforms"]) > 0 ? "改革" : ""}${Number(p["reforms"]) > 0 ? "进展" : ""}），未填的按未填报`,
  roll_from_other_plan: (p) => `${v(p, "file")} 的模板是${v(p, "templates")}，--from ${v(p, "from")} 的模板是「${v(p, "title")}」（${v(p, "id")}），不是同一规划，未生成任何文件：--from 只用于同一规划期内调整后的版本（中期调整：重新导入时用同一 --id）；另一份规划、下一个规划期的规划请用 distribute 下发`,
  // a revision keeps its plan's period: the next period's table imported with the old --id is no 中期调整 (trial39e F1)
  roll_from_other_period: (p) => `${v(p, "file")} 的「${v(p, "own")}」规划期为 ${v(p, "ownPeriod")}，--from ${v(p, "from")} 的「${v(p, "title")}」规划期为 ${v(p, "period")}：这是另一个规划期的规划，不是中期调整（中期调整不改基期年份和目标年份），未生成任何文件：请不加 --id 重新导入新规划的指标表（沿用上一规划的 --id 会把两个规划当作一个），再用 distribute --from ${commandPlaceholder("新规划的模板.json")} --year ${v(p, "year")} 下发新规划的填报表；rollover 只在同一规划期内换年度`,
  rolled_from: (p) => `按 ${v(p, "from")} 换用调整后的模板「${v(p, "title")}」（${v(p, "id")}）：${v(p, "units")}原用的版本与之相比有 ${v(p, "n")} 处变动，指标按名称和单位对应（不按行号）带入以前各年的数值：`,
  rolled_from_same: (p) => `按 ${v(p, "from")} 换用模板「${v(p, "title")}」（${v(p, "id")}）：与 ${v(p, "units")}原用的版本相同，没有变动`,
  rolled_from_change: (p) => {
    const k = v(p, "kind");
    if (k === "dropped") return `  删去：「${v(p, "name")}」（不再填报，以前各年的数值不带入）`;
    if (k === "added") return `  新增：「${v(p, "name")}」（以前各年为空，请补填${p["cumulative"] ? "；累计指标未填的年份按 0 计入累计" : ""}）`;
    if (k === "renamed") return `  改名：「${v(p, "old")}」→「${v(p, "name")}」（按同一指标带入）`;
    if (k === "unit") return `  单位改变：「${v(p, "name")}」${v(p, "old") || "（无单位）"} → ${v(p, "new") || "（无单位）"}（同一指标，以前各年的数值按原单位填写，不换算、不带入，请按新单位补填）`;
    const what = k === "target" ? "目标" : k === "attribute" ? "属性" : "基期值";
    return `  ${what}改变：「${v(p, "name")}」${v(p, "old") || "（空）"} → ${v(p, "new") || "（空）"}`;
  },
  rolled_from_left: (p) => `注意：「${v(p, "name")}」已从调整后的规划中删去，原填报中该行的 ${v(p, "n")} 格（${v(p, "years")} 年）未带入新文件`,
  rolled_from_unit_left: (p) => `注意：「${v(p, "name")}」的单位由 ${v(p, "old") || "（无单位）"} 改为 ${v(p, "new") || "（无单位）"}，原填报中该行的 ${v(p, "n")} 格（${v(p, "years")} 年）是按 ${v(p, "old") || "原单位"} 填的，未换算、未带入新文件：请按 ${v(p, "new") || "新单位"} 补填这几年（原填报中的数值仍在原文件中）`,
  roll_out_or_dir: () => "请用 --out 指定新文件（一份填报），或用 --out-dir 指定文件夹（多份填报或文件夹，每个单位一份），两者只用其一",
  roll_several_need_dir: () => "多份填报或文件夹请用 --out-dir 指定输出文件夹（每个单位一份，如 2025-定海区.xlsx）；--out 只用于一份填报",
  roll_ledger_needs_dir: () => "--ledger 与 --out-dir 同用（按原年度的报送台账列出全部应报单位，写出新台账）；一份填报用 --out 换年度时不用台账",
  roll_ledger_new_year: (p) => `${v(p, "file")} 是 ${v(p, "year")} 年度的报送台账，即要换到的年度：--ledger 请给出原年度的报送台账（distribute 下发填报时写出的，如 下发/报送台账.xlsx）`,
  // `gone`: the 填报说明 sheet deleted (cover_deleted), its file's name giving no unit either (coverlessUnit)
  roll_no_unit: (p) => `未换年度：${v(p, "file")}：${p["gone"] ? `${COVER_WORDS.zh.sheet}已被删除` : `${COVER_WORDS.zh.unit}是空的`}，${p["ledger"] ? "文件名也不是报送台账中单位的（distribute 的文件名）" : p["gone"] ? "文件名也不是下发时的（年度-单位.xlsx）" : "也没有原年度的报送台账可按文件名认出单位（可加 --ledger 下发/报送台账.xlsx）"}，无法按单位命名新文件；${p["gone"] ? `请从下发的原表把${COVER_WORDS.zh.sheet}复制回来、填好填报单位` : "请填写填报单位"}，或单独换年度并用 --out 指定文件名`,
  roll_cover_blank: (p) => `${v(p, "file")}：${p["gone"] ? `${COVER_WORDS.zh.sheet}已被删除，文件名也不是下发时的（年度-单位.xlsx），读不出填报单位，新文件 ${v(p, "out")} 的填报单位是空的` : `${COVER_WORDS.zh.unit}是空的，新文件 ${v(p, "out")} 的也是空的`}；请在新文件的${COVER_WORDS.zh.sheet} ${UNIT_AT} 填写填报单位后再下发`,
  roll_versions: (p) => `${v(p, "unit")} 有 ${v(p, "n")} 份填报，按 ${v(p, "file")} 换年度（${chosenBy(p, "zh")}），未用：${v(p, "others")}`,
  roll_skipped_year: (p) => `未换年度（已是 ${v(p, "year")} 年度的填报）：${v(p, "file")}`,
  roll_target_held: (p) => `未换年度：${v(p, "file")}：${v(p, "unit")}的新文件 ${v(p, "out")} 处已有${v(p, "held")}，即使加 --force 也不会覆盖；请把那份文件移走后，用 rollover ${v(p, "fileArg")} --year ${v(p, "year")}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out ${v(p, "outArg")} 为${v(p, "unit")}换年度`,
  roll_skipped_ledger: (p) => `报送台账${p["year"] ? `（${v(p, "year")} 年度）` : ""}：${v(p, "file")}，不换年度；新台账按其中的单位顺序`,
  rolled_all: (p) => `共生成 ${v(p, "n")} 份 ${v(p, "year")} 年度填报，在 ${v(p, "dir")}${Number(p["skipped"]) > 0 ? `；${v(p, "skipped")} 个文件未换年度（见上）` : ""}`,
  rolled_none: (p) => `未生成任何文件：没有需要换到 ${v(p, "year")} 年度的填报`,
  rolled_none_ended: (p) => `未生成任何文件：以上填报都属已结束的规划，不能换到 ${v(p, "year")} 年度：${v(p, "problems")}`,
  rolled_ledger: (p) => `报送台账：${v(p, "file")}（${v(p, "year")} 年度，${v(p, "n")} 个单位）`,
  rolled_ledger_kept: (p) => p["input"] ? `报送台账：${v(p, "file")} 是本命令读取的原年度台账，即使加 --force 也不重写，保留未改；新年度的台账请用另一个 --out-dir 写出` : `报送台账：${v(p, "file")} 已存在，保留未改（加 --force 则按本次换年度的单位重写）`,
  rolled_ledger_only: (p) => `文件夹中没有原年度的报送台账，也未用 --ledger 给出，无从知道哪些单位应报而未报：新台账列出换年度的 ${v(p, "n")} 个单位（按文件名顺序）；台账在别处的（如 distribute 写出的 下发/报送台账.xlsx），请加 --ledger 下发/报送台账.xlsx --force 重新换年度；如另有今年未报送的单位，请用 distribute --units 为其下发，汇总时改用 --units 列出全部应报单位（如 --units ${v(p, "units")},… --deadline ${v(p, "deadline")}）`,
  rolled_ledger_missing: (p) => `注意：${v(p, "units")} 未生成 ${v(p, "year")} 年度的填报（${v(p, "why")}），新台账仍列出（备注写明原因）：请用各单位最近一次的填报换年度（以前各年的数值一并带入；不要用 distribute 下发空表，那样以前各年的数值全部丢失），新文件直接写入 ${v(p, "dir")}${p["template"] ? `（${v(p, "template")} 指调整后的规划导入时生成的模板文件）` : ""}：`,
  rolled_missing_roll: (p) => `  ${v(p, "unit")}：rollover ${p["file"] ? v(p, "file") : commandPlaceholder(`${v(p, "unit")}最近一次的${p["own"] ? "本规划" : ""}填报`)} --year ${v(p, "year")}${p["from"] ? ` --from ${v(p, "from")}` : ""}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out ${v(p, "out")}`,
  rolled_missing_new: (p) => `从未报送过${p["own"] ? "本规划" : ""}填报的单位才下发空表：distribute ${v(p, "templates")} --year ${v(p, "year")} --units ${commandPlaceholder("单位名称")}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out-dir ${v(p, "extra")}${p["imported"] ? `（${v(p, "imported")} 是导入的规划，不在模板目录中：--from 后写导入时生成的模板文件）` : ""}，再把生成的填报移入 ${v(p, "dir")}（不要用补发的报送台账替换新台账）`,
  rolled_missing_other_period: (p) => `注意：${v(p, "units")} 交来的是${p["ended"] ? "已结束的规划" : "另一规划期"}的填报（见上），rollover 不能把它换到 ${v(p, "year")} 年度，新台账仍列出（备注写明）：请向其下发本规划的 ${v(p, "year")} 年度填报表：distribute ${v(p, "templates")} --year ${v(p, "year")} --units ${v(p, "some")}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out-dir ${v(p, "extra")}${p["imported"] ? `（${v(p, "imported")} 是导入的规划，不在模板目录中：--from 后写导入时生成的模板文件）` : ""}，再把生成的填报移入 ${v(p, "dir")}（不要用补发的报送台账替换新台账）`,
  rolled_note_other_period: (p) => `收到的是另一规划期的填报（${v(p, "why")}），不能换年度，未生成文件：请下发本规划的 ${v(p, "year")} 年度填报表（distribute）`,
  rolled_why_unsent: (p) => `${v(p, "units")} 今年未报送`,
  rolled_why_unusable: (p) => `${v(p, "units")} 收到的文件无法换年度，见上`,
  rolled_why_other_plan: (p) => `${v(p, "units")} 交来的是另一规划的填报，见上；不要用它换年度，换出的仍是另一规划的表`,
  rolled_note_other_plan: (p) => `收到的文件无法换年度（${v(p, "why")}），未生成文件：请用该单位最近一次的本规划填报换年度，从未报送过本规划填报的下发本规划的 ${v(p, "year")} 年度填报表（distribute）`,
  roll_into_other_plan: (p) => `${v(p, "file")} 是「${v(p, "title")}」的填报（模板 ${v(p, "own")}），${v(p, "dir")} 中的报送台账（${v(p, "ledger")}）是模板 ${v(p, "templates")} 的 ${v(p, "year")} 年度台账：换出的表不属于该台账，未生成文件；如要为${v(p, "unit")}换出本规划的填报，请用其最近一次的本规划填报换年度，从未报送过本规划填报的向其下发本规划的填报表（distribute）；另一规划的填报请换到另一文件夹（--out 另一文件夹中的文件）`,
  rolled_ledger_unsent: (p) => `注意：${v(p, "unsent")} 在原报送台账（${v(p, "file")}，${v(p, "from")} 年度）中，但没有可换年度的填报（今年未报送或文件无法读取），不在新台账中：请用其最近一次的填报换年度（rollover ${commandPlaceholder("该单位最近一次的填报")} --year ${v(p, "year")}${p["given"] ? ` --deadline ${v(p, "given")}` : ""} --out ${commandPlaceholder("新文件")}，以前各年的数值一并带入），从未报送过的单位才用 distribute（--units ${v(p, "some")}）下发空表；汇总时用 --units 列出全部应报单位：--units ${v(p, "units")} --deadline ${v(p, "deadline")}`,
  review_accepted_error: (p) => `注意：${reviewRows(v(p, "review"), v(p, "row"), "zh")}（${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")}）的审核结论为“${v(p, "decision")}”，但该格仍有 ${v(p, "n")} 处错误，这份填报不能锁定，报送台账也不会显示“通过”：请改为“退回修改”，或更正该格后再锁定`,
  ledger_held: (p) => HELD_WORDS.zh.line(Number(p["n"])),
  ledger_held_state: () => HELD_WORDS.zh.state,
  summary_held: (p) => `审核通过但仍有错误、不能锁定（按已报）：${v(p, "units")}；请退回修改，或更正后再锁定`,
  // a return of a folder open in someone's Excel (its owner file beside it): the last saved figures were read; not refused (openReturnLine)
  return_open: (p) => `${v(p, "file")} 正由${v(p, "holder") ? ` ${v(p, "holder")}${v(p, "host") ? `（在 ${v(p, "host")} 上）` : ""} ` : "他人"}在 ${v(p, "app") === "libreoffice" ? "LibreOffice" : "Excel 或 WPS"} 中打开（旁边有 ${v(p, "lock")}）：本次${TASK_VERB_ZH[v(p, "task")] ?? ""}的是该文件最近一次保存的内容，之后未保存的修改不在其中；如对方仍在修改，请其保存并关闭后再${TASK_VERB_ZH[v(p, "task")] ?? ""}`,
  // `chased`: of the files received but counted 未报, those the 催报 line names with why, only counted here (trial37c F7)
  summary_ledger: (p) => `报送台账：应报 ${v(p, "expected")}，收到 ${v(p, "received")} 份${Number(p["chased"]) > 0 ? `（其中 ${v(p, "chased")} 份按未报，见催报）` : ""}；${v(p, "states")}${v(p, "why")}${v(p, "elsewhere")}`,
  summary_ledger_states: (p) => `未报 ${v(p, "unsent")}  已报 ${v(p, "sent")}  退回 ${v(p, "returned")}  通过 ${v(p, "accepted")}`,
  summary_blank_unsent: (p) => `（${blankUnsentText(v(p, "words"), v(p, "units"))}）`,
  summary_unusable_unsent: (p) => `（${UNUSABLE_SHORT}，按未报：${v(p, "units")}）`,
  summary_elsewhere_unsent: (p) => `（${p["where"] === "merged" ? MERGED_SHORT : unusableShort(v(p, "where") as "in_subfolder" | "in_summary")}，按未报：${v(p, "units")}）`,
  summary_not_sent: (p) => `未报，请催报：${v(p, "units")}`,
  // a unit chased though a file came (trial37c F1): why, in the sheet's words beside the unit (BLANK_WORDS, unusableShort)
  summary_unsent_unit: (p) => `${v(p, "unit")}（${p["blank"] ? BLANK_WORDS.zh[v(p, "blank") as ReturnBlank] : p["own"] ? `收到的是 ${v(p, "own")} 年度的文件` : p["reason"] === "merged" ? MERGED_SHORT : unusableShort(v(p, "reason") as UnusableReason)}）`,
  summary_not_due: (p) => `未报，截止日期未临近，暂不催报：${v(p, "units")}`,
  // trial39c F8: a summary of 300 units named them all on one line; the first few, then the count and where all are (unitsNamed)
  units_more: (p) => `${v(p, "names")}等 ${v(p, "n")} 个单位（完整名单见${UNITS_LISTED_ZH[v(p, "where")] ?? ""}）`,
  // received after the deadline (trial37b F8): how many, each unit with its own days (trial43b F5: 「…梅岭县 2026-02-06 逾期
  // 6 天等 10 个单位」 read as all ten 6 days late); `saved` 1 where a day was read from a workbook's save: a correction sent
  // again is saved anew, so the ledger's 收到日期 is where the day the first came is typed
  summary_late: (p) => `逾期报送 ${v(p, "n")} 个单位：${v(p, "units")}${p["saved"] ? "（按文件保存日期计；退回后改正再交的，请在报送台账的「收到日期」列填写首次收到的日期）" : ""}`,
  summary_undated: (p) => `收到日期不明，无法判断是否按时报送：${v(p, "units")}；请在报送台账的「收到日期」列填写（如 2024-02-09）`,
  summary_to_complete: (p) => `已报但有未填报的指标，请督促补填：${v(p, "units")}`,
  summary_to_correct: (p) => `有错误，请退回改正：${v(p, "units")}`,
  // what the errors are, in check's words (BLOCKER_WORDS), so the count reads against the unit's status columns (trial34 C3)
  summary_unit_errors: (p) => `${v(p, "unit")} ${v(p, "errors")} 处${p["what"] ? `（${v(p, "what")}）` : ""}`,
  // changed since the lock: the reviewer's to accept (通过 / 已说明) or send back, as check and lock ask (trial38 F4)
  summary_to_recheck: (p) => `${RECHECK_WORDS.zh.changed()}：${v(p, "units")}`,
  summary_unit_changed: (p) => `${v(p, "unit")} ${v(p, "n")} 处（${v(p, "cells")}）`,
  summary_to_explain: (p) => `滞后未写说明，请督促补写说明：${v(p, "units")}`,
  summary_unit_lags: (p) => `${v(p, "unit")} ${v(p, "lags")} 项${p["unreviewed"] ? "（已锁定，未经审核）" : ""}`,
  summary_unassessed: (p) => UNASSESSED_WORDS.zh.line(Number(p["n"]), v(p, "units")),
  summary_missing_explained: (p) => `未填报但已说明原因（不列入补填）：${v(p, "units")}`,
  summary_accepted_incomplete: (p) => `已通过但有未填报的指标（审核时按未填报接受，不列入补填）：${v(p, "units")}`,
  summary_unlisted: (p) => `另有 ${v(p, "n")} 个单位不在应报单位（台账或 --units）之中，其填报已${p["task"] === "report" ? "一并评估" : "一并汇总，不计入应报和收到"}：${v(p, "units")}`,
  // `gone`: the 填报说明 sheet itself was deleted (cover_deleted), not its 填报单位 left blank: it is copied back, not filled in
  cover_unit_by_name: (p) => `${v(p, "file")}：${p["gone"] ? `「${COVER_NAME}」表已被删除` : `${COVER_WORDS.zh.unit}是空的`}；文件名是下发给${v(p, "unit")}的（distribute 的文件名），${p["task"] === "rollover" ? `按${v(p, "unit")}的填报换年度，新文件${COVER_WORDS.zh.sheet}的填报单位填${v(p, "unit")}` : `按${v(p, "unit")}的填报${p["task"] === "report" ? "评估" : "汇总"}；${p["gone"] ? `请该单位从下发的原表把「${COVER_NAME}」表复制回来` : `请该单位在${COVER_WORDS.zh.sheet} ${UNIT_AT} 补填填报单位`}`}`,
  // trial46a F1: a unit's own name misspelt on the cover of its distributed file, counted as that unit's (cycle/coverSlips): the
  // file, then the workbook problem's own words (cover_unit_slip, as 问题清单 and check say it: one text)
  cover_unit_slip: (p) => `${v(p, "file")}：${describeWorkbookProblem(slipProblem(p), "zh")}`,
  // the sheet and cell a person sees (the cover is the sheet 填报说明: a trial looked for a 封面 tab); 校验 (task check) says what a summary will do
  // trial35 M2: two units' returns alike in every value are two returns (the covers say so), both counted; a copy-paste slip is likely, so said
  // trial37c F6: one line per group of returns alike (sameValueGroups), naming every unit in one order (`units`, `files`: 、-joined; `n` how many)
  same_values_units: (p) => `${v(p, "units")} ${Number(p["n"]) === 2 ? "两" : `${v(p, "n")} `}个单位填报的数值完全相同（${v(p, "files")}）：这些单位的填报都已${p["task"] === "report" ? "评估" : "汇总"}；可能是复制粘贴时用错了表，请与这些单位核实`,
  // `gone`: the 填报说明 sheet deleted and the file's name not one distribute gave (coverlessUnit): no C4 to fill, the sheet is copied back;
  // `unread`: no file's name was read (the pane's open workbook), so none is said to be wrong
  cover_no_unit: (p) => `${v(p, "file")}：${p["gone"] ? `「${COVER_NAME}」表已被删除，${p["unread"] ? "" : "文件名也不是下发时的（年度-单位.xlsx），"}读不出填报单位` : `「${COVER_NAME}」表 ${UNIT_AT} 的填报单位是空的`}，${p["task"] === "report" ? "评估报告中" : p["task"] === "check" ? "汇总时将" : "汇总时"}以文件名代称、不属于任何单位；${p["gone"] ? `请从下发的原表把「${COVER_NAME}」表复制回来，填好填报单位` : "请填写填报单位"}${p["task"] === "check" ? "" : `后再${p["task"] === "report" ? "评估" : "汇总"}`}`,
  summary_explained: (p) => `滞后未写说明、审核人已认可（通过或已说明，不计入未说明的滞后）：${v(p, "units")}`,
  bad_date: (p) => `${v(p, "flag")} 应为日期 YYYY-MM-DD（如 2025-01-31），实际为「${v(p, "found")}」`,
  units_blank: () => "--units 应为以逗号分隔的单位名称，不能有空项",
  unit_twice: (p) => `--units 中「${v(p, "unit")}」出现了两次；请删去重复的一个`,
  ledger_unit_twice: (p) => `${v(p, "file")}：报送台账中「${v(p, "unit")}」列了两行：应报单位会多算一个；请删去重复的一行后再用`,
  ledgers_unit_twice: (p) => `「${v(p, "unit")}」在两份报送台账中都有（${v(p, "a")}、${v(p, "b")}）：应报单位会多算一个；请从其中一份删去它，或只给其中一份 --ledger`,
  ledgers_years_differ: (p) => `几份报送台账的年度不同（${v(p, "a")} 是 ${v(p, "ya")} 年度，${v(p, "b")} 是 ${v(p, "yb")} 年度）；请给同一年度的报送台账`,
  ledgers_templates_differ: (p) => `几份报送台账下发的模板不同（${v(p, "a")}：${v(p, "ta")}；${v(p, "b")}：${v(p, "tb")}），不能在一次汇总中合并；请按模板分别汇总，或用 --units 列出应报单位`,
  units_same_file: (p) => `「${v(p, "a")}」与「${v(p, "b")}」的文件名相同（${v(p, "name")}）；请改用可区分的单位名称`,
  ledger_and_units: () => "--ledger 与 --units 只能用其一",
  context_previous_unit: (p) => `--previous 的填报单位为${v(p, "other")}，本表为${v(p, "own")}，未作比较：--previous 应为本单位上一年度（${v(p, "last")} 年）报送的填报`,
  context_previous_year: (p) => `--previous 的填报是 ${v(p, "other")} 年度的，本表为 ${v(p, "own")} 年度，未作比较：--previous 应为上一年度（${v(p, "last")} 年）报送的填报`,
  context_city_year: (p) => `--city：全市填报的报告年份为 ${v(p, "other")}，本表为 ${v(p, "own")}，无法比较`,
  context_city_unit: (p) => `--city 的填报单位为${v(p, "other")}，不是规划所属的${v(p, "region")}，未作比较：--city 应为${v(p, "region")}本级报送的同一年度填报`,
  not_ledger: (p) => `${v(p, "file")}：不是报送台账（未找到 plan-returns 写出的「报送台账」表）`,
  ledger_year: (p) => `${v(p, "file")} 是 ${v(p, "ledgerYear")} 年度的报送台账，而填报${p["most"] ? `大多是 ${v(p, "year")} 年度（${v(p, "of")} 份中 ${v(p, "most")} 份）` : `是 ${v(p, "year")} 年度`}；请改用 ${v(p, "year")} 年度的报送台账，或不用台账而用 --units 单位1,单位2 --deadline YYYY-MM-DD 列出应报单位和截止日期`,
  year_plan: (p) => `${v(p, "year")} 年度的是「${v(p, "title")}」的${p["final"] ? "期末" : ""}填报，其规划期为 ${v(p, "period")}`,
  years_tied: (p) => `各填报的报告年份不一：${v(p, "years")} 年度各 ${v(p, "n")} 份，无法确定按哪一年${p["task"] === "report" ? "评估" : "汇总"}；${p["plans"] ? `各年度的填报属不同规划：${v(p, "plans")}；` : ""}请用 --year 指定年份（其他年度的填报逐一列出原因和改法，不${p["task"] === "report" ? "评估" : "汇总"}）`,
};

const EN: Record<CycleMessageCode, (p: Params) => string> = {
  lock_errors: (p) => `${fileHead(p, "en")}${v(p, "what")}${notLocked(p, "en")}; send it back to be corrected first (the first: ${v(p, "first")})`,
  check_lock_errors: (p) => `${v(p, "what")}; correct them first (the first: ${v(p, "first")})`,
  lock_refused_all: (p) => `${v(p, "file")}: not locked, for ${many(p, "n", "reason")}, each to be dealt with first (${optionsEn(p)}):`,
  lock_would_note: (p) => `Also: once these are dealt with it locks, but says (none of these stops the lock): ${wouldNote(p, "en")}`,
  lock_notes: (p) => wouldNote(p, "en"),
  review_comments_taken: (p) => `Moved ${many(p, "n", "comment")} typed in the 审核意见 (comment) column of the ${tablesOf(p, "en")} into the review sheet`,
  review_column_moved: (p) => `Note: your own column "${v(p, "header")}" on the "${v(p, "sheet")}" sheet stood in column ${v(p, "from")}, where this tool's columns now are; it moved to column ${v(p, "to")} (its text kept row by row)`,
  lock_blockers: (p) => BLOCKER_WORDS.en(p as unknown as BlockerCounts),
  check_lock_refused: (p) => `Cannot be locked yet: plan-returns lock ${arg(p, "file")} would refuse it for ${many(p, "n", "reason")}:`,
  lock_returned: (p) => `${fileHead(p, "en")}${many(p, "n", "退回修改 (send back) decision")} on the review sheet${p["sheet"] ? ` "${v(p, "sheet")}"` : ""} still ${Number(p["n"]) === 1 ? "holds" : "hold"}${returnedNamed(p, "en")}${notLocked(p, "en")}; ${sendBack(p, "en")}`,
  lock_stale: (p) => `${fileHead(p, "en")}${many(p, "n", "row")} of the review sheet "${v(p, "sheet")}" ${agree(p, "n", "is", "are")} 待复核 (to be decided again)${rowsNamed(p, "en", "行")}${notLocked(p, "en")}; ${agree(p, "n", `what it holds (a value, 说明 or 人工评估) changed after it was decided on, and ${p["file"] ? "review" : PANE_REVIEW.en} only marks it, never clears it`, `what they hold (values, 说明 or 人工评估) changed after they were decided on, and ${p["file"] ? "review" : PANE_REVIEW.en} only marks them, never clears them`)}: ${Number(p["unmarked"]) > 0 ? `the change of ${agree(p, "n", "it", `${v(p, "unmarked")} of them`)} is not marked on the sheet yet (a 人工评估 saved together with the decision neither), so first run plan-returns review ${arg(p, "file")} to bring the sheet up to date, then ` : ""}${restate(p, "en")}, save, and lock again${heldMark(p, "en")}${returnedStale(p, "en")}`,
  lock_unassessed_row: (p) => `${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")}${unassessedBits(p, "en")}`,
  lock_unassessed: (p) => `${fileHead(p, "en")}${many(p, "n", "indicator")} ${Number(p["n"]) === 1 ? "is" : "are"} still 待人工评估 (awaiting the reviewer's assessment)${named(p, "en")}${notLocked(p, "en")}; locking locks ${agree(p, "n", "its 人工评估 (assessment) cell", "their 人工评估 (assessment) cells")} too, and the report would keep ${agree(p, "n", "it", "them")} 未能评估 (not assessable) for good: ${assessSteps(p, "en")}${p["file"] ? `; to lock ${agree(p, "n", "it", "them")} unassessed on purpose, add --accept-unassessed` : `; where ${agree(p, "n", "it", "they")} truly cannot be assessed, the reviewer may lock all the same (the ledger then shows ${UNASSESSED_WORDS.en.state(Number(p["n"]))})`}`,
  locked_unassessed: (p) => `Note: ${many(p, "n", "indicator")} still 待人工评估 (awaiting the reviewer's assessment)${named(p, "en")} ${Number(p["n"]) === 1 ? "was" : "were"} locked as --accept-unassessed asks, ${agree(p, "n", "its 人工评估 (assessment) cell with it", "their 人工评估 (assessment) cells with them")}; the report will keep ${agree(p, "n", "it", "them")} 未能评估 (not assessable)`,
  lock_unassessed_list: (p) => `${fileHead(p, "en")}${many(p, "n", "project or reform row")} ${agree(p, "n", "is", "are")} still 待人工评估 (awaiting the reviewer's assessment)${named(p, "en")}${notLocked(p, "en")}; project and reform lists have no 人工评估 (assessment) column, so the reviewer's conclusion is the row's 审核结论 (decision) on the review sheet: choose 通过 (pass) or 已说明 (explained) for ${agree(p, "n", "that row", "these rows")} there (the assessment in 审核意见, the comment), save, and lock again; to lock ${agree(p, "n", "it", "them")} unassessed on purpose, add --accept-unassessed`,
  locked_unassessed_list: (p) => `Note: ${many(p, "n", "project or reform row")} still 待人工评估 (awaiting the reviewer's assessment)${named(p, "en")}, with no 通过 or 已说明 on the review sheet, ${agree(p, "n", "was", "were")} locked as --accept-unassessed asks; the report still says 待人工评估`,
  lock_no_meta: (p) => `${v(p, "file")}: the add-in's metadata sheet is missing`,
  lock_failed: (p) => `${v(p, "file")}: cannot lock (${v(p, "why")})`,
  strict_package: (p) => `${v(p, "file")}: the file is saved as Strict Open XML, which this tool does not write into; in Excel, save it as "Excel Workbook (.xlsx)" and try again`,
  lock_readback: (p) => `${v(p, "file")}: the locked file did not read back as the original; stopped, the original is unchanged`,
  review_readback: (p) => `${v(p, "file")}: with the review sheet written, the other cells did not read back as the original; stopped, the original is unchanged`,
  review_write_failed: (p) => `${v(p, "file")}: the review sheet could not be written (${v(p, "detail")}); the original is unchanged`,
  review_next_decide: (p) => `Next: the reviewer chooses a 审核结论 (${v(p, "list")}${Number(p["stale"]) > 0 ? `; ${reconfirm("en")}` : ""}) for ${toDecide(p, "en")} on the "${v(p, "sheet")}" sheet and saves, runs plan-returns review ${arg(p, "file")} to see where things stand${Number(p["sentBack"]) > 0 || Number(p["refused"]) > 0 ? "" : `, and once every row is decided runs plan-returns lock ${arg(p, "file")} --reviewer ${commandPlaceholder("reviewer name")}`}${heldMark(p, "en")}${returnedStale(p, "en")}${sentBackAfter(p, "en")}`,
  review_next_lock: (p) => `Every row is decided: run plan-returns lock ${arg(p, "file")} --reviewer ${commandPlaceholder("reviewer name")} to lock it`,
  review_next_refused: (p) => Number(p["decided"]) > 0
    ? `Next: every row is decided, but plan-returns lock ${arg(p, "file")} would not lock it yet, for ${many(p, "n", "reason")} to deal with first:`
    : `Besides, plan-returns lock ${arg(p, "file")} would also refuse it for ${many(p, "n", "reason")} that deciding the rows above does not clear, to deal with apart:`,
  review_next_return: (p) => `Next: ${returnStep(p, "en")}`,
  nothing_summed_tied: () => "No summary written: every return received has versions that cannot be told apart (see above), so there is none to sum; record which is the newer as said above (or delete the older) and run the summary again",
  report_printed: (p) => `Evaluation report (${englishCount(Number(p["n"]), "return")}, year ${v(p, "year")}); no file written: add --out 评估报告.docx (or .xlsx) to write one`,
  locked: (p) => `Locked ${v(p, "file")}: the fingerprint of ${many(p, "n", "input cell")} (${filledOf(p)}) and of each row's 说明 (note) and 人工评估 (assessment) is recorded and ${agree(p, "sheets", "the sheet's input cells are", `the input cells of ${v(p, "sheets")} sheets are`)} protected ${lockedHowEn(p)}`,
  lock_kept: (p) => `${v(p, "file")} is locked${v(p, "facts")} and unchanged since: the original lock is kept (its date and reviewer), not locked again; ${agree(p, "sheets", "the sheet's input cells are", `the input cells of ${v(p, "sheets")} sheets are`)} protected`,
  relocked: (p) => `Locked ${v(p, "file")} again: the fingerprint of ${many(p, "n", "input cell")} (${filledOf(p)}) and of each row's 说明 (note) and 人工评估 (assessment) is recorded and ${agree(p, "sheets", "the sheet's input cells are", `the input cells of ${v(p, "sheets")} sheets are`)} protected ${lockedHowEn(p)}`,
  lock_changed_row: (p) => `${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} ${quotedValue(v(p, "was"), "en")} when locked, now ${quotedValue(v(p, "now"), "en")} (${changedReviewRow(p, "en")})`,
  lock_changed: (p) => `${fileHead(p, "en")}${changedKinds(p)} changed after the lock and not reviewed since${named(p, "en")}${notLocked(p, "en")}; locking again would record the values and notes now as the accepted ones, so each change is reviewed first: ${Number(p["unmarked"]) > 0 ? `run plan-returns review ${arg(p, "file")} to bring the review sheet up to date (these rows become 待审核 or 待复核, their 问题 giving the value when locked and now), then ` : ""}check each row: to accept a change choose 通过 (accept) or 已说明 (explained) as its 审核结论 (decision) (${reconfirm("en")}), to refuse it choose 退回修改 (send back) and have the filer put it back; save, and lock again${heldMark(p, "en")}`,
  lock_open_row: (p) => `${reviewRows(v(p, "review"), v(p, "row"), "en")} ${v(p, "name")}${p["cell"] ? ` (${v(p, "sheet")}!${v(p, "cell")})` : ""}`,
  review_unlisted_decision: (p) => `Note: the 审核结论 (decision) "${v(p, "word")}" in ${v(p, "cell")} is not one of the list (${v(p, "list")}), so the row counts as not decided, by lock too: choose one from the cell's drop-down list`,
  locked_unreviewed: (p) => lockedNotes(p, "en"),
  deadline_early: (p) => `Note: the deadline ${v(p, "deadline")} is not after the end of ${v(p, "year")}, the year reported on, whose figures do not exist by then; did you mean ${v(p, "meant")}? If so, run it again with --deadline ${v(p, "meant")} --force`,
  no_deadline: (p) => `The new ${agree(p, "n", "return has", "returns have")} no deadline (add --deadline YYYY-MM-DD)`,
  templates_alike: (p) => `Note: templates "${v(p, "first")}" and "${v(p, "second")}" ${ALIKE_BY.en[String(p["by"]) as keyof typeof ALIKE_BY.en] ?? ALIKE_BY.en.title} (${v(p, "title")}), and both went into ${Number(p["n"]) > 1 ? "every" : "the"} return (a sheet each, the cover's plan title given twice); if only one was meant (a --from file in place of the built-in template), name only that one and run it again with --force`,
  template_over_filled: (p) => `${v(p, "file")} was ${v(p, "held")} with ${many(p, "n", "value")} typed in, now replaced by a blank return; the old file, values and all, is kept as ${v(p, "kept")}`,
  distributed: (p) => `Distributed ${many(p, "n", "return")} (${v(p, "year")}${p["deadline"] ? `, due ${v(p, "deadline")}` : ""})`,
  rolled: (p) => `Wrote ${v(p, "out")} (year ${v(p, "year")}${p["deadline"] ? `, due ${v(p, "deadline")}` : ""}): ${many(p, "n", "filled cell")} carried from ${v(p, "file")} (year ${v(p, "from")}); the original is unchanged`,
  rolled_left: (p) => `说明 (notes), 人工评估 (assessments) and 审核意见 (review comments) are written each year: ${many(p, "n", "cell")} not carried`,
  rolled_explained_blank: (p) => `Note: ${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")}: not filled in for ${v(p, "year")} (its 说明 then: ${v(p, "note")}), still blank in the new return; fill it in once the figure is published`,
  rolled_explained_blanks: (p) => `Note: ${many(p, "n", "row")} not filled in for ${v(p, "year")} (a reason given in the old return's 说明) ${agree(p, "n", "is", "are")} still blank in the new return; fill ${agree(p, "n", "it", "them")} in once the figures are published: ${v(p, "rows")}${p["more"] ? ", …" : ""}`,
  rolled_signoffs_left: (p) => `The 填报日期 (date), 单位负责人 (head's signature) and 审核人 (reviewer) on ${COVER_WORDS.en.sheetFirst} are the year's own: ${v(p, "n")} not carried`,
  rolled_back: (p) => `Note: ${v(p, "year")} is earlier than the return's year ${v(p, "from")}; the values filled for ${v(p, "years")} were carried too, check whether to keep them`,
  rolled_years_skipped: (p) => `Note: ${p["unit"] ? `${v(p, "unit")}: ` : ""}${v(p, "file")} is a return of ${v(p, "from")}, and none of ${v(p, "gap")} was received: it was rolled over to ${v(p, "year")} all the same (the values up to ${v(p, "from")} carried), and the values of ${v(p, "gap")} are blank in the new return; ask the unit to fill them in`,
  rolled_note_years_skipped: (p) => `No return of ${v(p, "gap")} received: rolled over from the return of ${v(p, "from")}; the values of ${v(p, "gap")} are to be filled in`,
  rolled_year_blank: (p) => `Note: ${p["unit"] ? `${v(p, "unit")}: ` : ""}${v(p, "file")} is a return of ${v(p, "from")}, but ${p["blank"] === "file" ? "no value was entered at all" : `its values of ${v(p, "from")} are all blank`} (${v(p, "words")}, counted as not sent by summary): it was rolled over to ${v(p, "year")} all the same${p["blank"] === "file" ? "" : ` (the values before ${v(p, "from")} carried)`}, and the values of ${v(p, "from")} are blank in the new return; ask the unit to fill them in`,
  rolled_note_year_blank: (p) => `The return of ${v(p, "from")} held ${p["blank"] === "file" ? "no value at all" : `no values for ${v(p, "from")}`} (${v(p, "words")}, counted as not sent): the values of ${v(p, "from")} are to be filled in`,
  rolled_ahead: (p) => `Note: the ${v(p, "from")} return already held values for ${v(p, "years")} (${many(p, "n", "cell")}), carried too; ${agree(p, "n", "it is", "they are")} later than the year it reported on, so ${agree(p, "n", "it was", "they were")} never sent or checked as that year's ${agree(p, "n", "value", "values")} (perhaps typed in the wrong column): check each one:`,
  rolled_ahead_value: (p) => `  ${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} ${v(p, "year")}: ${v(p, "value")}`,
  rolled_ahead_more: (p) => `  … and ${v(p, "n")} more`,
  rolled_invalid: (p) => `Note: ${many(p, "n", "cell")} carried ${Number(p["n"]) === 1 ? "is" : "are"} not a valid number in the ${v(p, "from")} return's check, carried as ${agree(p, "n", "it is", "they are")}; ${rolledInvalidEn(Number(p["n"]), Number(p["errors"] ?? 0), p["final"] !== undefined)}: correct each one:`,
  rolled_invalid_value: (p) => `  ${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} ${v(p, "year")}: ${v(p, "why")}`,
  rolled_locked_changes: (p) => `Note: the ${v(p, "from")} return was locked and ${many(p, "n", "cell")} changed since, not reviewed and locked again; carried as ${agree(p, "n", "it is now: verify it", "they are now: verify them")}:`,
  report_locked_changes: (p) => LOCKED_CHANGE_WORDS.en.head(v(p, "unit"), v(p, "n")),
  locked_change: (p) => `  ${LOCKED_CHANGE_WORDS.en.change(lockedChangeOf(p))}`,
  rolled_slips: (p) => `Note: ${many(p, "n", "cell")} carried had a value to verify in the ${v(p, "from")} return's check (a unit or digit slip, a percentage typed as a fraction, or a cumulative row's level or a year far beyond the pace); carried as ${agree(p, "n", "it is, the report does not grade it and later years' growth and forecasts start from it: verify and correct it", "they are, the report grades none of them and later years' growth and forecasts start from them: verify and correct each one")}:`,
  rolled_slip_value: (p) => `  ${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")} ${v(p, "year")}: ${v(p, "value")} (${p["code"] === "level_typed" ? `perhaps the year's level${p["amount"] === undefined ? "" : `, ${v(p, "amount")} for the year?`}` : p["code"] === "year_over_pace" ? `far beyond the yearly pace${p["amount"] === undefined ? "" : `, perhaps with last period's total added in: ${v(p, "amount")} for the year?`}` : p["code"] === "scale_suspect" ? "over 1000× the baseline or target" : p["code"] === "percent_style_unit" ? `the cell is in a percent style, stored as ${v(p, "stored")}; did you mean ${v(p, "meant")}?` : p["code"] === "fraction_suspect" ? `perhaps a percentage typed as a fraction; did you mean ${v(p, "meant")}?` : p["side"] === "below" ? `about 1/${Math.round(Number(p["factor"]))} of the smallest of the plan's numbers` : `about ${v(p, "factor")} times the largest of the plan's numbers`})`,
  rolled_other_sheets: (p) => `Sheets the add-in did not make are not carried: ${v(p, "sheets")}`,
  rolled_review_left: (p) => {
    const apart = Boolean(p.locked) && p.lockYear !== undefined && p.lockYear !== p.from;
    const both = Boolean(p.sheet) && Boolean(p.locked);
    // a line of its own: capitalised (trial42d F6)
    return `${p.sheet ? `The ${v(p, "from")} review sheet "${v(p, "sheet")}"` : ""}${both ? " and the " : ""}${p.locked ? `${p.sheet ? "" : "The "}${v(p, apart ? "lockYear" : "from")} lock record` : ""} belong${both ? "" : "s"} to ${apart && both ? "their own years" : "that year"}: not carried (the new year's return is reviewed${p.locked ? " and locked" : ""} anew)`;
  },
  rolled_added_column: (p) => `"${v(p, "sheet")}" column ${v(p, "column")} ${p["header"] ? `"${v(p, "header")}"` : "(no header)"} (${Number(p["n"]) > 0 ? `${many(p, "n", "cell")} filled` : "header only"})`,
  rolled_added_columns: (p) => `Columns added to the return are not carried into the new year (the new file has the template's columns only): ${v(p, "columns")}; if still needed, insert them again in the new file and copy their contents from the original`,
  rolled_loose_cells: (p) => `${v(p, "place")} and are not carried into the new year (the new file has the template's cells only); if still needed, copy them from the original into the new file`,
  rolled_sheet_copy: (p) => `${v(p, "problem")}; the roll-over carries "${v(p, "of")}" only`,
  rolled_merged: (p) => `${v(p, "file")} merges ${many(p, "n", "other unit's return", "other units' returns")} (sheets ${v(p, "sheets")}): the roll-over carries "${v(p, "of")}" only, as ${v(p, "unit") ? `${v(p, "unit")}'s` : "the blank 填报单位's"} return by its 填报说明 sheet (the cover); the values of ${v(p, "units")} are not carried: ${agree(p, "n", "that unit should send its own return in the file it was", "those units should each send their own return in the file they were")} given`,
  merged_returns: (p) => `${v(p, "file")} merges ${many(p, "n", "other unit's return", "other units' returns")} (${v(p, "units")}): only ${v(p, "unit") ? `${v(p, "unit")}'s` : "the blank 填报单位's"}, by its 填报说明 sheet (the cover), is ${p["task"] === "report" ? "evaluated" : "summed"}${p["read"] ? ` (yet the sheet read is "${v(p, "read")}": ${v(p, "read")}'s figures went to ${v(p, "unit") || "the blank unit"})` : ""}; ${agree(p, "n", "the other is", "the others are")} not ${p["task"] === "report" ? "evaluated" : "summed"}${p["ledger"] ? ` and ${agree(p, "n", "counts", "count")} as not sent` : ""}${p["sent"] ? ` (${v(p, "sent")} also sent ${v(p, "sent").includes(",") ? "their" : "its"} own, ${p["task"] === "report" ? "evaluated" : "summed"} instead)` : ""}. ${agree(p, "n", "That unit should send its own return in the file it was", "Those units should each send their own return in the file they were")} given (do not delete sheets to fix this: the 填报说明 sheet still says ${v(p, "unit") || "nothing"}, so figures would go to the wrong unit)`,
  rolled_formulas_left: (p) => `Note: ${many(p, "n", "cell")} of the original ${agree(p, "n", "holds", "hold")} a formula never calculated whose text cannot be read (the other cells of a shared formula, or a long formula) and ${Number(p["n"]) === 1 ? "is" : "are"} not carried: open and save the original in Excel, WPS or LibreOffice and roll it over again, or fill ${Number(p["n"]) === 1 ? "it" : "them"} in the new file:`,
  rolled_formula_left: (p) => `  ${p["cell"] ? `${v(p, "sheet")}!${v(p, "cell")} ` : ""}${v(p, "name")}${p["year"] ? ` ${v(p, "year")}` : ""} (where it is in the original)`,
  rolled_comments: (p) => `"${v(p, "sheet")}": ${many(p, "n", "cell")} ${agree(p, "n", "has a comment", "have comments")} (${v(p, "cells")}${Number(p["n"]) > Number(p["shown"]) ? ", …" : ""}${p["sample"] ? `; such as "${v(p, "sample")}"` : ""}), which ${agree(p, "n", "is", "are")} not carried into the new year; if still needed, copy ${agree(p, "n", "it", "them")} from the original into the new file`,
  roll_list_continuing: (p) => `of its rows, the next year still needs ${[Number(p["nProjects"]) > 0 ? `${many(p, "nProjects", "project")} still being built (${v(p, "projects")}${Number(p["nProjects"]) > Number(p["shownProjects"]) ? "; …" : ""})` : "", Number(p["nReforms"]) > 0 ? `${many(p, "nReforms", "unfinished reform")} (${v(p, "reforms")}${Number(p["nReforms"]) > Number(p["shownReforms"]) ? "; …" : ""})` : ""].filter(Boolean).join(" and ")}: rollover cannot carry them into another year's list, so include them when the next year's list is imported (this file is not changed; their 累计完成投资 (investment completed) and progress can be typed from it)`,
  rolled_references: (p) => `A project list's 累计完成投资 (investment completed to date) is typed anew each year: ${many(p, "n", "cell")} not carried (未填报 (not reported) in ${v(p, "year")}), the ${v(p, "from")} figure kept in ${agree(p, "n", "the cell's", "each cell's")} ${p["place"] === "prompt" ? "input prompt (shown when the cell is selected)" : "comment"}; type the total to the end of ${v(p, "year")}`,
  rolled_references_unusable: (p) => `Of these, ${many(p, "n", "cell")} held no usable amount in ${v(p, "from")}, so ${agree(p, "n", "it is", "they are")} not quoted as last year's 累计完成投资 (investment completed): type the total to the end of ${v(p, "year")} in each:`,
  roll_same_year: (p) => `${v(p, "file")} already reports on ${v(p, "year")}; give another year with --year to roll it over, or --from ${commandPlaceholder("the amended template.json")} to move it onto the amended version in the same year`,
  roll_same_version: (p) => `${v(p, "file")} already reports on ${v(p, "year")} on the version of ${v(p, "from")}: nothing to move; give another year with --year to roll it over`,
  rolled_same_year: (p) => `${v(p, "file")} stays the return of ${v(p, "year")}, moved onto the amended version: the year's values, notes and cover carried; ask the unit to check it (and fill in the indicators the amendment added) and send the new file`,
  check_returns_apart: (p) => `${v(p, "unit")} sent ${many(p, "n", "return")} of different plans or years, not versions of one return; each is checked on its own: ${v(p, "files")}. Summary and report work on one year (by default the year most returns give, or --year) and its plan: of these returns they use the one of that year, and name the others without summing them`,
  check_return_of: (p) => `${v(p, "file")} (「${v(p, "title")}」, ${v(p, "year")})`,
  check_other_version: (p) => `Set aside by summary and report: ${v(p, "file")}: ${v(p, "why")}; ${v(p, "fix")}`,
  check_year_blank: (p) => `${p["blank"] === "file" ? "Blank form: no value was entered at all (summary counts it as not sent)" : `No values for the year: ${p["list"] ? `${LIST_BLANK_EN[v(p, "list")]?.(v(p, "year")) ?? ""}; summary counts it as not sent)` : `every value of ${v(p, "year")} is blank (earlier years only; summary counts it as not sent)`}`}. Every item below is Not reported`,
  check_figures_blank: (p) => `Not yet filled for the year: ${[Number(p["projects"]) > 0 ? `${many(p, "projects", "project")}' 累计完成投资 (investment completed to date)` : "", Number(p["reforms"]) > 0 ? `${many(p, "reforms", "reform")}' 进展 (progress)` : ""].filter(Boolean).join(" and ")} ${Number(p["projects"]) + Number(p["reforms"]) === 1 ? "is" : "are"} blank (${cellsNamed(p, "en")}; a list is filled in each year: ${Number(p["projects"]) > 0 ? `type each project's total to the end of ${v(p, "year")}` : ""}${Number(p["projects"]) > 0 && Number(p["reforms"]) > 0 ? " and " : ""}${Number(p["reforms"]) > 0 ? `choose each reform's progress at the end of ${v(p, "year")}` : ""}); rows left blank are Not reported`,
  roll_from_other_plan: (p) => `${v(p, "file")} carries ${v(p, "templates")}, while --from ${v(p, "from")} is "${v(p, "title")}" (${v(p, "id")}), not the same plan; nothing written: --from takes the amended version of the same plan within its period (a mid-term revision, imported again with the same --id); distribute another plan, or the next period's, with distribute`,
  roll_from_other_period: (p) => `${v(p, "file")} carries "${v(p, "own")}", plan period ${v(p, "ownPeriod")}, while --from ${v(p, "from")} is "${v(p, "title")}", plan period ${v(p, "period")}: another period's plan, not a mid-term revision (a revision keeps the baseline and target years); nothing written: import the new plan's table again without --id (the old plan's --id makes the two plans one), then distribute its forms with distribute --from ${commandPlaceholder("the new plan's template.json")} --year ${v(p, "year")}; rollover stays within a plan period`,
  rolled_from: (p) => `Moving onto the amended template "${v(p, "title")}" (${v(p, "id")}) of ${v(p, "from")}: ${many(p, "n", "change")} from the version ${v(p, "units")} carried; indicators matched by name and unit (not by row id), earlier years' values carried:`,
  rolled_from_same: (p) => `Moving onto the template "${v(p, "title")}" (${v(p, "id")}) of ${v(p, "from")}: the same as the version ${v(p, "units")} carried, nothing changed`,
  rolled_from_change: (p) => {
    const k = v(p, "kind");
    if (k === "dropped") return `  dropped: "${v(p, "name")}" (no longer reported; earlier years' values not carried)`;
    if (k === "added") return `  added: "${v(p, "name")}" (earlier years blank, to fill in${p["cumulative"] ? "; a cumulative row counts a blank year as 0" : ""})`;
    if (k === "renamed") return `  renamed: "${v(p, "old")}" → "${v(p, "name")}" (carried as one indicator)`;
    if (k === "unit") return `  unit changed: "${v(p, "name")}" ${v(p, "old") || "(no unit)"} → ${v(p, "new") || "(no unit)"} (the same indicator; earlier years' values, in the old unit, are neither converted nor carried: fill them in in the new unit)`;
    const what = k === "target" ? "target" : k === "attribute" ? "attribute" : "baseline";
    return `  ${what} changed: "${v(p, "name")}" ${v(p, "old") || "(blank)"} → ${v(p, "new") || "(blank)"}`;
  },
  rolled_from_left: (p) => `Note: "${v(p, "name")}" was dropped from the amended plan; its ${many(p, "n", "cell")} in the original (${v(p, "years")}) ${agree(p, "n", "is", "are")} not carried into the new file`,
  rolled_from_unit_left: (p) => `Note: the unit of "${v(p, "name")}" changed from ${v(p, "old") || "none"} to ${v(p, "new") || "none"}; its ${many(p, "n", "cell")} in the original (${v(p, "years")}), in ${v(p, "old") || "the old unit"}, ${agree(p, "n", "is", "are")} neither converted nor carried into the new file: fill those years in in ${v(p, "new") || "the new unit"} (the original keeps its values)`,
  roll_out_or_dir: () => "give either --out (the new file, for one return) or --out-dir (a folder, one new return per unit, for several returns or a folder)",
  roll_several_need_dir: () => "several returns or a folder need --out-dir, the folder to write one return per unit in (such as 2025-定海区.xlsx); --out is for one return",
  roll_ledger_needs_dir: () => "--ledger goes with --out-dir (the old year's ledger lists every unit expected, for the new ledger); one return rolled over with --out needs no ledger",
  roll_ledger_new_year: (p) => `${v(p, "file")} is the ledger (报送台账) of ${v(p, "year")}, the year rolled over to: give --ledger the old year's ledger (the one distribute wrote with the returns, such as 下发/报送台账.xlsx)`,
  roll_no_unit: (p) => `not rolled over: ${v(p, "file")}: ${p["gone"] ? `${COVER_WORDS.en.sheet} was deleted` : `${COVER_WORDS.en.unit} is blank`}, ${p["ledger"] ? "nor is the file's name one distribute gave a unit of the ledger" : p["gone"] ? "nor is the file's name one distribute gave (year-unit.xlsx)" : "and there is no old year's ledger to tell its unit by its file name (add --ledger 下发/报送台账.xlsx)"}, so the new file cannot be named after a unit; ${p["gone"] ? `copy ${COVER_WORDS.en.sheet} back from the distributed workbook and fill in its reporting unit` : "fill it in"}, or roll this return over alone with --out`,
  roll_cover_blank: (p) => `${v(p, "file")}: ${p["gone"] ? `${COVER_WORDS.en.sheet} was deleted and the file's name is not one distribute gave (year-unit.xlsx), so the new file ${v(p, "out")} has no reporting unit` : `${COVER_WORDS.en.unit} is blank, so the new file ${v(p, "out")} has none either`}; fill it in on the new file's 填报说明 sheet (${UNIT_AT}) before sending it out`,
  roll_versions: (p) => `${v(p, "unit")} sent ${many(p, "n", "return")}; rolled over ${v(p, "file")} (${chosenBy(p, "en")}), not: ${v(p, "others")}`,
  roll_skipped_year: (p) => `Not rolled over (already a return of ${v(p, "year")}): ${v(p, "file")}`,
  roll_target_held: (p) => `not rolled over: ${v(p, "file")}: ${v(p, "out")}, where ${v(p, "unit")}'s new file goes, holds ${v(p, "held")}, never overwritten, even with --force; move that file away, then roll ${v(p, "unit")} over with rollover ${v(p, "fileArg")} --year ${v(p, "year")}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out ${v(p, "outArg")}`,
  roll_skipped_ledger: (p) => `Ledger (报送台账${p["year"] ? `, ${v(p, "year")}` : ""}): ${v(p, "file")}, not rolled over; the new ledger keeps its order of units`,
  rolled_all: (p) => `${many(p, "n", "return")} of ${v(p, "year")} written in ${v(p, "dir")}${Number(p["skipped"]) > 0 ? `; ${many(p, "skipped", "file")} not rolled over (see above)` : ""}`,
  rolled_none: (p) => `Nothing written: no return to roll over to ${v(p, "year")}`,
  rolled_none_ended: (p) => `Nothing written: the returns above are all of a plan that has ended, so none can be rolled over to ${v(p, "year")}: ${v(p, "problems")}`,
  rolled_ledger: (p) => `Ledger (报送台账): ${v(p, "file")} (${v(p, "year")}, ${many(p, "n", "unit")})`,
  rolled_ledger_kept: (p) => p["input"] ? `Ledger (报送台账): ${v(p, "file")} is the old year's ledger this command read and is never rewritten, even with --force; kept as it is (write the new year's with another --out-dir)` : `Ledger (报送台账): ${v(p, "file")} exists and is kept as it is (--force writes it again for the units rolled over)`,
  rolled_ledger_only: (p) => `The folder holds no ledger (报送台账) of the old year and none was given with --ledger, so which units owed a return and sent none cannot be told: the new ledger lists the ${many(p, "n", "unit")} rolled over (in file-name order); if the ledger is elsewhere (such as 下发/报送台账.xlsx, where distribute wrote it), roll over again with --ledger 下发/报送台账.xlsx --force; if another unit sent no return this year, distribute to it with distribute --units, and summarise with --units naming every unit expected (such as --units ${v(p, "units")},… --deadline ${v(p, "deadline")})`,
  rolled_ledger_missing: (p) => {
    const them = v(p, "units").includes(",") ? "them" : "it";
    return `Note: no ${v(p, "year")} return was written for ${v(p, "units")} (${v(p, "why")}); the new ledger still lists ${them}, why under 备注: roll over each unit's latest return (its earlier years' values are carried; a blank form from distribute would lose them all), writing straight into ${v(p, "dir")}${p["template"] ? ` (${v(p, "template")}: the template file import wrote for the amended plan)` : ""}:`;
  },
  rolled_missing_roll: (p) => `  ${v(p, "unit")}: rollover ${p["file"] ? v(p, "file") : commandPlaceholder(`${v(p, "unit")}'s latest return${p["own"] ? " on this plan" : ""}`)} --year ${v(p, "year")}${p["from"] ? ` --from ${v(p, "from")}` : ""}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out ${v(p, "out")}`,
  rolled_missing_new: (p) => `Only a unit that never sent a return${p["own"] ? " on this plan" : ""} gets a blank form: distribute ${v(p, "templates")} --year ${v(p, "year")} --units ${commandPlaceholder("unit name")}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out-dir ${v(p, "extra")}${p["imported"] ? ` (${v(p, "imported")}: an imported plan, not in the catalog: give the template file import wrote after --from)` : ""}, then move the returns into ${v(p, "dir")} (keep the new ledger there, not the one distribute writes)`,

  rolled_missing_other_period: (p) => {
    const many = v(p, "units").includes(",");
    return `Note: ${v(p, "units")} sent ${many ? "returns" : "a return"} of ${p["ended"] ? "a plan that has ended" : "another plan period"} (see above), which rollover cannot take to ${v(p, "year")}; the new ledger still lists ${many ? "them" : "it"}, why under 备注: send ${many ? "them" : "it"} this plan's form of ${v(p, "year")}: distribute ${v(p, "templates")} --year ${v(p, "year")} --units ${v(p, "some")}${p["deadline"] ? ` --deadline ${v(p, "deadline")}` : ""} --out-dir ${v(p, "extra")}${p["imported"] ? ` (${v(p, "imported")}: an imported plan, not in the catalog: give the template file import wrote after --from)` : ""}, then move the returns into ${v(p, "dir")} (keep the new ledger there, not the one distribute writes)`;
  },
  rolled_note_other_period: (p) => `The return received is of another plan period (${v(p, "why")}) and cannot be rolled over; no file written: send this plan's form of ${v(p, "year")} (distribute)`,
  rolled_why_unsent: (p) => `${v(p, "units")} sent nothing this year`,
  rolled_why_unusable: (p) => `The file received from ${v(p, "units")} could not be rolled over, see above`,
  rolled_why_other_plan: (p) => `${v(p, "units")} sent a return on another plan, see above; do not roll that one over, it would make the other plan's form again`,
  rolled_note_other_plan: (p) => `The file received cannot be rolled over (${v(p, "why")}); no file written: roll over the unit's latest return on this plan, or, if it never sent one, send it this plan's form of ${v(p, "year")} (distribute)`,
  roll_into_other_plan: (p) => `${v(p, "file")} is a return on "${v(p, "title")}" (template ${v(p, "own")}), while the ledger (报送台账) in ${v(p, "dir")} (${v(p, "ledger")}) is the ${v(p, "year")} ledger of template ${v(p, "templates")}: the new return would not belong to it; nothing written. To make ${v(p, "unit")}'s return on this plan, roll over its latest return on this plan, or, if it never sent one, send it this plan's form (distribute); roll the other plan's return over into another folder (--out a file in another folder)`,
  rolled_ledger_unsent: (p) => `Note: ${v(p, "unsent")} ${v(p, "unsent").includes(",") ? "are" : "is"} in the old ledger (${v(p, "file")}, ${v(p, "from")}) but ha${v(p, "unsent").includes(",") ? "ve" : "s"} no return to roll over (none sent this year, or unreadable), so not in the new ledger: roll over each one's latest return (rollover ${commandPlaceholder("its latest return")} --year ${v(p, "year")}${p["given"] ? ` --deadline ${v(p, "given")}` : ""} --out ${commandPlaceholder("new file")}, its earlier years' values carried); only a unit that never sent a return gets a blank form from distribute (--units ${v(p, "some")}); summarise with --units naming every unit expected: --units ${v(p, "units")} --deadline ${v(p, "deadline")}`,
  review_accepted_error: (p) => `Note: ${reviewRows(v(p, "review"), v(p, "row"), "en")} (${v(p, "sheet")}!${v(p, "cell")} ${v(p, "name")}) is decided "${v(p, "decision")}" but the cell still has ${many(p, "n", "error")}, so the return cannot be locked and the ledger will not show it 通过 (accepted): change the decision to 退回修改 (send back), or correct the cell and then lock`,
  ledger_held: (p) => HELD_WORDS.en.line(Number(p["n"])),
  ledger_held_state: () => HELD_WORDS.en.state,
  summary_held: (p) => `Accepted on the review sheet but still with errors, so not lockable (counted sent): ${v(p, "units")}; send back or correct, then lock`,
  return_open: (p) => `${v(p, "file")} is open in ${v(p, "app") === "libreoffice" ? "LibreOffice" : "Excel or WPS"} by ${v(p, "holder") ? `${v(p, "holder")}${v(p, "host") ? ` (on ${v(p, "host")})` : ""}` : "someone"} (${v(p, "lock")} beside it): the figures ${TASK_VERB_EN[v(p, "task")]?.[0] ?? "read"} are the ones it last saved (changes made since and not yet saved are not among them); if they are still editing it, ask them to save and close it, then ${TASK_VERB_EN[v(p, "task")]?.[1] ?? "run"} again`,
  summary_ledger: (p) => {
    const [counted, received] = [Number(p["counted"]), Number(p["received"])];
    // those the line to chase names with why only counted here, the rest named (trial37c F7)
    const chased = Number(p["chased"]) > 0 ? `${p["why"] ? `${v(p, "chased")} ` : ""}named below among those to be chased` : "";
    const said = [chased, v(p, "why")].filter((x) => x).join("; ");
    const why = counted > 0 ? ` (${counted === received && received > 1 ? "all" : `${v(p, "counted")} of them`} counted as not sent${p["why"] ? ": " : ", "}${said})` : "";
    return `Ledger (报送台账): ${v(p, "expected")} expected, ${v(p, "received")} received${why}; ${v(p, "states")}${v(p, "elsewhere")}`;
  },
  summary_ledger_states: (p) => `not sent ${v(p, "unsent")}  sent ${v(p, "sent")}  sent back ${v(p, "returned")}  accepted ${v(p, "accepted")}`,
  summary_blank_unsent: (p) => `${many(p, "n", "file")} ${v(p, "words")}, from ${v(p, "units")}`,
  summary_unusable_unsent: (p) => `${many(p, "n", "file")} that cannot be summed, from ${v(p, "units")}`,
  // the unit or units whose return is elsewhere: its return, their returns (it said "its return" of two units, "their returns" of one)
  summary_elsewhere_unsent: (p) => {
    const one = Number(p["n"]) === 1;
    const where = p["where"] === "in_subfolder" ? `${one ? "its return" : "their returns"} in a subfolder not read`
      : p["where"] === "in_summary" ? `only in a summary, no return${one ? "" : "s"} of ${one ? "its" : "their"} own` : `${one ? "its return" : "their returns"} came merged into another unit's workbook`;
    return ` (${where}, counted not sent: ${v(p, "units")})`;
  },
  summary_not_sent: (p) => `Not sent, to be chased: ${v(p, "units")}`,
  summary_unsent_unit: (p) => `${v(p, "unit")} (${p["blank"] ? BLANK_WORDS.en[v(p, "blank") as ReturnBlank] : p["own"] ? `the file received is of ${v(p, "own")}` : UNSENT_WHY_EN[v(p, "reason")] ?? "the file received cannot be summed"})`,
  summary_not_due: (p) => `Not sent, the deadline not yet near, not chased yet: ${v(p, "units")}`,
  units_more: (p) => `${v(p, "names")} and ${v(p, "more")} more (${many(p, "n", "unit")} in all; the full list is ${UNITS_LISTED_EN[v(p, "where")] ?? ""})`,
  summary_late: (p) => `Received after the deadline, ${many(p, "n", "unit")}: ${v(p, "units")}${p["saved"] ? " (counted from the workbooks' save dates; for a correction sent again after being sent back, type the day its first version came in the ledger's 收到日期 (received date) column)" : ""}`,
  summary_undated: (p) => `Received date not known, so whether sent on time cannot be told: ${v(p, "units")}; type it in the ledger's 收到日期 (received date) column (e.g. 2024-02-09)`,
  summary_to_complete: (p) => `Sent with rows not filled (未填报), to be completed: ${v(p, "units")}`,
  summary_to_correct: (p) => `Sent with errors, to be sent back and corrected: ${v(p, "units")}`,
  summary_unit_errors: (p) => `${v(p, "unit")} (${many(p, "errors", "error")}${p["what"] ? `: ${v(p, "what").charAt(0).toLowerCase()}${v(p, "what").slice(1)}` : ""})`,
  summary_to_recheck: (p) => `${sentenceStart(RECHECK_WORDS.en.changed())}: ${v(p, "units")}`,
  summary_unit_changed: (p) => `${v(p, "unit")} (${many(p, "n", "value")}: ${v(p, "cells")})`,
  summary_to_explain: (p) => `Lagging without a 说明 (explanation), to be explained: ${v(p, "units")}`,
  summary_unit_lags: (p) => `${v(p, "unit")} (${many(p, "lags", "lagging indicator")}${p["unreviewed"] ? "; locked without review" : ""})`,
  summary_unassessed: (p) => UNASSESSED_WORDS.en.line(Number(p["n"]), v(p, "units")),
  summary_missing_explained: (p) => `Rows not filled (未填报) but explained in their 说明 (not on the list to complete): ${v(p, "units")}`,
  summary_accepted_incomplete: (p) => `Accepted with rows not filled (已通过但有未填报; taken as they are, not on the list to complete): ${v(p, "units")}`,
  summary_unlisted: (p) => `${many(p, "n", "unit")} not among the units expected (the ledger's or --units): ${Number(p["n"]) === 1 ? "its return" : "their returns"} ${p["task"] === "report" ? "evaluated too" : "summed too, not counted as expected or received"}: ${v(p, "units")}`,
  cover_unit_by_name: (p) => `${v(p, "file")}: ${p["gone"] ? `the ${COVER_NAME} sheet was deleted` : `${COVER_WORDS.en.unit} is blank`}; the file's name is the one distribute gave ${v(p, "unit")}, ${p["task"] === "rollover" ? `so it is rolled over as ${v(p, "unit")}'s return, with ${v(p, "unit")} on the new file's 填报说明 sheet` : `so it is ${p["task"] === "report" ? "evaluated" : "summed"} as ${v(p, "unit")}'s return; ${p["gone"] ? `ask the unit to copy the ${COVER_NAME} sheet back from the distributed workbook` : "ask the unit to fill it in"}`}`,
  same_values_units: (p) => `${andList(v(p, "units"))} sent exactly the same values (${v(p, "files").split("、").join(", ")}): each of these returns is ${p["task"] === "report" ? "evaluated" : "summed"}; one may have been copied into the wrong workbook, so check with these units`,
  cover_unit_slip: (p) => `${v(p, "file")}: ${describeWorkbookProblem(slipProblem(p), "en")}`,
  cover_no_unit: (p) => `${v(p, "file")}: ${p["gone"] ? `the ${COVER_NAME} sheet was deleted${p["unread"] ? "" : " and the file's name is not one distribute gave (year-unit.xlsx)"}, so it names no reporting unit` : `the reporting unit on sheet ${COVER_NAME} (${UNIT_AT}) is blank`}; ${p["task"] === "report" ? "evaluated" : p["task"] === "check" ? "a summary would list it" : "summed"} under its file name, as no unit's return; ${p["gone"] ? `copy the ${COVER_NAME} sheet back from the distributed workbook and fill in its reporting unit` : "fill it in"}${p["task"] === "check" ? "" : ` and ${p["task"] === "report" ? "evaluate" : "summarise"} again`}`,
  summary_explained: (p) => `Lagging without a 说明 but accepted by the reviewer (通过 or 已说明; not counted as unexplained lags): ${v(p, "units")}`,
  bad_date: (p) => `${v(p, "flag")} should be a date written YYYY-MM-DD (such as 2025-01-31), found "${v(p, "found")}"`,
  units_blank: () => "--units should be unit names separated by commas, none of them blank",
  unit_twice: (p) => `--units names "${v(p, "unit")}" twice; remove one of them`,
  ledger_unit_twice: (p) => `${v(p, "file")}: the 报送台账 lists "${v(p, "unit")}" in two rows: one unit would be expected twice; delete one of the rows and use it again`,
  ledgers_unit_twice: (p) => `"${v(p, "unit")}" is in two 报送台账 ledgers (${v(p, "a")}, ${v(p, "b")}): it would be expected twice; remove it from one of them, or give only one of them with --ledger`,
  ledgers_years_differ: (p) => `the 报送台账 ledgers are of different years (${v(p, "a")} of ${v(p, "ya")}, ${v(p, "b")} of ${v(p, "yb")}); give ledgers of one year`,
  ledgers_templates_differ: (p) => `the 报送台账 ledgers distributed different templates (${v(p, "a")}: ${v(p, "ta")}; ${v(p, "b")}: ${v(p, "tb")}) and cannot be merged in one summary; summarise each plan on its own, or list the units with --units`,
  units_same_file: (p) => `"${v(p, "a")}" and "${v(p, "b")}" make the same file name (${v(p, "name")}); give names that tell them apart`,
  ledger_and_units: () => "give either --ledger or --units, not both",
  context_previous_unit: (p) => `--previous: That return is ${v(p, "other")}'s, this one is ${v(p, "own")}'s, so nothing was compared; give the return this unit sent last year (${v(p, "last")})`,
  context_previous_year: (p) => `--previous: That return is for ${v(p, "other")}, this one for ${v(p, "own")}, so nothing was compared; give the return sent last year (for ${v(p, "last")})`,
  context_city_year: (p) => `--city: The city's return is for ${v(p, "other")}, this one for ${v(p, "own")}; they cannot be compared`,
  context_city_unit: (p) => `--city: That return is ${v(p, "other")}'s, not that of ${v(p, "region")}, whose plan it is, so nothing was compared; give ${v(p, "region")}'s own return for the same year`,
  not_ledger: (p) => `${v(p, "file")}: not a 报送台账 (no 报送台账 sheet written by plan-returns)`,
  ledger_year: (p) => `${v(p, "file")} is the 报送台账 (ledger) of ${v(p, "ledgerYear")}, but the returns are ${p["most"] ? `mostly of ${v(p, "year")} (${v(p, "most")} of ${v(p, "of")})` : `of ${v(p, "year")}`}; give the ledger of ${v(p, "year")}, or instead of a ledger list the units and deadline with --units A,B --deadline YYYY-MM-DD`,
  year_plan: (p) => `the ${v(p, "year")} returns are ${p["final"] ? "the final-year returns of" : "of"} "${v(p, "title")}", plan period ${v(p, "period")}`,
  years_tied: (p) => `the returns' reporting years differ: ${v(p, "n")} each of ${v(p, "years").split("、").join(", ")}, so the year to ${p["task"] === "report" ? "evaluate" : "summarise"} is not clear; ${p["plans"] ? `the years' plans differ: ${v(p, "plans")}; ` : ""}give it with --year (the returns of other years are then named with why and what to do, not ${p["task"] === "report" ? "evaluated" : "summed"})`,
};

/** One line of the cycle commands in Chinese or English. */
export function cycleMessage(code: CycleMessageCode, params: Params, lang: "zh" | "en" = "zh"): string {
  return (lang === "en" ? EN : ZH)[code](params);
}
