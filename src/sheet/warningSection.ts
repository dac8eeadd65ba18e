import { namedApart } from "./namedApart";
import { rowMiss } from "./rowMiss";
import { isPastBand } from "./isPastBand";
import type { TargetMiss } from "../domain/targetMiss";
import { isYearlyPlan } from "../domain/isYearlyPlan";
import { targetWithUnit } from "../domain/targetWithUnit";
import type { Lang } from "../domain/describeIssue";
import { breachOf } from "../domain/breachOf";
import { BINDING, bindingFirst, paceWords, statedValue, withUnit } from "../domain/evaluationText";
import { forecastNumber } from "../domain/forecastNumber";
import { forecastOnOneYear } from "../domain/forecastOnOneYear";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import { nameInText } from "../domain/nameInText";
import type { ReturnEvaluation } from "./EvaluationReport";
import { assessmentOf } from "./assessmentOf";
import { doubtYear } from "./doubtYear";
import { rowWarning } from "./rowWarning";
import { briefNote } from "../domain/briefNote";
import { shownActual } from "./shownActual";
import { reportedValue } from "./reportedValue";

/** The 预警 section of a return's report: its heading, its lines, and what it says when it has none. */
export interface WarningSection {
  /** the docx section's title (预警与难以完成的指标; 期末未完成的指标 once the plans have ended) */
  title: string;
  /** the heading over the lines on the 评估 sheet */
  heading: string;
  lines: string[];
  /** said in place of the lines when there are none: one sentence per kind of row the return holds */
  none: string;
}

/**
 * The 预警 lines (evaluation-rules.md §6). Rows whose plan has ended by the reporting year
 * (Y ≥ T) get no forecast: each one graded and not 已实现 is a 期末未完成 line (our reading), its
 * value against the final target. The others: each binding row not met in Y that no trend can be
 * forecast for (breachOf: its value against the target, how it misses it and why there is no
 * forecast; our reading), then every indicator 预计难以完成, with its forecast,
 * target and the pace where it explains the forecast (paceClause); last, unmarked, each binding row whose forecast is withheld on a
 * value to verify (数值待核实，未作预测); binding (约束性) first in each list, headed 【约束性未完成】 or 【预警】; each with
 * its 责任单位 where the template has one; its 属性 after the name (未标属性 where unmarked, nothing where the
 * plan marks no row). Counts are the table's rows. Words from evaluationWords.
 */
export function warningSection(r: ReturnEvaluation, lang: Lang = "zh"): WarningSection {
  const w = EVALUATION_WORDS[lang];
  // a plan that marks no row 约束性/预期性 says so once in its opening (未标属性 n 项), not on every line
  const marked = r.items.some((i) => i.attribute);
  const attributeOf = (i: ReturnEvaluation["items"][number]): string | null => (marked ? i.attribute ?? "" : null);
  // a binding row's 说明 (the county's reason) is said, briefly, on its line, not only in the 附表 (our reading)
  const noteOf = (i: ReturnEvaluation["items"][number]): { note?: string } => { const n = i.attribute === BINDING ? briefNote(i.note) : ""; return n ? { note: n } : {}; };
  const ended = r.items.filter((i) => r.year >= i.targetYear);
  const open = r.items.filter((i) => r.year < i.targetYear);
  const end = bindingFirst(ended.filter((i) => i.graded.grade !== "achieved" && i.graded.grade !== "not_graded"))
    .sort((a, b) => a.targetYear - b.targetYear)
    .map((i) => w.endLine({
      binding: i.attribute === BINDING, name: nameInText(namedApart(i)), attribute: attributeOf(i), targetYear: i.targetYear, yearly: isYearlyPlan(i.baselineYear, i.targetYear), year: r.year,
      actual: statedValue(shownActual(i), i.unit, { invalid: i.invalid !== undefined, verify: i.verify }, lang), cumulative: i.graded.cumulative, own: withUnit(reportedValue(i), i.unit), target: targetWithUnit(i.target, i.unit), responsibleUnit: i.responsibleUnit ?? null, assessment: assessmentOf(i), assessmentToConfirm: i.assessmentToConfirm === true,
      ...(i.graded.cumulative && i.graded.pace.gaps ? { gaps: i.graded.pace.gaps } : {}), ...noteOf(i), ...bandMiss(i),
    }));
  const forecast = bindingFirst(open.filter((i) => i.graded.forecast.meets === false)).map((i) => {
    const f = i.graded.forecast.value;
    return w.forecastLine({
      binding: i.attribute === BINDING, name: nameInText(namedApart(i)), attribute: attributeOf(i), targetYear: i.targetYear,
      forecast: f === null ? "—" : withUnit(forecastNumber({ value: f, decimals: i.graded.forecast.decimals }), i.unit), cumulative: i.graded.cumulative, target: targetWithUnit(i.target, i.unit),
      pace: paceWords({ unit: i.unit, cumulative: i.graded.cumulative, pace: i.graded.pace, pastBand: isPastBand(i) }, lang), responsibleUnit: i.responsibleUnit ?? null, ...noteOf(i),
      // a forecast on one reported year is said 趋势仅供参考 (§6, our reading; trial36 N8)
      ...(forecastOnOneYear(i.graded.forecast) ? { oneYear: r.year } : {}),
    });
  });
  // binding rows not met in Y that no trend can be forecast for (our reading): first among the open ones
  const breached = open.filter((i) => rowWarning(i, r.year) === "breached").map((i) => w.breachLine({
    name: nameInText(namedApart(i)), attribute: attributeOf(i), year: r.year, actual: statedValue(shownActual(i), i.unit, { invalid: i.invalid !== undefined, verify: i.verify }, lang), target: targetWithUnit(i.target, i.unit),
    breach: breachOf(i.graded) ?? { how: "target", why: "no_trend" }, assessment: assessmentOf(i), assessmentToConfirm: i.assessmentToConfirm === true, responsibleUnit: i.responsibleUnit ?? null, ...noteOf(i),
  }));
  // binding rows whose forecast is withheld on a value to verify (gradeIndicator's `doubted`): said, never a 预警 (our reading)
  const doubted = bindingFirst(open.filter((i) => i.attribute === BINDING && i.graded.forecast.withheld === "verify")).map((i) => {
    return w.doubtLine({
      name: nameInText(namedApart(i)), attribute: attributeOf(i), year: r.year, actual: statedValue(shownActual(i), i.unit, { invalid: i.invalid !== undefined, verify: i.verify }, lang),
      doubtYear: doubtYear(i, r.year), responsibleUnit: i.responsibleUnit ?? null,
    });
  });
  const hasEnd = ended.length > 0, hasOpen = open.length > 0 || !hasEnd;
  // every plan ended by Y a yearly plan (isYearlyPlan): 年度计划未完成, not 期末未完成
  const yearly = hasEnd && ended.every((i) => isYearlyPlan(i.baselineYear, i.targetYear));
  return {
    title: w.warningSection(hasOpen, hasEnd, yearly),
    heading: w.warningHeading(hasOpen, hasEnd, yearly),
    lines: [...end, ...breached, ...forecast, ...doubted],
    // "no indicator is unlikely to be met" only where something was forecast (a unit that entered nothing has no forecast)
    none: [...(hasEnd ? [w.noEndMisses(yearly)] : []), ...(hasOpen ? [open.some((i) => i.graded.forecast.meets !== null) ? w.noForecastMisses : w.noForecast] : [])].join(lang === "zh" ? "" : " "),
  };
}

/** A row off its 左右 band (rowMiss): its line says the side and the band in place of the bare target (trial34 C1). */
function bandMiss(i: Parameters<typeof rowMiss>[0]): { miss?: TargetMiss } {
  const m = rowMiss(i);
  return m?.how === "band" ? { miss: m } : {};
}
