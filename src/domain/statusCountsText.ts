import type { Issue } from "./Issue";
import { STATUS_CODES, STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";

/**
 * A totals line's counts by status (`已达标 3  符合序时进度 6  …`), each with how many of them are values to verify
 * (`toVerify`: rows counted by the sheet's status that the report does not grade, CheckItem.ungraded, §6 our reading):
 * 已达标 3（其中 2 项数值待核实） / Met 3 (2 of them values to verify). The one home of check's totals line and summary's
 * (a trial read 已达标 3 where two were ×1000 slips the report left 未能评估（数值待核实）). The counts joined by two spaces.
 * `method`: of `toVerify`, the rows whose calculation method is in doubt, not their values (compounded_fall: the report's
 * 未能评估（计算方法待核实）, methodToVerifyByStatus), said so: 已达标 3（其中 2 项计算方法待核实） / Met 3 (2 of them methods to verify).
 * `assessed`: the rows whose status is a 人工评估 conclusion not yet confirmed on the 审核 sheet (toConfirmByStatus; check's,
 * trial44a F5), said as the report says them: 已达标 7（其中 1 项为人工评估，待审核确认） / Met 7 (1 of them by a 人工评估
 * (assessment) not yet confirmed by the reviewer).
 */
export function statusCountsText(counts: Readonly<Record<Status, number>>, toVerify: Partial<Readonly<Record<Status, number>>>, lang: "zh" | "en", method: Partial<Readonly<Record<Status, number>>> = {}, assessed: Partial<Readonly<Record<Status, number>>> = {}): string {
  const labels = lang === "en" ? STATUS_LABELS_EN : STATUS_LABELS;
  return STATUS_CODES.map((s) => {
    const k = toVerify[s] ?? 0;
    const a = assessed[s] ?? 0;
    if (k <= 0 && a <= 0) return `${labels[s]} ${counts[s]}`;
    const m = Math.min(method[s] ?? 0, Math.max(k, 0));
    const v = Math.max(k, 0) - m;
    if (lang === "en") {
      const said = [...(v > 0 ? [`${v} of them ${v === 1 ? "a value" : "values"} to verify`] : []), ...(m > 0 ? [`${v > 0 ? m : `${m} of them`} ${m === 1 ? "a method" : "methods"} to verify`] : []),
        ...(a > 0 ? [`${v > 0 || m > 0 ? a : `${a} of them`} by a 人工评估 (assessment) not yet confirmed by the reviewer`] : [])];
      return `${labels[s]} ${counts[s]} (${said.join(", ")})`;
    }
    const said = [...(v > 0 ? [`${v} 项数值待核实`] : []), ...(m > 0 ? [`${m} 项计算方法待核实`] : []), ...(a > 0 ? [`${a} 项为人工评估，待审核确认`] : [])];
    return `${labels[s]} ${counts[s]}（其中 ${said.join("、")}）`;
  }).join("  ");
}

/**
 * Of `rows`, those whose status is a 人工评估 not yet confirmed (cycle/markAssessmentsToConfirm: an `assessment_to_confirm`
 * issue, or the `assessment_unsupported` warning marked params.toConfirm), by their status: statusCountsText's `assessed`.
 */
export function toConfirmByStatus(rows: Iterable<{ status: Status; issues: ReadonlyArray<Pick<Issue, "code" | "params">> }>): Partial<Record<Status, number>> {
  const by: Partial<Record<Status, number>> = {};
  for (const r of rows) if (r.issues.some((i) => i.code === "assessment_to_confirm" || (i.code === "assessment_unsupported" && i.params?.["toConfirm"] !== undefined))) by[r.status] = (by[r.status] ?? 0) + 1;
  return by;
}

/** Of `rows`, those whose method is to verify (`ungraded` compounded_fall: 计算方法待核实), by their status: statusCountsText's `method`. */
export function methodToVerifyByStatus(rows: Iterable<{ status: Status; ungraded?: unknown }>): Partial<Record<Status, number>> {
  const by: Partial<Record<Status, number>> = {};
  for (const r of rows) if (r.ungraded === METHOD_DOUBT) by[r.status] = (by[r.status] ?? 0) + 1;
  return by;
}

/** The doubt whose row the report leaves 未能评估（计算方法待核实）, not 数值待核实 (gradeIndicator's method_to_verify, §3). */
export const METHOD_DOUBT = "compounded_fall";

/** How many of `rows` are values to verify (`ungraded` set), by their status: statusCountsText's `toVerify`. */
export function toVerifyByStatus(rows: Iterable<{ status: Status; ungraded?: unknown }>): Partial<Record<Status, number>> {
  const by: Partial<Record<Status, number>> = {};
  for (const r of rows) if (r.ungraded) by[r.status] = (by[r.status] ?? 0) + 1;
  return by;
}

/**
 * The 汇总 sheet's row under a 合计 row: how many of each count are values to verify (toVerifyByStatus), the same fact
 * statusCountsText gives a totals line, in a row of numbers as the sheet counts (the sheet is Chinese).
 */
export const TO_VERIFY_ROW = "其中数值待核实";
