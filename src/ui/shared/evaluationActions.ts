/**
 * 生成评估 over OfficeActions: read the workbook, plan the 评估 sheet (evaluationPlan.ts) and
 * write it, in one Excel.run where the host can (two syncs), as 生成汇总 does. No DOM here.
 * A refusal is written in `lang`, the pane's or the ribbon dialog's language; `changes`, the
 * changes since the lock of a locked return, for the pane to name (lockedChangesNote).
 */
import type { LockedChange } from "../../cycle/lockedChanges";
import type { GridWorkbook } from "../../sheet/Grid";
import { openWorkbookEvaluation } from "./evaluationPlan";
import type { Lang, LangText } from "./i18n";
import type { EvaluationReport } from "../../sheet/EvaluationReport";
import { EVALUATION_SHEET } from "../../sheet/evaluationSheets";
import { evaluationOutcome } from "./evaluationOutcome";
import type { OfficeActions } from "./OfficeActions";
import { paneSentence, paneSentences } from "./paneSentences";
import { readChosenFiles, yearPickedLine, writeFromOpenWorkbook, type ChosenFile, type WriteOutcome } from "./summaryActions";
import { chosenFilesEvaluation, type ChosenEvaluation } from "./chosenFilesEvaluation";
import { t } from "./i18n";
import { placeOwnSheets } from "./summaryPlans";
import { evaluationWorkbookPlan } from "../../sheet/evaluationSheets";
import { evaluationSheetsNamed } from "./evaluationSheetsNamed";
import { ownSheetSourceOfUnits } from "../../sheet/ownSheetMark";
import { sha256Hex } from "../../cycle/sha256Hex";
import { describeReturnSetProblem } from "../../sheet/describeReturnSetProblem";
import { returnSetProblem } from "../../sheet/ReturnSetProblem";
import { unusableFileLine } from "../../cycle/unusableFileLine";
import { unusableFileLines } from "../../cycle/unusableFileLines";
import { reportParagraph } from "../../sheet/reportParagraph";
import { yearTargetLine } from "../../cli/yearTargetLine";
import { reportVersionLines } from "../../cli/reportVersionLines";
import { mergedFileLine } from "../../cli/mergedFileLine";
import { cycleMessage } from "../../cli/cycleMessages";
import { reportChaseLines } from "../../cli/reportChaseLines";
import { LOCKED_CHANGES_NAMED } from "../../cycle/LOCKED_CHANGE_WORDS";

/**
 * `found`: what the evaluation found, in a language (evaluationOutcome), "" when nothing to say; `lead`: what is said before
 * the sheets written (评估所选文件: how many returns, the files passed over); `noted`: a chosen file passed over, a year
 * taken of two tied or a lock changed since is said (a warning)
 */
export type EvaluationOutcome = Exclude<WriteOutcome, { ok: true }> | (Extract<WriteOutcome, { ok: true }> & { changes: LockedChange[]; found: LangText; lead?: LangText; noted?: true });


export async function makeEvaluation(a: OfficeActions, lang: Lang): Promise<EvaluationOutcome> {
  let changes: LockedChange[] = [];
  let evaluation: EvaluationReport | undefined;
  const planned = (grid: GridWorkbook): ReturnType<typeof openWorkbookEvaluation> => {
    const out = openWorkbookEvaluation(grid);
    if (out.ok) { changes = out.lockChanges; evaluation = out.evaluation; }
    return out;
  };
  const out = await writeFromOpenWorkbook(a, planned, lang);
  if (!out.ok) return out;
  // the sheet written (评估, or 评估(2) beside one a person edited) is where each row is given
  const sheet = out.sheets[0] ?? EVALUATION_SHEET;
  return { ...out, evaluation: true, changes, found: (l) => (evaluation ? evaluationOutcome(evaluation, sheet, l) : "") };
}

/**
 * What the pane says first of the chosen files, before the sheets written: the later of two tied years taken, how many
 * returns of which year, then each file passed over (unusableFileLines, task report: the returns of one other plan period
 * and year in one line, as `report` says them), so that a file not evaluated is never behind 展开全文 (trial37b F6: it came
 * after 27 units' paragraphs).
 */
function chosenEvaluationLead(set: Extract<ChosenEvaluation, { ok: true }>, l: Lang): string {
  const r = set.report;
  const picked = set.picked ? [yearPickedLine(set.picked, "evaluation", l)] : [];
  return paneSentences([
    ...picked,
    t(l, "msg.evaluatedFiles", { n: r.returns.length, year: r.year }),
    ...unusableFileLines(set.skipped ?? [], "report", l),
  ], l);
}

/**
 * What `report` prints for the chosen files after its head line and count (chosenEvaluationLead), one home with the
 * CLI's lines: its paragraph (reportParagraph), a cover without its 填报单位, the units of a chosen 报送台账 not sent (its
 * 催报 lines as of today, reportChaseLines, as `report --ledger` prints them), the units outside it
 * (summary_unlisted, as `report --ledger` says them), the rows graded by the year's own target, a unit's versions set
 * aside, other units' sheets merged into a return, a locked return's changes since (the first 10).
 */
function chosenEvaluationLines(set: Extract<ChosenEvaluation, { ok: true }>, l: Lang): string {
  const r = set.report;
  return paneSentences([
    reportParagraph(r, l),
    ...(set.covers ?? []),
    ...(set.cycle ? reportChaseLines(r, set.cycle, l) : []),
    set.unlisted ? cycleMessage("summary_unlisted", { n: set.unlisted.length, units: set.unlisted.join(l === "en" ? ", " : "、"), task: "report" }, l) : "",
    // a milestone's rows are a line of their own (trial47b F3): each its own sentence here
    ...(yearTargetLine(r, l)?.split("\n") ?? []),
    ...reportVersionLines(set.versions ?? [], set.misnamed ?? [], l),
    ...(set.merged ?? []).map((m) => mergedFileLine(m, "report", set.ledger !== undefined, l)),
    ...(set.locked ?? []).flatMap((x) => [cycleMessage("report_locked_changes", { unit: x.unit, n: x.changes.length }, l), ...x.changes.slice(0, LOCKED_CHANGES_NAMED).map((c) => cycleMessage("locked_change", { ...c }, l))]),
  ], l);
}

/** Why nothing of the chosen files was evaluated: `report`'s refusal, else each file passed over (or that none is a return). */
function nothingText(out: Exclude<ChosenEvaluation, { ok: true }>, l: Lang): string {
  if ("message" in out) return out.message;
  const lines = out.nothing.skipped.map((x) => paneSentence(unusableFileLine(x, "report", l), l));
  return lines.length ? lines.join(l === "en" ? "; " : "；") : describeReturnSetProblem(returnSetProblem("no_returns_to_evaluate", {}), l);
}

/**
 * 评估所选文件: the 评估 sheets (评估, 县区对比 …) of the chosen county returns, as `report <files> --out x.xlsx` writes
 * them (chosenFilesEvaluation: the same returns, passed over as it passes them over), written into the open workbook as
 * 生成评估's are (placeOwnSheets, kind evaluation, the source the set of units evaluated: the same units again replace
 * our unchanged sheets; a person's, an edited one, this workbook's own 评估 or another set's are kept and the new ones
 * take 评估(2) …). The files are only read; the open workbook is read and written in one Excel.run (two syncs).
 * `found`: `report`'s lines in either language (the other language worked out only when the pane redraws in it).
 */
export async function evaluateChosenFiles(a: OfficeActions, files: readonly ChosenFile[], lang: Lang): Promise<EvaluationOutcome> {
  if (files.length === 0) return { ok: false, message: t(lang, "msg.noFilesToEvaluate"), inLang: (l) => t(l, "msg.noFilesToEvaluate") };
  const { chosen, passed } = await readChosenFiles(files);
  const done = new Map<Lang, ChosenEvaluation>();
  const inLang = (l: Lang): ChosenEvaluation => {
    let out = done.get(l);
    if (!out) {
      out = chosenFilesEvaluation(chosen, passed.map((p) => p(l)), l);
      done.set(l, out);
    }
    return out;
  };
  const set = inLang(lang);
  if (!set.ok) {
    const why = (l: Lang): string => {
      const x = inLang(l);
      return x.ok ? "" : nothingText(x, l);
    };
    return { ok: false, message: why(lang), inLang: why };
  }
  // 县区对比's counts as numbers: formulas never read back as written, so the next click could not replace the sheets
  const plan = evaluationWorkbookPlan(set.report, "values");
  // the same evaluation is of the same units (a return without its 填报单位 by its file), whichever files carry them now
  const source = ownSheetSourceOfUnits(set.counted.map((x) => x.unit || x.file), sha256Hex);
  const out = await writeFromOpenWorkbook(a, (grid) => placeOwnSheets("evaluation", plan, grid, source), lang);
  if (!out.ok) return out;
  const noted = Boolean(set.skipped?.length || set.picked || set.locked?.length || set.covers?.length);
  const written = out.sheets;
  return { ...out, evaluation: true, changes: [], sheetsSaid: (l) => evaluationSheetsNamed(written, l), ...(noted ? { noted: true as const } : {}), found: (l) => { const x = inLang(l); return x.ok ? chosenEvaluationLines(x, l) : ""; }, lead: (l) => { const x = inLang(l); return x.ok ? chosenEvaluationLead(x, l) : ""; } };
}
