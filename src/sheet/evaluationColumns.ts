import { namedApart } from "./namedApart";
import { actualRead } from "./actualRead";
import { progressBeside } from "./progressBeside";
import { targetInText } from "../domain/targetInText";
import { gapsClause, paceClause, paceNumber, rateGapWords, statedValue } from "../domain/evaluationText";
import { forecastNumber } from "../domain/forecastNumber";
import { fmtNumber } from "../domain/fmtNumber";
import { forecastOnOneYear } from "../domain/forecastOnOneYear";
import { gradeLabel } from "../domain/gradeLabel";
import { notGradedReasonLabel } from "../domain/NotGradedReason";
import type { EvaluationRow } from "./EvaluationReport";
import { EVALUATION_WORDS } from "../domain/evaluationWords";
import { assessmentOf } from "./assessmentOf";
import { baselineInBandWords } from "./baselineInBandWords";
import { isPastBand } from "./isPastBand";
import { withinBandWords } from "./withinBandWords";
import { doubtYear } from "./doubtYear";
import { shownValue } from "./shownValue";
import { yearOwnTarget } from "./yearOwnTarget";
import { PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "../domain/PROGRESS_SHOWN_MAX";

/** The 附表 columns (evaluation-rules.md §6), `{Y}` and `{T}` filled in by `evaluationHeaders`. */
const HEADERS = ["序号", "指标", "单位", "属性", "基期值", "目标值", "{Y}年实际", "进度", "序时进度", "评估", "预测{T}年", "所需年均进度", "说明"];

/** Where 预测{T}年 stands among the 附表 columns (left out where no row can be forecast: annexForecasts). */
export const FORECAST_COLUMN = 10;
/** Where 序时进度 stands among the 附表 columns (left out with 预测{T}年: at T it is the target itself, 100% on every row). */
const EXPECTED_COLUMN = 8;
/** Where 评估 (the grade) stands among the 附表 columns, all shown (annexColumn gives its place as shown). */
export const GRADE_COLUMN = 9;

/**
 * Whether a return's 附表 keeps its 预测{T}年 and 序时进度 columns: some row's plan ends after the reporting year
 * (Y < T), so a forecast can be made; in the plans' last year (the 期末评估) every forecast cell would be "—",
 * so the column is left out (§6, our reading; trial26b), and so is 序时进度, 100% on every row (the target itself:
 * trial39e F6). The docx 附表 and the 评估 sheet both ask it.
 */
export function annexForecasts(ret: { year: number; items: ReadonlyArray<{ targetYear: number }> }): boolean {
  return ret.items.some((i) => ret.year < i.targetYear);
}

/** The 附表's cells without 预测{T}年 and 序时进度 where `forecasts` is false (annexForecasts); as given otherwise. */
export function annexCells<T>(cells: readonly T[], forecasts: boolean): T[] {
  return forecasts ? [...cells] : cells.filter((_, c) => c !== FORECAST_COLUMN && c !== EXPECTED_COLUMN);
}

/** The place among the cells shown (annexCells) of the 附表 column `column` (its place with all shown), for `forecasts`. */
export function annexColumn(column: number, forecasts: boolean): number {
  return forecasts ? column : column - [FORECAST_COLUMN, EXPECTED_COLUMN].filter((c) => c < column).length;
}

/** The 附表's headers for reporting year `year` and target year T; without 预测{T}年 and 序时进度 where `forecasts` is false. */
export function evaluationHeaders(year: number, targetYear: number | null, forecasts = true): string[] {
  return annexCells(HEADERS.map((h) => h.replace("{Y}", String(year)).replace("{T}", targetYear === null ? "期末" : String(targetYear))), forecasts);
}

/**
 * A share as people read it: 59.0%; above PROGRESS_SHOWN_MAX `>999%`, as the 进度 cells' number format
 * shows it (a value typed 1000× too large); a progress on the wrong side of the baseline is 倒退 (§3a).
 */
export function shareText(p: number | null, backwards = false): string {
  if (p === null) return "—";
  if (p > PROGRESS_SHOWN_MAX) return PROGRESS_OVER;
  if (backwards && p < 0) return "倒退";
  return `${(Math.round(p * 1000) / 10).toFixed(1)}%`;
}

/**
 * 进度 and 序时进度 as the report says them (shareText), a 滞后 row that would read 80.0% beside
 * 80.0% with the decimals that tell them apart (progressBeside: 79.98% beside 80.00%).
 */
export function progressPairText(g: Pick<EvaluationRow["graded"], "progress" | "result">): [string, string] {
  const apart = progressBeside({ ...g.result, progress: g.progress });
  return apart ? [apart.progress, apart.expected] : [shareText(g.progress, true), shareText(g.result.expected)];
}

/**
 * Forecast as the 附表 says it: "3.2（预计可完成）", "已达标，按目前趋势需保持" (forecast.hold), each with "；仅有 2026 年一年数据，
 * 趋势仅供参考" where it rests on one reported year (forecastOnOneYear), "数值待核实，未作预测"
 * (withheld on a doubted value; "2021 年数值待核实…" where that is an earlier year's), or "—" where none is made.
 */
export function forecastText(r: EvaluationRow, year: number): string {
  const f = r.graded.forecast;
  const w = EVALUATION_WORDS.zh;
  if (f.withheld === "verify") return w.withheld(doubtYear(r, year));
  // a forecast on one reported year (the plan's first) is said 趋势仅供参考 beside it (§6, our reading; trial36 N8)
  const one = forecastOnOneYear(f) ? w.oneYear(year) : null;
  // met before T, its line leaving the target by T: 预计可完成, to be held (§6, our reading)
  if (f.value === null) return f.hold === undefined ? "—" : w.hold(false) + (one === null ? "" : w.bracket(one));
  return `${forecastNumber({ value: f.value, decimals: f.decimals })}${w.bracket(`${f.meets ? "预计可完成" : "预计难以完成"}${one === null ? "" : `；${one}`}`)}`;
}

/**
 * Pace as the 附表 says it, in the words of the text (降低 / 提高 / 完成, 个百分点; §6): "需年均降低 2.5 人，
 * 此前年均降低 0.67 人". A row 预计难以完成 says what the text says of it (paceClause), or the pace needed
 * alone where the pair would not explain the miss; at or after T, the pace so far; a value on a strict bound, the miss and the pace so far
 * ("当年 80岁，未达到目标 >80；此前年均提高 0.27 岁", pace.unmet), never 需年均无变化.
 */
export function paceText(r: EvaluationRow): string {
  const { needed, achieved } = r.graded.pace;
  if (r.graded.grade === "early" || r.graded.grade === "achieved") return "已达到目标";
  const w = EVALUATION_WORDS.zh;
  // the pair with the decimals that tell it apart, as the text writes it (pacePairNumber)
  const fmt = paceNumber(r.graded.pace.plan, [needed, achieved]);
  const say = (v: number): string => w.paceValue(v, r.unit, r.graded.cumulative, fmt);
  // a cumulative pace so far that counts blank years as 0 says so (gapsClause), as the text does
  const gaps = achieved === null ? "" : gapsClause(r.graded.pace);
  if (needed === null) return achieved === null ? "—" : w.paceSoFar(say(achieved)) + gaps;
  // a value on a strict bound (80 against >80): a pace of 0 that still misses, said as the miss (§6, our reading)
  if (r.graded.pace.unmet) return w.unmetPace(rateGapWords(r.graded.pace.unmet, r.graded.finalTarget, r.unit), achieved === null ? null : say(achieved) + gaps);
  // past its 左右 band on its better side: no pace toward the band (paceClause), the pace so far alone
  if (isPastBand(r)) return achieved === null ? "—" : w.paceSoFar(say(achieved)) + gaps;
  if (r.graded.forecast.meets === false) return paceClause({ unit: r.unit, cumulative: r.graded.cumulative, pace: r.graded.pace }) ?? w.pace(say(needed), null);
  return w.pace(say(needed), achieved === null ? null : say(achieved)) + gaps;
}

/**
 * 说明: why a row is not graded, or the 人工评估 it was graded by (人工评估结论，待审核确认 where the reviewer has not
 * confirmed it: EvaluationRow.assessmentToConfirm); a 左右 target whose baseline already lies in
 * its met band, said so (baselineInBandWords: why it is met with no 进度), or a value met inside that band off the
 * target (withinBandWords); then the reporter's own note.
 */
export function remarkText(r: EvaluationRow): string {
  const assessed = assessmentOf(r);
  const reason = r.graded.reason ? `未能评估：${notGradedReasonLabel(r.graded.reason)}${r.rowMissing ? "（填报表中无此行，可能已被删除）" : ""}` : assessed ? EVALUATION_WORDS.zh.assessed(assessed) : "";
  // a total stopped by an earlier year names that year, as check does; a blank year on a total already passed says so (trial47b F4, F5)
  const g = r.graded;
  const total = g.reason === "invalid" && g.sumStopped ? EVALUATION_WORDS.zh.sumStoppedNote(g.sumStopped) : g.metEarlier ? EVALUATION_WORDS.zh.metEarlierNote(g.metEarlier.year, fmtNumber(g.metEarlier.total)) : "";
  // a 人工评估 conclusion the reviewer has not confirmed says so after it (§3, our reading, trial35 X1)
  return [reason, total, r.assessmentToConfirm ? EVALUATION_WORDS.zh.assessmentToConfirm : "", baselineInBandWords(r), withinBandWords(r), r.note].filter(Boolean).join("；");
}

/**
 * 目标值 as the 附表 says it: the plan's target (a target revised mid-term with the year and the old
 * one: ≥81（2023 年中期调整，原 ≥81.5）), or, on a row graded by the reporting year's own
 * target (a yearly target table), that target with the year and the plan's (69.5（2024 年度目标；规划目标 72）):
 * a trial's 附表 showed 72 beside 进度 84.8% and 序时进度 100% in year 4 of 5, the 69.5 graded nowhere.
 */
export function targetText(r: EvaluationRow, year: number): string {
  const own = yearOwnTarget(r);
  // the 单位 column gives the unit: a target typed with it (8%左右) reads as one without (targetInText)
  const target = EVALUATION_WORDS.zh.revisedValue(targetInText(r.target, r.unit), "target", r.revisions ?? []);
  // a later milestone's target (§3, our reading, trial47b F3) is said with its own year: ≥93.5（2025 年目标；规划目标 ≥95）
  return own === undefined ? target : EVALUATION_WORDS.zh.yearTarget(targetInText(own, r.unit), r.graded.milestone ?? year, target, r.graded.milestone !== undefined);
}

/** 基期值 as the 附表 says it: as written, or as revised mid-term with the year and the old value (3.2（2023 年中期调整，原 3.0）). */
export function baselineText(r: EvaluationRow): string {
  return EVALUATION_WORDS.zh.revisedValue(r.baseline, "baseline", r.revisions ?? []);
}

/**
 * One 附表 row as text, in the order of `evaluationHeaders`, for reporting year `year`, `index` its 序号
 * (annexNumbers: the plan's, as the return shows it): a cumulative
 * target's actual is its running total with the year's own amount (shownValue, as the summary says
 * it), and at or after the plan's last year a row not achieved is 未完成 (gradeLabel). `forecasts` false
 * leaves 预测{T}年 out (annexForecasts).
 */
export function evaluationColumns(r: EvaluationRow, index: number | string, year: number, forecasts = true): string[] {
  const g = r.graded;
  const total = g.cumulative && g.total !== null ? g.total : undefined;
  // the unit is the 单位 column's: a value is stated without it (an invalid one quoted as typed and marked)
  // a percent-styled number in a row whose unit is not % is the number stored, as its total reads it (actualRead)
  const typed = actualRead(r);
  const actual = total === undefined ? (typed ? statedValue(typed, "", { invalid: r.invalid !== undefined, verify: r.verify }) : "—") : shownValue({ value: typed, cumulative: total }, year) + (r.verify ? EVALUATION_WORDS.zh.verify(r.verify) : "");
  return annexCells([
    String(index), namedApart(r), r.unit, r.attribute ?? "", baselineText(r), targetText(r, year), actual,
    ...progressPairText(g), gradeLabel(g.grade, year >= r.targetYear), forecastText(r, year), paceText(r), remarkText(r),
  ], forecasts);
}
