import { EVALUATION_WORDS } from "../domain/evaluationWords";
import { standingFile, type ArchiveContents, type OtherYear, type PlanVersionDetail, type UnusableReason, type OutsidePlan } from "../domain/UnusableReason";
import { emptyGradeCounts, GRADE_CODES } from "../domain/Grade";
import type { EvaluationReport, MergedIn, ReturnEvaluation } from "./EvaluationReport";
import { returnSetProblem, type ReturnSetProblem } from "./ReturnSetProblem";
import { rowsDiffer } from "./rowsDiffer";
import { ABSENT_UNIT_WORDS } from "./absentUnitWords";

/**
 * The report over one or more evaluated returns: one return gives its own paragraph; several
 * (a city's counties) give one paragraph per unit headed 【填报单位】, and counts over all.
 * `listed`: the units expected (`--units`, or the 报送台账 of `--ledger`): the returns follow its
 * order (returns of units not listed after them, as given), and a unit listed that sent nothing
 * takes its place as 未报送 (【六横镇】未报送。), or, when its file came but could not be used
 * (`unusable`: files of a folder with the unit they belong to), as such (【普陀区】收到的文件无法评估（是旧版
 * .xls 格式）。), or, when its return came merged into another unit's workbook (`merged`: the unit, the file and
 * its cover unit, cycle/mergedFiles), as such (【普陀区】填报合并在其他单位的文件中（…），未评估。). Refuses no return (no_returns_to_evaluate) and
 * returns of different reporting years (evaluation_year_differs, naming both files) or of two
 * versions of one template (template_rows_differ), as coded problems (describeReturnSetProblem).
 */
export function combineEvaluations(given: ReturnEvaluation[], listed: readonly string[] = [], unusable: ReadonlyArray<{ unit: string; file: string; reason: UnusableReason; years?: OtherYear; archive?: ArchiveContents; version?: PlanVersionDetail; period?: OutsidePlan; where?: string; fileKind?: string }> = [], merged: ReadonlyArray<{ unit: string } & MergedIn> = []): { ok: true; report: EvaluationReport } | { ok: false; problem: ReturnSetProblem } {
  const first = given[0];
  if (!first) return { ok: false, problem: returnSetProblem("no_returns_to_evaluate", {}) };
  const other = given.find((r) => r.year !== first.year);
  if (other) return { ok: false, problem: returnSetProblem("evaluation_year_differs", { file: other.file, year: other.year, first: first.file, firstYear: first.year }) };
  // one plan's rows are graded and listed by id across units: two versions of it cannot share a report
  for (const [i, r] of given.entries()) {
    for (const before of given.slice(0, i)) {
      const d = rowsDiffer(r.templates, before.templates);
      if (d) return { ok: false, problem: returnSetProblem("template_rows_differ", { file: r.file, template: d.id, title: d.title, first: before.file }) };
    }
  }
  const known = new Set(listed);
  const units: EvaluationReport["units"] = [
    ...[...new Set(listed)].flatMap((unit): EvaluationReport["units"] => {
      const sent = given.filter((r) => r.unit === unit);
      if (sent.length) return sent.map((ret) => ({ unit, ret }));
      // it sent something that cannot be used (the latest such file of the year named): not 未报送
      const bad = standingFile(unusable.filter((f) => f.unit === unit));
      // its return came as a sheet of another unit's workbook: not 未报送 either (a file of its own that cannot be used said first)
      const into = bad ? undefined : merged.find((m) => m.unit === unit);
      return [{ unit, ret: null, ...(bad ? { unusable: { file: bad.file, reason: bad.reason, ...(bad.years ? { years: bad.years } : {}), ...(bad.archive ? { archive: bad.archive } : {}), ...(bad.version ? { version: bad.version } : {}), ...(bad.period ? { period: bad.period } : {}), ...(bad.where ? { where: bad.where } : {}), ...(bad.fileKind ? { fileKind: bad.fileKind } : {}) } } : {}), ...(into ? { mergedIn: { file: into.file, host: into.host } } : {}) }];
    }),
    ...given.filter((r) => !known.has(r.unit)).map((ret) => ({ unit: ret.unit, ret })),
  ];
  const returns = units.flatMap((u) => (u.ret ? [u.ret] : []));
  const counts = emptyGradeCounts();
  for (const r of returns) for (const g of GRADE_CODES) counts[g] += r.counts[g];
  // a return without the year's values opens with how summary counts it (收到空表，按未报。), one unit or several
  const text = units.length === 1 ? ABSENT_UNIT_WORDS.paragraph(first, first.text, "zh") : units.map((u) => `【${u.unit}】${u.ret ? ABSENT_UNIT_WORDS.paragraph(u.ret, u.ret.text, "zh") : u.unusable ? EVALUATION_WORDS.zh.unusable(u.unusable.reason, u.unusable) : u.mergedIn ? ABSENT_UNIT_WORDS.merged(u.mergedIn, "zh") : EVALUATION_WORDS.zh.unreported}`).join("\n");
  return { ok: true, report: { year: first.year, returns, units, counts, text } };
}
