/** Every problem the engine can report. Messages are built from these in `describeIssue`. */
export type IssueCode =
  | "not_a_number"          // text, boolean, date or error value where a number is needed
  | "text_number"           // text that reads as a number (８０%, 12,420): usable once written as a number; params.textStyle 1 where the cell's format is Text (@), which keeps a retyped number text; params.slipRead where the number is a slip and the suggestion its reading (params.reason: the slip's code), params.wanAmount where 万元 written in an 亿元 list is converted
  | "bound_value"           // a bound (>96) entered instead of a value
  | "formula_error"         // #DIV/0!, #N/A …; params.formula: the cell holds a formula giving it, its text (=A1*2) where the reader kept it, else 1
  | "formula_uncalculated"  // a formula with no stored result (written by a script, never opened in Excel)
  | "linked_formula"        // §2 (our reading): a value cell's formula links to another workbook (received: the formula; params.book its file name where known, params.saved the result read): a warning (sheet/linkedValues)
  | "not_finite"            // NaN / Infinity
  | "value_too_large"       // past OPEN_BOUND (1e300): beyond any real quantity, on a side no unit limits
  | "percent_out_of_range"  // % below 0 or above 100
  | "percent_change_large"  // a % change above 100 in size
  | "percent_fraction"      // 0 < v ≤ 1 where the scale is ≥ 10: entered as a fraction?
  | "fraction_suspect"      // §2 (our reading): 0 < v ≤ 1 in a % row about 1/100 of the plan's numbers (a cumulative row's yearly share) where percent_fraction does not apply: a warning (fractionSuspect; params.meant…, params.year on an earlier year's cell, params.noted: a 说明 keeps it)
  | "permille_out_of_range"
  | "negative"              // below 0 for counts and amounts
  | "count_not_whole"
  | "scale_suspect"         // over 1000× the baseline/target
  | "age_out_of_range"
  | "years_out_of_range"
  | "unit_inferred"         // the name has no unit; it was inferred
  | "unit_unknown"          // the name has no unit and none can be inferred
  | "direction_inferred"    // the direction of a point target was read from the series (§3a rule 4)
  | "percent_typed"         // a number stored in a percent style in a % row (§2a): 95% typed, 0.95 stored (params.typedNumber: 95.5 typed, shows 9550%)
  | "percent_style_unit"    // a number in a percent style in a row whose unit is not %: used as stored
  | "no_baseline"           // progress cannot be computed
  | "no_trajectory"         // baseline already satisfies the target
  | "cumulative_gap"        // the years before Y with no value, one issue a row (params.years "2016,2017", on the first one's cell); a year still owed (earlier_year_owed) is said by that issue instead (session 47, sheet/owedInGap)
  | "running_total"         // a cumulative row's cell for Y looks like the running total, not Y's amount
  | "level_typed"           // a cumulative row's cell for Y above the whole total and near the baseline: the year's level, not its rise (params.year: an earlier year's cell, Y's not doubted)
  | "compounded_fall"       // a cumulative % row of yearly falls (…降低（%）) whose falls compounded, 1 − Π(1 − r/100), and their sum disagree on whether the target is met (§3, our reading): the sum stands; said
  | "fall_negative"         // §3a (our reading): a fall-rate row's (…降低（%）) year typed negative after positive years: 「增长 -3.5%」 copied? params.word, params.positive (the value asked about); params.year on an earlier year's cell
  | "year_over_pace"        // a cumulative row's year amount above YEAR_PACE_LIMIT years' pace or the whole total (last period's total carried on?); params.year: an earlier year's; params.from/to: a milestone's years (its own span)
  | "approximate_outside" // a 左右 row's value outside the band that meets it: the band and how far off, said (info)
  | "approximate_within"  // a 左右 row's value inside the band that meets it, off the target itself: the band, so 已达标 reads as §3 means it (info)
  | "strict_bound_equal"  // a value equal to a strict bound (95 against `>95`) graded on track before the bound's year: the bound is to be passed, said (info; §3, our reading)
  | "approximate_backwards" // a 左右 row's value on the far side of the baseline from the target, the row's worse way (倒退; approximateBackwards), whatever its distance says
  | "compound_target"       // a compound target left unsplit
  | "project_investment_negative"
  | "project_completed_negative"
  | "project_period_invalid"
  | "project_year_out_of_range"
  | "project_start_after_end"
  | "project_no_unit"
  | "project_investment_large"
  | "project_completed_over"
  | "project_completed_share" // 累计完成投资 typed as a share (85%): no amount; params.share, params.amount (share × I) where I is a number
  | "project_completed_scale" // C more than GRADED_FAR_LIMIT × I: 万元 typed in an 亿元 list? (status per §4; report/summary withhold it); params.dateYear…: a date typed (2024.6), no suggestion
  | "project_completed_date" // 累计完成投资 holds a date (2024.6, 2024年6月, 45444 = 2024-06-01): params.dateYear, dateMonth, dateDay; error for text or a date style, warning for a number; never a suggestion
  | "project_not_started_spent" // 未开工 with C > 0 (status per §4)
  | "project_state_blank"   // no 项目状态 while C is entered (status per §4)
  | "project_done_unspent"  // 已完工 with C = 0: met by §4, said
  | "project_state_invalid"
  | "project_overdue"
  | "reform_no_lead"
  | "reform_no_evidence"
  | "reform_overdue"        // 完成时限 reached (deadline year ≤ Y) and not 已完成: severe (逾期), as project_overdue; params.deadlineYear, deadlineMonth, year
  | "reform_done_late"      // 已完成 in a return for a year after the 完成时限 (info); params.deadlineYear, deadlineMonth, year
  | "reform_state_invalid"
  | "status_overwritten"    // a status cell shows another label than its own formula's result (typed over); params.formulasBroken 1: its row is in the sheet's own_formulas_broken too (lock counts it there)
  | "lagging_no_note"       // 滞后指标须填写说明 (review workflow); params.mergedWith: the 说明 cell is merged into this cell above, which holds a note; params.locked: the return is locked (severity info, applyLock; with params.unreviewed, locked without review: severity kept, still unexplained)
  | "assessment_invalid"    // the 人工评估 cell of a row awaiting it holds no conclusion of its list (达标 for 已达标)
  | "assessment_to_confirm"  // a words row graded by its 人工评估 that no 审核结论 confirms yet (info, check only: cycle/markAssessmentsToConfirm; trial44a F5): params.status
  | "assessment_unsupported" // a words row graded by its 人工评估 with nothing for Y and no reason in 说明 (trial35 X1): params.status, params.year; check's params.toConfirm 1: no 审核结论 confirms it yet (markAssessmentsToConfirm)
  | "plan_cell_changed"     // a row's 单位, 基期值 or 目标 cell shows another text than the template's (params.field): still graded on the template
  | "locked_value_changed"  // a locked (accepted) return's value differs from the one accepted (issue 18); params.unreviewed 1: locked without review (LockRecord.reviewed false)
  | "value_jump"            // §8a: moved more than the unit class's limit since last year (params.noted: a 说明 keeps it; params.locked: a lock after review accepted it, applyLock, as every EXPLAINABLE_CODES warning)
  | "value_revised"         // §8b: a year's value differs from the same year in last year's return
  | "above_city"            // §8c: a county's additive value above the city's total
  | "future_year_value"     // §8d: a value in the column of a year after the reporting year (the wrong column?)
  | "earlier_year_invalid"  // §8e: an earlier year's value that is not a usable number (left out of the trend)
  | "unjudged_value_invalid" // §8g: Y's value in a year no target applies to (不适用) that §2 would refuse
  | "far_from_plan"         // §8f: this year's value more than FAR_FROM_PLAN times beyond every number the plan gives (a slip of a digit or unit?)
  | "earlier_year_far"      // §8f (our reading): an earlier year's usable value as far beyond the plan, which the report's trend and forecast would rest on (params.year; params.noted: a 说明 keeps it)
  | "row_missing"           // the plan's row is not in the return (deleted): counted 未填报 by report and summary
  | "missing_explained"     // §6a (our reading): 未填报 with a 说明 (isExplainedMissing), info on the 说明 cell, params.note the 说明: still 未填报, not chased
  | "earlier_year_owed";    // §6a (our reading, session 46): an earlier year's value its own return left blank with a reason (params.year, params.note: that year's 说明), carried into this return still blank (WorkbookMeta.owed): a warning on that cell until it is filled; on a cumulative row it stands in for cumulative_gap on that cell (params.countedAsZero, and lags where the row lags: said in the one line; session 47)

export type Severity = "error" | "warning" | "info";

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** A1 reference of the cell the issue is about, where known */
  cell?: string;
  sheet?: string;
  /** what was expected, in the plan's own terms (a target, a range) */
  expected?: string;
  /** what was found, as typed */
  received?: string;
  /** a value the user may choose to write instead */
  suggestion?: number;
  /** further facts for the message: a year, a status the bound would give, a unit */
  params?: Record<string, string | number>;
}
