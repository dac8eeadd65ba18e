import { approxEq, ge } from "./compare";
import { AHEAD_MARGIN } from "./tolerances";
import { digitsApart, MORE_DIGITS_MAX } from "./digitsApart";
import type { Grade } from "./Grade";
import { parsePeriod } from "./parsePeriod";
import type { NotGradedReason } from "./NotGradedReason";
import type { Status } from "./Status";

/** A project graded for an evaluation report (evaluation-rules.md §4 and §6). */
export interface ProjectGrade {
  grade: Grade;
  /** for `not_graded`: the status that prevents grading, or `scale_suspect` (累计完成投资 in 万元?) */
  reason: NotGradedReason | null;
  /** 完成率 q − 时间进度 s, in 个百分点 (×100), rounded to 0.1 (a 滞后 one to the decimals that keep it below 0); null where either is unknown */
  gapPoints: number | null;
  /** "超过时间进度 13.8 个百分点" / "落后时间进度 5.0 个百分点" / "与时间进度持平", or "" */
  gapText: string;
}

/**
 * Grades a project from its §4 status, investment progress q = C/I and time share s, the same
 * way as an indicator (§6): met before its end year → 提前实现, met at or after → 已实现; on
 * track with q ≥ s + 0.1 → 快于预期, else 基本符合预期; lagging or severe → 滞后于预期.
 * Offices state the gap in percentage points, as `gapText` does. `verify`: the 累计完成投资 is
 * doubted (completedDoubt: C over 100 × I, 万元 typed?, or a date typed, 2024.6): 未能评估（数值待核实）,
 * no gap, whatever the status (evaluation-rules §4, our reading).
 */
export function gradeProject(r: { status: Status; progress: number | null; expected: number | null }, year: number, period: string, verify = false): ProjectGrade {
  if (verify) return { grade: "not_graded", reason: "scale_suspect", gapPoints: null, gapText: "" };
  const q = r.progress, s = r.expected;
  const raw = q !== null && s !== null ? (q - s) * 100 : null;
  // a project behind its time share never reads 持平 (66.666% beside 66.667%): its gap gets the decimals that show
  // it, as progressBeside gives the pair (digitsApart; closer than they show: 不到 0.0001)
  const behind = raw !== null && raw < 0 && (r.status === "lagging" || r.status === "severe");
  const digits = behind ? digitsApart(raw, 0, 1) : 1;
  const gapPoints = raw === null ? null : digits === null ? Number(raw.toPrecision(12)) : Math.round(raw * 10 ** digits) / 10 ** digits;
  const gapText = gapPoints === null ? "" : digits === null
    ? `落后时间进度不到 ${(10 ** -(1 + MORE_DIGITS_MAX)).toFixed(1 + MORE_DIGITS_MAX)} 个百分点`
    : approxEq(gapPoints, 0) || gapPoints === 0
      ? "与时间进度持平"
      : gapPoints > 0 ? `超过时间进度 ${gapPoints.toFixed(digits)} 个百分点` : `落后时间进度 ${(-gapPoints).toFixed(digits)} 个百分点`;
  const base = { reason: null, gapPoints, gapText };
  switch (r.status) {
    case "met": {
      const p = parsePeriod(period);
      return { ...base, grade: p.ok && year < p.end ? "early" : "achieved" };
    }
    case "on_track": return { ...base, grade: q !== null && s !== null && ge(q, s + AHEAD_MARGIN) ? "ahead" : "on_schedule" };
    case "lagging": case "severe": return { ...base, grade: "behind" };
    default: return { grade: "not_graded", reason: r.status, gapPoints, gapText };
  }
}
