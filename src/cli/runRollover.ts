import { commandPlaceholder } from "../domain/commandPlaceholder";
import { applyLock } from "../cycle/applyLock";
import { sha256Text } from "./sha256Text";
import { versionFacts } from "../cycle/versionFacts";
import { existsSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { inUnitOrder } from "../cycle/inUnitOrder";
import { ledgerBookPlan, readLedgerBook, type LedgerBook } from "../cycle/ledgerBook";
import { unitFileName } from "../cycle/unitFileName";
import { fileCount, withUnits, type UnusableFile } from "../cycle/UnusableFile";
import { PlanVersions, type PlanVersionFacts } from "../cycle/planVersions";
import { templateRows } from "../templates/templateRows";
import { amendmentRecord } from "../templates/amendmentRecord";
import { indicatorLabel } from "../templates/indicatorLabel";
import { versionFile } from "../cycle/versionFile";
import { coverlessUnit } from "../cycle/coverlessUnit";
import { describeReturnSetProblem } from "../sheet/describeReturnSetProblem";
import { returnSetProblem } from "../sheet/ReturnSetProblem";
import { rolloverTargets, type RollSource } from "../cycle/rolloverTargets";
import { planToXlsx } from "../hosts/xlsx/writeXlsx";
import { readMeta, checkGrid } from "../sheet/checkGrid";
import type { CheckReport } from "../sheet/CheckReport";
import type { GridWorkbook } from "../sheet/Grid";
import type { Template } from "../templates/TemplateSchema";
import type { CommandIO } from "./CommandIO";
import { cycleMessage } from "./cycleMessages";
import { EXIT } from "./EXIT";
import { FileProblem } from "./FileProblem";
import { fileMessage } from "./fileMessages";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { refuseExisting } from "./refuseExisting";
import { workbookOver } from "./workbookOver";
import { heldWorkbookText } from "./heldWorkbookText";
import { readInputs } from "./readInputs";
import { sameFileOnDisk } from "./sameFileOnDisk";
import { refuseOutsidePlan } from "./refuseOutsidePlan";
import { refuseOtherPlanFolder } from "./refuseOtherPlanFolder";
import { continuingLine } from "./continuingLine";
import { rollReturn } from "./rollReturn";
import { deadlineProblem, LEDGER_FILE } from "./runDistribute";
import { deadlineNotes, type DeadlineNote } from "./deadlineNotes";
import { UsageError } from "./UsageError";
import { isFolder, workbookFiles } from "./workbookFiles";
import { emptyFolderMessage, subfolderLine } from "./subfolderLine";
import { commandArg } from "./commandArg";
import { extractedArchives } from "./extractedArchives";
import { writeFileSafely } from "./writeFileSafely";
import { unusableFileLine } from "../cycle/unusableFileLine";
import { unusableFileLines } from "../cycle/unusableFileLines";
import { unusableFileOf } from "./unusableFileOf";
import { unrolledUnit } from "../cycle/unrolledUnit";
import { otherYearFile } from "../cycle/otherYearFile";
import { yearsSkipped } from "../cycle/yearsSkipped";
import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import type { ReturnBlank } from "../cycle/UnitFacts";
import { describePeriodProblem, outsideEveryPlan } from "../templates/periodProblems";
import { planPeriodText } from "../templates/planPeriodText";
import { tiedVersionsFile } from "../cycle/tiedVersionsFile";
import { unusableWhy } from "../domain/UnusableReason";
import { findTemplate } from "../templates/catalog";
import { amendedTemplate, type AmendedTemplate } from "../cycle/amendedTemplate";
import { revisedTemplate } from "../cycle/revisedTemplate";
import { AmendmentYears } from "../cycle/AmendmentYears";
import { loadTemplates } from "./loadTemplates";
import { cycleOptions } from "./runSummaryCycle";
import { fileErrorJson, type FileError } from "./fileErrorJson";
import { fileErrorOf } from "./fileErrorOf";
import { rolloverJson, type HeldTarget, type RolledReturn, type RolloverFacts } from "./rolloverJson";
import { terminalJson } from "./terminalText";
import { keptReplacedLine } from "./keptReplacedLine";

/** The template file import wrote, where a printed command needs it and its name is not known: `"模板文件.json"` (commandPlaceholder). */
const templateFilePlaceholder = (lang: "zh" | "en"): string => commandPlaceholder(lang === "en" ? "template.json" : "模板文件.json");

/**
 * distribute's template arguments for these ids: catalog ids as they are, imported plans by `--from <file>`;
 * `imported` names those plans by their titles (`titles`: id → title), the id only where none is known.
 */
function distributeTemplates(ids: readonly string[], lang: "zh" | "en", titles: ReadonlyMap<string, string> = new Map()): { templates: string; imported: string } {
  const imported = ids.filter((id) => !findTemplate(id));
  const file = templateFilePlaceholder(lang);
  const named = imported.map((id) => { const t = titles.get(id); return t === undefined ? id : lang === "en" ? `"${t}"` : `「${t}」`; });
  return { templates: [...ids.filter((id) => findTemplate(id)), ...imported.map(() => `--from ${file}`)].join(" "), imported: named.join(lang === "en" ? ", " : "、") };
}

/** Whether `t` records a mid-term amendment (rollover --from wrote revisions on its rows): a return made before it needs --from. */
function planAmended(t: Template): boolean {
  return t.kind === "indicators" && t.indicators.some((d) => (d.revisions ?? []).length > 0);
}

export interface RolloverOptions {
  year: number;
  /** the new file, for one return */
  out?: string | undefined;
  /** the folder for one new return per unit (several returns, or a folder of them) */
  outDir?: string | undefined;
  /** 报送截止日期 for the new cover, ISO date */
  deadline?: string | undefined;
  force?: boolean;
  /** an amended template file (rollover --from): the new returns use it in place of the version of the same id they carry */
  from?: string | undefined;
  /**
   * the old year's 报送台账 (rollover --ledger, repeatable: merged and refused as summary --ledger's): its units and their
   * order, as a ledger found in the folder; for when it stays where distribute wrote it (下发/), not beside the returns
   */
  ledger?: readonly string[] | undefined;
  /** print one JSON document (rolloverJson) in place of the lines; a file named that cannot be read gives its error object (fileErrorJson) */
  json?: boolean;
}

/** A return moved onto the amended template: the templates to plan, the row matching, and the changes to say (block) with their key. */
interface Moved { templates: Template[]; amended: Map<string, AmendedTemplate>; block: string[]; head: Record<string, string | number> }

/**
 * The templates of a return with its version of `to`'s id replaced by `to` (rollover --from), the
 * rows matched (cycle/amendedTemplate) and its changes as lines; the targets and baselines changed
 * recorded on it as revisions of the new return's `year`, or of the year `years` (the returns read) first record
 * the same change in (revisedTemplate); a return that carries no template
 * of that id (and kind) is another plan: refused, naming both (UsageError, nothing written); so is a template of that id
 * whose baseline or target year differs: the next period's plan imported with the old --id, no 中期调整 (trial39e F1).
 */
function moveOnto(file: string, templates: readonly Template[], to: { file: string; template: Template }, year: number, lang: "zh" | "en", years?: AmendmentYears): Moved {
  const t = to.template;
  const old = templates.find((x) => x.id === t.id && x.kind === t.kind);
  if (!old) {
    const sep = lang === "en" ? ", " : "、";
    throw new UsageError(cycleMessage("roll_from_other_plan", { file, from: to.file, id: t.id, title: t.title, templates: templates.map((x) => (lang === "en" ? `"${x.title}" (${x.id})` : `「${x.title}」（${x.id}）`)).join(sep) }, lang));
  }
  if (old.baselineYear !== t.baselineYear || old.targetYear !== t.targetYear) {
    throw new UsageError(cycleMessage("roll_from_other_period", { file, own: old.title, ownPeriod: planPeriodText(old.baselineYear, old.targetYear, lang), from: to.file, title: t.title, period: planPeriodText(t.baselineYear, t.targetYear, lang), year }, lang));
  }
  const a = amendedTemplate(old, t);
  const block = a.changes.map((c) => cycleMessage("rolled_from_change", { ...c, cumulative: "cumulative" in c && c.cumulative ? 1 : 0 }, lang));
  // the new return's template records each target or baseline changed, for the report to say (revisedTemplate)
  const revised = revisedTemplate(old, t, a, year, years);
  return { templates: templates.map((x) => (x === old ? revised : x)), amended: new Map([[t.id, a]]), block, head: { from: to.file, id: t.id, title: t.title, n: a.changes.length } };
}

/**
 * A return's plan version as PlanVersions weighs it for the roll-over: with --from, its version of `to`'s id
 * is the one it will be on (every version of that plan is moved onto `to`: none is passed over for being the
 * old form, nor a folder of old and amended returns refused as tied); else its own.
 */
function versionFactsOnto(report: CheckReport, to?: { template: Template }): PlanVersionFacts {
  const t = to?.template;
  const onto = t !== undefined && report.templates.some((x) => x.id === t.id && x.kind === t.kind);
  if (!onto) return { templates: report.templates, rows: report.items.map((i) => ({ template: i.template, name: i.name })) };
  const amended = amendmentRecord(t);
  return {
    templates: report.templates.map((x) => (x.id === t.id ? { id: t.id, title: t.title, rows: templateRows(t), ...(amended ? { amended } : {}) } : x)),
    rows: [...report.items.filter((i) => i.template !== t.id).map((i) => ({ template: i.template, name: i.name })), ...templateRowNames(t)],
  };
}

/** The names of a template's rows, as a return's items name them (its indicators' labels; projects' and reforms' names). */
function templateRowNames(t: Template): Array<{ template: string; name: string }> {
  const names = t.kind === "indicators" ? t.indicators.map((d) => indicatorLabel(d)) : t.kind === "projects" ? t.projects.map((p) => p.name) : t.reforms.map((r) => r.name);
  return names.map((name) => ({ template: t.id, name }));
}

/** The lines of one version's changes, for the units given. */
function movedLines(m: Moved, units: readonly string[], lang: "zh" | "en"): string[] {
  const p = { ...m.head, units: units.join(lang === "en" ? ", " : "、") };
  return m.block.length ? [cycleMessage("rolled_from", p, lang), ...m.block] : [cycleMessage("rolled_from_same", p, lang)];
}

/** The amended template of `--from`, read once (a bad file is refused as distribute refuses it). */
function amendedFrom(o: RolloverOptions, lang: "zh" | "en"): { file: string; template: Template } | undefined {
  if (o.from === undefined) return undefined;
  const [template] = loadTemplates([], [o.from], lang);
  return template ? { file: o.from, template } : undefined;
}

/**
 * `rollover <return.xlsx> --year Y --out new.xlsx`: the return of another reporting year, made
 * from the templates the return carries (rollReturn). A new file: the return itself is never
 * written (the pane rolls a workbook over in place). Refuses, exit 1: the same year, a year
 * outside a plan period, an existing --out without --force; exit 2: a file that is not a
 * readable plan-returns workbook.
 *
 * `rollover <files|folders…> --year Y --out-dir D`: one new return per unit in D, named as
 * `distribute` names them (`Y-<unit>.xlsx`); a folder stands for its workbooks (workbookFiles,
 * as `check` and `summary`). Every file is read and checked before anything is written: a
 * workbook of a folder that is not a return, and a return already of Y, are passed over with a
 * line each; files that cannot be read are all named and nothing is written (exit 2); two units
 * giving one file name, an existing output without --force, or an output that is one of the files
 * read are refused (exit 1) and nothing is written; an output that holds another unit's return, the 报送台账 or a
 * summary (workbookOver) is never written, --force or not: that unit alone is passed over (roll_target_held). A return on another plan, or another version of
 * it, than the one used (PlanVersions, as summary and report choose: the old ledger's, else most
 * units') is named and passed over, out of the new ledger and the distribute hint (its unit, as that of a return of a period
 * that does not hold the year, kept only when the old ledger lists it, then sent the plan's form: cycle/unrolledUnit); plans tied, or
 * such a file named on its own, are refused as summary refuses them. A cover without 填报单位 is
 * rolled over as the unit its file name names (coverlessUnit: of the old ledger, else, its 填报说明 sheet deleted, distribute's name; said in one line,
 * the unit written on the new cover), else that file alone is passed over with its line. A unit that
 * sent several returns is rolled over from its latest (rolloverTargets), the others named.
 * The one-file form says when the cover has no 填报单位 (the new cover has none either).
 * `--deadline` writes 报送截止日期 on each new cover. The year's 报送台账 is written beside them, as
 * `distribute` writes it (the units rolled over, their files, the deadline), unless one is there
 * (kept; replaced with --force): `summary --ledger` then has the right year's ledger. `--ledger` gives the old
 * year's ledger where it is kept (下发/报送台账.xlsx), as one found in a folder is used; refused as summary refuses
 * its --ledger (cycleOptions), and when it is the new year's (exit 1, nothing written). Nothing to roll over (every
 * return already of Y, of a plan whose period ended before Y, or unusable): each named, exit 1, as one file is refused.
 */
export async function runRollover(paths: readonly string[], o: RolloverOptions, io: CommandIO): Promise<void> {
  const say = (code: Parameters<typeof cycleMessage>[0], p: Record<string, string | number> = {}): string => cycleMessage(code, p, io.lang);
  if (o.deadline !== undefined) {
    const bad = deadlineProblem(o.deadline, io.lang);
    if (bad) throw new UsageError(bad);
  }
  if ((o.out === undefined) === (o.outDir === undefined)) throw new UsageError(say("roll_out_or_dir"));
  const to = amendedFrom(o, io.lang);
  if (o.ledger?.length && o.out !== undefined) throw new UsageError(say("roll_ledger_needs_dir"));
  if (o.out !== undefined) {
    if (paths.length !== 1 || isFolder(paths[0]!)) throw new UsageError(say("roll_several_need_dir"));
    await rollOne(paths[0]!, o.out, o, io, to);
    return;
  }
  await rollMany(paths, o.outDir!, o, io, to);
}

type Read = { ok: true; grid: GridWorkbook; report: CheckReport; templates: Template[] } | { ok: false; message: string; unusable: UnusableFile; error: FileError; ledger?: LedgerBook | null };

/** A file named that could not be read: its line on stderr, and with --json its error object on stdout (as check --json gives it). */
function sayUnreadable(io: CommandIO, json: boolean | undefined, failed: ReadonlyArray<{ file: string; message: string; error: FileError }>): void {
  io.printErr(failed.map((x) => x.message).join("\n") + "\n");
  if (json) for (const x of failed) io.print(terminalJson(fileErrorJson(x.file, x.error)) + "\n");
  io.setExit(EXIT.unreadable);
}

/**
 * A return read and checked, with the templates it carries; or why not, in `lang`: the file as
 * `summary` classes a file it cannot use (unusableFileOf: an .xls, a copy into a new workbook, the
 * folder's 报送台账 or a summary…), and the ledger's units when it is the 报送台账.
 */
async function readReturn(file: string, io: CommandIO): Promise<Read> {
  // comments (批注) are not carried: read so that rollReturn can name them
  const loaded = await loadWorkbookFile(file, io.lang, { comments: true, task: "rollover" });
  if (!loaded.ok) return { ok: false, message: loaded.message, unusable: unusableFileOf(file, { loaded }, io.lang), error: fileErrorOf(file, { loaded }, io.lang) };
  const checked = checkGrid(loaded.grid);
  // a locked return changed since: its changes are named where they are carried (rollReturn)
  if (checked.ok) applyLock(loaded.grid, checked.report, sha256Text);
  if (!checked.ok) {
    // the folder's 报送台账 (or a summary) is no return, but the ledger tells the units expected and their order
    const unusable = unusableFileOf(file, { grid: loaded.grid, checked }, io.lang);
    return { ok: false, message: unusable.message, unusable, error: fileErrorOf(file, { grid: loaded.grid, checked }, io.lang), ...(unusable.reason === "ledger" ? { ledger: readLedgerBook(loaded.grid) } : {}) };
  }
  // the check read the same metadata (readMeta is shared), so it is there and valid
  const meta = readMeta(loaded.grid);
  if (!meta || "error" in meta) throw new Error("a checked workbook without its metadata");
  return { ok: true, grid: loaded.grid, report: checked.report, templates: meta.templates };
}

/**
 * What is said of the new covers' 报送截止日期 (deadlineNotes: none given, or one not after the year rolled to), for `n` new
 * returns: its lines, said after what was written (before the new ledger and the hints), and `notes` in --json, where an
 * early deadline is also said on stderr, as before (dev33h).
 */
function deadlineSaid(o: RolloverOptions, n: number, io: CommandIO): { lines: string[]; notes: DeadlineNote[] } {
  const notes = deadlineNotes(o.deadline, o.year, n, io.lang ?? "zh");
  if (o.json) {
    const early = notes.filter((x) => x.code === "deadline_early").map((x) => x.message);
    if (early.length) io.printErr(early.join("\n") + "\n");
  }
  return { lines: notes.map((x) => x.message), notes };
}

/** The one-file form, as it always was. */
async function rollOne(file: string, out: string, o: RolloverOptions, io: CommandIO, to?: { file: string; template: Template }): Promise<void> {
  const read = await readReturn(file, io);
  if (!read.ok) { sayUnreadable(io, o.json, [{ file, ...read }]); return; }
  // its 填报说明 sheet deleted: the unit distribute named the file after, on the new cover (coverlessUnit), said in one line
  const gone = read.report.problems.some((p) => p.code === "cover_deleted");
  const byName = read.report.reportingUnit.trim() ? undefined : coverlessUnit(file, read.report.year, [], gone);
  const r = byName === undefined ? read : { ...read, report: { ...read.report, reportingUnit: byName } };
  if (o.year === r.report.year && !to) throw new UsageError(cycleMessage("roll_same_year", { file, year: r.report.year }, io.lang));
  const moved = to ? moveOnto(file, r.templates, to, o.year, io.lang) : undefined;
  // the same year with --from: the return moved onto the amended version (a county's old form after the amendment), unless it is on it already
  const sameYear = o.year === r.report.year;
  if (sameYear && moved && !moved.block.length) throw new UsageError(cycleMessage("roll_same_version", { file, year: r.report.year, from: to?.file ?? "" }, io.lang));
  refuseOutsidePlan(moved?.templates ?? r.templates, o.year, io.lang, "rollover", moved ? undefined : continuingLine(r.grid, r.report, r.templates, o.year, io.lang));
  // not another plan's return among a plan's returns (its folder's 报送台账 of other templates)
  await refuseOtherPlanFolder(file, out, moved?.templates ?? r.templates, r.report.reportingUnit.trim(), io.lang);
  const inputs = [file, ...(o.from ? [o.from] : [])];
  await refuseExisting(out, o.force, inputs, { kind: "return", from: file });
  const { bytes, lines, carried, yearsSkipped, blank: yearBlank, explained } = await rollReturn(file, out, moved ? { ...r, templates: moved.templates } : r, { ...o, amended: moved?.amended }, io.lang);
  // the new return replaced with --force, when it held something else (its year's figures typed in since): kept, said so
  const kept = keptReplacedLine(out, await writeFileSafely(out, bytes, { makeFolder: true, force: o.force ?? false, inputs }), io.lang);
  // a cover without 填报单位: the new cover has none either, said so (a trial's blank was carried without a word)
  const blank = byName !== undefined ? [cycleMessage("cover_unit_by_name", { file, unit: byName, task: "rollover", gone: 1 }, io.lang)]
    : r.report.reportingUnit.trim() ? [] : [cycleMessage("roll_cover_blank", { file, out, gone: gone ? 1 : 0 }, io.lang)];
  // no --deadline, or an early one: one line (dev33h, trial36 N7)
  const deadline = deadlineSaid(o, 1, io);
  if (o.json) {
    const rolled: RolledReturn = { unit: r.report.reportingUnit.trim(), file, from: r.report.year, out, carried, yearsSkipped, ...(yearBlank ? { blank: yearBlank } : {}), ...(explained.length ? { blankExplained: explained } : {}), ...(read.report.reportingUnit.trim() ? {} : { coverBlank: true as const }), lines: [...lines, ...blank] };
    io.print(terminalJson(rolloverJson({ year: o.year, templates: (moved?.templates ?? r.templates).map((t) => t.id), rolled: [rolled], notes: deadline.notes })) + "\n");
    // stdout stays one JSON
    if (kept !== null) io.printErr(`${kept}\n`);
    return;
  }
  const same = sameYear ? [cycleMessage("rolled_same_year", { file: out, year: o.year }, io.lang)] : [];
  io.print([...(moved ? movedLines(moved, [r.report.reportingUnit || file], io.lang) : []), ...lines, ...(kept !== null ? [kept] : []), ...same, ...blank, ...deadline.lines].join("\n") + "\n");
}

/** Several returns or folders into `outDir`, one new return per unit; nothing written unless every return can be. */
async function rollMany(paths: readonly string[], outDir: string, o: RolloverOptions, io: CommandIO, to?: { file: string; template: Template }): Promise<void> {
  const say = (code: Parameters<typeof cycleMessage>[0], p: Record<string, string | number> = {}): string => cycleMessage(code, p, io.lang);
  const given = await givenLedger(o, io);
  // a --ledger that cannot be read is a file problem (exit 2), as summary says it
  if (given === "unreadable") { io.setExit(EXIT.unreadable); return; }
  const { files, empty, inFolder, subfolders } = workbookFiles(paths, o.ledger ?? []);
  if (empty.length) throw new UsageError(empty.map((file) => emptyFolderMessage(file, subfolders, "rollover", io.lang)).join("\n"));
  // every file read and checked first (and let go: a province's returns are not all kept in memory)
  const sources: RollSource[] = [];
  // the year each amendment took effect, as the returns read record it (AmendmentYears)
  const years = new AmendmentYears();
  const unreadable: Array<{ file: string; message: string; error: FileError }> = [];
  const skipped: string[] = [];
  // what --json says (rolloverJson): the same facts as the lines
  const facts: RolloverFacts & { rolled: RolledReturn[]; ledgers: UnusableFile[]; sameYear: Array<{ file: string; unit: string }>; noUnit: string[] } = { year: o.year, templates: [], rolled: [], ledgers: [], sameYear: [], noUnit: [] };
  const printJson = (): void => { if (o.json) io.print(terminalJson(rolloverJson(facts)) + "\n"); };
  // the units whose new file's place holds a workbook not to be written over (roll_target_held), by unit
  const held = new Map<string, HeldTarget>();
  // the returns that may be rolled over, before the plan used is known (a return on another plan is passed over, not refused)
  const candidates: Array<RollSource & { refusal?: UsageError }> = [];
  // the returns whose 填报说明 sheet was deleted (cover_deleted), said as that, not as a blank 填报单位
  const coverGone = new Set<string>();
  // the plan and its version each return was made from: the one the old ledger records, else most units', as summary chooses
  const planVersions = new PlanVersions();
  // the old year's 报送台账 found in a folder: its units' order is kept, and its units without a return are named
  let oldLedger: { file: string; book: LedgerBook } | null = given;
  // files of a folder that cannot be rolled over (an .xls, a copy into a new workbook, a .csv, a damaged file…):
  // named, the rest rolled over, as `summary` sums the rest; named on their own they are refused
  let unusable: UnusableFile[] = [];
  let returns = 0;
  let ledgers = 0;
  // units whose return is already of the new year: in the new ledger, not chased
  const sourcesOfYear: string[] = [];
  // each candidate's plan (its template ids), to weigh the year's returns against the plan used
  const planIds = new Map<string, string[]>();
  for (const file of files) {
    const r = await readReturn(file, io);
    if (!r.ok && r.ledger !== undefined && inFolder.has(resolve(file))) {
      const book = r.ledger;
      // one given by --ledger comes first
      if (book && book.year !== o.year && oldLedger === null) oldLedger = { file, book };
      skipped.push(book ? say("roll_skipped_ledger", { file, year: book.year || "" }) : unusableFileLine(r.unusable, "rollover", io.lang));
      // a ledger is never a return to roll over: its line stays, the count of files not rolled over leaves it out
      if (book) ledgers++;
      facts.ledgers.push(r.unusable);
      continue;
    }
    if (!r.ok && inFolder.has(resolve(file))) { unusable.push(r.unusable); continue; }
    if (!r.ok) { unreadable.push({ file, ...r }); continue; }
    returns++;
    // a return already on the amended version dates the amendment for the others moved onto it (M4: one year per amendment)
    years.addTemplates(r.templates);
    if (r.report.year === o.year) {
      skipped.push(say("roll_skipped_year", { file, year: o.year }));
      facts.sameYear.push({ file, unit: r.report.reportingUnit.trim() });
      if (r.report.reportingUnit.trim()) sourcesOfYear.push(r.report.reportingUnit.trim());
      // its plan is weighed once the plan used is known: another plan's return of the year is named as summary names it (trial34 C9)
      planVersions.add(file, r.report.reportingUnit.trim(), false, versionFactsOnto(r.report, to));
      continue;
    }
    // a folder's return whose plan's period does not hold --year (last period's beside the new period's): passed over, named
    // with its plan, the rest rolled over; named on its own it is refused (refuseOutsidePlan), as another plan than --from's
    if (!to && inFolder.has(resolve(file)) && outsideEveryPlan(r.templates, o.year)) { unusable.push(otherYearFile(file, r.report.reportingUnit, r.report.year, o.year, r.templates)); continue; }
    // refused (a plan whose period does not hold --year, --from's plan not carried) only once it is known to be on the plan used
    let refusal: UsageError | undefined;
    try { refuseOutsidePlan(to ? moveOnto(file, r.templates, to, o.year, io.lang, years).templates : r.templates, o.year, io.lang, "rollover"); }
    catch (e) { if (e instanceof UsageError) refusal = e; else throw e; }
    const unit = r.report.reportingUnit.trim();
    if (r.report.problems.some((p) => p.code === "cover_deleted")) coverGone.add(file);
    planIds.set(file, r.report.templates.map((t) => t.id));
    planVersions.add(file, unit, !inFolder.has(resolve(file)), versionFactsOnto(r.report, to));
    candidates.push({ file, unit, year: r.report.year, receivedAt: statSync(file).mtimeMs, ...versionFacts(r.grid, r.report), ...(refusal ? { refusal } : {}) });
  }
  if (unreadable.length) { sayUnreadable(io, o.json, unreadable); return; }
  // a return on another plan (a 舟山 return in the 衢州 folder), or another version of it, than the old ledger records (else most
  // units'): named and passed over as summary and report pass it over (a trial's rollover wrote it, put its unit in the new
  // ledger, both plans on every row and both in the distribute hint)
  const choice = planVersions.choose(new Set(candidates.map((x) => x.file)), oldLedger?.book.templates);
  if (!choice.ok) {
    const refusal = describeReturnSetProblem("tied" in choice ? returnSetProblem("plan_versions_tied", { task: "rollover", tied: choice.tied }) : returnSetProblem("plan_version_named", { task: "rollover", file: choice.named.file, reason: choice.named.reason, version: choice.named.version }), io.lang);
    throw new UsageError([...("tied" in choice ? choice.passedOver.map((x) => unusableFileLine(versionFile(x), "rollover", io.lang)) : []), refusal].join("\n"));
  }
  unusable.push(...choice.passedOver.map(versionFile));
  // a return already of the year on another plan than the one used is that plan's, not this one's already rolled over:
  // named with summary's and report's reason (other_plan), not as 已是 Y 年度的填报 (trial34 C9)
  const kept = candidates.filter((x) => !choice.passedOver.some((p) => p.file === x.file)).map((x) => x.file);
  if (facts.sameYear.length && (kept.length || oldLedger)) {
    const inPlan = planVersions.choose(new Set([...kept, ...facts.sameYear.map((x) => x.file)]), oldLedger?.book.templates ?? planIds.get(kept[0] ?? ""));
    const otherPlan = inPlan.ok ? inPlan.passedOver.filter((p) => p.reason === "other_plan" && facts.sameYear.some((x) => x.file === p.file)) : [];
    for (const p of otherPlan) {
      const line = skipped.indexOf(say("roll_skipped_year", { file: p.file, year: o.year }));
      if (line >= 0) skipped.splice(line, 1);
      facts.sameYear = facts.sameYear.filter((x) => x.file !== p.file);
      const unit = sourcesOfYear.indexOf(p.unit);
      if (unit >= 0) sourcesOfYear.splice(unit, 1);
      unusable.push(versionFile(p));
    }
  }
  // a cover without 填报单位: the unit distribute named the file after (as summary and report take it), said in one line;
  // none found: that file alone is not rolled over, the rest are (a trial's one blank cover refused all ten units)
  const listed = oldLedger?.book.units.map((u) => u.unit) ?? [];
  const covers: string[] = [];
  for (const { refusal, ...x } of candidates) {
    if (choice.passedOver.some((p) => p.file === x.file)) continue;
    if (refusal) throw refusal;
    if (x.unit) { sources.push(x); continue; }
    const unit = coverlessUnit(x.file, x.year, listed, coverGone.has(x.file));
    if (unit === undefined) { skipped.push(say("roll_no_unit", { file: x.file, ledger: oldLedger ? 1 : 0, gone: coverGone.has(x.file) ? 1 : 0 })); facts.noUnit.push(x.file); continue; }
    covers.push(say("cover_unit_by_name", { file: x.file, unit, task: "rollover", gone: coverGone.has(x.file) ? 1 : 0 }));
    sources.push({ ...x, unit });
  }
  const planned = rolloverTargets(sources, o.year, outDir);
  if (!planned.ok) throw new UsageError(say("units_same_file", planned.clash));
  // the unit each such file belongs to (its name, else its copied cover), of the old ledger's units and those rolled over;
  // a unit whose versions nothing tells apart is rolled over from neither, named with the fix as summary names it
  unusable = [...withUnits(extractedArchives(unusable), [...(oldLedger?.book.units.map((u) => u.unit) ?? []), ...sources.map((x) => x.unit)], planned.targets.map((t) => t.unit)),
    ...planned.tied.map((t) => tiedVersionsFile(t.unit, t.files, t.cause))];
  // each file passed over as summary says it (the returns of one other plan period and year in one line: unusableFileLines);
  // each subfolder not read: one line, counted among the files not rolled over
  // every return of a plan that ended before --year: said as the single file's refusal says it (describePeriodProblem's
  // next steps), not as if nothing needed doing (trial42c F6: 没有需要换到 2026 年度的填报); those next steps said once,
  // on the last line, each file's line the fact alone (trial42d F5)
  const ended = unusable.flatMap((x) => (x.reason === "outside_plan" && x.period && x.period.year > x.period.to ? [x.period] : []));
  const allEnded = !planned.targets.length && ended.length > 0 && ended.length === returns;
  let unusableLines = unusableFileLines(unusable, "rollover", io.lang, false, allEnded);
  const unusableAt = skipped.length;
  skipped.push(...unusableLines, ...subfolders.map((x) => subfolderLine(x, "rollover", io.lang)));
  Object.assign(facts, { unusable, versions: planned.passedOver, subfolders });
  // not one return among them: refused as `summary` refuses a folder without one, each file named
  if (returns === 0 && unusable.length) {
    io.printErr([...skipped, ...paths.map((file) => fileMessage({ code: "no_returns", file }, io.lang))].join("\n") + "\n");
    printJson();
    io.setExit(EXIT.usage);
    return;
  }
  // in the old ledger's order (units it does not list after them, as found), as `distribute` wrote it
  const expected = oldLedger?.book.units.map((u) => u.unit);
  planned.targets = inUnitOrder(planned.targets, expected);
  // nothing is written unless every new return can be: none over a file read, none over another without --force
  // every file read: the folders' (a county's return passed over, the ledger there), --ledger, --from
  const read = await readInputs(paths, [...(o.ledger ?? []), ...(o.from ? [o.from] : [])]);
  for (const t of planned.targets) await refuseExisting(t.out, true, read);
  // a new return's file that holds another unit's return, the 报送台账 or a summary (workbookOver, the one-file --out's
  // other_workbook) is never written, --force or not: that unit alone is not rolled over, said in one line with the
  // one-file command for it, the others are (session 40: folders wrote over such a file with --force)
  for (const t of planned.targets) {
    const workbook = existsSync(t.out) ? await workbookOver(t.out, { kind: "return", from: t.file }) : null;
    if (!workbook) continue;
    held.set(t.unit, { file: t.file, unit: t.unit, out: t.out, workbook });
    skipped.push(say("roll_target_held", { file: t.file, unit: t.unit, out: t.out, held: heldWorkbookText(workbook, io.lang), fileArg: commandArg(t.file), outArg: commandArg(t.out), year: o.year, deadline: o.deadline === undefined ? "" : commandArg(o.deadline) }));
  }
  planned.targets = planned.targets.filter((t) => !held.has(t.unit));
  facts.held = [...held.values()];
  // every new return already there is named at once, not one per run
  const there = planned.targets.filter((t) => existsSync(t.out)).map((t) => t.out);
  if (there.length > 1 && !o.force) throw new FileProblem({ code: "exists", file: there.join(io.lang === "en" ? ", " : "、") });
  for (const out of there) await refuseExisting(out, o.force, read);
  // the folder's ledger is kept unless --force; never one of the files read
  const ledger = join(outDir, LEDGER_FILE);
  const ledgerRead = read.some((f) => sameFileOnDisk(f, ledger));
  const keepLedger = existsSync(ledger) && (!o.force || ledgerRead);
  const templates = new Set<string>();
  const titles = new Map<string, string>();
  // the templates the new returns carry (the version used), to tell whether the plan was amended mid-term
  const usedTemplates = new Map<string, Template>();
  const versions = new Map<string, { moved: Moved; units: string[] }>();
  const lines: string[] = [...covers, ...planned.passedOver.map((p) => say("roll_versions", { unit: p.unit, n: p.others.length + 1, file: p.file, others: p.others.join(io.lang === "en" ? ", " : "、"), laterYear: p.laterYear ? 1 : 0, by: p.by ?? "" }))];
  // each unit's year rolled over from, and what its return held when nothing for that year (blankOf), for the new ledger's 备注
  const fromYear = new Map<string, number>();
  /** the copies kept of files replaced with --force (keptReplacedLine), said after the text or on stderr with --json */
  const keptLines: string[] = [];
  const blankFrom = new Map<string, ReturnBlank>();
  for (const t of planned.targets) {
    const again = await readReturn(t.file, io);
    if (!again.ok) { sayUnreadable(io, o.json, [{ file: t.file, ...again }]); return; } // changed since it was read
    // a cover without 填报单位 rolled over as the unit its file name names: the new cover names that unit
    const r = again.report.reportingUnit.trim() ? again : { ...again, report: { ...again.report, reportingUnit: t.unit } };
    const moved = to ? moveOnto(t.file, r.templates, to, o.year, io.lang, years) : undefined;
    if (moved) {
      // one block per version the returns carried (its changes alike), with the units that carried it
      const key = moved.block.join("\n");
      const v = versions.get(key);
      if (v) v.units.push(t.unit);
      else versions.set(key, { moved, units: [t.unit] });
    }
    fromYear.set(t.unit, r.report.year);
    const rolled = await rollReturn(t.file, t.out, moved ? { ...r, templates: moved.templates } : r, { ...o, amended: moved?.amended }, io.lang);
    // a new return replaced with --force that held something else (a unit typed its figures into it since): kept, said after its lines
    const kept = keptReplacedLine(t.out, await writeFileSafely(t.out, rolled.bytes, { makeFolder: true, force: o.force ?? false, inputs: read }), io.lang);
    lines.push(...rolled.lines);
    if (kept !== null) keptLines.push(kept);
    if (kept !== null && !o.json) lines.push(kept);
    if (rolled.blank) blankFrom.set(t.unit, rolled.blank);
    for (const tpl of moved?.templates ?? r.templates) { templates.add(tpl.id); titles.set(tpl.id, tpl.title); usedTemplates.set(tpl.id, tpl); }
    facts.rolled.push({ unit: t.unit, file: t.file, from: r.report.year, out: t.out, carried: rolled.carried, yearsSkipped: rolled.yearsSkipped, ...(rolled.blank ? { blank: rolled.blank } : {}), ...(rolled.explained.length ? { blankExplained: rolled.explained } : {}), ...(again.report.reportingUnit.trim() ? {} : { coverBlank: true as const }), lines: rolled.lines });
  }
  facts.templates = [...templates];
  lines.unshift(...[...versions.values()].flatMap((v) => movedLines(v.moved, v.units, io.lang)));
  // the old ledger's units whose file is an ended plan's return: sent this plan's form, said once on the closing line
  // (rolled_missing_other_period); those whose file is a running plan's return: their latest return on this plan rolled
  // over on the closing lines (rolled_why_other_plan); and a unit whose return of the year is here (said 已是 2026 年度):
  // their own lines say the fact alone (trial43c F3: first told to import the next plan's table; session 44: 如该单位应报本规划，请向其下发本规划的填报表)
  const sentLater = new Set([...stepsSaidLater(unusable, new Set([...planned.targets.map((t) => t.unit), ...sourcesOfYear]), expected, keepLedger), ...sourcesOfYear]);
  if (sentLater.size && planned.targets.length) {
    const again = unusableFileLines(unusable, "rollover", io.lang, false, allEnded || sentLater);
    skipped.splice(unusableAt, unusableLines.length, ...again);
    unusableLines = again;
  }
  lines.push(...skipped);
  const endedLine = (): string => say("rolled_none_ended", { year: o.year, problems: [...new Set(ended.map((p) => describePeriodProblem({ code: "year_outside_plan", template: "", title: p.title, from: p.from, to: p.to, year: p.year, ...(p.kind ? { kind: p.kind } : {}) }, io.lang, "rollover")))].join(io.lang === "en" ? "; " : "；") });
  lines.push(planned.targets.length ? say("rolled_all", { n: planned.targets.length, year: o.year, dir: outDir, skipped: skipped.length - ledgers - subfolders.length - unusableLines.length + fileCount(unusable) }) : allEnded ? endedLine() : say("rolled_none", { year: o.year }));
  // what the new covers' 报送截止日期 holds, said with what was written, before the ledger and the hints to follow
  if (planned.targets.length) {
    const deadline = deadlineSaid(o, planned.targets.length, io);
    lines.push(...deadline.lines);
    facts.notes = deadline.notes;
  }
  // nothing made (every return already of the year, of an ended plan, or not usable): refused as the single file is
  // (exit 1, the year asked has nothing to roll over), so a scripted yearly rollover does not pass silently
  if (!planned.targets.length) { io.printErr(lines.join("\n") + "\n"); printJson(); io.setExit(EXIT.usage); return; }
  const rolled = new Set(planned.targets.map((t) => t.unit));
  const sep = io.lang === "en" ? ", " : "、";
  // a unit whose file could not be rolled over did send: the new ledger still names it (its file as distribute names it, not
  // written), with the step that makes its return (unrolledUnit: a return of another plan, or of an ended one, keeps its unit
  // out unless the old ledger lists it; a trial's 舟山 定海区 became unit 11)
  const done = new Set([...rolled, ...sourcesOfYear]);
  const bad = new Map(unusable.flatMap((x) => { const u = unrolledUnit(x, done, expected); return u ? [[u.unit, { ...u.file, step: u.step }] as const] : []; }));
  // every unit of the old ledger stays in the new one, in its order (a trial's 柯城区 sent nothing and fell out, so next
  // year's --ledger would count one unit fewer and never chase it); a unit without a new file says why in 备注
  const missing = inUnitOrder([...new Set([...(expected ?? []), ...bad.keys(), ...held.keys()])].filter((u) => !rolled.has(u)).map((unit) => ({ unit })), expected).map((x) => x.unit);
  const already = new Set(sourcesOfYear);
  const noteOf = (unit: string): string => {
    const file = bad.get(unit);
    // why as the terminal line says it (the kind of file found, the years…): the file's own detail
    if (file?.step === "distribute") return cycleMessage("rolled_note_other_period", { why: unusableWhy(file.reason, "zh", file), year: o.year }, "zh");
    if (file?.step === "roll_this_plan") return cycleMessage("rolled_note_other_plan", { why: unusableWhy(file.reason, "zh", file), year: o.year }, "zh");
    if (file !== undefined) return `收到的文件无法换年度（${unusableWhy(file.reason, "zh", file)}），未生成文件`;
    const over = held.get(unit);
    if (over !== undefined) return `新文件处已有${heldWorkbookText(over.workbook, "zh")}，未覆盖，未生成文件`;
    return already.has(unit) ? `收到的已是 ${o.year} 年度的填报，未换年度` : "今年未报送，未生成文件";
  };
  facts.unrolled = missing.map((unit) => ({ unit, why: bad.get(unit)?.step === "distribute" ? "other_period" as const : bad.get(unit)?.step === "roll_this_plan" ? "other_plan" as const : bad.has(unit) ? "unusable" as const : held.has(unit) ? "other_workbook" as const : already.has(unit) ? "same_year" as const : "not_sent" as const }));
  if (keepLedger) { lines.push(say("rolled_ledger_kept", { file: ledger, input: ledgerRead ? 1 : 0 })); facts.ledger = { file: ledger, kept: true }; }
  else {
    // a unit rolled over from a return older than the year before: 备注 says which years were never received; from a
    // return without its own year's values (收到空表, 本年度未填: 未报 to summary), that year's values are to be filled in too
    const skippedNote = (unit: string): { note?: string } => {
      const from = fromYear.get(unit) ?? o.year - 1;
      const gap = yearsSkipped(from, o.year);
      const blank = blankFrom.get(unit);
      const notes = [...(blank ? [cycleMessage("rolled_note_year_blank", { from, blank, words: BLANK_WORDS.zh[blank] }, "zh")] : []), ...(gap.length ? [cycleMessage("rolled_note_years_skipped", { from, gap: gap.join("、") }, "zh")] : [])];
      return notes.length ? { note: notes.join("；") } : {};
    };
    const units = inUnitOrder([...planned.targets.map((t) => ({ unit: t.unit, file: basename(t.out), ...skippedNote(t.unit) })), ...missing.map((unit) => ({ unit, file: unitFileName(unit, o.year), note: noteOf(unit) }))], expected)
      .map((u) => ({ ...u, deadline: o.deadline ?? "" }));
    const keptLedger = keptReplacedLine(ledger, await writeFileSafely(ledger, await planToXlsx(ledgerBookPlan({ year: o.year, templates: [...templates], units })), { makeFolder: true, force: o.force ?? false, inputs: read }), io.lang);
    lines.push(say("rolled_ledger", { file: ledger, year: o.year, n: units.length }));
    if (keptLedger !== null) keptLines.push(keptLedger);
    if (keptLedger !== null && !o.json) lines.push(keptLedger);
    facts.ledger = { file: ledger, kept: false, units: units.map(({ unit, file, note }) => ({ unit, file, ...(note ? { note } : {}) })) };
  }
  // the units without a new file: why, then one rollover from each unit's latest return (its earlier years' values carried; a
  // blank form from distribute would lose them, as the guide warns: trial35 M3), with --from where the plan was amended since
  // it; distribute only for a unit that never sent any return
  // a unit whose new file's place is held has its own line and command (roll_target_held)
  // a unit whose file is a return of another plan period (unrolledUnit's `distribute`): the plan's form of the year, sent by
  // distribute, since rollover refuses that file (session 43: 定海区 was told to roll its ended 十四五 return over)
  const sendNew = missing.filter((u) => bad.get(u)?.step === "distribute");
  const chase = missing.filter((u) => !already.has(u) && !held.has(u) && !sendNew.includes(u));
  const extra = `${outDir.replace(/[\\/]+$/, "") || "."}${io.lang === "en" ? "-more" : "-补发"}`;
  const dist = distributeTemplates([...templates], io.lang, titles);
  if (chase.length && !keepLedger) {
    // a unit that sent a running plan's return: its latest return on this plan, never that file (session 44: rolled over, it
    // wrote the other plan's form into the new folder)
    const ownPlan = (u: string): boolean => bad.get(u)?.step === "roll_this_plan";
    const [unsentNow, badNow, otherNow] = [chase.filter((u) => !bad.has(u)), chase.filter((u) => bad.has(u) && !ownPlan(u)), chase.filter(ownPlan)];
    const why = [...(unsentNow.length ? [say("rolled_why_unsent", { units: unsentNow.join(sep) })] : []), ...(badNow.length ? [say("rolled_why_unusable", { units: badNow.join(sep) })] : []), ...(otherNow.length ? [say("rolled_why_other_plan", { units: otherNow.join(sep) })] : [])].join(io.lang === "en" ? "; " : "；");
    const amended = [...usedTemplates.values()].some(planAmended);
    const placeholder = templateFilePlaceholder(io.lang);
    let fromPlaceholder = false;
    const rolls = chase.map((unit) => {
      const file = bad.get(unit);
      // a return on another version of the plan is the unit's latest: --from the version used (without it, it stays on its own
      // version); otherwise (none this year, or a file that is no return of this plan) its latest return is not in hand, named
      // by the unit, --from once the plan was amended
      const own = file?.reason === "other_version" ? file : undefined;
      const needsFrom = o.from !== undefined || own !== undefined || amended;
      if (needsFrom && o.from === undefined) fromPlaceholder = true;
      // the one-file command carries what this run was given that it needs: --from (above) and --deadline, else its cover's
      // 报送截止日期 stays blank (trial39a F4); --ledger and --out-dir are a folder's, --force not needed for a file not yet there
      return say("rolled_missing_roll", { unit, file: own ? commandArg(own.file) : "", own: ownPlan(unit) ? 1 : 0, year: o.year, from: needsFrom ? (o.from === undefined ? placeholder : commandArg(o.from)) : "", out: commandArg(join(outDir, unitFileName(unit, o.year))), deadline: o.deadline === undefined ? "" : commandArg(o.deadline) });
    });
    lines.push(say("rolled_ledger_missing", { units: chase.join(sep), why, year: o.year, dir: outDir, template: fromPlaceholder ? placeholder : "" }), ...rolls);
    lines.push(say("rolled_missing_new", { own: otherNow.length ? 1 : 0, year: o.year, templates: dist.templates, imported: dist.imported, some: chase.join(","), deadline: o.deadline ?? "", extra: commandArg(extra), dir: outDir }));
  }
  if (sendNew.length && !keepLedger) {
    const ended = sendNew.map((u) => bad.get(u)?.period).every((p) => p !== undefined && p.year > p.to);
    lines.push(say("rolled_missing_other_period", { units: sendNew.join(sep), some: commandArg(sendNew.join(",")), ended: ended ? 1 : 0, year: o.year, templates: dist.templates, imported: dist.imported, deadline: o.deadline === undefined ? "" : commandArg(o.deadline), extra: commandArg(extra), dir: outDir }));
  }
  // without the old ledger nobody can know which units sent nothing: the general note
  if (oldLedger === null) lines.push(say("rolled_ledger_only", { year: o.year, n: planned.targets.length, units: planned.targets.slice(0, 2).map((t) => t.unit).join(","), deadline: o.deadline ?? "YYYY-MM-DD" }));
  else if (keepLedger) {
    // the ledger kept as it was: the units without a new file named, with --units as before
    const unsent = (expected ?? []).filter((u) => !rolled.has(u) && !bad.has(u) && !held.has(u));
    const all = [...new Set([...(expected ?? []), ...planned.targets.map((t) => t.unit)])];
    if (unsent.length) lines.push(say("rolled_ledger_unsent", { file: oldLedger.file, from: oldLedger.book.year, unsent: unsent.join(sep), some: unsent.join(","), units: all.join(","), year: o.year, deadline: o.deadline ?? "YYYY-MM-DD", given: o.deadline === undefined ? "" : commandArg(o.deadline) }));
  }
  if (o.json) printJson();
  else io.print(lines.join("\n") + "\n");
  // with --json the copies kept are said on stderr: stdout stays one JSON
  if (o.json) for (const k of keptLines) io.printErr(`${k}\n`);
}

/**
 * The old year's ledger given by `--ledger` (several merged, in the order given), or null: read and refused as
 * `summary --ledger` is (cycleOptions: not a ledger, a unit twice, years or templates that differ), and refused
 * when it is the ledger of the year rolled over to (UsageError, nothing written). `file` is the first ledger given. One that
 * cannot be read: its line on stderr and "unreadable" (exit 2, a file problem, as summary's --ledger).
 */
async function givenLedger(o: RolloverOptions, io: CommandIO): Promise<{ file: string; book: LedgerBook } | null | "unreadable"> {
  const lang = io.lang;
  const files = o.ledger ?? [];
  if (!files.length) return null;
  const c = await cycleOptions({ ledger: files }, lang);
  if (!c.ok && c.unreadable) { io.printErr(c.message + "\n"); return "unreadable"; }
  if (!c.ok) throw new UsageError(c.message);
  const year = c.ledgerYear?.year ?? 0;
  if (year === o.year) throw new UsageError(cycleMessage("roll_ledger_new_year", { file: c.ledgerYear?.file ?? files[0]!, year }, lang));
  const units = (c.options.units ?? []).map((u) => ({ unit: u.unit, file: unitFileName(u.unit, year), deadline: u.deadline }));
  return { file: c.ledgerYear?.file ?? files[0]!, book: { year, templates: c.options.templates ?? [], units } };
}

/**
 * The units whose next step a folder's rollover says on its closing lines instead of on their file's line: those whose
 * file is another plan period's return (sent the plan's form, rolled_missing_other_period) or a running plan's (their
 * latest return on this plan rolled over, rolled_why_other_plan) and whom the old ledger lists (unrolledUnit's `distribute`,
 * `roll_this_plan`), none where the ledger is kept as it was (those lines are not said then). `done`: the units with a
 * return of the year.
 */
function stepsSaidLater(unusable: readonly UnusableFile[], done: ReadonlySet<string>, listed: readonly string[] | undefined, keepLedger: boolean): Set<string> {
  if (keepLedger) return new Set();
  return new Set(unusable.flatMap((x) => { const u = unrolledUnit(x, done, listed); return u !== undefined && u.step !== "roll" ? [u.unit] : []; }));
}
