/**
 * The plans behind 生成汇总, 汇总所选文件 and 生成审核表, as pure functions over grids the
 * host has read: no Office.js here, so the ribbon command, the task pane and the tests share
 * them. Nothing is ever overwritten: a planned sheet whose name is taken gets the first free
 * suffix "(2)", "(3)" … (the same for every sheet of the plan), and links into a renamed
 * sheet follow it. A refusal is a coded problem; the caller shows it in its language
 * (describeReturnSetProblem).
 */
import { blankOf } from "../../cycle/blankOf";
import type { ReturnBlank } from "../../cycle/UnitFacts";
import type { UnusableFile } from "../../cycle/UnusableFile";
import { unusableFileLine } from "../../cycle/unusableFileLine";
import { PlanVersions } from "../../cycle/planVersions";
import { returnReview } from "../../cycle/returnReview";
import { sha256Hex } from "../../cycle/sha256Hex";
import { unlistedDecisions, type UnlistedDecision } from "../../cycle/unlistedDecisions";
import { quoteSheet } from "../../sheet/a1";
import { checkGrid } from "../../sheet/checkGrid";
import type { GridWorkbook } from "../../sheet/Grid";
import { findDuplicateReturn } from "../../sheet/findDuplicateReturn";
import { returnSetProblem, type ReturnSetProblem } from "../../sheet/ReturnSetProblem";
import type { WorkbookProblem } from "../../sheet/WorkbookProblem";
import { REVIEW_SHEET, REVIEW_STATES } from "../../sheet/reviewSheet";
import { reviewToDo, type ReviewToDo } from "../../sheet/reviewToDo";
import type { PlannedCell, WorkbookPlan } from "../../sheet/SheetPlan";
import { summarize, type ReturnInput } from "../../sheet/summarize";
import { internalLink, summaryWorkbookPlan } from "../../sheet/summarySheets";
import { markOwnSheets, ownSheetSourceOfUnits, type OwnSheetKind, type OwnSheetSource } from "../../sheet/ownSheetMark";
import { ownSheetPlace, type KeptSheet } from "../../sheet/ownSheetPlace";
import { lockedCheck } from "./lockedCheck";

/** The file name the open workbook's rows carry in a summary (本工作簿). */
export const OPEN_WORKBOOK = "本工作簿";

/**
 * What `summary` says of the returns summed beside the counts, as data for the pane's line: `coverless`, the files
 * whose cover names no 填报单位 (cover_no_unit); `units`, each unit summed and whether its return holds no value for
 * the year (收到空表, 本年度未填: blankUnitsText).
 */
export interface SummarySaid { coverless: string[]; units: ReadonlyArray<{ unit: string; yearBlank?: ReturnBlank }> }

/**
 * `replace`: sheets of ours the plan's sheets of the same names replace (生成汇总 or 生成评估 again
 * over its unchanged earlier sheets); `kept`: the sheets that hold the planned names and stay, with why
 * (the plan's sheets then take new names); `drop`: sheets of the replaced set, ours and unchanged, whose part
 * the plan no longer has (汇总范围), deleted with the replaced ones (ownSheetPlace); `said`: given by the summaries (openWorkbookSummary,
 * consolidationSummary), not by other plans.
 */
export type PlanOutcome = { ok: true; plan: WorkbookPlan; replace?: readonly string[]; drop?: readonly string[]; kept?: readonly KeptSheet[]; said?: SummarySaid } | { ok: false; problem: ReturnSetProblem };

const MAX_SHEET_NAME = 31;

/** `name(n)`, cut so that it stays within Excel's 31 characters. */
function suffixed(name: string, n: number): string {
  if (n <= 1) return name;
  const tail = `(${n})`;
  return `${name.slice(0, MAX_SHEET_NAME - tail.length)}${tail}`;
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
  const s = summarize([{ file: OPEN_WORKBOOK, report: r.report, blank: blankOf(grid, r.report) }]);
  if (!s.ok) return { ok: false, problem: s.problem };
  const plan = summaryWorkbookPlan(s.figures, (_file, sheet, cell) => internalLink(sheet, cell));
  return { ...placeOwnSheets("summary", plan, grid), said: { coverless: r.report.reportingUnit === "" ? [OPEN_WORKBOOK] : [], units: s.figures.units } };
}

/** A county return the user chose, as read from its file. */
export interface ChosenReturn {
  file: string;
  grid: GridWorkbook;
}

/** A link into another file: `县.xlsx#'Sheet'!K6`, relative to the summary workbook. */
export function externalLink(file: string, sheet: string, cell: string): string {
  return `${file}${internalLink(sheet, cell)}`;
}

/**
 * The consolidated 汇总 (one column per unit and the combined total) and 问题清单 (every flag
 * of every file) over the chosen returns. A file that is not a return (return_not_checked),
 * the same return twice (duplicate_return), a return on another plan or version of it than most
 * (plan_version_named, as `summary` says it of a file named), or a year or unit that does not fit
 * (SummaryTally) is refused with its name. Each file's lock is applied, as `summary` applies it.
 * `unsummed`: the chosen files the reader could not read, passed over (consolidate): listed on 问题清单 as
 * `summary --out` lists a folder's (unusableFileLine). Written into `open` (the open workbook as read) as
 * 生成汇总's are (placeOwnSheets, kind summary): over our own unchanged 汇总 and 问题清单 made from the
 * same units' returns (a county's return sent again in another file still replaces), else beside them: a
 * summary of this workbook (生成汇总), of another set of units, or a sheet a person made or edited is kept.
 */
export function consolidationSummary(chosen: readonly ChosenReturn[], open: GridWorkbook, unsummed: readonly UnusableFile[] = []): PlanOutcome {
  const inputs: ReturnInput[] = [];
  for (const c of chosen) {
    const r = lockedCheck(c.grid);
    if (!r.ok) return { ok: false, problem: returnSetProblem("return_not_checked", { file: c.file, problem: r.problem }) };
    inputs.push({ file: c.file, report: r.report, blank: blankOf(c.grid, r.report) });
  }
  const dup = findDuplicateReturn(chosen.map((c, i) => ({ ...c, report: inputs[i]!.report })));
  if (dup) return { ok: false, problem: returnSetProblem("duplicate_return", { file: dup[0], other: dup[1] }) };
  // a return on another plan (or another version of it): named as `summary` names a file given by name, with what
  // to do (a trial's pane said only 模板为 quzhou-2021-2025 … 不同，不能汇总)
  const versions = new PlanVersions();
  for (const x of inputs) versions.add(x.file, x.report.reportingUnit, true, { templates: x.report.templates, rows: x.report.items.map((i) => ({ template: i.template, name: i.name })) });
  const choice = versions.choose();
  if (!choice.ok) {
    // chosen in the pane: no folder to move files out of, the files are chosen again (trial32p read the CLI's 移出文件夹)
    return { ok: false, problem: "tied" in choice ? returnSetProblem("plan_versions_tied", { task: "summary", tied: choice.tied, chosen: true })
      : returnSetProblem("plan_version_named", { task: "summary", file: choice.named.file, reason: choice.named.reason, version: choice.named.version, chosen: true }) };
  }
  const s = summarize(inputs);
  if (!s.ok) return { ok: false, problem: s.problem };
  // the files passed over, on 问题清单 as `summary --out` lists them (their line in Chinese, as the CLI writes it)
  if (unsummed.length) s.figures.unsummed = unsummed.map((x) => ({ unit: "", file: x.file, message: unusableFileLine(x, "summary", "zh") }));
  // the same summary is the same units (a return without its 填报单位 by its file), whichever files carry them now
  const source = ownSheetSourceOfUnits(inputs.map((x) => x.report.reportingUnit || x.file), sha256Hex);
  return { ...placeOwnSheets("summary", summaryWorkbookPlan(s.figures, externalLink), open, source), said: { coverless: inputs.filter((x) => x.report.reportingUnit === "").map((x) => x.file), units: s.figures.units } };
}

export type ReviewPlan =
  /** `rekeyed`: the sheet's rows were sorted apart from their hidden keys, each decision taken for the row it shows (review_rows_rekeyed); `unlisted`: 审核结论 cells outside the list, as `review` finds them (unlistedDecisions) */
  | { ok: true; plan: WorkbookPlan; sheet: string; replace: boolean; rows: number; stale: number; toDo: ReviewToDo[]; rekeyed?: WorkbookProblem; unlisted: UnlistedDecision[] }
  | { ok: false; problem: ReturnSetProblem };

/**
 * The 审核 sheet for the open workbook, as `review` plans it for the same file (returnReview: a
 * locked return edited since gets a row for each change, 问题 锁定时为「…」，现为「…」). Our own
 * review sheet (row 2 col A = REVIEW_MARK, whatever it is called now) is replaced under its name,
 * its decisions carried over by key; a sheet of the user's called 审核 is never touched (the new
 * one is 审核(2)). `toDo` lists the rows that wait for a decision (待复核, then 待审核), so the pane
 * can name them.
 */
export function reviewPlan(grid: GridWorkbook): ReviewPlan {
  const r = checkGrid(grid);
  if (!r.ok) return { ok: false, problem: returnSetProblem("workbook_not_checked", { problem: r.problem }) };
  const { sheet, english, ours, placement } = returnReview(grid, r.report, sha256Hex);
  // rows sorted apart from their hidden keys, not to be told apart: refused as `review` refuses, nothing written
  if (placement?.code === "review_rows_out_of_place") return { ok: false, problem: returnSetProblem("workbook_not_checked", { problem: placement }) };
  const plan: WorkbookPlan = { sheets: [sheet], names: [] };
  const named = ours ? renameSheets(plan, new Map([[REVIEW_SHEET, ours.name]])) : withFreeNames(plan, grid.sheets.map((s) => s.name));
  const name = named.sheets[0]?.name ?? REVIEW_SHEET;
  const states = sheet.cells.filter((c) => c.style === "status" && typeof c.value === "string" && (Object.values(REVIEW_STATES) as string[]).includes(c.value));
  return { ok: true, plan: named, sheet: name, replace: ours !== undefined, rows: states.length, stale: states.filter((c) => c.value === REVIEW_STATES.stale).length, toDo: reviewToDo(sheet, english), unlisted: unlistedDecisions(sheet, name), ...(placement?.code === "review_rows_rekeyed" ? { rekeyed: placement } : {}) };
}
