import { blankOf } from "../cycle/blankOf";
import { unsummedUnit } from "../cycle/unsummedUnit";
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { applyLock, type LockState } from "../cycle/applyLock";
import { diffReturns } from "../cycle/diffReturns";
import { returnEntries } from "../cycle/returnEntries";
import { countedReturns } from "../cycle/countedReturns";
import { filesInUnitOrder } from "../cycle/filesInUnitOrder";
import { sameValueGroups, type ValuesOf } from "../cycle/sameValueGroups";
import { sameValuesLines } from "./sameValuesLines";
import { tableContent } from "../cycle/tableContent";
import { inUnitOrder } from "../cycle/inUnitOrder";
import { arrivedReturn, summaryCycle, type ArrivedReturn, type CycleOptions } from "../cycle/summaryCycle";
import type { Resubmission } from "../cycle/versionsSheet";
import { streamXlsx } from "../hosts/xlsx/streamXlsx";
import type { CheckReport } from "../sheet/CheckReport";
import { checkGrid, readMeta, readYear } from "../sheet/checkGrid";
import { describeReturnSetProblem } from "../sheet/describeReturnSetProblem";
import { returnSetProblem } from "../sheet/ReturnSetProblem";
import { checkFailureText } from "./checkFailureText";
import type { GridWorkbook } from "../sheet/Grid";
import { replayPlannedSheet } from "../sheet/replayPlannedSheet";
import { returnContent } from "../sheet/returnContent";
import { blankedCopy } from "../sheet/blankedCopy";
import { writeSummarySheets } from "../sheet/summarySheets";
import { SummaryTally } from "../sheet/SummaryTally";
import { checkWithContext, type CheckContext } from "./checkInContext";
import type { Lang } from "./fileMessages";
import { FileRowStore } from "./FileRowStore";
import { limitHeapGrowth } from "./limitHeapGrowth";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { fileErrorJson, type FileError, type FileErrorJson } from "./fileErrorJson";
import { fileErrorOf } from "./fileErrorOf";
import { sha256Text } from "./sha256Text";
import { isUnitFile, withUnits, type UnusableFile } from "../cycle/UnusableFile";
import { tiedVersionsFile } from "../cycle/tiedVersionsFile";
import { PlanVersions } from "../cycle/planVersions";
import { versionFile } from "../cycle/versionFile";
import { TargetVersions } from "../cycle/targetVersions";
import { targetDifferenceLine } from "../cycle/targetDifferenceLine";
import { targetRows, targetsDifferJson } from "./targetsDifferJson";
import { skippedJson } from "./skippedJson";
import { unusableFileLine } from "../cycle/unusableFileLine";
import { unusableFileOf } from "./unusableFileOf";
import { summaryJson } from "./summaryJson";
import { cycleMessage } from "./cycleMessages";
import { coverlessUnit } from "../cycle/coverlessUnit";
import { coverSlips, type CoverSlip } from "../cycle/coverSlips";
import { coverSlipSaid } from "../sheet/coverSlipSaid";
import { noReturnsLine } from "./noReturnsLine";
import { ledgerJson } from "./ledgerJson";
import { summaryText } from "./summaryText";
import { mergedUnits } from "../cycle/mergedUnits";
import { terminalJson } from "./terminalText";
import { workbookFiles } from "./workbookFiles";
import { emptyFolderMessage, folderArg, subfolderLine, subfoldersJson } from "./subfolderLine";
import { openReturnJson, openReturnLine } from "./openReturnLine";
import { subfolderReturns } from "./subfolderReturns";
import { extractedArchives } from "./extractedArchives";
import { summaryCovers } from "../cycle/summaryCovers";
import { writeFileSafely } from "./writeFileSafely";
import { yearOfReturns, yearsOnPlan } from "./yearOfReturns";
import { mergedFiles } from "../cycle/mergedFiles";
import { otherYearFile } from "../cycle/otherYearFile";
import { outsideEveryPlan } from "../templates/periodProblems";
import { yearOutsidePlanLine } from "./yearOutsidePlanLine";
import type { Template } from "../templates/TemplateSchema";
import { keptReplacedLine } from "./keptReplacedLine";

export interface SummaryOptions {
  /** the year summed: returns whose own reporting year is another are passed over (`other_year`); default the year most returns give */
  year?: number | undefined;
  /** the --ledger's file and year when no --year was given: refused unless most returns are of it */
  ledgerYear?: { file: string; year: number } | undefined;
  /** the summary workbook; none with `json`: the figures are printed and no workbook is written */
  out?: string;
  json: boolean;
  force: boolean;
  lang: Lang;
  /** builds a link from the summary to a cell of a county file (relative to the summary) */
  link: (base: string, file: string, sheet: string, cell: string) => string;
  /** the reporting cycle (issue 18): expected units and their deadlines, the 催报 date */
  cycle?: Omit<CycleOptions, "year">;
  /** other files the command reads (the ledger), never to be overwritten by `out` */
  alsoRead?: string[];
  /** checks beyond one value (evaluation-rules §8): rules, last year's returns (by 填报单位), the city's */
  context?: CheckContext;
}

export type SummaryOutcome =
  | { ok: true; text: string; /** the line saying the --out replaced was kept (keptReplacedLine), null when none was */ kept: string | null }
  /** `errors`: with exit unreadable, each file named that could not be used, as check --json gives it (fileErrorJson); with exit usage, each file of a unit's versions not told apart when no return is left to sum (versions_tied) */
  | { ok: false; message: string; exit: "unreadable" | "usage"; errors?: FileErrorJson[] };

/**
 * `plan-returns summary` (issue 19): each return is read, checked, reduced to its counts and
 * listed rows (SummaryTally, rows spooled to a temporary file) and let go; the same return given
 * twice is found by its content hash. The workbook is then written with the streaming writer,
 * so memory stays flat in the number of returns and their size. Refusals name the file, in `lang`.
 */
export async function runSummary(paths: readonly string[], o: SummaryOptions): Promise<SummaryOutcome> {
  // a folder stands for the returns it holds, not the summary written there nor the ledger read from there
  const { files: found, empty, inFolder, subfolders, open } = workbookFiles(paths, [...(o.out !== undefined ? [o.out] : []), ...(o.alsoRead ?? [])], true);
  // read in the ledger's order where the file names tell the unit (no second reading then)
  let files = filesInUnitOrder(found, o.cycle?.units?.map((u) => u.unit));
  // a folder holding workbooks only in its subfolders (a province's folder of cities' folders) names them
  if (empty.length) return { ok: false, message: empty.map((file) => emptyFolderMessage(file, subfolders, "summary", o.lang)).join("\n"), exit: "usage" };
  // each subfolder not read, one line each, after the lines on the files passed over
  const subLines = (units: readonly UnusableFile[] = []): string[] => subfolders.map((x) => subfolderLine(x, "summary", o.lang, units.filter((u) => u.where === folderArg(x.folder)).map((u) => u.unit ?? "")));
  const spool = FileRowStore.folder();
  // returns are read one after another and let go: V8 is kept from sizing its heap by that churn (peak memory flat in the returns)
  const heapGrowthBack = limitHeapGrowth();
  try {
    const arrived: ArrivedReturn[] = [];
    const seen = new Map<string, { file: string; unit: string }>();
    const units = new Set<string>();
    let tally = new SummaryTally(() => spool.store(), { seeAll: true });
    // files that cannot be read are all named in one refusal, so one run finds every damaged file
    const unreadable: string[] = [];
    const errors: FileErrorJson[] = [];
    const named = new Map<string, string>();
    // files of a folder not summed: the cycle's own workbooks, and units' files that cannot be used
    let skipped: UnusableFile[] = [];
    // each return's own reporting year (its cover's): the year summed is --year or the one most give
    const ownYear = new Map<string, number>();
    // the returns whose cover names no 填报单位, one line each
    const coverLines: Array<{ file: string; line: string }> = [];
    // every return with values, for the groups of units alike in every value (sameValueGroups)
    const alike: ValuesOf[] = [];
    // a return of another year than the first tallied: tallied again once the year is known
    let tallyYear: number | undefined;
    let mixed = false;
    // the plan and its version each return was made from: when they differ, the one most units used is summed (planVersions)
    const planVersions = new PlanVersions();
    // each return's targets and attributes: where they differ (a plan amended mid-period), said who carries which
    const targetVersions = new TargetVersions();
    let versionsDiffer = false;
    // other units' returns merged into a workbook as sheets named after them, matched against the units expected
    const withMerged = (x: ArrivedReturn, report: CheckReport): ArrivedReturn => {
      const merged = mergedUnits(report, o.cycle?.units?.map((u) => u.unit));
      return merged.units.length ? { ...x, merged } : x;
    };
    // each return's plans (one array per distinct set, shared): a return of another year whose plan does not hold the year summed is outside_plan
    const plansOf = new Map<string, Template[]>();
    const planSets = new Map<string, Template[]>();
    const planSet = (ts: Template[]): Template[] => {
      const key = ts.map((t) => `${t.id}:${t.baselineYear}-${t.targetYear}`).join(",");
      if (!planSets.has(key)) planSets.set(key, ts);
      return planSets.get(key) ?? ts;
    };
    for (const file of files) {
      // one file named twice is the same return twice, even one with nothing entered (its content is not compared)
      const twice = named.get(resolve(file));
      if (twice !== undefined) return { ok: false, message: describeReturnSetProblem(returnSetProblem("duplicate_return", { file, other: twice }), o.lang), exit: "usage" };
      named.set(resolve(file), file);
      const r = await checked(file, o);
      // a folder of returns also holds other workbooks (the ledger, last run's summary, a unit's file copied into a
      // new workbook, an .xls, a damaged file): each named with why, not summed, and the rest summed; a unit
      // whose only file is one of them is 未报, chased for that reason (withUnits). Named on its own: refused
      if (!r.ok && r.unusable && inFolder.has(resolve(file))) {
        skipped.push(r.unusable);
        continue;
      }
      if (!r.ok && r.exit === "unreadable") { unreadable.push(r.message); if (r.error) errors.push(fileErrorJson(file, r.error)); continue; }
      if (!r.ok) return r;
      // a file already refused: the rest are read only to be named too (a return on another plan among them), not summed
      if (unreadable.length) {
        planVersions.add(file, r.report.reportingUnit, !inFolder.has(resolve(file)), { templates: r.report.templates, rows: r.report.items.map((i) => ({ template: i.template, name: i.name })) });
        continue;
      }
      // the same return twice (a copy under another name, its 填报单位 changed or blank) would be counted twice;
      // a return with nothing entered is not compared (blank returns of different units look alike)
      // what it holds, once: the duplicate check and the order of a unit's versions (versionFacts) both use it
      const content = returnContent(r.grid);
      const table = tableContent(r.grid, r.report);
      if (r.report.items.some((i) => (i.value ?? "") !== "")) {
        // kept as its hash: the content of a thousand returns would stay in memory otherwise
        const hash = sha256Text(content);
        const first = seen.get(hash);
        // covers naming two units are two returns (trial35 M2: 北岭县 and 东城县 alike in every value), both summed and said
        // in one line per group (sameValueGroups, below); the same unit (or a cover left blank) twice is the same return twice
        // the cover's own unit: one taken from the file's name (a blank cover) names none
        const unit = r.coverless ? "" : r.report.reportingUnit;
        // alike in values by indicator and year, not by cell (trial43b F1: a blank row inserted, rows sorted)
        alike.push({ file, unit, hash: table.values });
        // the same unit's file twice (downloaded twice, 「x (1).xlsx」) is one return, its versions count it once, as check
        // and report do; a copy whose cover was blanked is no unit's version, refused here (blankedCopy)
        if (first !== undefined && blankedCopy(first.unit, unit)) return { ok: false, message: describeReturnSetProblem(returnSetProblem("duplicate_return", { file, other: first.file }), o.lang), exit: "usage" };
        if (first === undefined) seen.set(hash, { file, unit });
      }
      // a return of another year than --year is not graded as that year: passed over below, named with the fix
      // (one whose plan's period does not hold --year: last period's return beside the new period's)
      // named on its own, a --year its plan's period does not hold is refused in one line, as before; in a folder it is passed over
      const outside = o.year === undefined || inFolder.has(resolve(file)) ? undefined : outsideEveryPlan(r.templates, o.year);
      if (outside) return { ok: false, message: yearOutsidePlanLine(file, outside, o.lang), exit: "usage" };
      if (o.year !== undefined && r.own !== o.year) { skipped.push(otherYearFile(file, r.report.reportingUnit, r.own, o.year, r.templates)); continue; }
      // a cover without its 填报单位, said in one line: taken as the unit its distributed file name names, else summed as no unit's
      if (r.coverless) coverLines.push({ file, line: cycleMessage(r.report.reportingUnit ? "cover_unit_by_name" : "cover_no_unit", { file, unit: r.report.reportingUnit, task: "summary", gone: r.report.problems.some((x) => x.code === "cover_deleted") ? 1 : 0 }, o.lang) });
      ownYear.set(file, r.own);
      plansOf.set(file, planSet(r.templates));
      planVersions.add(file, r.report.reportingUnit, !inFolder.has(resolve(file)), { templates: r.report.templates, rows: r.report.items.map((i) => ({ template: i.template, name: i.name })) });
      targetVersions.add(r.report.reportingUnit || file, file, targetRows(r.report), r.report.templates.map((t) => t.amended));
      tallyYear ??= r.own;
      if (r.own !== tallyYear) { mixed = true; arrived.push(withMerged(arrivedReturn(file, r.grid, r.report, r.lock, statSync(file).mtimeMs, content, table), r.report)); continue; }
      const again = r.report.reportingUnit !== "" && units.has(r.report.reportingUnit);
      units.add(r.report.reportingUnit);
      const came = withMerged(arrivedReturn(file, r.grid, r.report, r.lock, statSync(file).mtimeMs, content, table), r.report);
      arrived.push(came);
      // a second version of a unit is not added (the tally is made again below over the latest
      // versions), only asked to fit: a unit's return of another year or plan is refused, never
      // taken for a new version of it
      const refused = again ? tally.fits(file, r.report) : tally.add(file, r.report, blankOf(r.grid, r.report), came.marks);
      // another plan or version of it: which is summed is decided over all the returns of the year (below)
      if (refused?.code === "templates_differ" || refused?.code === "template_rows_differ") { versionsDiffer = true; continue; }
      if (refused) return { ok: false, message: describeReturnSetProblem(refused, o.lang), exit: "usage" };
    }
    // every file that cannot be summed named at once (trial33p: an empty workbook named, then on the next run a return on another plan)
    if (unreadable.length) {
      const plans = planVersions.choose(undefined, o.cycle?.templates);
      const named = plans.ok || "tied" in plans ? [] : [describeReturnSetProblem(returnSetProblem("plan_version_named", { task: "summary", file: plans.named.file, reason: plans.named.reason, version: plans.named.version }), o.lang)];
      return { ok: false, message: [...unreadable, ...named].join("\n"), exit: "unreadable", errors };
    }
    // without --year: the year most returns give, not the first file's; the others named, not summed
    const owned = [...ownYear].map(([file, own]) => ({ own, templates: plansOf.get(file) ?? [] }));
    const y = yearOfReturns(yearsOnPlan(owned, o.cycle?.templates), o.year, o.ledgerYear, "summary", o.lang, owned);
    if (!y.ok) return { ok: false, message: y.message, exit: "usage" };
    if (mixed && y.year !== undefined) {
      const year = y.year;
      skipped.push(...arrived.filter((x) => ownYear.get(x.file) !== year).map((x) => otherYearFile(x.file, x.unit, ownYear.get(x.file) ?? year, year, plansOf.get(x.file))));
      arrived.splice(0, arrived.length, ...arrived.filter((x) => ownYear.get(x.file) === year));
    }
    // returns on another plan, or another version of the plan, than most units': named with what differs, the rest summed.
    // Chosen over the returns of the year summed, even when the first tally saw one plan: a return of that year on
    // another plan may have come after the first file of another year (a trial's folder at a new period was refused whole)
    const c = planVersions.choose(new Set(arrived.map((x) => x.file)), o.cycle?.templates);
    if (!c.ok) {
      const refusal = describeReturnSetProblem("tied" in c ? returnSetProblem("plan_versions_tied", { task: "summary", tied: c.tied }) : returnSetProblem("plan_version_named", { task: "summary", file: c.named.file, reason: c.named.reason, version: c.named.version }), o.lang);
      return { ok: false, message: [...("tied" in c ? c.passedOver.map((x) => unusableFileLine(versionFile(x), "summary", o.lang)) : []), refusal].join("\n"), exit: "usage" };
    }
    if (c.passedOver.length) {
      versionsDiffer = true;
      skipped.push(...c.passedOver.map((x) => versionFile(x)));
      arrived.splice(0, arrived.length, ...arrived.filter((x) => !c.passedOver.some((p) => p.file === x.file)));
    }
    files = files.filter((f) => !skipped.some((x) => x.file === f));
    // every return found is of a plan whose period does not hold --year: the period's one line (the plan ended: its
    // final evaluation, or the next period's table to import), not 其中没有规划指标填报工作簿, which they are
    const onlyOutside = files.length === 0 && skipped.some((x) => x.reason === "outside_plan") && skipped.every((x) => x.reason !== "other_year" && x.reason !== "other_plan" && x.reason !== "other_version");
    const first = onlyOutside ? skipped.find((x) => x.reason === "outside_plan" && x.period) : undefined;
    if (first?.period) return { ok: false, message: yearOutsidePlanLine(first.file, first.period, o.lang), exit: "usage" };
    // each file passed over named with why (an .xls, a .zip), then that nothing was summed
    if (files.length === 0) return { ok: false, message: [...extractedArchives(skipped).map((x) => unusableFileLine(x, "summary", o.lang)), ...subLines(), ...paths.map((file) => noReturnsLine(file, skipped, o.lang))].join("\n"), exit: "usage" };
    // versions of one unit (issue 18.4): only the latest is counted, so when a unit sent two, the
    // tally is made again over the latest ones (read again rather than kept: memory stays flat);
    // so it is when the units came in another order than the ledger's
    // a file under another unit's name is not taken for a new version of a unit that sent its own
    // (a copy of the neighbour's return would displace that unit's): named and passed over
    // a unit's own name misspelt on the cover of the file distributed to it (兰西市 in 2023-兰溪市.xlsx): counted as that
    // unit's, said once (cycle/coverSlips, one rule with report and the pane); its tally made again under that unit
    const slips = new Map(coverSlips(arrived.map((x) => ({ file: x.file, unit: x.unit, own: ownYear.get(x.file) ?? 0 })), o.cycle?.units?.map((u) => u.unit) ?? []).map((x) => [x.file, x]));
    if (slips.size) arrived.splice(0, arrived.length, ...arrived.map((x) => ({ ...x, unit: slips.get(x.file)?.unit ?? x.unit })));
    const { misnamed, passedOver, kept, counted, versions, tied } = countedReturns(arrived, o.cycle?.units?.map((u) => u.unit));
    // a unit whose versions nothing tells apart is summed from neither: named with the fix, chased as a file that cannot be summed
    skipped = [...withUnits(extractedArchives(skipped), [...(o.cycle?.units?.map((u) => u.unit) ?? []), ...arrived.map((x) => x.unit)], counted.map((x) => x.unit), o.cycle?.units?.map((u) => u.unit) ?? null), ...tied.map((t) => tiedVersionsFile(t.unit, t.files.map((x) => x.file), t.cause))];
    // only tied versions: said that no summary was written, and (--json) each tied file as a refusal's object (trial41e F7: stdout was empty)
    if (!counted.length) {
      const lines = skipped.map((x) => unusableFileLine(x, "summary", o.lang));
      const errors = skipped.flatMap((x, i) => (x.reason === "versions_tied" ? [x.file, ...(x.others ?? [])].map((file) => fileErrorJson(file, { code: "versions_tied", message: lines[i] ?? "" })) : []));
      return { ok: false, message: [...lines, ...subLines(), ...(tied.length ? [cycleMessage("nothing_summed_tied", {}, o.lang)] : paths.map((file) => noReturnsLine(file, skipped, o.lang)))].join("\n"), exit: "usage", ...(tied.length ? { errors } : {}) };
    }
    // units are summed in the ledger's (or --units) order, else in the order the files were given
    const ordered = inUnitOrder(counted, o.cycle?.units?.map((u) => u.unit));
    const reordered = ordered.some((x, i) => x !== counted[i]);
    const resubmissions: Resubmission[] = [];
    if (versions.length || passedOver.size || reordered || tied.length || mixed || versionsDiffer || slips.size) {
      tally = new SummaryTally(() => spool.store(), { seeAll: true });
      for (const x of ordered) {
        const r = await checked(x.file, o, slips.get(x.file));
        if (!r.ok) return r;
        const refused = tally.add(x.file, r.report, blankOf(r.grid, r.report), x.marks);
        if (refused) return { ok: false, message: describeReturnSetProblem(refused, o.lang), exit: "usage" };
      }
      for (const v of versions) {
        const [prev, last] = [v.files[v.files.length - 2]!, v.files[v.files.length - 1]!];
        const [a, b] = [await checked(prev.file, o, slips.get(prev.file)), await checked(last.file, o, slips.get(last.file))];
        if (!a.ok) return a;
        if (!b.ok) return b;
        resubmissions.push({ unit: v.unit, files: v.files.map((f) => f.file), by: v.by, changes: diffReturns(returnEntries(a.grid, a.report), returnEntries(b.grid, b.report)) });
      }
    }
    // a target or attribute that differs between the returns summed: one line each, on the terminal and in 问题清单 beside each unit not on the current one
    const differ = targetVersions.differences(new Set(ordered.map((x) => x.file)));
    for (const d of differ) {
      const line = targetDifferenceLine(d, "zh");
      for (const v of d.versions.slice(1)) for (const u of v.units) tally.note(u.unit, u.file, { ...d, ...(u.sheet ? { sheet: u.sheet } : {}), ...(u.cell ? { cell: u.cell } : {}) }, line, "target_version_differs");
    }
    const s = tally.figures();
    if (!s.ok) return { ok: false, message: describeReturnSetProblem(s.problem, o.lang), exit: "usage" };
    // the files passed over are in the workbook too, not on the terminal alone (the ledger and summaries are no such file)
    // a unit whose return sits only in a subfolder not read: told apart in the ledger, not chased as late
    // and one covered only by a summary workbook among the returns (a city's 汇总.xlsx): its own return is wanted
    const covered = summaryCovers(skipped, counted.map((x) => x.unit));
    skipped = covered.skipped;
    const elsewhere = [...covered.elsewhere, ...subfolderReturns(subfolders, [...(o.cycle?.units?.map((u) => u.unit) ?? []), ...arrived.map((x) => x.unit)], counted.map((x) => x.unit))];
    const unsummed = skipped.filter(isUnitFile);
    const subRows = subfolders.map((x) => ({ unit: "", file: x.folder, message: subfolderLine(x, "summary", "zh", elsewhere.filter((u) => u.where === folderArg(x.folder)).map((u) => u.unit ?? "")), subfolder: true as const }));
    // the unit cell of a file not summed: its unit where known, — for a stray return of a unit the list does not name (unsummedUnit)
    if (unsummed.length || subRows.length) s.figures.unsummed = [...unsummed.map((x) => ({ unit: unsummedUnit(x), file: x.file, message: unusableFileLine(x, "summary", "zh"), ...(x.others?.length ? { others: x.others } : {}) })), ...subRows];
    // links are relative to the summary; without one (--json alone) to the working folder
    const base = o.out !== undefined ? dirname(resolve(o.out)) : resolve(".");
    const link = (file: string, sheet: string, cell: string): string => o.link(base, file, sheet, cell);
    const cycle = summaryCycle(kept, resubmissions, { ...(o.cycle ?? { asOf: "" }), year: s.figures.year }, link, [...skipped, ...elsewhere]);
    let keptCopy: string | null = null;
    if (o.out !== undefined) {
      const bytes = await streamXlsx(function* (open) {
        yield* writeSummarySheets(s.figures, link, open);
        for (const sheet of cycle.sheets) yield* replayPlannedSheet(sheet, open(sheet.name));
      });
      // the summary replaced, when it held something else (last run's, of other returns, or annotated by hand): kept
      keptCopy = keptReplacedLine(o.out, await writeFileSafely(o.out, bytes, { force: o.force, inputs: [...files, ...(o.alsoRead ?? [])], makeFolder: true }), o.lang);
    }
    const f = s.figures;
    // the returns counted (one per unit: a version or copy passed over, a tied unit's files are not), looked up per cover
    // line and per return with values (a folder of 1,000 returns): a cover line is said of a return summed, as report says it
    // (session 44: an older version with a blank cover said 按甲县的填报汇总 though the corrected one was summed)
    const summed = new Set(counted.map((x) => x.file));
    // each workbook counted that holds other units' returns: said on the terminal, not in 问题清单 alone
    const merged = mergedFiles(counted);
    // the returns counted whose cover's unit was a slip for their own (--json `coverSlips`, as report's)
    const slipped = [...slips.values()].filter((x) => summed.has(x.file));
    return {
      ok: true,
      kept: keptCopy,
      text: o.json ? terminalJson({ ...(summaryJson(f) as object), ...(cycle.facts ? { ledger: ledgerJson(cycle.facts, o.cycle?.asOf ?? "") } : {}), ...(resubmissions.length ? { resubmissions } : {}), ...(skipped.length ? { skipped: skippedJson(skipped) } : {}), ...(misnamed.length ? { misnamed } : {}), ...(slipped.length ? { coverSlips: slipped } : {}), ...(merged.length ? { merged } : {}), ...(differ.length ? { targetsDiffer: targetsDifferJson(differ) } : {}), ...(subfolders.length ? { subfolders: subfoldersJson(subfolders, elsewhere) } : {}), ...(open.length ? { open: open.map(openReturnJson) } : {}) }) + "\n"
        : summaryText(o.out ?? "", f, resubmissions, cycle.facts, o.lang, skipped, misnamed, merged, subLines(elsewhere), [...coverLines.filter((x) => summed.has(x.file)).map((x) => x.line), ...[...slips.values()].filter((x) => summed.has(x.file)).map((x) => cycleMessage("cover_unit_slip", { file: x.file, typed: x.typed, unit: x.unit }, o.lang)), ...sameValuesLines(sameValueGroups(alike.map((x) => ({ ...x, unit: slips.get(x.file)?.unit ?? x.unit })), o.cycle?.units?.map((u) => u.unit) ?? [], summed), "summary", o.lang), ...open.map((x) => openReturnLine(x, "summary", o.lang))], o.cycle?.asOf ?? "") + differ.map((d) => targetDifferenceLine(d, o.lang) + "\n").join(""),
    };
  } finally {
    spool.remove();
    heapGrowthBack();
  }
}

/**
 * A return read, checked and its lock applied (issue 18.5: a locked return edited since is an error in it);
 * or why not: `unusable` when the file is no usable return (unusableFileOf: the reader's or the check's
 * reason, or the cycle's own ledger or summary), absent for a refusal that is the command's (a --city that does not fit).
 * `coverless`: its cover names no 填报单位; `report.reportingUnit` is then the unit its file's name gives (coverlessUnit:
 * of the ledger's or --units', else, its 填报说明 sheet deleted, distribute's name), else still "". `slip`: its cover's unit
 * is a slip for the listed unit its file is named after (cycle/coverSlips): counted as that unit's, the problem said (coverSlipSaid).
 */
async function checked(file: string, o: Pick<SummaryOptions, "year" | "context" | "lang" | "cycle">, slip?: CoverSlip): Promise<{ ok: true; grid: GridWorkbook; report: CheckReport; lock: LockState; own: number; templates: Template[]; coverless?: true } | { ok: false; message: string; exit: "unreadable" | "usage"; unusable?: UnusableFile; error?: FileError }> {
  const loaded = await loadWorkbookFile(file, o.lang, { task: "summary" });
  if (!loaded.ok) return { ok: false, message: loaded.message, exit: "unreadable", unusable: unusableFileOf(file, { loaded }, o.lang), error: fileErrorOf(file, { loaded }, o.lang) };
  const r = o.context ? checkWithContext(loaded.grid, o.year, o.context, true) : checkGrid(loaded.grid, o.year);
  if (!r.ok) {
    if (r.reason === "context") return { ok: false, message: checkFailureText(file, r, o.lang), exit: "usage" };
    const unusable = unusableFileOf(file, { grid: loaded.grid, checked: r }, o.lang);
    return { ok: false, message: unusable.message, exit: "unreadable", unusable, error: fileErrorOf(file, { grid: loaded.grid, checked: r }, o.lang) };
  }
  // its plans: a --year no period of them holds passes the return over as outside_plan (otherYearFile), never grades it as that year
  const meta = readMeta(loaded.grid);
  const templates = meta && !("error" in meta) ? meta.templates : [];
  const lock = applyLock(loaded.grid, r.report, sha256Text);
  const own = readYear(loaded.grid) ?? r.report.year;
  // a row deleted from the return is already the plan's row 未填报 (checkGrid's withMissingRows)
  // a cover without its 填报单位: the unit distribute named the file after (coverlessUnit; said by the caller)
  const byName = r.report.reportingUnit === "" ? coverlessUnit(file, own, o.cycle?.units?.map((u) => u.unit) ?? [], r.report.problems.some((x) => x.code === "cover_deleted")) : undefined;
  const unnamed = byName === undefined ? r.report : { ...r.report, reportingUnit: byName };
  // its cover's unit a slip for the listed unit distribute named the file after (cycle/coverSlips, decided over all the returns)
  const report = slip ? coverSlipSaid(unnamed, slip, true) : unnamed;
  return { ok: true, grid: loaded.grid, report, lock, own, templates, ...(r.report.reportingUnit === "" ? { coverless: true } : {}) };
}
