/**
 * 生成汇总, 汇总所选文件 and 生成审核表 over OfficeActions: read, plan (summaryPlans.ts), write.
 * Shared by the task pane and the ribbon command (commands.ts); no DOM here. A refusal is
 * written in `lang`, the pane's or the ribbon dialog's language (`message`), and can be made in
 * either (`inLang`: the pane redraws its message line on 中文/English).
 */
import { describeXlsxProblem } from "../../hosts/xlsx/describeXlsxProblem";
import type { XlsxProblem } from "../../hosts/xlsx/XlsxReadError";
import { describeReturnSetProblem } from "../../sheet/describeReturnSetProblem";
import type { ReturnSetProblem } from "../../sheet/ReturnSetProblem";
import { describeWorkbookProblem } from "../../sheet/describeWorkbookProblem";
import type { WorkbookProblem } from "../../sheet/WorkbookProblem";
import type { GridWorkbook } from "../../sheet/Grid";
import type { ReviewToDo } from "../../sheet/reviewToDo";
import type { WorkbookPlan } from "../../sheet/SheetPlan";
import { openWorkbookProblemText } from "./openWorkbookProblem";
import { t, type Lang, type LangText } from "./i18n";
import type { OfficeActions } from "./OfficeActions";
import { sheetRefusalText } from "./sheetRefusalText";
import type { SheetRefusal } from "../../hosts/office/SheetRefusal";
import { consolidationSummary, openWorkbookSummary, reviewPlan, type PreviousVersion, type CarriedReviewPlan, type ChosenReturn, type PassedOver, type PlanOutcome, type SummarySaid, OPEN_WORKBOOK } from "./summaryPlans";
import { chosenLedger } from "./chosenLedger";
import { paneSentence, paneSentences } from "./paneSentences";
import { summaryLedgerLines } from "../../cli/summaryLedgerLines";
import { blankUnitsText } from "../../cli/blankUnitsText";
import { sameValuesLines } from "../../cli/sameValuesLines";
import { coverlessUnitName } from "../../sheet/coverlessUnitName";
import { summaryTotalsLine } from "../../cli/summaryTotalsLine";
import { resubmissionLine } from "../../cli/resubmissionLine";
import { cycleMessage } from "../../cli/cycleMessages";
import { labelColon } from "../../domain/labelColon";
import { unusableReason } from "../../domain/UnusableReason";
import { unusableFileLines } from "../../cycle/unusableFileLines";
import type { KeptSheet } from "../../sheet/ownSheetPlace";
import type { UnlistedDecision } from "../../cycle/unlistedDecisions";
import { unlistedDecisionLine } from "../../cli/unlistedDecisionLine";
import { acceptedErrorLine } from "../../cli/acceptedErrorLine";
import { takenCommentsLine } from "../../cli/takenCommentsLine";
import type { TypedReviewComment } from "../../sheet/typedReviewComments";
import type { AcceptedWithError } from "../../cycle/reviewTally";
import type { ReviewListMarks } from "./ReviewListMarks";
import { lockOutlookLine, type LockOutlook } from "./lockOutlookLine";
import type { YearPicked } from "../../cli/evaluateReturnSet";

/** A refusal: `message` in the language asked, `inLang` the same in either. */
export type Refusal = { ok: false; message: string; inLang: LangText };
/** `passedOver`: 汇总所选文件's line on the chosen files it could not read and did not sum (unusableFileLines), in either language */
/** `replaced`: the sheets replaced ours of the same names (生成汇总, 生成评估 again); `kept`: sheets holding the planned names, left alone (PlanOutcome) */
/** `dropped`: sheets of the replaced set, ours and unchanged, that the new one has no part for (汇总范围), deleted with it */
/** `said`: what `summary` says of the returns summed (a cover without its 填报单位, a return sent back blank), as its lines (saidLines) */
/** `totals`: `summary`'s totals by status and each unit's versions summed, as its lines (totalsLines); not a warning */
/** `evaluation`: the sheets written are 评估's (生成评估, 评估所选文件): a kept sheet is said as an evaluation, not a summary */
/** `sheetsSaid`: the sheets written as the line names them, where not each by name (评估所选文件: evaluationSheetsNamed) */
/** `ledger`: the chosen file read as the 报送台账 (汇总所选文件), which the chosen files' line names (trial37c F7) */
export type WriteOutcome = { ok: true; sheets: string[]; sheetsSaid?: LangText; passedOver?: LangText; replaced?: true; dropped?: readonly string[]; kept?: readonly KeptSheet[]; said?: LangText; totals?: LangText; evaluation?: true; ledger?: string } | Refusal;

/**
 * `summary`'s own lines on the returns summed, in `lang`, from the CLI's codes (one home): cover_no_unit for each file
 * whose cover names no 填报单位, cover_unit_slip for each summed as the listed unit its file is named after (cycle/coverSlips), a line per group of units alike in every value (sameValuesLines), then the returns without the
 * year's values (blankUnitsText: 其中…收到空表), but for the units a chosen 报送台账 expects, whose lines name each already
 * (totalsLines; trial37c F7: said twice). Null when none.
 */
function saidLines(said: SummarySaid | undefined): LangText | undefined {
  if (!said) return undefined;
  const covers = said.coverless;
  const gone = new Map((said.coverGone ?? []).map((g) => [g.file, g.unit]));
  // in English a return without its 填报单位 is named by its file (本工作簿: this workbook), not the sheet's Chinese name for it
  const english = new Map(covers.map((file) => [coverlessUnitName(file), `${paneFileName(file, "en")} (no reporting unit)`]));
  const inLedger = new Set((said.ledger?.facts ?? []).filter((x) => x.blank !== undefined && !x.unlisted).map((x) => x.unit));
  const units = said.units.filter((u) => !inLedger.has(u.unit));
  const blank = (l: Lang): string => blankUnitsText(l === "en" ? units.map((u) => ({ ...u, unit: english.get(u.unit) ?? u.unit })) : units, l);
  const picked = said.picked;
  // returns of two or more units alike in every value: summary's line per group (sameValuesLines), the open workbook as the pane names it
  const alike = (l: Lang): string[] => sameValuesLines((said.alike ?? []).map((g) => g.map((x) => ({ ...x, file: x.file === OPEN_WORKBOOK && l === "en" ? "this workbook" : x.file }))), "summary", l);
  if (covers.length === 0 && gone.size === 0 && !said.slips?.length && blank("zh") === "" && !picked && !said.alike?.length) return undefined;
  // a deleted 填报说明 sheet whose file's name gives the unit: summed as that unit's, said as `summary` says it (cover_unit_by_name)
  const byName = [...gone].flatMap(([file, unit]) => (unit === undefined ? [] : [{ file, unit }]));
  return (l) => paneSentences([...(picked ? [yearPickedLine(picked, "summary", l)] : []), ...byName.map((x) => cycleMessage("cover_unit_by_name", { file: x.file, unit: x.unit, task: "summary", gone: 1 }, l)), ...(said.slips ?? []).map((x) => cycleMessage("cover_unit_slip", { file: paneFileName(x.file, l), typed: x.typed, unit: x.unit }, l)), ...covers.map((file) => coverlessLine(file, l, "summary", gone.has(file))), ...alike(l), ...(blank(l) ? [l === "en" ? blank(l) : `其中${blank(l)}`] : [])], l);
}

/**
 * `summary`'s figures, in `lang`, as it prints them (one home): the totals by status with the values to verify
 * (summaryTotalsLine: 已达标 65（其中 15 项数值待核实）…), then each unit that sent several versions (resubmissionLine).
 * Trial33p P7: the pane said only which sheets it wrote. With a 报送台账 chosen, its lines come first (summaryLedgerLines:
 * the counts by state, 未报，请催报 …, each unit received but counted 未报 named once, on the 催报 line, as summary says it), so the
 * units to chase are in the lines the folded message shows (trial37c F7: below the fold, after the totals). Null when
 * there are no figures.
 */
function totalsLines(said: SummarySaid | undefined): LangText | undefined {
  const figures = said?.figures;
  if (!figures) return undefined;
  // with a 报送台账 chosen: summary --ledger's lines on it (the units not sent, to chase…), its files passed over said apart
  const ledger = said.ledger;
  const ledgerLines = (l: Lang): string[] => (ledger ? summaryLedgerLines(ledger.facts, l, { asOf: ledger.asOf, fileLines: false }).lines.map((x) => paneSentence(x, l)) : []);
  return (l) => paneSentences([...ledgerLines(l), summaryTotalsLine(figures, l), ...(said.resubmissions ?? []).map((x) => resubmissionLine(x, l))], l);
}

/** A file as the pane's line names it: the open workbook is 本工作簿 / this workbook (capitalised: it begins a sentence). */
function paneFileName(file: string, lang: Lang): string {
  return file === OPEN_WORKBOOK && lang === "en" ? "This workbook" : file;
}

/**
 * `summary`'s line for a return whose cover names no 填报单位 (cycleMessages cover_no_unit), `file` as the pane names it
 * (本工作簿, This workbook, for the open workbook); `task` check: 校验's, saying what a summary will do, not to summarise again;
 * `gone`: its 填报说明 sheet was deleted (and its file's name gives no unit), to be copied back, not filled in. The open
 * workbook's name is never read (lockedCheck), so its line says nothing of it (`unread`).
 */
export function coverlessLine(file: string, lang: Lang, task: "summary" | "check" = "summary", gone = false): string {
  return cycleMessage("cover_no_unit", { file: paneFileName(file, lang), unit: "", task, gone: gone ? 1 : 0, unread: file === OPEN_WORKBOOK ? 1 : 0 }, lang);
}

/** coverlessLine of the open workbook (本工作簿), as 校验 says it before a 生成汇总; `gone`: its 填报说明 sheet was deleted (cover_deleted). */
export function openWorkbookCoverless(lang: Lang, gone = false): string {
  return coverlessLine(OPEN_WORKBOOK, lang, "check", gone);
}

function refusal(text: LangText, lang: Lang): Refusal {
  return { ok: false, message: text(lang), inLang: text };
}

/** applyPlan's refusals (an existing sheet is never overwritten), as one line in either language (sheetRefusalText). */
function hostRefusal(refused: readonly SheetRefusal[], lang: Lang): Refusal {
  return refusal((l) => refused.map((x) => sheetRefusalText(x, l)).join(l === "en" ? "; " : "；"), lang);
}
/** `toDo`: the 审核 sheet's rows that wait for a decision (reviewToDo), the pane lists them. */
/** `rekeyed`: the line `review` prints when the sheet's rows were sorted apart from their keys (review_rows_rekeyed), in both languages for the pane's redraw */
/** `unlisted`: `review`'s line for each 审核结论 outside the list (unlistedDecisionLine), one after another, absent when none */
/** `accepted`: `review`'s line for each row decided 通过 (or 已说明) whose cell still has an error (acceptedErrorLine), absent when none */
/** `lock`: whether `plan-returns lock` would lock the return, one line in either language, `tone` how it is edged (lockOutlookLine); `marks`: what the pane's list says on its rows (ReviewListMarks) */
export type ReviewOutcome = { ok: true; sheets: string[]; rows: number; stale: number; replaced: boolean; toDo: ReviewToDo[]; rekeyed?: Record<Lang, string>; /** `review`'s line on the 审核意见 typed beside rows taken into the 审核 sheet (review_comments_taken) */ taken?: Record<Lang, string>; unlisted?: Record<Lang, string>; accepted?: Record<Lang, string>; lock: Record<Lang, string>; outlook: Record<Lang, LockOutlook>; tone: LockOutlook["tone"]; marks: ReviewListMarks } | Refusal;

/** A file the user chose; `read` gives its grid (readXlsxZip in the pane); `modified`: its last change (ms, File.lastModified), which tells a unit's versions apart when the workbooks do not. */
export interface ChosenFile {
  name: string;
  modified?: number;
  read(): Promise<GridWorkbook>;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e);
}

/** The reader's coded problem (not a zip, encrypted, an old .xls, a limit…), told in the pane's language. */
function unreadable(name: string, e: unknown, lang: Lang): string {
  const problem = (e as { problem?: XlsxProblem } | null)?.problem;
  if (problem && typeof problem.code === "string") return `${name}${labelColon(lang)}${describeXlsxProblem(problem, lang)}`;
  return lang === "en" ? `${name}: cannot be read (${describe(e)})` : `${name}：文件无法读取（${describe(e)}）`;
}

async function writeNew(a: OfficeActions, plan: WorkbookPlan, lang: Lang): Promise<WriteOutcome> {
  const r = await a.apply(plan, []);
  if (r.refused.length > 0) return hostRefusal(r.refused, lang);
  return { ok: true, sheets: plan.sheets.map((s) => s.name) };
}

/** What a plan written over the open workbook says besides its sheets: replaced ours, or left others alone. */
function placed(out: Extract<PlanOutcome, { ok: true }>): { replaced?: true; dropped?: readonly string[]; kept?: readonly KeptSheet[] } {
  if (out.replace?.length) return out.drop?.length ? { replaced: true, dropped: out.drop } : { replaced: true };
  return out.kept?.length ? { kept: out.kept } : {};
}

/**
 * New sheets planned from the open workbook (`planOf`: 汇总, 评估 …), read and written in one
 * Excel.run where the host can (two syncs), else read, then write. A refusal is one line in `lang`.
 */
export async function writeFromOpenWorkbook(a: OfficeActions, planOf: (grid: GridWorkbook) => PlanOutcome, lang: Lang): Promise<WriteOutcome> {
  if (a.readAndApply) {
    let sheets: string[] = [];
    let said: ReturnType<typeof placed> = {};
    let told: LangText | undefined;
    let totals: LangText | undefined;
    let why: LangText = () => "";
    const r = await a.readAndApply((grid) => {
      const out = planOf(grid);
      if (!out.ok) {
        why = (l) => refusalText(out.problem, l);
        return { ok: false, message: why(lang) };
      }
      sheets = out.plan.sheets.map((s) => s.name);
      said = placed(out);
      told = saidLines(out.said);
      totals = totalsLines(out.said);
      return out.replace?.length ? { ok: true, plan: out.plan, replace: [...out.replace, ...(out.drop ?? [])] } : { ok: true, plan: out.plan };
    });
    if (!r.ok) return refusal(why, lang);
    if (r.refused.length > 0) return hostRefusal(r.refused, lang);
    return { ok: true, sheets, ...said, ...(totals ? { totals } : {}), ...(told ? { said: told } : {}) };
  }
  const out = planOf(await a.readGrid());
  if (!out.ok) return refusal((l) => refusalText(out.problem, l), lang);
  const told = saidLines(out.said);
  const totals = totalsLines(out.said);
  const figures = { ...(totals ? { totals } : {}), ...(told ? { said: told } : {}) };
  if (!out.replace?.length) {
    const w = await writeNew(a, out.plan, lang);
    return w.ok ? { ...w, ...placed(out), ...figures } : w;
  }
  // a name of the set with no planned sheet (汇总范围 no longer needed) is dropped by the host with the replaced ones
  const r = await a.replace(out.plan, [...out.replace, ...(out.drop ?? [])]);
  if (r.refused.length > 0) return hostRefusal(r.refused, lang);
  return { ok: true, sheets: out.plan.sheets.map((s) => s.name), ...placed(out), ...figures };
}

/** A refusal about the open workbook: its own problem as the pane says it (a blank workbook: load a template first). */
function refusalText(problem: ReturnSetProblem, lang: Lang): string {
  return problem.code === "workbook_not_checked" ? openWorkbookProblemText(problem.params.problem, lang) : describeReturnSetProblem(problem, lang);
}

/**
 * 汇总 and 问题清单 of the open workbook: over our own earlier ones when they are unchanged
 * (`replaced`), else as new sheets (汇总(2) … when the names are taken; `kept` says why).
 */
export async function makeSummary(a: OfficeActions, lang: Lang): Promise<WriteOutcome> {
  return writeFromOpenWorkbook(a, openWorkbookSummary, lang);
}

/**
 * The chosen files read, as 汇总所选文件 and 评估所选文件 read them: each file the reader refuses (an .ods, an .xls, a
 * password, damaged) is passed over (`passed`, in the language asked, as `summary` and `report` pass such a file of a
 * folder over), the rest read (`chosen`, with when each was last modified).
 */
export async function readChosenFiles(files: readonly ChosenFile[]): Promise<{ chosen: ChosenReturn[]; passed: PassedOver[] }> {
  const chosen: ChosenReturn[] = [];
  const passed: PassedOver[] = [];
  for (const f of files) {
    try {
      chosen.push({ file: f.name, grid: await f.read(), ...(f.modified !== undefined ? { receivedAt: f.modified } : {}) });
    } catch (e) {
      const code = (e as { problem?: XlsxProblem } | null)?.problem?.code ?? "internal";
      passed.push((l) => ({ file: f.name, reason: unusableReason(code), message: unreadable(f.name, e, l) }));
    }
  }
  return { chosen, passed };
}

/**
 * The chosen returns' years tied (as many each) and the later taken (YearPicked), as the pane's line says it, in
 * `l`: the CLI refuses such a set and asks for --year; the pane has none to give (trial34), so it takes the manager's
 * latest cycle and says how to have the other (choose only its files).
 */
export function yearPickedLine(picked: YearPicked, task: "summary" | "evaluation", l: Lang): string {
  const years = picked.tied.join(l === "en" ? " and " : " 年度与 ");
  return t(l, task === "summary" ? "msg.yearPickedSummary" : "msg.yearPickedEvaluation", { years, n: picked.n, year: picked.year });
}

/**
 * The consolidated summary of the chosen returns, written into the open workbook as 生成汇总's
 * are: over our own unchanged 汇总 and 问题清单 (`replaced`), else as new sheets (`kept` says why).
 * The files are only read; the open workbook is read (for our marks) and written in one Excel.run
 * where the host can (two syncs), a sheet a person made or edited never touched.
 */
export async function consolidate(a: OfficeActions, files: readonly ChosenFile[], lang: Lang): Promise<WriteOutcome> {
  if (files.length === 0) return refusal((l) => t(l, "msg.noFiles"), lang);
  // a file the reader refuses (an .ods, an .xls, a password, damaged) is passed over and named, the rest summed, as
  // `summary` does with such a file of a folder (trial31: one .ods among four returns refused them all, wrote nothing)
  const { chosen, passed } = await readChosenFiles(files);
  // the files passed over as `summary` says them (unusableFileLines: the returns of one other plan period and year in one
  // line, trial39e F7), each a sentence of the pane's line (paneSentences, the pane's one joiner: the CLI's English line,
  // not summed: …, begins one; they were joined by hand with ；, the last left unended)
  const lines = (l: Lang, more: readonly PassedOver[] = []): string[] => unusableFileLines([...passed, ...more].map((x) => x(l)), "summary", l);
  const join = (l: Lang, all: readonly string[]): string => paneSentences(all, l);
  if (chosen.length === 0) return refusal((l) => join(l, lines(l)), lang);
  // a 报送台账 among them is read as `summary --ledger` reads it (chosenLedger, as of today): one only
  const found = chosenLedger(chosen, "summary");
  if (!found.ok) return refusal(found.why, lang);
  const { ledger: book, returns } = found;
  if (returns.length === 0) return refusal((l) => join(l, [...lines(l), describeReturnSetProblem({ code: "no_returns_to_sum", params: {} }, l)]), lang);
  const unsummed = passed.map((x) => x("zh"));
  // every chosen file that could not be used is named after the refusal too (trial32p: a fake .xlsx went unnamed; trial33p: one a try)
  const refused = (problem: ReturnSetProblem, more?: readonly PassedOver[]): LangText => (l) => join(l, [describeReturnSetProblem(problem, l), ...lines(l, more)]);
  let why: LangText | undefined;
  let more: readonly PassedOver[] = [];
  const w = await writeFromOpenWorkbook(a, (grid) => {
    const out = consolidationSummary(returns, grid, unsummed, book);
    if (!out.ok) why = refused(out.problem, out.passedOver);
    else more = out.passedOver ?? [];
    return out;
  }, lang);
  if (!w.ok) return why ? refusal(why, lang) : w;
  const read = book ? { ...w, ledger: book.file } : w;
  return passed.length || more.length ? { ...read, passedOver: (l) => join(l, lines(l, more)) } : read;
}

/**
 * The 审核 sheet: ours is replaced (decisions kept), anyone else's is left alone. Read and
 * written in one Excel.run where the host can (two syncs once the sheet names are known).
 */
const rekeyedLine = (p: { rekeyed?: WorkbookProblem }): { rekeyed?: Record<Lang, string> } =>
  p.rekeyed ? { rekeyed: { zh: describeWorkbookProblem(p.rekeyed, "zh"), en: describeWorkbookProblem(p.rekeyed, "en") } } : {};
/** `review`'s line on what a reviewer typed in rows' own 审核意见, taken into the 审核 sheet (the CLI's own line, one home) */
const takenLine = (p: { takenComments: readonly TypedReviewComment[] }): { taken?: Record<Lang, string> } => {
  const zh = takenCommentsLine(p.takenComments, "zh");
  return zh ? { taken: { zh, en: takenCommentsLine(p.takenComments, "en") ?? zh } } : {};
};
/** `review`'s words for 审核结论 cells outside the list (the CLI's own line, one home), in both languages */
const unlistedLines = (p: { unlisted: readonly UnlistedDecision[] }): { unlisted?: Record<Lang, string> } =>
  p.unlisted.length ? { unlisted: { zh: p.unlisted.map((u) => unlistedDecisionLine(u, "zh")).join(" "), en: p.unlisted.map((u) => unlistedDecisionLine(u, "en")).join(" ") } } : {};

/** `review`'s words for 通过 on a cell that still has an error (the CLI's own line, one home), in both languages */
const acceptedLines = (p: { accepted: readonly AcceptedWithError[]; sheet: string }): { accepted?: Record<Lang, string> } =>
  p.accepted.length ? { accepted: { zh: p.accepted.map((a) => acceptedErrorLine(a, p.sheet, "zh")).join(" "), en: p.accepted.map((a) => acceptedErrorLine(a, p.sheet, "en")).join(" ") } } : {};

// lock's rule on the return (lockRefusals): the line, and the rows the list names beside the 待审核 and 待复核 ones (trial35 TP0, TP2)
const lockOutlook = (p: Extract<ReturnType<typeof reviewPlan>, { ok: true }>): { lock: Record<Lang, string>; outlook: Record<Lang, LockOutlook>; tone: LockOutlook["tone"]; marks: ReviewListMarks } => ({
  lock: { zh: lockOutlookLine(p.lock, "zh").text, en: lockOutlookLine(p.lock, "en").text },
  // the same in parts, as the pane lays it out (a list of what to do first)
  outlook: { zh: lockOutlookLine(p.lock, "zh"), en: lockOutlookLine(p.lock, "en") },
  tone: lockOutlookLine(p.lock, "zh").tone,
  marks: { unassessed: p.lock.refusals.flatMap((x) => (x.code === "unassessed" ? x.rows : [])), accepted: p.accepted, unlisted: p.unlisted },
});

/**
 * 生成审核表: the 审核 sheet of the open workbook written (reviewPlan). With `previous` (带入上一版的审核结论),
 * as `review --replaces` writes it; a refusal of that version is the outcome's refusal, nothing written.
 */
export async function makeReview(a: OfficeActions, lang: Lang, previous?: PreviousVersion): Promise<ReviewOutcome> {
  const refused = (p: Extract<CarriedReviewPlan, { ok: false }>): LangText => ("why" in p ? p.why : (l) => refusalText(p.problem, l));
  if (a.readAndApply) {
    let planned: Extract<ReturnType<typeof reviewPlan>, { ok: true }> | undefined;
    let why: LangText = () => "";
    const r = await a.readAndApply((grid) => {
      const p = reviewPlan(grid, previous);
      if (!p.ok) {
        why = refused(p);
        return { ok: false, message: why(lang) };
      }
      planned = p;
      return p.replace ? { ok: true, plan: p.plan, replace: p.sheet } : { ok: true, plan: p.plan };
    });
    if (!r.ok) return refusal(why, lang);
    if (r.refused.length > 0) return hostRefusal(r.refused, lang);
    if (!planned) throw new Error("readAndApply returned without planning");
    return { ok: true, sheets: [planned.sheet], rows: planned.rows, stale: planned.stale, replaced: planned.replace, toDo: planned.toDo, ...rekeyedLine(planned), ...takenLine(planned), ...unlistedLines(planned), ...acceptedLines(planned), ...lockOutlook(planned) };
  }
  const p = reviewPlan(await a.readGrid(), previous);
  if (!p.ok) return refusal(refused(p), lang);
  const r = p.replace ? await a.replace(p.plan, p.sheet) : await a.apply(p.plan, []);
  if (r.refused.length > 0) return hostRefusal(r.refused, lang);
  return { ok: true, sheets: [p.sheet], rows: p.rows, stale: p.stale, replaced: p.replace, toDo: p.toDo, ...rekeyedLine(p), ...takenLine(p), ...unlistedLines(p), ...acceptedLines(p), ...lockOutlook(p) };
}
