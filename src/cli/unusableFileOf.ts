import { ownWorkbookKind } from "../cycle/ownWorkbookKind";
import { summaryScope } from "../cycle/summaryScope";
import { coverUnitText } from "../sheet/coverUnitText";
import type { UnusableFile } from "../cycle/UnusableFile";
import { unusableReason } from "../domain/UnusableReason";
import type { CheckOutcome } from "../sheet/checkGrid";
import type { GridWorkbook } from "../sheet/Grid";
import { checkFailureText } from "./checkFailureText";
import type { Lang } from "./fileMessages";
import type { Loaded } from "./loadWorkbookFile";
import { sheetCut } from "../hosts/xlsx/sheetCut";

/** How a file failed to be read as a return: the reader refused it, or it was read and its check refused it. */
export type ReadingFailure =
  | { loaded: Extract<Loaded, { ok: false }> }
  | { grid: GridWorkbook; checked: Extract<CheckOutcome, { ok: false }> };

/**
 * A file of a folder that `summary`, `report` or `rollover` cannot use, and why (one rule for the
 * three): the reader's coded cause (.xls, .ods, .csv, a password, damaged) or the check's
 * (not_plan_returns: the data copied into a new workbook, or `empty_workbook` when no sheet holds anything; bad_meta;
 * no_year; outside_plan: last period's form dated into the new one, with its plan's period) as an UnusableReason;
 * one of the cycle's own workbooks (the 报送台账, a summary) as such; the 填报单位 its copied cover
 * still shows (the check read it: not_plan_returns' unit); and the reader's or the check's one line
 * on it, in `lang`. Its unit is told later, over the units known (withUnits).
 */
export function unusableFileOf(file: string, failure: ReadingFailure, lang: Lang): UnusableFile {
  if ("loaded" in failure) {
    // the kind of file the reader found (a Word document renamed .xlsx): said as check says it
    const kind = failure.loaded.problem?.params?.kind;
    // a text file named .xlsx (a CSV renamed) is a CSV, as one named .csv (trial42b F4)
    const reason = unusableReason(failure.loaded.reason === "not_zip" && kind === "text" ? "csv_input" : failure.loaded.reason);
    // the return's own sheet past a limit, named by its tab: the unit is told what to delete from it, as the reader's line says
    const problem = failure.loaded.problem;
    const sheet = reason === "too_large" && (problem?.code === "sheet_too_big" || problem?.code === "too_many_rows") ? problem.params?.sheet : undefined;
    const tooLarge = sheet !== undefined && problem?.params ? { tooLarge: { sheet, cut: sheetCut(problem.params) } } : {};
    return { file, reason, message: failure.loaded.message, ...(failure.loaded.archive ? { archive: failure.loaded.archive } : {}), ...(reason === "other_format" && kind ? { fileKind: kind } : {}), ...tooLarge };
  }
  const r = failure.checked;
  const own = r.reason === "not_plan_returns" ? ownWorkbookKind(failure.grid) : null;
  const cover = r.problem.code === "not_plan_returns" && !own ? r.problem.params.unit ?? "" : "";
  // a summary names the units it covers: the province needs their own returns
  const covers = own === "summary" ? summaryScope(failure.grid) : [];
  // last period's form dated into the new one: named with its plan and the year its cover gives
  const p = r.problem.code === "cover_year_outside_plan" ? r.problem.params : undefined;
  const period = p ? { title: p.title, from: p.from, to: p.to, own: p.year, year: p.year, ...(p.kind ? { kind: p.kind } : {}) } : undefined;
  const unit = p ? coverUnitText(failure.grid) : "";
  // an empty workbook is said to be empty, as check says it (it was passed over as 不是本工具的填报)
  // the cover deleted with no year to read it as: said as that, not as a damaged file (trial34 M2)
  // a workbook whose only content is a sheet too large to read: too large (its line names the sheet), not a return copied into a new workbook
  const cause = r.problem.code === "not_plan_returns" && r.problem.params.empty ? "empty_workbook" : r.problem.code === "not_plan_returns" && r.problem.params.notRead ? "sheet_too_big" : r.problem.code === "cover_deleted" ? "cover_deleted" : r.reason;
  return { file, reason: own ?? unusableReason(cause), message: checkFailureText(file, r, lang, failure.grid), ...(cover ? { cover } : {}), ...(unit ? { cover: unit } : {}), ...(covers.length ? { covers } : {}), ...(period ? { period } : {}) };
}
