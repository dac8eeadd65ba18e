import { latestCommonYear } from "../cycle/latestCommonYear";
import { countedReturns } from "../cycle/countedReturns";
import { coverSlips, type CoverSlip } from "../cycle/coverSlips";
import { cycleMessage } from "./cycleMessages";
import type { LockedChange } from "../cycle/lockedChanges";
import type { MergedFile } from "../cycle/mergedFiles";
import { mergedFiles } from "../cycle/mergedFiles";
import type { MisnamedReturn } from "../cycle/misnamedReturns";
import { otherYearFile } from "../cycle/otherYearFile";
import { PlanVersions } from "../cycle/planVersions";
import { AmendmentYears } from "../cycle/AmendmentYears";
import { returnParagraph } from "../sheet/returnParagraph";
import { summaryCovers } from "../cycle/summaryCovers";
import { TargetVersions } from "../cycle/targetVersions";
import { tiedVersionsFile } from "../cycle/tiedVersionsFile";
import { isUnitFile, withUnits, type UnusableFile } from "../cycle/UnusableFile";
import { unusableFileLine } from "../cycle/unusableFileLine";
import { versionFile } from "../cycle/versionFile";
import { combineEvaluations } from "../sheet/combineEvaluations";
import { describeReturnSetProblem } from "../sheet/describeReturnSetProblem";
import type { EvaluationReport, ReturnEvaluation } from "../sheet/EvaluationReport";
import { returnSetProblem } from "../sheet/ReturnSetProblem";
import type { ArrivedReturn } from "./arrivedReturn";
import type { Lang } from "./fileMessages";
import type { ReportVersions } from "./reportVersionLines";
import { yearOfReturns, yearsOnPlan } from "./yearOfReturns";

/** What the CLI adds to returns of different years: --year checks them all as of one year. */
const SAME_YEAR = { zh: "；请用 --year 指定同一年份", en: "; use --year to evaluate them as of one year" } as const;

/**
 * The returns' years tied and the later taken (`tie: "latest"`, the pane's): the year evaluated, the years tied
 * (ascending) and how many returns each gave, for the pane to say so (the CLI asks for --year instead).
 */
export interface YearPicked {
  year: number;
  tied: number[];
  n: number;
}

/** The set evaluated, as `report` writes and prints it; `counted`: the units' returns graded, one each. */
export type ReturnSetEvaluation = { ok: true; report: EvaluationReport; covers?: string[]; unlisted?: string[]; skipped?: UnusableFile[]; elsewhere?: UnusableFile[]; versions?: ReportVersions[]; misnamed?: MisnamedReturn[]; merged?: MergedFile[]; locked?: Array<{ unit: string; changes: LockedChange[] }>; picked?: YearPicked; counted: ArrivedReturn[] };

/**
 * Nothing to evaluate, for the caller to word with what it was given (the CLI's folders and subfolders): every
 * return of a plan whose period does not hold the year (`outside`); no return at all (`none`); or the files passed
 * over (`skipped`, their units known), `tied` when a unit's versions were not told apart.
 */
export type NothingEvaluated = { ok: false; nothing: { outside?: UnusableFile; none: boolean; skipped: UnusableFile[]; tied: boolean } };

/**
 * The evaluation report over the returns read (`arrived`, each graded by arrivedReturn) and the files already passed
 * over (`skipped`), as `report` decides the set (evaluation-rules §6), one home for the CLI (evaluateFiles) and the
 * pane's 评估所选文件 (evaluationActions): without `year`, the year most returns give (yearOfReturns; a tie settled by
 * the ledger's year, else refused asking for --year, or with `tie: "latest"` the later year taken and said:
 * `picked`), the others passed over (other_year); returns on another plan or version than most units' passed over
 * (refused when tied; `named(file)`: a file the user named on its own, refused rather than passed over); one return
 * per unit (countedReturns: a misnamed copy, then the latest version; versions nothing tells apart passed over);
 * files passed over take the unit they belong to (withUnits; `extracted`: the CLI's archives' files, first); a unit
 * listed (`listed`) whose only file was one is said so, not 未报送; `elsewhere`: the units whose returns sit where
 * the command did not read (the CLI's subfolders); `chosen`: the files were chosen in the pane, whose fix for another
 * year's return is its own (OtherYear.chosen), not rollover's command. A refusal is one message in `lang`.
 */
export function evaluateReturnSet(given: readonly ArrivedReturn[], passed: readonly UnusableFile[], covers: ReadonlyArray<{ file: string; line: string }>, o: {
  year: number | undefined; lang: Lang; listed?: readonly string[]; ledgerYear?: { file: string; year: number } | undefined; distributed?: readonly string[] | undefined;
  named?: (file: string) => boolean; extracted?: (skipped: UnusableFile[]) => UnusableFile[]; elsewhere?: (units: readonly string[], used: readonly string[]) => UnusableFile[]; tie?: "refuse" | "latest";
  chosen?: boolean;
}): ReturnSetEvaluation | NothingEvaluated | { ok: false; message: string } {
  const { year, lang, listed = [], distributed } = o;
  // a unit's own name misspelt on the cover of the file distributed to it (兰西市 in 2023-兰溪市.xlsx): that unit's return,
  // never a unit of its own nor the unit 未报送 (cycle/coverSlips, one rule with summary); said once, with the fix
  const slips = coverSlips(given, listed);
  const slipOf = (x: ArrivedReturn): CoverSlip | undefined => slips.find((s) => s.file === x.file);
  let arrived = given.map((x) => { const s = slipOf(x); return s ? { ...x, unit: s.unit, ret: { ...x.ret, unit: s.unit } } : x; });
  let skipped = [...passed];
  // without --year: the year most returns give (as summary), the others passed over; in the pane, of two years as
  // many returns each the later (a manager's latest cycle), said so (trial34: the pane refused, the CLI asks for --year)
  const years = yearsOnPlan(arrived, distributed);
  const picked = year === undefined && o.tie === "latest" ? latestCommonYear(years, o.ledgerYear, "report").picked : undefined;
  const y = yearOfReturns(years, year ?? picked?.year, o.ledgerYear, "report", lang, arrived);
  if (!y.ok) return { ok: false, message: y.message };
  const common = y.year;
  if (common !== undefined && year === undefined) {
    skipped.push(...arrived.filter((x) => x.own !== common).map((x) => otherYearFile(x.file, x.unit, x.own, common, x.templates, o.chosen)));
    arrived = arrived.filter((x) => x.own === common);
  }
  // returns on another plan, or another version of the plan, than most units' (as summary): named with what differs, the rest evaluated
  const planVersions = new PlanVersions();
  for (const x of arrived) planVersions.add(x.file, x.unit, o.named?.(x.file) ?? false, { templates: x.ret.templates, rows: [...x.ret.items, ...x.ret.projects] });
  const choice = planVersions.choose(undefined, distributed);
  if (!choice.ok) {
    const refusal = describeReturnSetProblem("tied" in choice ? returnSetProblem("plan_versions_tied", { task: "report", tied: choice.tied }) : returnSetProblem("plan_version_named", { task: "report", file: choice.named.file, reason: choice.named.reason, version: choice.named.version }), lang);
    return { ok: false, message: [...("tied" in choice ? choice.passedOver.map((x) => unusableFileLine(versionFile(x), "report", lang)) : []), refusal].join("\n") };
  }
  if (choice.passedOver.length) {
    skipped.push(...choice.passedOver.map(versionFile));
    arrived = arrived.filter((x) => !choice.passedOver.some((p) => p.file === x.file));
  }
  const { misnamed, counted, versions, tied: versionsTied } = countedReturns(arrived, listed);
  // each mid-term amendment said in one year, the earliest a return evaluated records it in (AmendmentYears)
  const amendments = new AmendmentYears();
  for (const x of counted) amendments.add([...x.ret.items, ...(x.ret.removed ?? [])]);
  const dated = (x: ArrivedReturn): ReturnEvaluation => {
    const items = amendments.dated(x.ret.items);
    // the rows a revision removed, dated alike (trial35 M9)
    const removed = x.ret.removed ? amendments.dated(x.ret.removed) : undefined;
    // its paragraph said again only where a revision's year changed
    if (items.every((i, k) => i === x.ret.items[k]) && (removed ?? []).every((r, k) => r === x.ret.removed?.[k])) return x.ret;
    return { ...x.ret, items, ...(removed ? { removed } : {}), text: returnParagraph({ ...x.ret, items, ...(removed ? { removed } : {}) }, "zh") };
  };
  // a locked return changed since: carried with it, for the written report to say as the terminal does (trial38b F3)
  const returns = counted.map((x) => (x.lockChanges.length ? { ...dated(x), lockChanges: x.lockChanges } : dated(x)));
  // every return found is of a plan whose period does not hold --year: the period's one line, as summary says it
  const outsideOnly = arrived.length === 0 && skipped.some((x) => x.reason === "outside_plan") && !skipped.some((x) => x.reason === "other_year") ? skipped.find((x) => x.reason === "outside_plan" && x.period) : undefined;
  if (outsideOnly?.period) return { ok: false, nothing: { outside: outsideOnly, none: false, skipped, tied: false } };
  if (arrived.length === 0 && !skipped.some((x) => x.reason === "other_year" || x.reason === "outside_plan")) return { ok: false, nothing: { none: true, skipped, tied: false } };
  // the unit each unusable file belongs to (its name, else its copied cover), of the units listed or evaluated:
  // a unit listed whose only file is one of them did send, and is said so instead of 未报送
  // a unit whose versions nothing tells apart is evaluated from neither (as summary): named with the fix
  skipped = [...withUnits((o.extracted ?? ((s) => s))(skipped), [...listed, ...arrived.map((x) => x.unit)], counted.map((x) => x.unit), listed.length ? listed : null), ...versionsTied.map((t) => tiedVersionsFile(t.unit, t.files.map((x) => x.file), t.cause))];
  if (!returns.length) return { ok: false, nothing: { none: false, skipped, tied: versionsTied.length > 0 } };
  // a unit listed whose return sits only in a subfolder not read: said so, not 未报送
  // or covered only by a summary workbook among the returns: its own return wanted (a summary is not evaluated again)
  const covered = summaryCovers(skipped, counted.map((x) => x.unit));
  skipped = covered.skipped;
  const elsewhere = [...covered.elsewhere, ...(o.elsewhere?.([...listed, ...arrived.map((x) => x.unit)], counted.map((x) => x.unit)) ?? [])];
  // a unit listed whose return came merged into another unit's workbook: said so in the report, not 未报送 (as the ledger says it)
  const mergedIn = mergedFiles(counted).flatMap((m) => m.units.filter((u) => !m.sent?.includes(u)).map((unit) => ({ unit, file: m.file, host: m.unit })));
  const c = combineEvaluations(returns, listed, [...skipped, ...elsewhere].flatMap((x) => (x.unit !== undefined && !x.unlisted && isUnitFile(x) ? [{ unit: x.unit, file: x.file, reason: x.reason, ...(x.years ? { years: x.years } : {}), ...(x.archive ? { archive: x.archive } : {}), ...(x.version ? { version: x.version } : {}), ...(x.where ? { where: x.where } : {}), ...(x.period ? { period: x.period } : {}), ...(x.fileKind ? { fileKind: x.fileKind } : {}) }] : [])), mergedIn);
  if (!c.ok) {
    const advice = c.problem.code === "evaluation_year_differs" ? SAME_YEAR[lang] : "";
    return { ok: false, message: describeReturnSetProblem(c.problem, lang) + advice };
  }
  // a target or attribute that differs between the returns evaluated (a plan amended mid-period): said, each in one line
  const targets = new TargetVersions();
  for (const x of counted) targets.add(x.unit || x.file, x.file, x.ret.items.map((i) => ({ template: i.template, id: i.id, name: i.name, target: i.target, attribute: i.attribute ?? "" })), x.ret.templates.map((t) => t.amended));
  const differ = targets.differences();
  if (differ.length) c.report.targetsDiffer = differ;
  const slipped = slips.filter((s) => counted.some((x) => x.file === s.file));
  if (slipped.length) c.report.coverSlips = slipped;
  const slipLines = slipped.map((s) => cycleMessage("cover_unit_slip", { file: s.file, typed: s.typed, unit: s.unit }, lang));
  const unlisted = listed.length ? counted.filter((x) => x.unit !== "" && !listed.includes(x.unit)).map((x) => x.unit) : [];
  return {
    ...c, counted, ...(unlisted.length ? { unlisted } : {}), ...(covers.length || slipLines.length ? { covers: [...covers.filter((x) => counted.some((y) => y.file === x.file)).map((x) => x.line), ...slipLines] } : {}), ...(skipped.length ? { skipped } : {}), ...(elsewhere.length ? { elsewhere } : {}), ...(misnamed.length ? { misnamed } : {}), ...(mergedFiles(counted).length ? { merged: mergedFiles(counted) } : {}),
    ...(versions.length ? { versions: versions.map((v) => ({ unit: v.unit, files: v.files.map((x) => x.file), by: v.by })) } : {}),
    ...(counted.some((x) => x.lockChanges.length) ? { locked: counted.filter((x) => x.lockChanges.length).map((x) => ({ unit: x.unit, changes: x.lockChanges })) } : {}),
    ...(picked ? { picked } : {}),
  };
}
