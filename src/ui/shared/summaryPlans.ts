/**
 * The plans behind 生成汇总, 汇总所选文件 and 生成审核表, as pure functions over grids the
 * host has read: no Office.js here, so the ribbon command, the task pane and the tests share
 * them. Nothing is ever overwritten: a planned sheet whose name is taken gets the first free
 * suffix "(2)", "(3)" … (the same for every sheet of the plan), and links into a renamed
 * sheet follow it. A refusal is a coded problem; the caller shows it in its language
 * (describeReturnSetProblem).
 */
import type { TypedReviewComment } from "../../sheet/typedReviewComments";
import { unsummedUnit } from "../../cycle/unsummedUnit";
import { blankOf } from "../../cycle/blankOf";
import type { ReturnBlank } from "../../cycle/UnitFacts";
import type { UnusableFile } from "../../cycle/UnusableFile";
import { unusableFileLine } from "../../cycle/unusableFileLine";
import { PlanVersions } from "../../cycle/planVersions";
import { returnReview } from "../../cycle/returnReview";
import { sha256Hex } from "../../cycle/sha256Hex";
import { unlistedDecisions, type UnlistedDecision } from "../../cycle/unlistedDecisions";
import { reviewMarks } from "../../cycle/reviewMarks";
import { plannedReviewRows, reviewerVerdicts, type AcceptedWithError } from "../../cycle/reviewTally";
import { lockReading, type LockReading } from "../../cycle/lockReading";
import { quoteSheet } from "../../sheet/a1";
import { checkGrid, readMeta, readYear } from "../../sheet/checkGrid";
import type { GridWorkbook } from "../../sheet/Grid";
import { findDuplicateReturn } from "../../sheet/findDuplicateReturn";
import { returnSetProblem, type ReturnSetProblem } from "../../sheet/ReturnSetProblem";
import type { WorkbookProblem } from "../../sheet/WorkbookProblem";
import { REVIEW_SHEET, REVIEW_STATES } from "../../sheet/reviewSheet";
import { reviewToDo, type ReviewToDo } from "../../sheet/reviewToDo";
import type { PlannedCell, WorkbookPlan } from "../../sheet/SheetPlan";
import { summarize, type ReturnInput, type SummaryFigures } from "../../sheet/summarize";
import { latestCommonYear } from "../../cycle/latestCommonYear";
import { otherYearFile } from "../../cycle/otherYearFile";
import { countedReturns } from "../../cycle/countedReturns";
import { versionFacts } from "../../cycle/versionFacts";
import { tiedVersionsFile } from "../../cycle/tiedVersionsFile";
import { diffReturns } from "../../cycle/diffReturns";
import { returnEntries } from "../../cycle/returnEntries";
import { versionsSheet, type Resubmission } from "../../cycle/versionsSheet";
import { withUnits } from "../../cycle/UnusableFile";
import { unusableFileOf } from "../../cli/unusableFileOf";
import type { Template } from "../../templates/TemplateSchema";
import type { Lang, LangText } from "./i18n";
import type { CheckReport } from "../../sheet/CheckReport";
import type { Resubmission as ReplacedVersion } from "../../cycle/returnReview";
import { internalLink, summaryWorkbookPlan } from "../../sheet/summarySheets";
import { markOwnSheets, ownSheetSourceOfUnits, type OwnSheetKind, type OwnSheetSource } from "../../sheet/ownSheetMark";
import { ownSheetPlace, type KeptSheet } from "../../sheet/ownSheetPlace";
import { lockedCheck } from "./lockedCheck";
import { coverlessUnit } from "../../cycle/coverlessUnit";
import { coverSlips, type CoverSlip } from "../../cycle/coverSlips";
import { coverSlipSaid } from "../../sheet/coverSlipSaid";
import type { YearPicked } from "../../cli/evaluateReturnSet";
import { yearsOnPlan } from "../../cli/yearOfReturns";
import type { LockState } from "../../cycle/applyLock";
import { inUnitOrder } from "../../cycle/inUnitOrder";
import { sameValueGroups, type ValuesOf } from "../../cycle/sameValueGroups";
import { tableContent } from "../../cycle/tableContent";
import { arrivedReturn, summaryCycle, type CycleOptions } from "../../cycle/summaryCycle";
import type { UnitFacts } from "../../cycle/UnitFacts";

/** The file name the open workbook's rows carry in a summary (本工作簿). */
export const OPEN_WORKBOOK = "本工作簿";

/**
 * What `summary` says of the returns summed beside the counts, as data for the pane's line: `coverless`, the files
 * whose cover names no 填报单位 (cover_no_unit); `units`, each unit summed and whether its return holds no value for
 * the year (收到空表, 本年度未填: blankUnitsText).
 */
export interface SummarySaid {
  coverless: string[];
  /**
   * the files whose 填报说明 sheet was deleted: summed as the unit distribute's file name gives (`unit`, coverlessUnit, as
   * `summary` takes it: cover_unit_by_name), else among `coverless` (cover_no_unit, said as deleted); absent when none
   */
  coverGone?: Array<{ file: string; unit?: string }>;
  /** the returns summed as the listed unit their distributed file names, their cover's 填报单位 (`typed`) a slip for it (cycle/coverSlips, cover_unit_slip); absent when none */
  slips?: CoverSlip[];
  units: ReadonlyArray<{ unit: string; yearBlank?: ReturnBlank }>;
  /** the counts by status and the values to verify, as `summary`'s totals line says them (summaryTotalsLine) */
  figures?: Pick<SummaryFigures, "totals" | "toVerify">;
  /** each unit of the chosen files that sent several versions, the latest summed (resubmissionLine) */
  resubmissions?: Resubmission[];
  /** the chosen returns' years tied and the later summed (yearPickedLine) */
  picked?: YearPicked;
  /** the 报送台账 chosen with the returns: each unit's facts (summaryCycle), as of `asOf` (ISO date), for summary's ledger lines (summaryLedgerLines) */
  ledger?: { facts: UnitFacts[]; asOf: string };
  /** the returns of two or more units alike in every value, one group each (sameValueGroups, `hash` the content itself), for summary's lines (sameValuesLines); absent when none */
  alike?: ValuesOf[][];
}

/**
 * A 报送台账 chosen with the returns (汇总所选文件 as `summary --ledger`): its file, the cycle it gives (ledgerCycle: the
 * units expected in its order, their deadlines, the templates distributed, `asOf` today) and its year, if it records one.
 */
export interface ChosenLedger {
  file: string;
  cycle: Omit<CycleOptions, "year">;
  year?: number;
}

/**
 * `replace`: sheets of ours the plan's sheets of the same names replace (生成汇总 or 生成评估 again
 * over its unchanged earlier sheets); `kept`: the sheets that hold the planned names and stay, with why
 * (the plan's sheets then take new names); `drop`: sheets of the replaced set, ours and unchanged, whose part
 * the plan no longer has (汇总范围), deleted with the replaced ones (ownSheetPlace); `said`: given by the summaries (openWorkbookSummary,
 * consolidationSummary), not by other plans.
 */
export type PlanOutcome = { ok: true; plan: WorkbookPlan; replace?: readonly string[]; drop?: readonly string[]; kept?: readonly KeptSheet[]; said?: SummarySaid; passedOver?: readonly PassedOver[] } | { ok: false; problem: ReturnSetProblem; passedOver?: readonly PassedOver[] };

const MAX_SHEET_NAME = 31;

/** `name(n)`, cut so that it stays within Excel's 31 characters. */
function suffixed(name: string, n: number): string {
  if (n <= 1) return name;
  const tail = `(${n})`;
  return `${name.slice(0, MAX_SHEET_NAME - tail.length).trimEnd()}${tail}`;
}

/** The plan's sheet names with the first suffix that makes all of them free (Excel compares names case-insensitively). */
export function freeNames(names: readonly string[], taken: Iterable<string>): Map<string, string> {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const next = names.map((s) => suffixed(s, n));
    if (next.every((s) => !used.has(s.toLowerCase()))) return new Map(names.map((s, i) => [s, next[i] ?? s]));
  }
}

/**
 * Renames the plan's sheets; internal links (`#'Sheet'!K6`) into a renamed sheet are rewritten, and so is a
 * text naming one as the plan's sheets name each other (汇总's 完整名单见「汇总范围」表, 见「问题清单」表), so
 * that 汇总(2) points to 汇总范围(2), not to the sheet kept beside it.
 */
export function renameSheets(plan: WorkbookPlan, renames: ReadonlyMap<string, string>): WorkbookPlan {
  const moved = [...renames].filter(([a, b]) => a !== b);
  const links = new Map(moved.map(([a, b]) => [`#${quoteSheet(a)}!`, `#${quoteSheet(b)}!`]));
  const relink = (h: string): string => {
    for (const [from, to] of links) if (h.startsWith(from)) return to + h.slice(from.length);
    return h;
  };
  // only our own words 见「…」表 (scopeLine): a county's text quoting a sheet of its own stays as it is
  const quoted = moved.map(([a, b]) => [`见「${a}」表`, `见「${b}」表`] as const);
  const retext = (v: PlannedCell["value"]): PlannedCell["value"] =>
    typeof v === "string" && v.includes("见「") ? quoted.reduce((t, [from, to]) => t.split(from).join(to), v) : v;
  const renamed = (c: PlannedCell): PlannedCell => {
    const value = retext(c.value);
    const hyperlink = c.hyperlink === undefined ? undefined : relink(c.hyperlink);
    return value === c.value && hyperlink === c.hyperlink ? c : { ...c, ...(value === c.value || value === undefined ? {} : { value }), ...(hyperlink === undefined ? {} : { hyperlink }) };
  };
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      name: renames.get(s.name) ?? s.name,
      cells: moved.length === 0 ? s.cells : s.cells.map(renamed),
    })),
  };
}

/** The plan under names that are free in a workbook holding `taken`. */
export function withFreeNames(plan: WorkbookPlan, taken: Iterable<string>): WorkbookPlan {
  return renameSheets(plan, freeNames(plan.sheets.map((s) => s.name), taken));
}

/**
 * The pane's own sheets of `kind` planned from the open workbook (`plan`, under their planned
 * names), marked as ours (ownSheetMark): our earlier ones, unchanged since, are replaced under
 * their names (`replace`); a sheet a person made or edited is never touched: the new ones take
 * free names (汇总(2), 评估(2) …) and `kept` says why (ownSheetPlace). `source`: what the plan was made from
 * (this workbook unless said): only our sheets made from the same source are replaced.
 */
export function placeOwnSheets(kind: OwnSheetKind, plan: WorkbookPlan, grid: GridWorkbook, source: OwnSheetSource = "workbook"): Extract<PlanOutcome, { ok: true }> {
  const parts = plan.sheets.map((x) => x.name);
  const place = ownSheetPlace(kind, parts, grid, source, sha256Hex);
  if (place.replace) {
    // a part the replaced set did not have (汇总范围, now that the units no longer fit on 汇总's line) is new: a free name
    const replace = place.replace;
    const added = parts.filter((p) => !replace.has(p));
    const taken = [...grid.sheets.map((x) => x.name), ...replace.values()];
    const names = new Map([...replace, ...freeNames(added, taken)]);
    const drop = place.drop.length ? { drop: place.drop } : {};
    return { ok: true, plan: markOwnSheets(kind, renameSheets(plan, names), parts, source, sha256Hex), replace: [...replace.values()], ...drop };
  }
  return { ok: true, plan: markOwnSheets(kind, withFreeNames(plan, grid.sheets.map((x) => x.name)), parts, source, sha256Hex), kept: place.kept };
}

/**
 * 汇总 and 问题清单 for the open workbook, linked into its own sheets, as `summary` makes them of
 * its file: over our own earlier ones while unchanged, else beside them (placeOwnSheets).
 */
export function openWorkbookSummary(grid: GridWorkbook): PlanOutcome {
  // the lock applied, as summary does: a value changed since is an error on 问题清单
  const r = lockedCheck(grid);
  if (!r.ok) return { ok: false, problem: returnSetProblem("workbook_not_checked", { problem: r.problem }) };
  const review = reviewMarks(grid, r.report);
  const s = summarize([{ file: OPEN_WORKBOOK, report: r.report, blank: blankOf(grid, r.report), ...(review ? { review } : {}) }]);
  if (!s.ok) return { ok: false, problem: s.problem };
  const plan = summaryWorkbookPlan(s.figures, (_file, sheet, cell) => internalLink(sheet, cell));
  // its 填报说明 sheet deleted: said so, to be copied back (no file's name read: lockedCheck), not its C4 to be filled in
  const gone = r.report.problems.some((p) => p.code === "cover_deleted");
  return { ...placeOwnSheets("summary", plan, grid), said: { coverless: r.report.reportingUnit === "" ? [OPEN_WORKBOOK] : [], ...(gone ? { coverGone: [{ file: OPEN_WORKBOOK }] } : {}), units: s.figures.units, figures: s.figures } };
}

/** A county return the user chose, as read from its file; `receivedAt`: when the file was last modified (ms, File.lastModified), by which a unit's versions are told apart when nothing else tells them (versionOrder). */
export interface ChosenReturn {
  file: string;
  grid: GridWorkbook;
  receivedAt?: number;
}

/** A chosen file not summed, as `summary` passes one over (UnusableFile), in the language asked (its check's line is in it). */
export type PassedOver = (lang: Lang) => UnusableFile;

/** A link into another file: `县.xlsx#'Sheet'!K6`, relative to the summary workbook. */
export function externalLink(file: string, sheet: string, cell: string): string {
  return `${file}${internalLink(sheet, cell)}`;
}

/**
 * The consolidated 汇总 (one column per unit and the combined total) and 问题清单 (every flag
 * of every file) over the chosen returns, as `summary` sums the same files: a file that is not a return
 * (unusableFileOf: empty, a copy, a ledger…) and a return of another year than most give (otherYearFile, its
 * unit's name and rollover's fix; of two years as many returns each, the later summed: SummarySaid.picked) are passed over (`passedOver`), every one of them, and the rest summed; of a unit's
 * versions the latest is summed (countedReturns; those nothing tells apart passed over: tiedVersionsFile), the
 * changes between the two latest on 版本变化 (versionsSheet) and said (SummarySaid.resubmissions). Refused, naming the
 * files passed over too: the same return twice (duplicate_return), a return on another plan or version of it than most (plan_version_named, as `summary` says it of a file named), or
 * returns that do not fit (SummaryTally); none usable: the first one's problem (return_not_checked), the others passed over.
 * Each file's lock is applied, as `summary` applies it.
 * `unsummed`: the chosen files the reader could not read, passed over (consolidate): listed on 问题清单 as
 * `summary --out` lists a folder's (unusableFileLine), with those passed over here. Written into `open` (the open workbook as read) as
 * 生成汇总's are (placeOwnSheets, kind summary): over our own unchanged 汇总 and 问题清单 made from the
 * same units' returns (a county's return sent again in another file still replaces), else beside them: a
 * summary of this workbook (生成汇总), of another set of units, or a sheet a person made or edited is kept.
 * `ledger`: a 报送台账 chosen with them (ChosenLedger), used as `summary --ledger` uses it: units in its order, the year and
 * plan it records, its 报送台账 sheet (summaryCycle) and each unit's facts said (SummarySaid.ledger); of another year: ledger_year.
 */
export function consolidationSummary(chosen: readonly ChosenReturn[], open: GridWorkbook, unsummed: readonly UnusableFile[] = [], ledger?: ChosenLedger): PlanOutcome {
  const read: Array<ReturnInput & { grid: GridWorkbook; own: number; templates: Template[]; receivedAt: number; lock: LockState }> = [];
  // the units the chosen 报送台账 expects, in its order (none without one)
  const expected = ledger?.cycle.units?.map((u) => u.unit);
  const refused: Array<{ file: string; problem: WorkbookProblem }> = [];
  let passed: PassedOver[] = [];
  const coverGone: Array<{ file: string; unit?: string }> = [];
  for (const c of chosen) {
    const r = lockedCheck(c.grid, { chosen: true });
    // every file that is no return is named at once, as `summary` names a folder's (trial33p: one a try)
    if (!r.ok) {
      refused.push({ file: c.file, problem: r.problem });
      passed.push((l) => unusableFileOf(c.file, { grid: c.grid, checked: r }, l));
      continue;
    }
    const meta = readMeta(c.grid);
    // each row's 审核结论 on 问题清单, as `summary` shows it (reviewMarks)
    const review = reviewMarks(c.grid, r.report);
    // its 填报说明 sheet deleted: the unit its distributed file name gives, as `summary` takes it (coverlessUnit; no ledger here)
    const gone = r.report.reportingUnit === "" && r.report.problems.some((x) => x.code === "cover_deleted");
    const own = readYear(c.grid) ?? r.report.year;
    const byName = gone ? coverlessUnit(c.file, own, expected ?? [], true) : undefined;
    if (gone) coverGone.push({ file: c.file, ...(byName !== undefined ? { unit: byName } : {}) });
    const report = byName === undefined ? r.report : { ...r.report, reportingUnit: byName };
    read.push({ file: c.file, grid: c.grid, report, blank: blankOf(c.grid, r.report), ...(review ? { review } : {}), own, templates: meta && !("error" in meta) ? meta.templates : [], receivedAt: c.receivedAt ?? 0, lock: r.lock });
  }
  // a unit's own name misspelt on the cover of the file distributed to it: summed as that unit's, as `summary --ledger` (cycle/coverSlips)
  const slips = coverSlips(read.map((x) => ({ file: x.file, unit: x.report.reportingUnit, own: x.own })), expected ?? []);
  for (const slip of slips) for (const x of read) if (x.file === slip.file) x.report = coverSlipSaid(x.report, slip, true);
  // a refusal names the files passed over too (consolidate says them after it), when there are any
  const refuse = (problem: ReturnSetProblem, over: readonly PassedOver[] = passed): PlanOutcome => ({ ok: false, problem, ...(over.length ? { passedOver: over } : {}) });
  const first = refused[0];
  if (read.length === 0 && first) return refuse(returnSetProblem("return_not_checked", { file: first.file, problem: first.problem }), passed.slice(1));
  const dup = findDuplicateReturn(read);
  if (dup) return refuse(returnSetProblem("duplicate_return", { file: dup[0], other: dup[1] }));
  // the year most returns give is summed; a return of another year is passed over with its fix, as `summary` does (the pane's
  // way to another year, not rollover's command: otherYearFile's `chosen`, trial37c F7)
  // of two years as many returns each, the later (a manager's latest cycle), said first (trial34: the pane refused
  // with year_differs; the CLI asks for --year, which the pane has no field for): the other year's files passed over
  // with a ledger, as `summary --ledger`: the years of the returns on the plan it distributed, a tie settled by its year
  const { year, picked, refused: ledgerRefused } = latestCommonYear(yearsOnPlan(read, ledger?.cycle.templates), ledger?.year !== undefined ? { file: ledger.file, year: ledger.year } : undefined, "summary");
  for (const x of read) if (x.own !== year && year !== undefined) passed.push(() => otherYearFile(x.file, x.report.reportingUnit, x.own, year, x.templates, true));
  // a ledger of another year than the returns: its units and deadlines are that year's (ledger_year, as `summary` refuses it)
  if (ledgerRefused) return refuse(ledgerRefused);
  const ofYear = read.filter((x) => x.own === year);
  // a return on another plan (or another version of it): named as `summary` names a file given by name, with what
  // to do (a trial's pane said only 模板为 quzhou-2021-2025 … 不同，不能汇总)
  const versions = new PlanVersions();
  for (const x of ofYear) versions.add(x.file, x.report.reportingUnit, true, { templates: x.report.templates, rows: x.report.items.map((i) => ({ template: i.template, name: i.name })) });
  const choice = versions.choose(undefined, ledger?.cycle.templates);
  if (!choice.ok) {
    // chosen in the pane: no folder to move files out of, the files are chosen again (trial32p read the CLI's 移出文件夹)
    return refuse("tied" in choice ? returnSetProblem("plan_versions_tied", { task: "summary", tied: choice.tied, chosen: true })
      : returnSetProblem("plan_version_named", { task: "summary", file: choice.named.file, reason: choice.named.reason, version: choice.named.version, chosen: true }));
  }
  // versions of one unit: the latest summed, as `summary` counts them (countedReturns), its changes on 版本变化
  const arrived = ofYear.map((x) => ({ ...x, unit: x.report.reportingUnit, ...versionFacts(x.grid, x.report) }));
  const { kept, counted, versions: resent, tied } = countedReturns(arrived, expected);
  passed.push(...tied.map((t) => (): UnusableFile => tiedVersionsFile(t.unit, t.files.map((x) => x.file), t.cause)));
  const resubmissions: Resubmission[] = resent.map((v) => {
    const [prev, last] = [v.files[v.files.length - 2]!, v.files[v.files.length - 1]!];
    return { unit: v.unit, files: v.files.map((f) => f.file), by: v.by, changes: diffReturns(returnEntries(prev.grid, prev.report), returnEntries(last.grid, last.report)) };
  });
  // a file passed over named by its unit where its name or cover tells one (东港：收到的文件无法汇总…), as summary's lines
  const units = read.map((x) => x.report.reportingUnit);
  const used = counted.map((x) => x.unit);
  // without a ledger a unit whose only files are of another plan period and year is not part of the summary (withUnits' null)
  const given = passed;
  passed = given.map((p, i) => (l: Lang) => withUnits(given.map((q) => q(l)), [...(expected ?? []), ...units], used, expected ?? null)[i] ?? p(l));
  // summed in the ledger's order of units, as `summary --ledger` sums them (inUnitOrder)
  const s = summarize(inUnitOrder(counted, expected));
  if (!s.ok) return refuse(s.problem);
  // the files passed over, on 问题清单 as `summary --out` lists them (their line in Chinese, as the CLI writes it)
  const all = [...unsummed, ...passed.map((p) => p("zh"))];
  if (all.length) s.figures.unsummed = all.map((x) => ({ unit: unsummedUnit(x), file: x.file, message: unusableFileLine(x, "summary", "zh"), ...(x.others?.length ? { others: x.others } : {}) }));
  const plan = summaryWorkbookPlan(s.figures, externalLink);
  // with a ledger, its 报送台账 sheet (and 版本变化) as `summary --ledger --out` writes them (summaryCycle), each unit's facts said after
  const cycle = ledger ? summaryCycle(kept.map((x) => arrivedReturn(x.file, x.grid, x.report, x.lock, x.receivedAt)), resubmissions, { ...ledger.cycle, year: s.figures.year }, externalLink, passed.map((p) => p("zh"))) : undefined;
  const more = cycle ? cycle.sheets : resubmissions.length ? [versionsSheet(resubmissions, externalLink)] : [];
  const withVersions = more.length ? { ...plan, sheets: [...plan.sheets, ...more] } : plan;
  // returns of two or more units alike in every value, one line per group as `summary` says it (sameValueGroups, trial37c F6): a
  // return with values, its cover's own unit (one its file's name gives names none); the content itself is the key (summary keeps
  // its hash, for a thousand returns in memory)
  const withValues = counted.filter((x) => x.report.items.some((i) => (i.value ?? "") !== ""));
  const alike = sameValueGroups(withValues.map((x) => ({ file: x.file, unit: coverGone.some((g) => g.file === x.file) ? "" : x.report.reportingUnit, hash: tableContent(x.grid, x.report).values })), expected ?? [], new Set(counted.map((x) => x.file)));
  // the same summary is the same units (a return without its 填报单位 by its file), whichever files carry them now
  const source = ownSheetSourceOfUnits(counted.map((x) => x.report.reportingUnit || x.file), sha256Hex);
  return {
    ...placeOwnSheets("summary", withVersions, open, source),
    said: { coverless: counted.filter((x) => x.report.reportingUnit === "").map((x) => x.file), ...(coverGone.length ? { coverGone: coverGone.filter((g) => counted.some((x) => x.file === g.file)) } : {}), ...(slips.some((x) => counted.some((y) => y.file === x.file)) ? { slips: slips.filter((x) => counted.some((y) => y.file === x.file)) } : {}), units: s.figures.units, figures: s.figures, ...(resubmissions.length ? { resubmissions } : {}), ...(picked ? { picked } : {}), ...(cycle?.facts && ledger ? { ledger: { facts: cycle.facts, asOf: ledger.cycle.asOf } } : {}), ...(alike.length ? { alike } : {}) },
    ...(passed.length ? { passedOver: passed } : {}),
  };
}

export type ReviewPlan =
  /** `rekeyed`: the sheet's rows were sorted apart from their hidden keys, each decision taken for the row it shows (review_rows_rekeyed); `unlisted`: 审核结论 cells outside the list, as `review` finds them (unlistedDecisions); `accepted`: rows decided 通过 or 已说明 whose cell still has an error, as `review` finds them (reviewerVerdicts) */
  /** `lock`: what `lock` would refuse the return for (lockRefusals, the rule lock and review refuse by; [] when it would lock), with the check it was found on and the return's lock (applyLock's state) */
  | { ok: true; plan: WorkbookPlan; sheet: string; replace: boolean; rows: number; stale: number; toDo: ReviewToDo[]; rekeyed?: WorkbookProblem; unlisted: UnlistedDecision[]; accepted: AcceptedWithError[]; lock: Pick<LockReading, "report" | "tally" | "unassessed" | "refusals" | "lock">; /** the 审核意见 typed beside rows in their own sheets, taken into the 审核 sheet (returnReview), said as `review` says it */ takenComments: TypedReviewComment[] }
  | { ok: false; problem: ReturnSetProblem };

/** reviewPlan with the version the open workbook replaces, which may be refused (PreviousVersion): why, in either language. */
export type CarriedReviewPlan = ReviewPlan | { ok: false; why: LangText };

/**
 * The version the open workbook replaces (带入上一版的审核结论), given the open workbook as read and
 * checked: what `review --replaces` takes of it (Resubmission), or why it cannot be that version.
 */
export type PreviousVersion = (grid: GridWorkbook, report: CheckReport) => { ok: true; resubmission: ReplacedVersion } | { ok: false; why: LangText };

/**
 * The 审核 sheet for the open workbook, as `review` plans it for the same file (returnReview: a
 * locked return edited since gets a row for each change, 问题 锁定时为「…」，现为「…」). Our own
 * review sheet (row 2 col A = REVIEW_MARK, whatever it is called now) is replaced under its name,
 * its decisions carried over by key; a sheet of the user's called 审核 is never touched (the new
 * one is 审核(2)). `toDo` lists the rows that wait for a decision (待复核, then 待审核), so the pane
 * can name them. With `previous` (带入上一版的审核结论), the sheet is what `review <this> --replaces <previous>`
 * writes: rows changed since that version 待复核 (原值 → 新值), its decisions carried over.
 */
export function reviewPlan(grid: GridWorkbook): ReviewPlan;
export function reviewPlan(grid: GridWorkbook, previous: PreviousVersion | undefined): CarriedReviewPlan;
export function reviewPlan(grid: GridWorkbook, previous?: PreviousVersion): CarriedReviewPlan {
  const r = checkGrid(grid);
  if (!r.ok) return { ok: false, problem: returnSetProblem("workbook_not_checked", { problem: r.problem }) };
  const older = previous?.(grid, r.report);
  if (older && !older.ok) return older;
  const { sheet, english, englishIssue, ours, placement, lock, takenComments } = returnReview(grid, r.report, sha256Hex, older?.resubmission);
  // rows sorted apart from their hidden keys, not to be told apart: refused as `review` refuses, nothing written
  if (placement?.code === "review_rows_out_of_place") return { ok: false, problem: returnSetProblem("workbook_not_checked", { problem: placement }) };
  const plan: WorkbookPlan = { sheets: [sheet], names: [] };
  const named = ours ? renameSheets(plan, new Map([[REVIEW_SHEET, ours.name]])) : withFreeNames(plan, grid.sheets.map((s) => s.name));
  const name = named.sheets[0]?.name ?? REVIEW_SHEET;
  const states = sheet.cells.filter((c) => c.style === "status" && typeof c.value === "string" && (Object.values(REVIEW_STATES) as string[]).includes(c.value));
  const planned = plannedReviewRows(sheet);
  const accepted = reviewerVerdicts(planned, r.report).acceptedWithErrors;
  // lock's own rule on the return (lock's check is this one: no rules, previous year or city), its decisions as the sheet
  // carries them over; the rows it refuses for are listed though decided: a 通过 on an error, a 退回修改 in force (trial35 TP2)
  // read from the sheet as it is about to be written, not the grid's before it (trial40f F3)
  const { refusals, tally, unassessed } = lockReading(grid, r.report, false, undefined, { sheet, name });
  const returned = refusals.some((x) => x.code === "returned") ? planned.filter((x) => x.decision === "退回修改" && x.state === REVIEW_STATES.valid).map((x) => x.row) : [];
  const held = new Set([...accepted.map((x) => x.row), ...returned]);
  return { ok: true, plan: named, sheet: name, replace: ours !== undefined, rows: states.length, stale: states.filter((c) => c.value === REVIEW_STATES.stale).length, toDo: reviewToDo(sheet, english, held, englishIssue), unlisted: unlistedDecisions(sheet, name), accepted, lock: { report: r.report, tally, unassessed, refusals, lock }, takenComments, ...(placement?.code === "review_rows_rekeyed" ? { rekeyed: placement } : {}) };
}
