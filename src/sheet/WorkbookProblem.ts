import type { PeriodProblem } from "../templates/periodProblems";

/** The plan period a period problem names (periodProblems), as parameters. */
type PeriodParams = Pick<PeriodProblem, "template" | "title" | "from" | "to" | "year" | "twin" | "kind">;

/**
 * The parameters of each workbook problem, by code. Strings are as found in the workbook
 * (sheet names, ids, titles); `row`/`first` are 1-based sheet rows. The text is made only when
 * shown, from the zh/en catalogue (describeWorkbookProblem).
 */
export interface WorkbookProblemParams {
  /**
   * no metadata sheet: not a plan-returns workbook (CheckOutcome `not_plan_returns`); `unit`: the
   * 填报单位 its cover still shows (a return copied into a new workbook), when it has one; `own`: it is
   * the 报送台账 or a summary this tool wrote, named alone to a command that takes returns; `covers`: for a
   * summary, the units it summed (cycle/summaryScope), one a line, when they could be read; `empty`: not one cell of any
   * sheet holds anything (a new workbook saved as it was), said as such, not as a plan's table to import; `notRead`
   * instead of `empty` when nothing else holds anything but a sheet was passed over unread as too large (GridSheet.notRead):
   * its name, and `rows` how many rows it has, when known (`exact` when counted, else about so many: GridSheet.notRead);
   * `copied`: a sheet that carries a return's template mark (A2, with its header row) where there is no cover to name a
   * unit: a return's sheet copied into a new workbook (trial43b F3: it was told to import it as a plan's table), said
   * as summary and report say a file they cannot use for it (UnusableReason `not_return`)
   */
  not_plan_returns: { unit?: string; copied?: string; /** one of the cycle's own workbooks (cycle/ownWorkbookKind): the 报送台账, or a summary; then `unit` is not given */ own?: "ledger" | "summary"; covers?: string; empty?: true; notRead?: string; rows?: number; exact?: true };
  /** the metadata sheet's JSON cannot be decoded (CheckOutcome `bad_meta`) */
  meta_corrupt: { sheet: string };
  /** a template in the metadata fails the schema: `file` is `<sheet>!templates[i]`, `path` its JSON path, `message` the schema's (English) words (CheckOutcome `bad_meta`) */
  meta_template_invalid: { file: string; path: string; message: string };
  /** the reporting year is not a whole number (CheckOutcome `no_year`): where it was looked for, and what it holds as text ("" when empty; absent in problems made before it was said) */
  no_year: { sheet: string; cell: string; received?: string; /** the cell holds text (a number stored as text too), not a number */ text?: boolean };
  /**
   * the year asked for (`--year`) is not the reporting year the cover gives (`cell` on `sheet`): each row
   * is read from the column of `year`, where the return was filled for `cover` (a return of one year
   * checked as another reads that year's empty column and says 未填报 throughout)
   */
  year_not_cover: { sheet: string; cell: string; year: number; cover: number };
  /** periodProblems: the reporting year lies outside the plan period (wrapped; text from describePeriodProblem) */
  year_outside_plan: PeriodParams;
  /** periodProblems: a yearly target year lies outside the plan period (wrapped; text from describePeriodProblem) */
  yearly_target_outside_plan: PeriodParams;
  /**
   * the cover's reporting year (`cell` on `sheet`; `year`) is outside the plan period of every template: last
   * period's form dated into the new one (a trial's 十四五 form dated 2026 read 54 rows 未填报); the workbook is not
   * checked (CheckOutcome `outside_plan`)
   */
  cover_year_outside_plan: PeriodParams & { sheet: string; cell: string };
  /** `count` templates share one id; `titles`: their titles, one per line ("\n"), in metadata order */
  template_id_duplicated: { id: string; count: number; titles: string };
  /**
   * the workbook was made with earlier sheet rules (SHEET_RULES) and the status cells at `cells`
   * (one A1 reference per line) show another status than the check: their formulas are the
   * earlier version's, not typed over
   */
  rules_outdated: { sheet: string; cells: string };
  /**
   * the 填报说明 sheet (`sheet`, the cover) was deleted while the indicator sheets and the metadata are whole: the
   * return is read as of `year`, the year the workbook was made for (createdYear), the unit taken from the file's
   * name; without `year` it cannot be read (CheckOutcome `no_year`). `unit`: where the file's name is known (the CLI's
   * check), the unit it gives (coverlessUnit), "" when it is no name distribute gave; `unread`: no file's name is read
   * (the pane's open workbook, lockedCheck: Excel gives the add-in none to go by), so no unit either
   */
  cover_deleted: { sheet: string; year?: number; unit?: string; unread?: true };
  /**
   * the cover's 填报单位 (`typed`, at `cell` on `sheet`) is not the unit distribute named the file after (`unit`,
   * `<year>-<unit>.xlsx`): a slip in the unit's own name (trial46a F1: 兰西市 in 2023-兰溪市.xlsx). `listed`: the ledger
   * or --units lists `unit`, not `typed`, and no other return claims either (cycle/coverSlips): the return is counted as
   * `unit`'s (summary, report, the pane's 汇总所选文件); absent: check, which has no list, says what a summary will do
   */
  cover_unit_slip: { sheet: string; cell: string; typed: string; unit: string; listed?: true };
  /** a sheet that looks like a return (a 当年状态 header) lost its hidden key row (row 2) */
  key_row_deleted: { sheet: string };
  /**
   * `sheet` carries the same template mark (A2) as `of`, the template's return (sheet/returnSheets: the
   * sheet of the template's planned name, else the first): a copy made by 移动或复制, not read
   */
  sheet_copy: { sheet: string; of: string };
  /**
   * several units' returns merged into one workbook (sheet/mergedUnitSheets: copies of the template's
   * sheet named after other units, a city's 移动或复制 of each county's sheet): `of` is the sheet read, as
   * the return of `unit` (the cover's 填报单位, "" when blank); `sheets`, the copies named after other
   * units, and `units`, the units they name, one per line ("\n"), in workbook order; `count` how many.
   * `ofUnit`: the sheet read is itself named after another unit (the cover unit's own sheet was
   * deleted), so that unit's figures are counted as `unit`'s. Said once, instead of a sheet_copy per
   * copy, and first (formatReport): deleting the cover unit's sheet would mislabel the data
   */
  units_merged: { of: string; unit: string; sheets: string; units: string; count: number; ofUnit?: string };
  /**
   * `count` cells of the sheet hold something `check` does not read (sheet/unreadCells): a row a person
   * inserted among the template's rows (`inserted`: its row numbers, one per line, "" when none), notes
   * typed under or beside the table, a column added. `cells`: the first of them (at most 5, A1, one per
   * line); `sample`: the first text among them on one line ("" when none). Told once per sheet, so a
   * note such as 此数据为快报数 reaches whoever reads the check, the 问题清单 or the 审核 sheet. `columns`: the
   * columns a person added among them (addedColumns), one letter per line, `headers` their headers aligned ("" none)
   */
  cells_not_read: { sheet: string; cells: string; count: number; inserted: string; sample: string; columns?: string; headers?: string };
  /**
   * a sheet that is none of the return's (no mark, not the cover nor the metadata) was past a reader's
   * limit and passed over, unread (GridSheet.notRead: a 企业名录 of 200,000 rows appended): `rows`,
   * how many rows it has, when told (`exact` when counted, else about so many). Said once, so the person knows it was not looked at
   */
  sheet_not_read: { sheet: string; rows?: number; exact?: true };
  /** the sheet's A2 names template `id`, which the metadata does not hold */
  template_not_in_meta: { sheet: string; id: string };
  /** an indicator sheet has no input column for the reporting year `year` of its plan period (made before
   * every year had one, from a table with a mid-term and a final target, or the column was deleted) */
  year_column_missing: { sheet: string; year: number };
  /**
   * the sheet's values for the reporting year `year` look copied from `previous` (year − 1) as a block
   * (sheet/copiedPreviousYear; evaluation-rules §8h, our reading): of the `count` rows holding a number
   * in both years, `equal` are the same (at least COPIED_YEAR's share; never told of one row alone).
   * `cells`: the first of the equal rows' `year` cells (at most 5, A1, one per line). A warning the
   * filer corrects or the reviewer accepts: lock is not refused for it (lockErrors)
   */
  previous_year_copied: { sheet: string; year: number; previous: number; equal: number; count: number; cells: string };
  /**
   * a year `year` before the reporting year whose values are all still blank on the sheet, while the unit reported
   * on the plan before it (sheet/earlierYearsBlank; evaluation-rules §3, our reading, trial37c F5): `cells` the
   * range of that year's cells (`K4–K14`). A warning said over the rows (check's headline), to fill them in
   */
  earlier_year_blank: { sheet: string; year: number; cells: string };
  /**
   * the cover's reporting year (`year`) is not the year the workbook was made for (`made`, the metadata's
   * createdYear), and of the sheet's indicator rows not one holds anything in the `year` column while
   * `count` hold something in the `made` column (sheet/coverYearChanged): the cover's year changed by hand on
   * a return filled for `made` (a trial's read 未填报 on every row with no hint). A warning, said once per sheet
   */
  cover_year_changed: { sheet: string; year: number; made: number; count: number };
  /** columns without a key inserted inside a block the sheet's formulas index by year (between two year
   * columns, or two of a year's hidden columns): their letters, one per line ("\n"); the formulas read the
   * wrong cells until they are deleted, while check reads by key */
  column_inserted: { sheet: string; columns: string };
  /**
   * a template's sheet holds no formula at all (the .xlsx reader counts them; GridSheet.formulas):
   * saved by a script that kept values only (openpyxl data_only) or pasted as values, so its
   * status, progress and colours no longer follow what is entered; the check is not affected
   */
  formulas_lost: { sheet: string };
  /**
   * `count` rows of a template's sheet whose own formulas (当年状态, 进度 and the hidden columns they
   * rest on) no longer compute that row (sheet/brokenFormulas), so the sheet shows grades that are
   * not the row's: `missing`, the first cells holding no formula (A1, one per line) and `found`, what
   * each holds ("" blank), line for line; `misread`, the first cells whose formula refers to another
   * row and `rows`, that row (1-based), line for line ("" when none); `deleted`, the headers of our visible
   * columns the sheet no longer has (说明, 方向, 2025年; one per line; absent when none: ownColumnsDeleted), every
   * row then counted. An error: lock refuses the
   * return (lockErrors) until the formulas are restored; the check reads the values and is not affected
   */
  own_formulas_broken: { sheet: string; missing: string; found: string; misread: string; rows: string; count: number; deleted?: string };
  /**
   * no formula of the sheet has a result (sheet/uncalculatedSheet: a script wrote the file, nothing calculated it): `count`
   * value cells hold a formula with no result, `cells` them as ranges (I4:K51, one per line), `rows` the rows counted
   * 数据异常 for it. Said once in place of each cell's line; each cell's issue stays in the row (formula_uncalculated, or an
   * earlier year's earlier_year_invalid with that reason). A warning: the rows' errors are what lock counts
   */
  formulas_uncalculated: { sheet: string; count: number; rows: number; cells: string };
  /**
   * the visible names of `count` rows are other rows' names whose own rows no longer show them
   * (sheet/rowsOutOfPlace `moved`: the visible columns sorted without the hidden id and formula
   * columns), so their values would be judged against other indicators (CheckOutcome
   * `rows_out_of_place`: the workbook is not checked). `rows`: the first of them (at most 5, 1-based
   * sheet rows, one per line); `row`, `seen`, `expected`: the first, the name it shows and its id's
   */
  rows_out_of_place: { sheet: string; rows: string; count: number; row: number; seen: string; expected: string };
  /**
   * row `row` (id `id`) shows the name `seen`, not its template's `expected`, and no other row lost
   * its name to it (sheet/rowsOutOfPlace `renamed`: a name a person edited): checked as `expected`
   */
  row_name_changed: { sheet: string; row: number; id: string; seen: string; expected: string };
  /**
   * `count` rows of the plan on a template's sheet are hidden (GridSheet.hiddenRows; the .xlsx reader tells it):
   * `rows`, the first of them (at most 5, 1-based, one per line) and `names`, their names line for line. Their values
   * are checked, summed and graded as any row's; said once a sheet so a reviewer unhides them to see the cells a
   * line points at (trial s35 X6). A note: lock is not refused for it
   */
  rows_hidden: { sheet: string; rows: string; names: string; count: number };
  /**
   * `count` projects of a sheet have no 责任单位 and nothing typed yet (the plan lists none: 衢州市专栏8): said once a
   * sheet, not as 数据异常 on each row; `cells`: the first of them (at most 5, A1, one per line). A row filled without
   * one is project_no_unit (数据异常). A note: lock is not refused for it (trial40c)
   */
  units_blank: { sheet: string; cells: string; count: number };
  /**
   * the sheet's hidden id column was deleted (the hidden columns unhidden and deleted, or its key in row 2 cleared),
   * or, `cleared`, its ids were cleared while the rows still show their names: no row can be told to its indicator,
   * so the workbook is not checked (CheckOutcome `id_column_deleted`; trial39c F1: it was read as 收到空表 and locked)
   */
  id_column_deleted: { sheet: string; cleared?: true };
  /** row `row` repeats the id of row `first`; only `first` is checked */
  row_id_duplicated: { sheet: string; row: number; id: string; first: number };
  /** no sheet carries the template's mark */
  template_sheet_missing: { id: string; title: string };
  /** the row of indicator/project/reform `id` (`name`) is not on its sheet */
  row_missing: { sheet: string; id: string; name: string };
  /**
   * the return compared with (`against`: last year's, `previous`, or the city's, `city`; of year `year`)
   * carries another version of template `id` (`title`): its rows differ (templateRows: a plan amended
   * mid-term and imported again with the same id), so its positional row ids name other indicators and
   * the rows were matched by what they are (matchRowsAcross: name and unit), not by id; `renamed`: the
   * pairs whose names differ by a spelling only, "old\tnew" one per line ("" when none)
   */
  other_version_compared: { against: "previous" | "city"; year: number; id: string; title: string; renamed: string };
  /**
   * the other return (--previous, --city) shares no template with this one (another plan: last period's return
   * beside the new period's), so nothing was compared; `title`: its plans' titles, `own`: this one's (「」-joined by 、)
   */
  nothing_compared: { against: "previous" | "city"; year: number; title: string; own: string };
  /**
   * under other_version_compared: row `name` (id `id` in its own version) has no row of the same
   * indicator in the other version, so it was not compared: `side` "added" is this return's row the
   * other lacks (上年的表中没有该指标), "dropped" the other's row this one lacks (本年已删去)
   */
  row_not_compared: { against: "previous" | "city"; year: number; id: string; name: string; side: "added" | "dropped" };
  /**
   * the 审核 sheet `sheet`: `count` rows show another item's 位置 and name than their hidden key
   * (the visible columns sorted without the hidden ones), each decision taken for the item its row
   * shows (ReviewMemory.placement). `rows`: the first of them (at most 5, 1-based, one per line)
   */
  review_rows_rekeyed: { sheet: string; rows: string; count: number };
  /**
   * the 审核 sheet `sheet`: `count` rows show another item's 位置 and name than their hidden key,
   * and what they show names no one item (none, several, or one another row shows too), so no
   * decision is read: review and lock refuse. `rows` as above; `row`, `seen`: the first, and its 位置 and name
   */
  review_rows_out_of_place: { sheet: string; rows: string; count: number; row: number; seen: string };
  /** the lock record cannot be read (applyLock) */
  lock_damaged: Record<string, never>;
  /** the lock record's values no longer hash to its fingerprint (applyLock) */
  lock_fingerprint_mismatch: Record<string, never>;
  /** `count` accepted values whose row or sheet was deleted since the lock (applyLock) */
  lock_values_gone: { count: number };
}

/** What can be wrong with a workbook itself (not with one of its values). */
export type WorkbookProblemCode = keyof WorkbookProblemParams;

/**
 * A problem with the workbook itself, as coded data (`check --json`'s `problemCodes`): a
 * sheet whose marks are gone, a duplicated id, a damaged lock, … Shown through
 * describeWorkbookProblem in Chinese or English.
 */
export type WorkbookProblem = { [C in WorkbookProblemCode]: { code: C; params: WorkbookProblemParams[C] } }[WorkbookProblemCode];

/** A problem of the given code (keeps call sites short and typed). */
export function workbookProblem<C extends WorkbookProblemCode>(code: C, params: WorkbookProblemParams[C]): WorkbookProblem {
  return { code, params } as WorkbookProblem;
}
