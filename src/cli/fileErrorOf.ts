import { ownWorkbookKind, type OwnWorkbookKind } from "../cycle/ownWorkbookKind";
import { summaryScope } from "../cycle/summaryScope";
import { checkFailureText } from "./checkFailureText";
import type { FileError } from "./fileErrorJson";
import type { Lang } from "./fileMessages";
import type { ReadingFailure } from "./unusableFileOf";

/**
 * A file that could not be read as a return, as its JSON error object tells it (fileErrorJson; one rule for
 * check, summary, report and diff): the reader's refusal is `unreadable` with its `reason` and line; the check's,
 * its refusal code with checkFailureText's line, and for the 报送台账 or a summary workbook `own` (check passes
 * those of a folder over) and, for a summary, the units it `covers`. Lines in `lang`.
 */
export function fileErrorOf(file: string, failure: ReadingFailure, lang: Lang): FileError & { own?: OwnWorkbookKind } {
  if ("loaded" in failure) return { code: "unreadable", message: failure.loaded.message, reason: failure.loaded.reason };
  const r = failure.checked;
  const own = r.reason === "not_plan_returns" ? ownWorkbookKind(failure.grid) : null;
  const covers = own === "summary" ? summaryScope(failure.grid) : [];
  return { code: r.reason, message: checkFailureText(file, r, lang, failure.grid), ...(own ? { own } : {}), ...(covers.length ? { covers } : {}) };
}
