/**
 * The plan behind 评估所选文件: the evaluation report over the chosen county returns, decided as `report <files>`
 * decides it for the same files (evaluation-rules §6; arrivedReturn, then evaluateReturnSet, one home): a chosen
 * file that is no return (unusableFileOf), of another year than most give (otherYearFile), on another plan or version
 * than most, or an older version of a unit's return is passed over and named; of two years as many returns each the
 * later is evaluated and said (`picked`), where the CLI asks for --year. A multi-selection stands for a folder: no
 * chosen file is refused on its own. A 报送台账 among them is used as `report --ledger` uses it (chosenLedger, as
 * 汇总所选文件 reads it): the units in its order, those that sent nothing named 未报送, a unit outside it named
 * (`unlisted`), the returns' year settled by its year and their plan by the one it distributed; refused when two
 * are chosen or it is of another year than the returns (ledger_year). Pure: the pane, the tests and the comparison
 * with `report` share it.
 */
import { arrivedReturn, type ArrivedReturn } from "../../cli/arrivedReturn";
import { evaluateReturnSet, type NothingEvaluated, type ReturnSetEvaluation } from "../../cli/evaluateReturnSet";
import { unusableFileOf } from "../../cli/unusableFileOf";
import { sha256Hex } from "../../cycle/sha256Hex";
import { chosenLedger } from "./chosenLedger";
import { latestCommonYear } from "../../cycle/latestCommonYear";
import { yearsOnPlan } from "../../cli/yearOfReturns";
import { describeReturnSetProblem } from "../../sheet/describeReturnSetProblem";
import type { UnusableFile } from "../../cycle/UnusableFile";
import type { CycleOptions } from "../../cycle/summaryCycle";
import { checkGrid, readMeta, readYear } from "../../sheet/checkGrid";
import type { Lang } from "./i18n";
import type { ChosenReturn } from "./summaryPlans";

/**
 * The chosen files' evaluation (ReturnSetEvaluation; `ledger`: the chosen 报送台账's file, when one was used, and `cycle` its units,
 * deadlines and today, for report's 催报 lines, reportChaseLines), nothing to evaluate, or a refusal in `lang`.
 */
export type ChosenEvaluation = (ReturnSetEvaluation & { ledger?: string; cycle?: Pick<CycleOptions, "units" | "asOf"> }) | NothingEvaluated | { ok: false; message: string };

/**
 * `chosen`: the files read; `unread`: those the reader refused, already passed over (readChosenFiles), in `lang`.
 * Each return is named by its file's name without the extension, as `report` names it.
 */
export function chosenFilesEvaluation(chosen: readonly ChosenReturn[], unread: readonly UnusableFile[], lang: Lang): ChosenEvaluation {
  const arrived: ArrivedReturn[] = [];
  const skipped: UnusableFile[] = [...unread];
  const covers: Array<{ file: string; line: string }> = [];
  // the 报送台账 chosen is no return to evaluate but the units expected (trial38 F3: said 未评估（报送台账）)
  const found = chosenLedger(chosen, "evaluation");
  if (!found.ok) return { ok: false, message: found.why(lang) };
  const { ledger, returns } = found;
  const listed = (ledger?.cycle.units ?? []).map((u) => u.unit);
  // a multi-selection stands for a folder: its files in a folder's order (workbookFiles: by name), the report's units so
  // without a ledger
  for (const c of [...returns].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0))) {
    const r = checkGrid(c.grid);
    // a chosen workbook that is no return (an empty one, a summary, the ledger) is passed over, as a folder's
    if (!r.ok) { skipped.push(unusableFileOf(c.file, { grid: c.grid, checked: r }, lang)); continue; }
    const m = readMeta(c.grid);
    const templates = m && !("error" in m) ? m.templates : [];
    const own = readYear(c.grid) ?? r.report.year;
    const one = arrivedReturn(c.file, c.file.replace(/\.[^.]*$/, ""), c.grid, r.report, { own, templates, receivedAt: c.receivedAt ?? 0, listed, lang, sha: sha256Hex });
    arrived.push(one.arrived);
    if (one.cover) covers.push(one.cover);
  }
  // a ledger of another year than the year evaluated (most returns', of a tie the later, on the plan it distributed):
  // its units are that year's, refused as 汇总所选文件 refuses it (ledger_year), in the pane's words, not the CLI's --units
  if (ledger?.year !== undefined) {
    const { refused } = latestCommonYear(yearsOnPlan(arrived, ledger.cycle.templates), { file: ledger.file, year: ledger.year }, "report");
    if (refused) return { ok: false, message: describeReturnSetProblem(refused, lang) };
  }
  const set = evaluateReturnSet(arrived, skipped, covers, { year: undefined, lang, tie: "latest", listed, ...(ledger?.year !== undefined ? { ledgerYear: { file: ledger.file, year: ledger.year } } : {}), distributed: ledger?.cycle.templates, chosen: true });
  return set.ok && ledger ? { ...set, ledger: ledger.file, cycle: ledger.cycle } : set;
}
