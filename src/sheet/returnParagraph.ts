import { namedApart } from "./namedApart";
import type { Lang } from "../domain/describeIssue";
import { targetWithUnit } from "../domain/targetWithUnit";
import { breachOf } from "../domain/breachOf";
import { evaluationText } from "../domain/evaluationText";
import type { ReturnEvaluation } from "./EvaluationReport";
import { assessmentOf } from "./assessmentOf";
import { listsParagraph } from "./listsParagraph";
import { shownActual } from "./shownActual";
import { reportedValue } from "./reportedValue";
import { rowMiss } from "./rowMiss";
import type { TargetMiss } from "../domain/targetMiss";
import { yearOwnTarget } from "./yearOwnTarget";

/** The year whose own target (or later milestone's) graded the row, where not the plan's (yearOwnTarget), for the paragraph to say so. */
function judgedBy(i: ReturnEvaluation["items"][number]): { judgedBy?: { year: number; milestone: boolean; baselineYear: number } } {
  if (yearOwnTarget(i) === undefined) return {};
  const m = i.graded.milestone;
  return { judgedBy: { year: m ?? 0, milestone: m !== undefined, baselineYear: i.baselineYear } };
}

/** A row off its 左右 band (rowMiss): the miss, said in the 未完成 list, and `pastBand` where on the side its direction prefers. */
function bandOf(i: ReturnEvaluation["items"][number]): { miss?: TargetMiss; pastBand?: boolean } {
  const m = rowMiss(i);
  return m?.how === "band" ? { miss: m, pastBand: m.better } : {};
}

/**
 * A return's §6 paragraph in `lang` (Chinese is the report's own; English for `--lang en`),
 * counted from its rows, so its counts are the table's; a sheet whose values look copied from the year before
 * (`copied`, §8h) is said after the values to verify; the indicators a mid-term revision removed (`removed`) are named
 * with the revisions. A return with no indicator row but project
 * or reform lists: their counts (listsParagraph), never "规划确定主要指标 0 项". `brief`: the Word report's
 * 总体评估, its lists said by count and the most serious names, pointing to the 预警 section titled `brief.section`
 * (evaluationText). Its numbers stored as text, where most of its problems, are one sentence naming `plan-returns check
 * <checkFile>` where the CLI gave the file (massSlip).
 */
export function returnParagraph(ret: Pick<ReturnEvaluation, "items" | "year" | "targetYear"> & Partial<Pick<ReturnEvaluation, "projects" | "reforms" | "copied" | "removed" | "checkFile">>, lang: Lang, brief?: { section: string }): string {
  const lists = { projects: ret.projects ?? [], reforms: ret.reforms ?? [] };
  if (ret.items.length === 0 && lists.projects.length + lists.reforms.length > 0) return listsParagraph(lists, lang);
  return evaluationText(ret.items.map((i) => ({
    // 森林覆盖率（生态） where the plan has the name under another 领域 too (namedApart)
    name: namedApart(i), attribute: i.attribute ?? null, unit: i.unit, grade: i.graded.grade, reason: i.graded.reason, cumulative: i.graded.cumulative,
    forecast: i.graded.forecast, pace: i.graded.pace, targetYear: i.targetYear, baselineYear: i.baselineYear, actual: shownActual(i), own: reportedValue(i), target: targetWithUnit(i.target, i.unit),
    responsibleUnit: i.responsibleUnit ?? null, leftOut: i.graded.leftOut, sumStopped: i.graded.sumStopped, metEarlier: i.graded.metEarlier, assessment: assessmentOf(i), assessmentToConfirm: i.assessmentToConfirm === true, breach: breachOf(i.graded), verify: i.verify ?? null, invalid: i.invalid !== undefined, doubted: i.graded.doubted,
    textValue: i.textValue === true, uncalculatedSheet: i.uncalculatedSheet === true,
    revisions: i.revisions, lag: i.graded.progress !== null && i.graded.result.expected !== null ? i.graded.result.expected - i.graded.progress : null,
    ...bandOf(i), ...judgedBy(i),
  })), ret.year, ret.targetYear, lang, ret.copied ?? [], brief, ret.removed ?? [], ret.checkFile);
}
