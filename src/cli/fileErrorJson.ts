import type { CheckRefusal } from "../sheet/checkGrid";

/**
 * Why a file named on the command line could not be used, the `error.code` of its JSON object:
 * `unreadable` (the reader refused it: `reason` says why), the check's refusal (not_plan_returns,
 * bad_meta, no_year, rows_out_of_place, outside_plan), a --year outside its plans (year_outside_plan, check
 * of several), a folder with no workbook (no_workbooks, check of several), or a --previous/--city that does
 * not fit the file (context, check of several; named alone it is a usage error, on stderr only), or one of a unit's
 * versions nothing tells apart when no other return is left to sum (versions_tied, summary: trial41e F7). architecture.md, CLI.
 */
export type FileErrorCode = "unreadable" | CheckRefusal | "year_outside_plan" | "no_workbooks" | "context" | "versions_tied";

/** A file that could not be used: its code, its one line in the --lang asked for, the reader's `reason`, the units a summary workbook `covers`. */
export interface FileError { code: FileErrorCode; message: string; reason?: string; covers?: string[] }

/** The JSON object of a file that could not be used. */
export interface FileErrorJson { file: string; error: { code: FileErrorCode; reason?: string; message: string }; covers?: string[] }

/**
 * The one JSON object every command with `--json` prints on stdout for a file that could not be used
 * (check for each such file; summary, report and diff for a file named on the command line, exit 2):
 * `{"file", "error": {"code", "reason"?, "message"}, "covers"?}`; `reason` only for an unreadable file
 * (loadWorkbookFile's code: damaged_zip, not_zip, lock_file, empty_input, too_large_input, not_found, …),
 * `covers` only for a summary workbook named where a return goes. Source: architecture.md, CLI.
 */
export function fileErrorJson(file: string, e: FileError): FileErrorJson {
  const error = e.reason === undefined ? { code: e.code, message: e.message } : { code: e.code, reason: e.reason, message: e.message };
  return { file, error, ...(e.covers?.length ? { covers: e.covers } : {}) };
}
