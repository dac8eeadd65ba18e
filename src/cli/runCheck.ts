import { statSync } from "node:fs";
import { isPlanFault } from "../domain/isPlanFault";
import { basename, resolve } from "node:path";
import { countedReturns } from "../cycle/countedReturns";
import { blankOf } from "../cycle/blankOf";
import { figuresWanted } from "../cycle/figuresWanted";
import type { ReturnBlank } from "../cycle/UnitFacts";
import { commonYear } from "../cycle/commonYear";
import { otherYearFile } from "../cycle/otherYearFile";
import { tiedVersionsFile } from "../cycle/tiedVersionsFile";
import { versionFacts } from "../cycle/versionFacts";
import { versionGroup, type ReturnIdentity } from "../cycle/versionGroup";
import { planIdentity } from "../templates/planIdentity";
import type { VersionBasis, VersionTimes } from "../cycle/versionOrder";
import { applyLock, type LockState } from "../cycle/applyLock";
import { applyCheckMarks } from "../cycle/applyCheckMarks";
import type { OwnWorkbookKind } from "../cycle/ownWorkbookKind";
import { summaryCoversWords } from "../sheet/summaryCoversWords";
import { checkGrid, readMeta, readYear } from "../sheet/checkGrid";
import { lockReading, type LockReading } from "../cycle/lockReading";
import { DEFAULT_CHECK_RULES } from "../domain/CheckRules";
import type { GridWorkbook } from "../sheet/Grid";
import { coverDeletedSaid } from "../sheet/coverDeletedSaid";
import { coverlessUnit } from "../cycle/coverlessUnit";
import { distributedUnit } from "../cycle/distributedUnit";
import { unitByFileName } from "../cycle/unitByFileName";
import { coverSlipSaid } from "../sheet/coverSlipSaid";
import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import { describePeriodProblem, outsideEveryPlan } from "../templates/periodProblems";
import { checkFailureText } from "./checkFailureText";
import { checkWithContext, loadCheckContext, type CheckContext } from "./checkInContext";
import type { CommandIO } from "./CommandIO";
import { englishCount } from "../domain/englishCount";
import { EXIT } from "./EXIT";
import { formatReport } from "./formatReport";
import { planNotesLines } from "./planNotesLines";
import { olderRulesLines, type OlderRulesFile } from "./olderRulesLines";
import { versionsSetAsideLine } from "./versionsSetAsideLine";
import { unusableFileLine } from "../cycle/unusableFileLine";
import { PlanVersions } from "../cycle/planVersions";
import { cycleMessage } from "./cycleMessages";
import { unusableFix, unusableWhy } from "../domain/UnusableReason";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { parseYear } from "./parseYear";
import { progressLine } from "./progressLine";
import { sha256Text } from "./sha256Text";
import { terminalJson } from "./terminalText";
import { toJsonReport } from "./toJsonReport";
import { UsageError } from "./UsageError";
import { isFolder, workbookFiles } from "./workbookFiles";
import { fileErrorJson, type FileError, type FileErrorCode } from "./fileErrorJson";
import { fileErrorOf } from "./fileErrorOf";
import { emptyFolderMessage, subfolderLine, subfoldersJson } from "./subfolderLine";
import { openReturnJson, openReturnLine } from "./openReturnLine";

export interface CheckCommandOptions { year?: string; json?: boolean; all?: boolean; lang: string; progress?: boolean; rules?: string; previous?: string; city?: string }

/** Why one file of a run could not be checked: the `error.code` of its JSON line (fileErrorJson). */
export type CheckFileProblemCode = FileErrorCode;

/**
 * What tells a file of several apart from the unit's others: its save time (versionOrder), what return it is (its
 * plan and own reporting year: versionGroup, as summary and report group a unit's versions) and its plans' titles.
 */
type CheckedVersion = Omit<VersionTimes, "receivedAt"> & Omit<ReturnIdentity, "unit"> & { title: string };

type FileOutcome =
  | { ok: true; report: CheckReport; lock: LockState; outlook: LockReading | null; blank: ReturnBlank | null; figures: ReadonlyMap<CheckItem, string>; version?: CheckedVersion }
  | { ok: false; code: CheckFileProblemCode; message: string; reason?: string; own?: OwnWorkbookKind; covers?: string[] };

/**
 * Checks one file: read it (JSZip and saxen, never ExcelJS), check it against the templates it
 * carries. `message` is one line naming the file, in `lang`. A --year outside every plan of the workbook
 * is refused (year_outside_plan).
 */
async function checkFile(file: string, year: number | undefined, context: CheckContext, lang: "zh" | "en", versions: boolean): Promise<FileOutcome> {
  const loaded = await loadWorkbookFile(file, lang, { task: "check" });
  if (!loaded.ok) return { ok: false, ...fileErrorOf(file, { loaded }, lang) };
  // several files: each compared with the --previous of its own 填报单位, as summary matches them (one named alone: the one given)
  const r = checkWithContext(loaded.grid, year, context, versions);
  if (!r.ok && r.reason === "context") return { ok: false, code: "context", message: checkFailureText(file, r, lang, loaded.grid) };
  // the 报送台账 or a summary kept among the returns (`own`, a summary with the units it covers): told apart from a unit's workbook that is no return
  if (!r.ok) return { ok: false, ...fileErrorOf(file, { grid: loaded.grid, checked: r }, lang) };
  // its 填报说明 sheet deleted: cover_deleted's line names the unit the file's name gives ("" none), as summary, report
  // and rollover take it (coverlessUnit; check has no ledger), not only 填报单位按文件名
  const coverUnit = r.report.reportingUnit === "" ? coverlessUnit(file, r.report.year, [], true) ?? "" : undefined;
  const said = coverUnit === undefined ? r.report : coverDeletedSaid(r.report, { unit: coverUnit });
  // a cover naming another unit than the one distribute named the file after (兰西市 in 2023-兰溪市.xlsx, trial46a F1):
  // check has no list to tell a slip from a neighbour's file, so it says what a summary with a ledger will do (cycle/coverSlips)
  const own = readYear(loaded.grid) ?? r.report.year;
  // a name holding the cover's unit is the unit's own file renamed (2023-东阳市-更正.xlsx), no other unit's
  const named = said.reportingUnit === "" || basename(file).includes(said.reportingUnit) ? undefined : distributedUnit(file, own);
  const report = named !== undefined && unitByFileName(file, own, [said.reportingUnit]) === undefined ? coverSlipSaid(said, { typed: said.reportingUnit, unit: named }, false) : said;
  // a locked return edited since it was accepted (issue 18.5), and a 人工评估 conclusion not yet confirmed on the 审核
  // sheet, said on its row and in the totals, as the report says it (trial44a F5): as the pane's 校验 adds them (applyCheckMarks)
  const lock = applyCheckMarks(loaded.grid, report, sha256Text);
  const outlook = lockOutlook(loaded.grid, year, context, report);
  const meta = year === undefined ? null : readMeta(loaded.grid);
  // refused when the year fits no plan of the workbook (a mixed workbook may span two periods)
  const outside = meta && "templates" in meta && year !== undefined ? outsideEveryPlan(meta.templates, year) : undefined;
  if (outside) return { ok: false, code: "year_outside_plan", message: `--year ${year}${lang === "en" ? ": " : "："}${describePeriodProblem(outside, lang)}` };
  // the save time that tells a unit's versions apart (versionOrder), only where several files are checked;
  // the file's time and what a return holds are read later, only for a unit that sent several (versionsWithContent)
  // nothing for its year (收到空表, 本年度未填): summary counts it 未报, said over its rows (formatReport)
  const blank = blankOf(loaded.grid, report);
  // a list partly filled after a change of year: the rows still asking for their figure, named under the title too
  const figures = figuresWanted(loaded.grid, report);
  if (!versions) return { ok: true, report, lock, outlook, blank, figures };
  // which return it is: its plan and its own (cover's) year, as summary reads them, whatever --year it is checked as
  const identity = { plan: planIdentity(report.templates.map((t) => t.id)), year: readYear(loaded.grid) ?? report.year, title: report.templates.map((t) => t.title).join("」「") };
  // what its table holds by indicator and year (tableContent: versions alike in it are one return, trial43b F4) is read
  // in versionsWithContent, only for a unit that sent several: fingerprinting every return of a folder cost ~5% of
  // checking 1,000 county returns (issue 19)
  return { ok: true, report, lock, outlook, blank, figures, version: { ...identity, ...(loaded.grid.savedAt === undefined ? {} : { savedAt: loaded.grid.savedAt }) } };
}

/**
 * What `lock` would refuse the return for, read as lock reads it (lockReading): on check's own report when check
 * took no rules, previous year or city (then the two checks are one, the lock applied), else on lock's own check of it
 * (checkGrid, the lock applied): a --rules limit lock does not know is no reason lock refuses for. null when
 * that check fails (it does not where check's did).
 */
function lockOutlook(grid: GridWorkbook, year: number | undefined, context: CheckContext, report: CheckReport): LockReading | null {
  if (context.rules === DEFAULT_CHECK_RULES && !context.previous.length && !context.city) return lockReading(grid, report);
  const own = checkGrid(grid, year);
  if (!own.ok) return null;
  applyLock(grid, own.report, sha256Text);
  return lockReading(grid, own.report);
}

/** The unit a return whose 填报说明 sheet was deleted is read as by its file's name (checkFile's cover_deleted `unit`), "" when none. */
function coverDeletedUnit(report: CheckReport): string {
  for (const p of report.problems) if (p.code === "cover_deleted") return p.params.unit ?? "";
  return "";
}

/**
 * `arrived` with what tells apart the versions of a return sent several times (versionGroup: one unit,
 * plan and year): each file's time and what it holds (versionFacts: content, replaces), read again from
 * the file. Fingerprinting and timing every return of a folder cost ~4% of checking 1,000 county returns
 * (issue 19), and only a return's versions are compared. A file that cannot be read again keeps a content of its own, so it
 * is never taken for a copy of another; the others get a file time of 0, which orders nothing.
 */
async function versionsWithContent(arrived: ReadonlyArray<CheckedFile>, lang: "zh" | "en", recheck: (grid: GridWorkbook) => CheckReport | null): Promise<Array<CheckedFile & VersionTimes>> {
  const perGroup = new Map<string, number>();
  for (const a of arrived) { const g = versionGroup(a); if (g !== undefined) perGroup.set(g, (perGroup.get(g) ?? 0) + 1); }
  const out: Array<CheckedFile & VersionTimes> = [];
  for (const a of arrived) {
    const g = versionGroup(a);
    if (g === undefined || (perGroup.get(g) ?? 0) < 2) { out.push({ ...a, receivedAt: 0 }); continue; }
    const receivedAt = statSync(a.file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const loaded = await loadWorkbookFile(a.file, lang, { task: "check" });
    out.push(loaded.ok ? { ...a, receivedAt, ...versionFacts(loaded.grid, recheck(loaded.grid)) } : { ...a, receivedAt, content: `\u0000unread\u0000${a.file}` });
  }
  return out;
}

/**
 * `check <file.xlsx|folder>... [--json] [--year Y] [--all] [--progress]` (architecture.md, CLI).
 *
 * One file named alone: its report, or `check --json`'s one JSON document; when it cannot be
 * checked, one line on stderr and exit 2, and with --json also `{"file", "error"}` on stdout as in a
 * run of several; a --year outside its plans, or a --previous/--city that does not fit, is a usage
 * error (exit 1, stderr only).
 * Several files or any folder: each file is checked in turn in this one process; a file that
 * cannot be checked gets one line on stderr and the run goes on. With --json, stdout is JSON
 * Lines, one line per file in order: `{"file", "report": <check --json document>}` or
 * `{"file", "error": {"code", "message"}}`. Exit 0 when every file was checked, 2 when at
 * least one could not be (flagged rows are not an error). Progress goes to stderr when it is
 * a terminal, or with --progress.
 */
export async function runCheck(paths: string[], o: CheckCommandOptions, io: CommandIO): Promise<void> {
  const lang = o.lang === "en" ? "en" : "zh";
  const year = o.year === undefined ? undefined : parseYear(o.year, lang);
  // the rules, last year's return and the city's (evaluation-rules §8), read once for every file
  const ctx = await loadCheckContext(o);
  if (!ctx.ok) { io.printErr(ctx.message + "\n"); io.setExit(EXIT[ctx.exit]); return; }
  const context = ctx.context;
  const only = paths.length === 1 ? paths[0] : undefined;
  if (only !== undefined && !isFolder(only)) {
    const r = await checkFile(only, year, context, lang, false);
    if (r.ok) io.print(o.json ? terminalJson(toJsonReport(r.report, lang, r.lock, r.outlook ? { ...r.outlook, file: only } : undefined)) + "\n" : formatReport(only, r.report, lang, o.all ?? false, io.columns, r.lock, true, r.outlook ?? undefined, r.blank, r.figures) + "\n");
    else if (r.code === "year_outside_plan") throw new UsageError(r.message);
    else {
      io.printErr(r.message + "\n");
      // a context that does not fit (the city's return of another year) is the command's words, not the
      // file: a usage error, nothing on stdout; a file that cannot be checked is told on stdout too, in the
      // object a run of several gives it, so a script reading stdout learns why
      const usage = r.code === "context";
      if (o.json && !usage) io.print(terminalJson(fileErrorJson(only, r)) + "\n");
      io.setExit(usage ? EXIT.usage : EXIT.unreadable);
    }
    return;
  }

  // the files in order, each once (a file named and also in a folder named is checked once)
  const { files, empty, inFolder, subfolders, open } = workbookFiles(paths, [o.previous, o.city, o.rules].filter((p): p is string => p !== undefined));
  let failed = 0;
  // --json: a return someone has open says so on its own line (`open`: its lock file, who holds it), whatever became of it
  const openBy = new Map(open.map((x) => { const { file, ...held } = openReturnJson(x); return [file, { open: held }]; }));
  // `reason`: for an unreadable file, why (the reader's code: damaged_zip, encrypted, bad_xml, …), so a
  // script going through 1,000 returns can tell a damaged file from an old .xls or a missing one
  const fail = (file: string, e: FileError): void => {
    failed++; // a file or an empty folder
    io.printErr(e.message + "\n");
    if (o.json) io.print(terminalJson({ ...fileErrorJson(file, e), ...openBy.get(file) }) + "\n");
  };
  for (const p of empty) fail(p, { code: "no_workbooks", message: emptyFolderMessage(p, subfolders, "check", lang) });

  const progress = (o.progress || io.progress.tty) && files.length > 1 ? progressLine(io.progress, (n, total) => (lang === "en" ? `checking ${n}/${total}` : `核对 ${n}/${total}`)) : null;
  // the ledger and a summary found in a folder (the guide keeps them with the returns): passed over, one line each
  let passed = 0;
  // the plan's own faults: said once per template after the files, not after each file (the same in every return)
  const checked: Array<{ file: string; report: CheckReport }> = [];
  // the returns made with earlier sheet rules: said once per template after the files too (a folder of last year's returns)
  const older: OlderRulesFile[] = [];
  // the returns checked, by unit: a unit that sent several versions is said once, with the one summary and report count
  const arrived: CheckedFile[] = [];
  // the returns' plan versions, chosen as summary and report choose (PlanVersions): a return on another is said after the files
  const planVersions = new PlanVersions();
  for (const [i, file] of files.entries()) {
    const r = await checkFile(file, year, context, lang, files.length > 1);
    progress?.clear();
    if (!r.ok && r.own && inFolder.has(resolve(file))) {
      passed++;
      if (o.json) io.print(terminalJson({ file, skipped: r.own, ...(r.covers ? { covers: r.covers } : {}) }) + "\n");
      else io.print(passedOverLine(file, r.own, lang, r.covers ?? []) + "\n\n");
    } else if (!r.ok) {
      // a summary workbook named among the returns says whom it covers, as when it is named alone
      fail(file, { code: r.code, message: r.code === "year_outside_plan" ? `${file}${lang === "en" ? ": " : "："}${r.message}` : r.message, ...(r.reason !== undefined ? { reason: r.reason } : {}), ...(r.covers ? { covers: r.covers } : {}) });
    }
    else {
      // a deleted 填报说明 sheet's unit by its file's name, as summary counts its versions
      const unit = r.report.reportingUnit || coverDeletedUnit(r.report);
      if (r.version) arrived.push({ file, unit, ...r.version });
      if (files.length > 1) planVersions.add(file, unit, false, { templates: r.report.templates, rows: r.report.items.map((x) => ({ template: x.template, name: x.name })) });
      if (o.json) io.print(terminalJson({ file, report: toJsonReport(r.report, lang, r.lock, r.outlook ? { ...r.outlook, file } : undefined), ...openBy.get(file) }) + "\n");
      else {
        // only the rows with a plan fault kept: a province's 1,000 returns are let go in turn
        checked.push({ file, report: { ...r.report, items: r.report.items.filter((x) => x.issues.some(isPlanFault)) } });
        // one row per sheet kept, enough to tell its template
        if (r.report.problems.some((p) => p.code === "rules_outdated")) older.push({ file, report: { ...r.report, items: r.report.items.filter((x, k, all) => all.findIndex((y) => y.sheet === x.sheet) === k) } });
        io.print(formatReport(file, r.report, lang, o.all ?? false, io.columns, r.lock, false, r.outlook ?? undefined, r.blank, r.figures) + "\n\n");
      }
    }
    progress?.show(i + 1, files.length);
  }
  progress?.done();
  // each subfolder not read (one line each; a folder holding nothing but subfolders was said above)
  for (const x of subfolders.filter((s) => !empty.includes(s.under))) {
    // as a ledger passed over: a line with its `file` (the subfolder) and `skipped`, so every JSON line names a path
    if (o.json) { const { folder, ...rest } = subfoldersJson([x])[0]!; io.print(terminalJson({ file: folder, skipped: "subfolder", ...rest }) + "\n"); }
    else io.print(subfolderLine(x, "check", lang) + "\n");
  }
  // a return someone has open (its lock file beside it): its last saved figures were checked, said once each (trial43b F8)
  if (!o.json && open.length) io.print(open.map((x) => openReturnLine(x, "check", lang) + "\n").join("") + "\n");
  // a return on a version the others' amends (or fewer units': the same rule): summary and report set it aside, so check says so
  if (!o.json) for (const line of otherVersionLines(planVersions, lang)) io.print(line + "\n\n");
  // a return of another year than most (or --year): summary and report pass it over (other_year), so check says so, in their words
  const otherYears = otherYearFiles(arrived, year);
  if (!o.json) for (const line of otherYearLines(otherYears, lang)) io.print(line + "\n\n");
  // the plan's faults named by the cells of the returns summary counts, not of one set aside (trial37c F4: a 2022
  // return's J9 where every counted one's is K9); all the returns when every one is set aside
  const setAside = new Set([...otherYears.map((a) => a.file), ...passedOverFiles(planVersions)]);
  const counted = checked.filter((c) => !setAside.has(c.file));
  for (const line of planNotesLines((counted.length ? counted : checked).map((c) => c.report), lang)) io.print(line + "\n\n");
  for (const line of olderRulesLines(older, lang)) io.print(line + "\n\n");
  const { versions, tied } = countedReturns(await versionsWithContent(arrived, lang, (g) => {
    // checked again as the first time (the same year and context), for what its table holds (tableContent)
    const r = checkWithContext(g, year, context, true);
    return r.ok ? r.report : null;
  }));
  // a unit's returns of different plans or years: each checked, none a version of another; said with what summary does
  const apart = o.json ? [] : returnsApart(arrived);
  // --json: after the files' lines (which stream), a line per unit that sent several, named by the file that counts
  if (o.json) {
    for (const v of versions) io.print(terminalJson({ file: v.files[v.files.length - 1]!.file, resubmission: resubmissionJson(v.unit, v.files, v.by) }) + "\n");
    for (const t of tied) io.print(terminalJson({ file: t.files[0]!.file, resubmission: resubmissionJson(t.unit, t.files, null) }) + "\n");
  } else {
    for (const v of versions) io.print(versionsSetAsideLine({ unit: v.unit, files: v.files.map((f) => f.file), by: v.by }, "counted", lang) + "\n");
    for (const t of tied) io.print(unusableFileLine(tiedVersionsFile(t.unit, t.files.map((f) => f.file), t.cause), "summary", lang) + "\n");
    for (const x of apart) io.print(cycleMessage("check_returns_apart", { unit: x.unit, n: x.files.length, files: x.files.map((f) => cycleMessage("check_return_of", { file: f.file, title: f.title, year: f.year ?? "" }, lang)).join(lang === "en" ? ", " : "、") }, lang) + "\n");
    if (versions.length || tied.length || apart.length) io.print("\n");
  }
  const unchecked = failed - empty.length;
  if (!o.json) {
    const checkedN = files.length - unchecked - passed;
    const rest = passed ? (lang === "en" ? `, ${passed} passed over (ledger, summary)` : `，略过 ${passed} 个（报送台账、汇总表）`) : "";
    io.print(lang === "en" ? `${englishCount(files.length, "file")}: ${checkedN} checked, ${unchecked} could not be checked${rest}\n` : `共 ${files.length} 个文件：已核对 ${checkedN} 个，无法核对 ${unchecked} 个${rest}\n`);
  }
  if (failed > 0) io.setExit(EXIT.unreadable);
}

/**
 * A unit's versions in `check --json` (several files): `files` oldest first, `by` what told the latest
 * (versionOrder; null where nothing did, `versions_tied`), `counted` the one summary and report use
 * (null where tied: neither).
 */
function resubmissionJson(unit: string, files: ReadonlyArray<{ file: string }>, by: VersionBasis | null): { unit: string; files: string[]; by: VersionBasis | null; counted: string | null } {
  return { unit, files: files.map((f) => f.file), by, counted: by === null ? null : files[files.length - 1]?.file ?? null };
}

/** A file checked among several, as its unit's returns are grouped into versions (versionGroup). */
type CheckedFile = { file: string; unit: string } & CheckedVersion;

/** Each unit whose files are returns of more than one plan or year (versionGroup), with its files in the order checked. */
function returnsApart(arrived: readonly CheckedFile[]): Array<{ unit: string; files: CheckedFile[] }> {
  const byUnit = new Map<string, CheckedFile[]>();
  for (const a of arrived) if (a.unit) byUnit.set(a.unit, [...(byUnit.get(a.unit) ?? []), a]);
  return [...byUnit].filter(([, files]) => new Set(files.map(versionGroup)).size > 1).map(([unit, files]) => ({ unit, files }));
}

/** One line per return on another version of the plan than the one summary and report would use (PlanVersions' choice), with the fix. */
/** The files summary and report would set aside as on another plan or version (PlanVersions' passedOver); [] on a tie. */
function passedOverFiles(versions: PlanVersions): string[] {
  const choice = versions.choose();
  return choice.ok ? choice.passedOver.map((x) => x.file) : [];
}

function otherVersionLines(versions: PlanVersions, lang: "zh" | "en"): string[] {
  const choice = versions.choose();
  return choice.ok ? choice.passedOver.filter((x) => x.reason === "other_version").map((x) => cycleMessage("check_other_version", {
    file: x.file, why: unusableWhy(x.reason, lang, { version: x.version }), fix: unusableFix(x.reason, lang, "summary", { version: x.version }),
  }, lang)) : [];
}

/**
 * The returns whose own year is not the year summary and report would take (--year, else the year most give:
 * commonYear; none on a tie), each with that year (`common`). A unit whose returns are of several years is said by
 * check_returns_apart instead (trial37b F7: a 2022 return among 28 of 2023 was checked as any other, said nowhere).
 */
function otherYearFiles(arrived: readonly CheckedFile[], asked: number | undefined): Array<{ file: string; unit: string; year: number; common: number }> {
  const dated = arrived.flatMap((a) => (a.year === undefined ? [] : [{ ...a, year: a.year }]));
  const common = asked === undefined ? commonYear(dated.map((a) => a.year)) : { year: asked };
  if (common === null || !("year" in common)) return [];
  const apart = new Set(returnsApart(arrived).map((x) => x.unit));
  return dated.filter((a) => a.year !== common.year && !apart.has(a.unit)).map((a) => ({ file: a.file, unit: a.unit, year: a.year, common: common.year }));
}

/**
 * One line per return of another year (otherYearFiles), with its reason and fix (otherYearFile, unusableWhy/unusableFix:
 * 「填报说明」表的报告年份是 2022 年，不是 2023 年，如是上一年度的表，请用 rollover …).
 */
function otherYearLines(others: ReturnType<typeof otherYearFiles>, lang: "zh" | "en"): string[] {
  return others.map((a) => {
    const x = otherYearFile(a.file, a.unit, a.year, a.common);
    // no templates given: always other_year, summary's reason (a plan whose period does not hold the year is other_version's line)
    return cycleMessage("check_other_version", { file: a.file, why: unusableWhy("other_year", lang, x), fix: unusableFix("other_year", lang, "summary", x) }, lang);
  });
}

/** The line of a ledger or summary passed over in a folder: not a return, not a problem either; a summary with the units it `covers`. */
function passedOverLine(file: string, own: OwnWorkbookKind, lang: "zh" | "en", covers: readonly string[]): string {
  const scope = covers.length ? ` ${summaryCoversWords(covers, lang)}` : "";
  if (lang === "en") return `passed over (${own === "ledger" ? "the 报送台账 ledger" : "a summary"}, not a return): ${file}${scope}`;
  return `略过（${own === "ledger" ? "报送台账" : "汇总表"}，不是填报）：${file}${scope}`;
}
