import type { LockedChange } from "../cycle/lockedChanges";
import { cycleMessage } from "./cycleMessages";
import { sha256Text } from "./sha256Text";
import { tableContent } from "../cycle/tableContent";
import { sameValueGroups, type ValuesOf } from "../cycle/sameValueGroups";
import { sameValuesLines } from "./sameValuesLines";
import { reportPlanName } from "./reportPlanName";
import { reportRegion } from "./reportRegion";
import { reportScope } from "./reportScope";
import { titleWithRegion } from "../templates/titleWithRegion";
import { statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { checkGrid, readMeta, readYear } from "../sheet/checkGrid";
import { otherYearFile } from "../cycle/otherYearFile";
import { outsideEveryPlan } from "../templates/periodProblems";
import { yearOutsidePlanLine } from "./yearOutsidePlanLine";
import type { EvaluationReport } from "../sheet/EvaluationReport";
import { noReturnsLine } from "./noReturnsLine";
import { evaluationWorkbookPlan } from "../sheet/evaluationSheets";
import { planToXlsx } from "../hosts/xlsx/writeXlsx";
import { loadWorkbookFile } from "./loadWorkbookFile";
import type { CommandIO } from "./CommandIO";
import { EXIT } from "./EXIT";
import { parseYear } from "./parseYear";
import { reportJson } from "./reportJson";
import { fileMessage } from "./fileMessages";
import { reportParagraph } from "../sheet/reportParagraph";
import { cycleOptions } from "./runSummaryCycle";
import { reportChaseLines } from "./reportChaseLines";
import type { MisnamedReturn } from "../cycle/misnamedReturns";
import { reportVersionLines, type ReportVersions } from "./reportVersionLines";
import { UsageError } from "./UsageError";
import { yearTargetLine } from "./yearTargetLine";
import { workbookFiles, type Subfolder } from "./workbookFiles";
import { readInputs } from "./readInputs";
import { refuseExisting } from "./refuseExisting";
import { writeFileSafely, type Written } from "./writeFileSafely";
import { emptyFolderMessage, folderArg, subfolderLine, subfoldersJson } from "./subfolderLine";
import { openReturnJson, openReturnLine } from "./openReturnLine";
import { subfolderReturns } from "./subfolderReturns";
import { extractedArchives } from "./extractedArchives";
import { unusableFileLine } from "../cycle/unusableFileLine";
import { unusableFileLines } from "../cycle/unusableFileLines";
import { evaluationTitleWords } from "../sheet/evaluationTitleWords";
import { mergedFileLine } from "./mergedFileLine";
import type { MergedFile } from "../cycle/mergedFiles";
import { unusableFileOf } from "./unusableFileOf";
import type { UnusableFile } from "../cycle/UnusableFile";
import { arrivedReturn, type ArrivedReturn } from "./arrivedReturn";
import { evaluateReturnSet } from "./evaluateReturnSet";
import { skippedJson } from "./skippedJson";
import { fileErrorJson, type FileErrorJson } from "./fileErrorJson";
import { fileErrorOf } from "./fileErrorOf";
import { terminalJson } from "./terminalText";
import { LOCKED_CHANGES_NAMED } from "../cycle/LOCKED_CHANGE_WORDS";
import { writtenInChinese } from "./writtenInChinese";
import { keptReplacedLine } from "./keptReplacedLine";


export type ReportOutcome =
  | { ok: true; report: EvaluationReport; covers?: string[]; unlisted?: string[]; skipped?: UnusableFile[]; elsewhere?: UnusableFile[]; versions?: ReportVersions[]; misnamed?: MisnamedReturn[]; merged?: MergedFile[]; locked?: Array<{ unit: string; changes: LockedChange[] }> }
  /** `error`: a file named that could not be used (unreadable), as check --json gives it (fileErrorJson) */
  | { ok: false; unreadable: boolean; message: string; error?: FileErrorJson };

/**
 * Reads, checks and grades each return (evaluation-rules.md §6); one line, in `lang`, on the
 * first file named that cannot be read or returns that cannot go in one report. `from`: how the files
 * were named: a file found in a folder that cannot be used (no return, an .xls, a .csv, damaged, the
 * ledger or a summary) is passed over (`skipped`, as `summary` passes it, with the unit it belongs to
 * when known; a unit listed whose only file is one is said so, not 未报送); none usable at all is refused.
 * `listed`: the units expected (`--units`, `--ledger`): the report follows their order and names
 * those that sent nothing (combineEvaluations). One return per 填报单位, the one `summary` counts: a
 * copy filed under another unit's name is passed over as summary passes it (misnamedReturns), then
 * the newest version of each unit (latestVersions); `versions` and `misnamed` say which files were set aside.
 */
export async function evaluateFiles(files: string[], year: number | undefined, lang: "zh" | "en" = "zh", from: { inFolder: ReadonlySet<string>; paths: readonly string[]; subfolders?: readonly Subfolder[] } = { inFolder: new Set(), paths: files }, listed: readonly string[] = [], ledgerYear?: { file: string; year: number }, distributed?: readonly string[]): Promise<ReportOutcome> {
  const arrived: ArrivedReturn[] = [];
  const skipped: UnusableFile[] = [];
  const covers: Array<{ file: string; line: string }> = [];
  // two units' returns alike in every value (by indicator and year: tableContent's `values`): all evaluated, one line per group as summary says it
  // (trial35 M2; sameValueGroups, trial37c F6)
  const alike: ValuesOf[] = [];
  for (const file of files) {
    // a folder of returns also holds other workbooks (last year's 评估.xlsx, a summary) and units' files that
    // cannot be used (a copy into a new workbook, an .xls, a .csv, a damaged file): each passed over and named
    // as `summary` names it (unusableFileOf), the rest evaluated. Named on its own: refused
    const inFolder = from.inFolder.has(resolve(file));
    const loaded = await loadWorkbookFile(file, lang, { task: "report" });
    if (!loaded.ok && inFolder) { skipped.push(unusableFileOf(file, { loaded }, lang)); continue; }
    if (!loaded.ok) return { ok: false, unreadable: true, message: loaded.message, error: fileErrorJson(file, fileErrorOf(file, { loaded }, lang)) };
    const r = checkGrid(loaded.grid, year);
    if (!r.ok && inFolder) { skipped.push(unusableFileOf(file, { grid: loaded.grid, checked: r }, lang)); continue; }
    if (!r.ok) {
      const error = fileErrorOf(file, { grid: loaded.grid, checked: r }, lang);
      return { ok: false, unreadable: true, message: error.message, error: fileErrorJson(file, error) };
    }
    const m = readMeta(loaded.grid);
    const templates = m && !("error" in m) ? m.templates : [];
    // a return of another year than --year is not graded as that year (as summary): passed over, named with the fix;
    // one whose plan's period does not hold --year (last period's beside the new one's) as outside_plan, never evaluated as all 不适用
    const own = readYear(loaded.grid) ?? r.report.year;
    // named on its own, a --year its plan's period does not hold is refused in one line (the plan ended: its final
    // evaluation, or the next period's table to import), as before; in a folder it is one more file passed over
    const outside = year === undefined || inFolder ? undefined : outsideEveryPlan(templates, year);
    if (outside) return { ok: false, unreadable: false, message: yearOutsidePlanLine(file, outside, lang) };
    if (year !== undefined && own !== year) { skipped.push(otherYearFile(file, r.report.reportingUnit, own, year, templates)); continue; }
    // graded as the pane's 评估所选文件 grades a chosen file (arrivedReturn: the cover's unit, the lock, merged units)
    // what its table holds, once: its versions' order (versionFacts) and the likeness of two units' values both use it
    const table = tableContent(loaded.grid, r.report);
    const one = arrivedReturn(file, basename(file, extname(file)), loaded.grid, r.report, { own, templates, receivedAt: statSync(file).mtimeMs, listed, lang, sha: sha256Text, table, seeAll: true });
    arrived.push(one.arrived);
    if (one.cover) covers.push(one.cover);
    if (r.report.items.some((i) => (i.value ?? "") !== "")) alike.push({ file, unit: r.report.reportingUnit, hash: table.values });
  }
  // the set decided as the pane decides the chosen files' (evaluateReturnSet, one home)
  const set = evaluateReturnSet(arrived, skipped, covers, {
    year, lang, listed, ledgerYear, distributed,
    named: (file) => !from.inFolder.has(resolve(file)),
    extracted: extractedArchives,
    elsewhere: (units, used) => subfolderReturns(from.subfolders ?? [], units, used),
  });
  // the groups among the returns counted (a version or copy passed over is left out), after the other cover lines
  if (set.ok) {
    const counted = new Set(set.counted.map((x) => x.file));
    // a misspelt cover (cycle/coverSlips) is named by the unit it was counted for
    const slipped = new Map((set.report.coverSlips ?? []).map((x) => [x.file, x.unit]));
    const same = sameValuesLines(sameValueGroups(alike.map((x) => ({ ...x, unit: slipped.get(x.file) ?? x.unit })), listed, counted), "report", lang);
    return same.length ? { ...set, covers: [...(set.covers ?? []), ...same] } : set;
  }
  if ("message" in set) return { ok: false, unreadable: false, message: set.message };
  // nothing to evaluate: the subfolders not read are named too (the returns may be there)
  const subLines = (from.subfolders ?? []).map((x) => subfolderLine(x, "report", lang));
  const none = set.nothing;
  // every return found is of a plan whose period does not hold --year: the period's one line, as summary says it
  if (none.outside?.period) return { ok: false, unreadable: false, message: yearOutsidePlanLine(none.outside.file, none.outside.period, lang) };
  if (none.none) return { ok: false, unreadable: false, message: [...subLines, ...from.paths.map((file) => fileMessage({ code: "no_returns", file }, lang))].join("\n") };
  return { ok: false, unreadable: false, message: [...none.skipped.map((x) => unusableFileLine(x, "report", lang)), ...subLines, ...(none.tied ? [] : from.paths.map((file) => noReturnsLine(file, none.skipped, lang)))].join("\n") };
}

/**
 * The report's title: the plans and the year, one plan by its own name where its template knows it (reportPlanName), else
 * (and several plans) by their tables' titles. One unit's report is titled by its name too (甲县《…》); a report over several
 * is the plans' (trial39a F8: 「湖州市 9 个填报单位」 as the title's first line read as no title), with their one region in front
 * where the plans' names do not say it (江海市《“十四五”时期经济社会发展主要指标》…, as a return's sheet title names it:
 * titleWithRegion), the units said under the title (reportScope). In the plans' last year (every indicator's plan ends in
 * Y, none a yearly plan) it is the 期末评估: `…2025 年实施情况期末评估报告`.
 */
export function reportTitle(r: EvaluationReport): string {
  const titles = [...new Set(r.returns.flatMap((x) => x.titles))];
  // one plan: by its own name where its template knows it (reportPlanName); several keep their tables' titles
  const source = titles.length === 1 && new Set(r.returns.flatMap((x) => x.templates.map((t) => t.id))).size === 1 ? r.returns[0]?.sources[0] : undefined;
  const planName = source ? reportPlanName(source.document, source.targetYear, titles[0]) : null;
  const plans = planName === null ? titles : [planName];
  const region = reportRegion(r);
  const one = r.units.length === 1;
  // one unit by its name; several by their region where no plan's name says it (the units are the body's: reportScope)
  const who = one ? reportScope(r) : region !== undefined && plans.every((t) => titleWithRegion({ title: t, region }) !== t) ? region : "";
  // a plan whose title names the one unit already (《清河县“十四五”主要指标》) is not prefixed with it again
  const named = one && plans.length === 1 && who !== "" && (plans[0] ?? "").includes(who);
  // no space after 》 (a CJK bracket needs none); one between 规划指标 and the year, as elsewhere
  // a workbook of project and reform lists only is no 规划指标: its lists by their titles (up to three)
  const listsOnly = plans.length > 1 && plans.length <= 3 && r.returns.every((x) => x.items.length === 0);
  // the plan's last year: the 期末评估 (evaluationTitleWords, as the 评估 sheets say it)
  return `${named ? "" : who}${plans.length === 1 || listsOnly ? plans.map((t) => `《${t}》`).join("") : "规划指标 "}${evaluationTitleWords(r.year, r.returns.flatMap((x) => x.items), "report")}`;
}

/** Writes the report as .docx (Word, via `docx`, loaded here only) or .xlsx (评估 sheets), atomically, never over one of `inputs` (writeFileSafely). */
export async function writeReport(r: EvaluationReport, out: string, write: { force: boolean; inputs: string[] }): Promise<Written> {
  return writeFileSafely(out, await reportBytes(r, out), { ...write, makeFolder: true });
}

/** The report as the bytes of a file named `out`: the Word report (.docx) or, for an .xlsx, the evaluation sheets and county grid. */
export async function reportBytes(r: EvaluationReport, out: string): Promise<Buffer> {
  if (extname(out).toLowerCase() === ".xlsx") return planToXlsx(evaluationWorkbookPlan(r));
  const docx = await import("docx");
  const { reportDocx } = await import("./reportDocx");
  return reportDocx(docx, r, reportTitle(r));
}

/** Why `report` will not write `out` (another extension), in `lang`; null when it may. An existing file or an input: refuseExisting. */
export function outputProblem(out: string, lang: "zh" | "en" = "zh"): string | null {
  const ext = extname(out).toLowerCase();
  const en = lang === "en";
  if (ext !== ".docx" && ext !== ".xlsx") return en ? `--out should be a .docx (the report) or an .xlsx (evaluation sheets and the units' grid), found "${out}"` : `--out 应为 .docx（评估报告）或 .xlsx（评估表与县区对比），实际为「${out}」`;
  return null;
}

/**
 * `report <files...> [--out f.docx|f.xlsx] [--json] [--units A,B,… | --ledger 报送台账.xlsx] [--as-of YYYY-MM-DD]`: the
 * evaluation report (evaluation-rules §6). The expected units, their deadlines and `--as-of` (default today in China)
 * are read and checked as `summary` reads them (cycleOptions); with a list, the terminal names the units not sent to
 * chase as of that day (reportChaseLines).
 */
export async function runReport(paths: string[], o: { year?: string; out?: string; json?: boolean; force?: boolean; units?: string; ledger?: string | string[]; asOf?: string }, io: CommandIO): Promise<void> {
  const year = o.year === undefined ? undefined : parseYear(o.year, io.lang);
  // a ledger of another year than the returns is refused, as `summary` refuses it; a bad --as-of as summary refuses it
  const cycle = await cycleOptions({ ...(o.units === undefined ? {} : { units: o.units }), ...(o.ledger === undefined ? {} : { ledger: o.ledger }), ...(o.asOf === undefined ? {} : { asOf: o.asOf }) }, io.lang, { year });
  // a --ledger that cannot be read is a file problem (exit 2), as summary says it
  if (!cycle.ok && cycle.unreadable) { io.printErr(cycle.message + "\n"); io.setExit(EXIT.unreadable); return; }
  if (!cycle.ok) throw new UsageError(cycle.message);
  const listed = (cycle.options.units ?? []).map((u) => u.unit);
  // a folder stands for the returns it holds (not the report written there, nor the 报送台账)
  const ledgers = o.ledger === undefined ? [] : typeof o.ledger === "string" ? [o.ledger] : o.ledger;
  const { files, empty, inFolder, subfolders, open } = workbookFiles(paths, [...(o.out === undefined ? [] : [o.out]), ...ledgers]);
  if (empty.length) throw new UsageError(empty.map((file) => emptyFolderMessage(file, subfolders, "report", io.lang)).join("\n"));
  const en = io.lang === "en";
  const problem = o.out === undefined ? null : outputProblem(o.out, io.lang);
  if (problem) throw new UsageError(problem);
  // never over a file read: one named, a county's return in a folder named, the ledger
  const inputs = await readInputs(paths, ledgers);
  if (o.out !== undefined) await refuseExisting(o.out, o.force, inputs, { kind: "report" });
  const r = await evaluateFiles(files, year, io.lang, { inFolder, paths, subfolders }, listed, cycle.ledgerYear, cycle.options.templates);
  // a file named that cannot be used: with --json, stdout tells it too, as check --json does
  if (!r.ok) { io.printErr(r.message + "\n"); if (o.json && r.error) io.print(terminalJson(r.error) + "\n"); io.setExit(r.unreadable ? EXIT.unreadable : EXIT.usage); return; }
  const written = o.out !== undefined ? await writeReport(r.report, o.out, { force: o.force ?? false, inputs }) : null;
  // the report replaced, when it held something else (edited in Word, or of other returns): kept, said so (stderr with --json)
  const kept = o.out !== undefined && written ? keptReplacedLine(o.out, written, io.lang) : null;
  if (kept !== null) (o.json ? io.printErr : io.print)(`${kept}\n`);
  // as summary's --json: the versions and misnamed copies set aside, only when there are some
  // the files of a folder not evaluated, as summary's --json gives them: {file, reason, unit?}
  const skipped = skippedJson(r.skipped ?? []);
  if (o.json) io.print(JSON.stringify({ ...(reportJson(r.report, io.lang) as object), ...(r.versions ? { resubmissions: r.versions } : {}), ...(r.misnamed ? { misnamed: r.misnamed } : {}), ...(r.merged ? { merged: r.merged } : {}), ...(skipped.length ? { skipped } : {}), ...(subfolders.length ? { subfolders: subfoldersJson(subfolders, r.elsewhere) } : {}), ...(open.length ? { open: open.map(openReturnJson) } : {}) }) + "\n");
  // without --out nothing is written: the text is printed, as summary prints its figures (trial34 M5: report refused)
  else if (o.out === undefined) io.print(`${cycleMessage("report_printed", { n: r.report.returns.length, year: r.report.year }, io.lang)}\n${reportParagraph(r.report, io.lang)}\n`);
  // one return per unit: the count is of units, however many versions came
  else if (en) io.print(`Wrote the evaluation report ${o.out} (${r.report.returns.length} ${r.report.returns.length === 1 ? "return" : "returns"}, year ${r.report.year}; ${writtenInChinese("the report")}); its text:\n${reportParagraph(r.report, "en")}\n`);
  else io.print(`已生成评估报告 ${o.out}（${r.report.returns.length} 份，${r.report.year} 年度）\n${reportParagraph(r.report, "zh")}\n`);
  // the rows graded by the year's own target, with it: the paragraph names only the plan's targets
  // each return whose cover names no 填报单位, and whose it was taken for
  if (!o.json) for (const line of r.covers ?? []) io.print(line + "\n");
  // the units listed counted 未报 and due as of --as-of, then those not yet due: summary's 催报 lines (trial38 F7)
  if (!o.json) for (const line of reportChaseLines(r.report, cycle.options, io.lang)) io.print(line + "\n");
  // units outside the ledger (or --units), evaluated too: named, as summary names them
  if (!o.json && r.unlisted) io.print(cycleMessage("summary_unlisted", { n: r.unlisted.length, units: r.unlisted.join(en ? ", " : "、"), task: "report" }, io.lang) + "\n");
  const own = o.json ? null : yearTargetLine(r.report, io.lang);
  if (own !== null) io.print(own + "\n");
  if (!o.json) for (const line of reportVersionLines(r.versions ?? [], r.misnamed ?? [], io.lang)) io.print(line + "\n");
  // a workbook holding other units' returns: only its cover unit's is in the report, said with what to do
  if (!o.json) for (const m of r.merged ?? []) io.print(mergedFileLine(m, "report", listed.length > 0, io.lang) + "\n");
  if (!o.json) {
    for (const l of r.locked ?? []) {
      io.print(cycleMessage("report_locked_changes", { unit: l.unit, n: l.changes.length }, io.lang) + "\n");
      for (const c of l.changes.slice(0, LOCKED_CHANGES_NAMED)) io.print(cycleMessage("locked_change", { ...c }, io.lang) + "\n");
    }
  }
  // each file passed over once: a unit's by its unit, with why and what to do (unusableFileLine, as summary says it)
  if (!o.json) for (const line of unusableFileLines(r.skipped ?? [], "report", io.lang, o.ledger === undefined && o.units === undefined)) io.print(line + "\n");
  // each subfolder not read, with the units whose returns sit there
  if (!o.json) for (const x of subfolders) io.print(subfolderLine(x, "report", io.lang, (r.elsewhere ?? []).filter((u) => u.where === folderArg(x.folder)).map((u) => u.unit ?? "")) + "\n");
  // a return someone has open (its lock file beside it): its last saved figures were evaluated (trial43b F8)
  if (!o.json) for (const x of open) io.print(openReturnLine(x, "report", io.lang) + "\n");
}
