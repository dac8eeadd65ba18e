import { describeXlsxProblem } from "./describeXlsxProblem";
import { XlsxLimitError, XlsxReadError, type XlsxProblem } from "./XlsxReadError";

/** The reader's failure for a problem, its message in Chinese (limits as XlsxLimitError). */
export function xlsxProblem(problem: XlsxProblem): XlsxReadError {
  const e = new XlsxReadError(problem, describeXlsxProblem(problem));
  return e.isLimit ? new XlsxLimitError(problem, e.message) : e;
}
