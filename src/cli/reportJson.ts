import type { Lang } from "../domain/describeIssue";
import { reformLine } from "../sheet/reformLine";
import { jsonNumber } from "./jsonNumber";
import type { RateGap } from "../domain/gradeIndicator";
import type { EvaluationReport, EvaluationRow } from "../sheet/EvaluationReport";
import type { NotGradedReason } from "../domain/NotGradedReason";
import { reportParagraph } from "../sheet/reportParagraph";
import { rowWarning } from "../sheet/rowWarning";
import { warningUnjudged } from "../domain/warningUnjudged";
import { yearOwnTarget } from "../sheet/yearOwnTarget";
import { assessmentOf } from "../sheet/assessmentOf";
import { targetsDifferJson } from "./targetsDifferJson";

const round = jsonNumber;

/** A RateGap as `{key: {value, target, difference}}` rounded, or nothing where there is none. */
const gapJson = (key: string, g: RateGap | undefined): Record<string, { value: number | null; target: number | null; difference: number | null }> =>
  g ? { [key]: { value: round(g.value), target: round(g.target), difference: round(g.difference) } } : {};

/**
 * `report --json`, exactly as architecture.md gives it: `{year, items:[{template, id, name,
 * attribute, status, grade, progress, expected, forecast:{value, meets, hold?, withheld?, basis?:{years}}, pace:{needed, achieved, unmet?},
 * warning, warningUnjudged?, verify?, basis?, invalid?, yearTarget?, yearTargetFor?, assessmentConfirmed?, revisions?}], counts:{<grade>: n}, text}`. Over several returns each item also names its `unit` (填报单位).
 * `warning` is the row's 预警 (rowWarning: `forecast`, `breached`, `not_achieved`, or null), as the
 * 预警 list marks it and the county table counts it; `warningUnjudged` (only on a binding row not graded, warningUnjudged:
 * its NotGradedReason, `invalid` for 数据异常) says its 预警 cannot be judged, so `warning` null there is unknown, not none.
 * Project lists (§4): `projects: [{unit?, template, id, name, owner, state, completed, investment, status,
 * grade, reason, progress, expected, gapPoints, verify?, suggestion?, reviewed?, note?, overdue?}]` (`overdue`: the planned end year of a project past it, 逾期); reform lists (§5): `reforms: [{unit?,
 * template, id, name, leadUnit, state, evidence, status, group, problems?, reviewed?, note?, deadline?, late?, line}]` (`line`: the
 * report's line of it, reformLine; `deadline`: its 完成时限, `late`: 已完成 after it, §5 our reading) (group: reformGroup; `reviewed` on
 * a row 待人工评估: a 审核结论 通过 or 已说明 concludes it, §5 our reading; `note` the 说明 when written); each only
 * when the returns hold any. Units listed that sent nothing: `unreported`; that sent only a file that could not be used:
 * `unusable: [{unit, file, reason, inside?, kind?}]` (`inside`: a .zip's spreadsheets; `kind`: what a file that is no .xlsx was found to be, as summary's `skipped`).
 * Sheets whose year's values look copied from the year before (check's previous_year_copied, §8h): `copied: [{unit?,
 * sheet, year, previous, equal, count}]`, only when there are any; the grades are as without it. Indicators a mid-term
 * revision removed (the template's `removed`, rollover --from): `removed: [{unit?, template, id, name, revisions}]`, the last
 * revision `{year, removed: true}`, only when there are any (trial35 M9).
 * Numbers are rounded to 4 decimals; a backwards progress keeps its sign (§3a). `text` is the
 * report's paragraph in `lang` (`--lang`, default zh: the report's own Chinese text; en: the
 * paragraph `report --lang en` prints, reportParagraph); codes are the same in both.
 */
export function reportJson(r: EvaluationReport, lang: Lang = "zh"): unknown {
  const several = r.units.length > 1;
  const unreported = r.units.filter((u) => !u.ret && !u.unusable).map((u) => u.unit);
  // a .zip's spreadsheets as `inside`, as summary's `skipped` gives them
  const unusable = r.units.flatMap((u) => {
    if (u.ret || !u.unusable) return [];
    const { archive, fileKind, ...rest } = u.unusable;
    return [{ unit: u.unit, ...rest, ...(archive?.inside ? { inside: archive.inside } : {}), ...(fileKind ? { kind: fileKind } : {}) }];
  });
  const projects = r.returns.flatMap((ret) => ret.projects.map((x) => ({
    ...(several ? { unit: ret.unit } : {}),
    template: x.template, id: x.id, name: x.name, owner: x.owner, state: x.state, completed: x.completed, investment: x.investment,
    status: x.status, grade: x.graded.grade, reason: x.graded.reason, progress: round(x.progress), expected: round(x.expected), gapPoints: x.graded.gapPoints,
    // 累计完成投资 read as 万元 (project_completed_scale, with its suggestion) or as a date (project_completed_date, none):
    // withheld, not graded (completedDoubt; §4, our reading)
    ...(x.verify ? { verify: x.verify.kind === "date" ? "project_completed_date" : "project_completed_scale", ...(x.verify.suggestion === undefined ? {} : { suggestion: x.verify.suggestion }) } : {}),
    // a row 待人工评估: whether its 审核结论 (通过, 已说明) concludes it (§5, our reading; trial40c F9); the 说明 when written
    ...(x.status === "manual" ? { reviewed: x.reviewed === true } : {}), ...(x.note ? { note: x.note } : {}),
    // past its planned end year and not complete (逾期, check's project_overdue): that end year
    ...(x.overdue !== undefined ? { overdue: x.overdue } : {}),
  })));
  const copied = r.returns.flatMap((ret) => (ret.copied ?? []).map((c) => ({ ...(several ? { unit: ret.unit } : {}), ...c })));
  // the indicators a mid-term revision removed (no items any more), each with its revisions, the last {year, removed: true}
  const removed = r.returns.flatMap((ret) => (ret.removed ?? []).map((x) => ({ ...(several ? { unit: ret.unit } : {}), template: x.template, id: x.id, name: x.name, revisions: x.revisions })));
  const reforms = r.returns.flatMap((ret) => ret.reforms.map((x) => ({
    ...(several ? { unit: ret.unit } : {}),
    template: x.template, id: x.id, name: x.name, leadUnit: x.leadUnit, state: x.state, evidence: x.evidence, status: x.status, group: x.group,
    ...(x.problems.length ? { problems: x.problems } : {}),
    ...(x.status === "manual" ? { reviewed: x.reviewed === true } : {}), ...(x.note ? { note: x.note } : {}),
    ...(x.deadline === undefined ? {} : { deadline: x.deadline }), ...(x.late ? { late: true } : {}), line: reformLine(x),
  })));
  return {
    year: r.year,
    items: r.returns.flatMap((ret) => ret.items.map((i) => ({
      ...(several ? { unit: ret.unit } : {}),
      template: i.template, id: i.id, name: i.name, attribute: i.attribute ?? null,
      status: i.graded.result.status, grade: i.graded.grade,
      progress: round(i.graded.progress), expected: round(i.graded.result.expected),
      // `hold` (the line's value at T) only on a row met before T whose line would leave the target by
      // T: the text's 已达标，按目前趋势需保持 (§6, our reading)
      // `withheld: "verify"` only where no forecast is made on a value to verify (gradeIndicator's `doubted`)
      // `basis: {years}` wherever a forecast (or `hold`) is made: how many reported years it reads; 1 is said 趋势仅供参考 (trial36 N8)
      forecast: { value: round(i.graded.forecast.value), meets: i.graded.forecast.meets, ...(i.graded.forecast.hold === undefined ? {} : { hold: round(i.graded.forecast.hold) }), ...(i.graded.forecast.withheld ? { withheld: i.graded.forecast.withheld } : {}), ...(i.graded.forecast.basis ? { basis: { years: i.graded.forecast.basis.years } } : {}) },
      // `unmet` only where Y's value equals a strict final target it must pass (80 against >80): needed 0, not met (§6, our reading)
      pace: { needed: round(i.graded.pace.needed), achieved: round(i.graded.pace.achieved), ...gapJson("unmet", i.graded.pace.unmet) },
      warning: rowWarning(i, ret.year),
      // only on a binding row not graded: its 预警 cannot be judged (warningUnjudged: the NotGradedReason, `invalid` …), never read as none
      ...warningUnjudgedJson(i),
      // only on a row whose value is to be verified (valueToVerify): `far_from_plan`, `scale_suspect` or
      // `running_total` (then `basis`: the total the grade reads, not the sum)
      ...(i.verify ? { verify: i.verify.code } : {}),
      ...(i.graded.basis === undefined ? {} : { basis: round(i.graded.basis) }),
      // only on a row whose value for the year is not a valid number (§2): check's error code (text_number, …)
      ...(i.invalid ? { invalid: i.invalid } : {}),
      // only on a row graded by the year's own target (a yearly target table), or by a later milestone's (then
      // `yearTargetFor`, the milestone's year: 2023 against 2025's ≥93.5, §3 our reading, trial47b F3): that target as written
      ...(yearOwnTarget(i) === undefined ? {} : { yearTarget: yearOwnTarget(i), ...(i.graded.milestone === undefined ? {} : { yearTargetFor: i.graded.milestone }) }),
      // only on a row graded by its 人工评估 (a words or compound target): whether the reviewer confirmed that conclusion
      // (通过 or 已说明 in force on the 审核 sheet); false: counted by it, said 待审核确认 (evaluation-rules §3, trial35 X1)
      ...(assessmentOf(i) === null ? {} : { assessmentConfirmed: i.assessmentToConfirm !== true }),
      // only on a row whose target or baseline was revised mid-term (rollover --from): [{year, target?: {from, to}, baseline?: {from, to}}]
      ...(i.revisions?.length ? { revisions: i.revisions } : {}),
    }))),
    counts: r.counts,
    // the project and reform lists (§4, §5), when the returns hold any: each row with its status, grade and why
    ...(projects.length ? { projects } : {}),
    ...(reforms.length ? { reforms } : {}),
    text: reportParagraph(r, lang),
    // the sheets whose year's values look copied from the year before (§8h), when there are any: the text says each once
    ...(copied.length ? { copied } : {}),
    // the indicators a mid-term revision removed (rollover --from), when there are any: the text names them with the revisions
    ...(removed.length ? { removed } : {}),
    // the indicators whose target or attribute differs between the returns (a plan amended mid-period), when there are any
    ...(r.targetsDiffer?.length ? { targetsDiffer: targetsDifferJson(r.targetsDiffer) } : {}),
    // the returns counted as the unit their distributed file names, their cover's 填报单位 a slip for it (cycle/coverSlips)
    ...(r.coverSlips?.length ? { coverSlips: r.coverSlips } : {}),
    // the units listed (--units, --ledger) that sent no return, when there are any
    ...(unreported.length ? { unreported } : {}),
    // the units listed whose only file could not be used (they did send): the file and why (UnusableReason)
    ...(unusable.length ? { unusable } : {}),
  };
}

/** `warningUnjudged` of a row whose 预警 cannot be judged (warningUnjudged), or nothing. */
function warningUnjudgedJson(i: Pick<EvaluationRow, "attribute" | "graded">): { warningUnjudged?: NotGradedReason } {
  const why = warningUnjudged({ attribute: i.attribute, grade: i.graded.grade, reason: i.graded.reason, metEarlier: i.graded.metEarlier });
  return why === null ? {} : { warningUnjudged: why };
}
