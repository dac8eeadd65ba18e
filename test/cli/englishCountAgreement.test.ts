import { cycleMessage, type CycleMessageCode } from "../../src/cli/cycleMessages";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import { unreadMessage } from "../../src/import/unreadMessages";
import { t } from "../../src/ui/shared/i18n";
import { lockedChangesNote } from "../../src/ui/shared/lockedChangesNote";
import type { WorkbookProblem } from "../../src/sheet/WorkbookProblem";
import { toVerifyLine } from "../../src/sheet/toVerifyLine";

/*
 * trial27b: "all 1 indicators that can be forecast are expected to be met", "1 cells not carried", "1 cell carried is
 * not a valid number …; carried as they are, they will fail …", "1 indicator still 待人工评估 … their 人工评估 cells".
 * cli-reference promises plain English counts (1 error, 2 errors). Every cycle line is said here with its counts at 1
 * and at 2 (every other parameter a name, 甲), and none may say "1 cells", "1 … they/their/are" or "2 cell".
 */
/** Every code of the cycle catalogue: a new code fails to compile until it is listed, so it is scanned too. */
const CODES: Record<CycleMessageCode, true> = {
  context_previous_unit: true, context_previous_year: true, context_city_year: true, context_city_unit: true,
  lock_errors: true, check_lock_errors: true, review_comments_taken: true, lock_refused_all: true, lock_would_note: true, lock_notes: true, lock_returned: true, lock_stale: true, lock_unassessed: true, lock_unassessed_row: true, locked_unassessed: true, lock_unassessed_list: true, locked_unassessed_list: true, lock_no_meta: true,
  lock_failed: true, strict_package: true, lock_readback: true, locked: true, relocked: true, lock_kept: true, locked_unreviewed: true, lock_changed: true, lock_changed_row: true,
  lock_open_row: true, review_next_return: true, nothing_summed_tied: true, report_printed: true, review_unlisted_decision: true, distributed: true, templates_alike: true, template_over_filled: true, deadline_early: true, no_deadline: true, rolled: true, rolled_left: true, rolled_explained_blank: true, rolled_explained_blanks: true, rolled_signoffs_left: true, rolled_back: true, rolled_years_skipped: true, rolled_note_years_skipped: true, rolled_year_blank: true, rolled_note_year_blank: true,
  rolled_ahead: true, rolled_ahead_value: true, rolled_ahead_more: true, rolled_invalid: true, rolled_invalid_value: true, rolled_slips: true, rolled_slip_value: true,
  rolled_locked_changes: true, report_locked_changes: true, locked_change: true, rolled_other_sheets: true, rolled_review_left: true, rolled_added_column: true,
  rolled_added_columns: true, rolled_loose_cells: true, rolled_sheet_copy: true, rolled_merged: true, merged_returns: true, rolled_formulas_left: true,
  rolled_formula_left: true, rolled_comments: true, roll_same_year: true, roll_same_version: true, rolled_references: true, rolled_references_unusable: true, roll_list_continuing: true, rolled_same_year: true, check_other_version: true, check_year_blank: true, check_figures_blank: true, check_returns_apart: true, check_return_of: true, roll_from_other_plan: true, roll_from_other_period: true, rolled_from: true, rolled_from_same: true,
  rolled_from_change: true, rolled_from_left: true, rolled_from_unit_left: true, roll_out_or_dir: true, roll_several_need_dir: true, roll_ledger_needs_dir: true, roll_ledger_new_year: true,
  roll_no_unit: true, roll_cover_blank: true, roll_versions: true, roll_skipped_year: true, roll_skipped_ledger: true, roll_target_held: true, rolled_ledger_missing: true, rolled_missing_roll: true, rolled_missing_new: true, rolled_missing_other_period: true, rolled_note_other_period: true, rolled_note_other_plan: true, rolled_why_other_plan: true, roll_into_other_plan: true, rolled_why_unsent: true,
  rolled_why_unusable: true, rolled_ledger_unsent: true, rolled_all: true, rolled_none: true, rolled_none_ended: true, rolled_ledger: true, rolled_ledger_kept: true, rolled_ledger_only: true,
  review_accepted_error: true, review_readback: true, review_write_failed: true, review_next_decide: true, review_next_lock: true, review_next_refused: true, ledger_held: true, ledger_held_state: true, summary_held: true, summary_ledger: true, summary_ledger_states: true, summary_blank_unsent: true, summary_unusable_unsent: true, summary_elsewhere_unsent: true, summary_not_sent: true, summary_unsent_unit: true, summary_not_due: true, summary_late: true, summary_undated: true, summary_to_complete: true, summary_to_correct: true, summary_unit_errors: true, summary_to_recheck: true, summary_unit_changed: true, summary_to_explain: true, summary_unit_lags: true, summary_accepted_incomplete: true,
  summary_unassessed: true, summary_explained: true, summary_unlisted: true, cover_unit_by_name: true, cover_unit_slip: true, cover_no_unit: true, same_values_units: true, review_column_moved: true, lock_blockers: true, check_lock_refused: true, bad_date: true, units_blank: true, unit_twice: true, units_same_file: true, ledger_and_units: true,
  not_ledger: true, ledger_year: true, years_tied: true, year_plan: true, ledger_unit_twice: true, ledgers_unit_twice: true, ledgers_years_differ: true, ledgers_templates_differ: true, summary_missing_explained: true, units_more: true, return_open: true,
};
/** The parameters the catalogue counts with (many(), agree(), Number(p[…])); the rest are names. */
const COUNTS = new Set(["n", "passed", "cellsShown", "open", "unlisted", "lags", "missing", "filled", "sheets", "skipped", "unmarked", "more", "shown", "openShown", "unlistedShown", "errors", "missingShown", "missingExplained", "projects", "reforms", "recheckedN"]);
const withCounts = (n: number): Record<string, string | number> =>
  new Proxy({}, { get: (_, k) => (typeof k !== "string" ? undefined : COUNTS.has(k) ? n : "甲") }) as Record<string, string | number>;
/**
 * A count of 1 with a plural noun after it, or a plural pronoun or verb later in its sentence ("1 of them" aside), up to
 * a bracket: what a bracket holds, and what follows it, may be plural of its own ("(甲; run review to list them)"), so a
 * pronoun past a bracket is left to the cases below (lock --accept-unassessed, rolled_ahead).
 */
const ONE_WRONG = [/\b1 (?!is\b|was\b|has\b)[a-z]+s\b/, /\b1 (?!of them\b)[^.:()]{0,160}\b(they|their|them|are|were|have)\b/];
/** A count of 2 with a singular noun after it. */
const TWO_WRONG = [/\b2 (cell|row|indicator|error|file|unit|return|value|sheet|change|input cell|filled cell)\b/];

describe("every English line of the cycle catalogue agrees with its counts", () => {
  test.each(Object.keys(CODES) as CycleMessageCode[])("%s", (code) => {
    const one = cycleMessage(code, withCounts(1), "en");
    const two = cycleMessage(code, withCounts(2), "en");
    for (const bad of ONE_WRONG) expect(one).not.toMatch(bad);
    for (const bad of TWO_WRONG) expect(two).not.toMatch(bad);
  });
});

describe("the lines the trials read, at 1 and at 2", () => {
  test.each<[string, string, string]>([
    ["report: all met", EVALUATION_WORDS.en.forecastAllMet("2030", 1), "On the present trend, the 1 indicator that can be forecast is expected to be met by 2030. "],
    ["report: all met, 2", EVALUATION_WORDS.en.forecastAllMet("2030", 2), "On the present trend, all 2 indicators that can be forecast are expected to be met by 2030. "],
    ["report: end all met", EVALUATION_WORDS.en.endAllMet(2025, 2025, 1, false), "At the end of the plan period (2025), the 1 indicator that can be graded is achieved. "],
    ["report: misses", EVALUATION_WORDS.en.forecastMisses("2030", ["甲"]), "On the present trend, 1 is unlikely to be met by 2030: 甲. "],
    ["report: opening", EVALUATION_WORDS.en.opening(1, "1 binding", 2026, [], ""), "The plan sets 1 main indicator (1 binding). "],
    ["report: revised", EVALUATION_WORDS.en.revisions([{ name: "甲", revisions: [{ year: 2023, target: { from: "≥81.5", to: "≥81" } }] }]), "The plan was revised mid-term for 1 indicator (from 2023): 甲 target from ≥81.5 to ≥81. "],
    ["rollover: not carried", cycleMessage("rolled_left", { n: 1 }, "en"), "说明 (notes), 人工评估 (assessments) and 审核意见 (review comments) are written each year: 1 cell not carried"],
    ["rollover: invalid carried", cycleMessage("rolled_invalid", { n: 1, from: 2026, errors: 0 }, "en"),
      "Note: 1 cell carried is not a valid number in the 2026 return's check, carried as it is; the new year's check lists it as a warning that an earlier year's value cannot be used (not counted as 数据异常 (invalid data); the evaluation's trend and forecast leave that year out): correct each one:"],
    ["rollover: invalid carried, 2", cycleMessage("rolled_invalid", { n: 2, from: 2026, errors: 0 }, "en"),
      "Note: 2 cells carried are not a valid number in the 2026 return's check, carried as they are; the new year's check lists them as warnings that an earlier year's value cannot be used (not counted as 数据异常 (invalid data); the evaluation's trend and forecast leave that year out): correct each one:"],
    ["rollover: invalid carried, 1 an error", cycleMessage("rolled_invalid", { n: 1, from: 2026, errors: 1 }, "en"),
      "Note: 1 cell carried is not a valid number in the 2026 return's check, carried as it is; the new year's check still counts it as 数据异常 (invalid data): correct each one:"],
    ["rollover: invalid carried, 3 of which 1 an error", cycleMessage("rolled_invalid", { n: 3, from: 2026, errors: 1 }, "en"),
      "Note: 3 cells carried are not a valid number in the 2026 return's check, carried as they are; the new year's check lists 2 of them as warnings that an earlier year's value cannot be used (not counted as 数据异常 (invalid data); the evaluation's trend and forecast leave that year out) and counts 1 as 数据异常 (invalid data): correct each one:"],
    ["rollover: unusable references, 2", cycleMessage("rolled_references_unusable", { n: 2, from: 2023, year: 2024 }, "en"),
      "Of these, 2 cells held no usable amount in 2023, so they are not quoted as last year's 累计完成投资 (investment completed): type the total to the end of 2024 in each:"],
    ["lock --accept-unassessed", cycleMessage("locked_unassessed", { n: 1, shown: 1, rows: "R9 甲" }, "en"),
      "Note: 1 indicator still 待人工评估 (awaiting the reviewer's assessment) (R9 甲) was locked as --accept-unassessed asks, its 人工评估 (assessment) cell with it; the report will keep it 未能评估 (not assessable)"],
    ["rollover: a later year's value carried", cycleMessage("rolled_ahead", { n: 1, from: 2025, years: 2026 }, "en"),
      "Note: the 2025 return already held values for 2026 (1 cell), carried too; it is later than the year it reported on, so it was never sent or checked as that year's value"],
    ["rollover: merged returns", cycleMessage("rolled_merged", { n: 1, file: "a.xlsx", sheets: "乙", of: "甲", unit: "甲", units: "乙" }, "en"),
      "a.xlsx merges 1 other unit's return (sheets 乙): the roll-over carries \"甲\" only, as 甲's return by its 填报说明 sheet (the cover); the values of 乙 are not carried: that unit should send its own return in the file it was given"],
    ["lock: what blocks it, at 1", cycleMessage("lock_blockers", { invalid: 1, nOver: 1, over: "S11", nOther: 0, other: "", nFormula: 1, formulaSheets: "指标" }, "en"),
      "Invalid data on 1 row, 1 status cell typed over (S11) and 1 row whose own formulas no longer compute it (sheet \"指标\")"],
    ["lock: what blocks it, at 2", cycleMessage("lock_blockers", { invalid: 2, nOver: 0, over: "", nOther: 0, other: "", nFormula: 17, formulaSheets: "指标" }, "en"),
      "Invalid data on 2 rows and 17 rows whose own formulas no longer compute them (sheet \"指标\")"],
    ["lock: refused for 2 reasons, one an option accepts", cycleMessage("lock_refused_all", { file: "a.xlsx", n: 2, unassessed: 1, others: 1 }, "en"),
      "a.xlsx: not locked, for 2 reasons, each to be dealt with first (--accept-unassessed accepts the 待人工评估 rows only (their 人工评估 cells locked blank, 未能评估 in the report); no option accepts the other reasons: correct or review first):"],
    ["lock: refused for 2 reasons, none an option accepts", cycleMessage("lock_refused_all", { file: "a.xlsx", n: 2, unassessed: 0, others: 2 }, "en"),
      "a.xlsx: not locked, for 2 reasons, each to be dealt with first (no option accepts these reasons: correct or review first):"],
    ["lock: what it would say once locked, at 1", cycleMessage("lock_would_note", { open: 1, openRows: "row 4 甲", openShown: 1, lags: 1, rows: "P4 甲", shown: 1, missing: 0, reviewed: 0 }, "en"),
      "Also: once these are dealt with it locks, but says (none of these stops the lock): 1 row of the review sheet is still 待审核 (not decided) (row 4 甲) and 1 lagging indicator has no 说明 (explanation) (P4 甲); the review sheet holds no decision, so it would be locked without review"],
    // trial38b F5: the pane's lock outlook said "for these reasons: 1. …" of one reason, where check says "for 1 reason:"
    ["pane: lock refused for 1 reason", t("en", "review.lockRefused", { n: 1, reasons: "1. 甲" }), "Cannot be locked yet: the reviewer's lock would refuse it for 1 reason: 1. 甲"],
    ["pane: lock refused for 2 reasons", t("en", "review.lockRefused", { n: 2, reasons: "1. 甲 2. 乙" }), "Cannot be locked yet: the reviewer's lock would refuse it for 2 reasons: 1. 甲 2. 乙"],
    ["pane: evaluated as locked", lockedChangesNote([{ template: "t", id: "r01", sheet: "表1", cell: "L4", name: "甲", field: "2024", was: "1", now: "2" }], "en"), "Note: this workbook's return was locked and 1 cell changed since, not reviewed and locked again; evaluated as it is now: 表1!L4 甲 \"1\" when locked, now \"2\"."],
    ["import: value cells", unreadMessage({ code: "cell-count", params: { found: 1, columns: [{ label: "2025年", kind: "target", year: 2025 }] } }, "en"), "1 value cell for 1 header column: not loaded"],
    ["check: an old rules' formula", describeWorkbookProblem({ code: "rules_outdated", params: { sheet: "指标", cells: "S9" } } as WorkbookProblem, "en"),
      "Sheet \"指标\" was made by an earlier version of this tool: the status formula of S9 follows the rules of that version and shows another status than this check (this check's is the one to go by; the formula was not typed over)"],
    // trial s35 X6: one hidden row is "it", two are "them"; X2/X4: one column deleted "was", a row counted as "1 row"
    ["check: one hidden row", describeWorkbookProblem({ code: "rows_hidden", params: { sheet: "表2", rows: "9", names: "甲", count: 1 } }, "en"),
      "Sheet \"表2\": row 9 is hidden (\"甲\"): its values are checked, summed and graded as usual; unhide it when reviewing"],
    ["check: two hidden rows", describeWorkbookProblem({ code: "rows_hidden", params: { sheet: "表2", rows: "9\n12", names: "甲\n乙", count: 2 } }, "en"),
      "Sheet \"表2\": rows 9 and 12 are hidden (\"甲\", \"乙\"): their values are checked, summed and graded as usual; unhide them when reviewing"],
    ["check: one column of ours deleted, one row", describeWorkbookProblem({ code: "own_formulas_broken", params: { sheet: "表2", missing: "", found: "", misread: "", rows: "", count: 1, deleted: "说明" } }, "en"),
      "Sheet \"表2\": the tool's column \"说明\" was deleted. A deleted column (as openpyxl's delete_cols leaves it) makes the tool's own formulas (status, progress and the hidden columns they rest on) on 1 row read"],
    ["summary: one value to verify", toVerifyLine({ year: 2024, toVerify: [{ unit: "甲县", status: "met", item: { name: "乙率", cells: { "2024": "P9" }, statusCell: "S9" } }] } as unknown as Parameters<typeof toVerifyLine>[0], "en"),
      "1 of the rows counted above (Met 1) has a value to verify: counted by the sheets' status, but the report does not grade it (not graded"],
    // the ledger line said "its return" of two units in a subfolder, "their returns" of one merged
    ["summary: two units' returns in a subfolder", cycleMessage("summary_elsewhere_unsent", { where: "in_subfolder", n: 2, units: "甲, 乙" }, "en"), " (their returns in a subfolder not read, counted not sent: 甲, 乙)"],
    ["summary: one unit's return in a subfolder", cycleMessage("summary_elsewhere_unsent", { where: "in_subfolder", n: 1, units: "甲" }, "en"), " (its return in a subfolder not read, counted not sent: 甲)"],
    ["summary: one unit's return merged", cycleMessage("summary_elsewhere_unsent", { where: "merged", n: 1, units: "甲" }, "en"), " (its return came merged into another unit's workbook, counted not sent: 甲)"],
    ["summary: two units only in a summary", cycleMessage("summary_elsewhere_unsent", { where: "in_summary", n: 2, units: "甲, 乙" }, "en"), " (only in a summary, no returns of their own, counted not sent: 甲, 乙)"],
    ["summary: the ledger line, one blank file of one received", cycleMessage("summary_ledger", { expected: 1, received: 1, counted: 1, states: "not sent 1  sent 0  sent back 0  accepted 0", why: "1 file sent back blank, from 甲", elsewhere: "" }, "en"),
      "Ledger (报送台账): 1 expected, 1 received (1 of them counted as not sent: 1 file sent back blank, from 甲); not sent 1  sent 0  sent back 0  accepted 0"],
    // those the line to chase names with why are only counted (session 38)
    ["summary: the ledger line, two files of three chased", cycleMessage("summary_ledger", { expected: 3, received: 3, counted: 2, chased: 2, states: "not sent 2  sent 1  sent back 0  accepted 0", why: "", elsewhere: "" }, "en"),
      "Ledger (报送台账): 3 expected, 3 received (2 of them counted as not sent, named below among those to be chased); not sent 2"],
  ])("%s", (_, said, text) => {
    expect(said.startsWith(text)).toBe(true);
  });
});
