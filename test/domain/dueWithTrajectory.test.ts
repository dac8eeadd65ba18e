import { num, EMPTY, type CellValue } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { gradeIndicator } from "../../src/domain/gradeIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { progressPairText } from "../../src/sheet/evaluationColumns";

/**
 * 序时进度 s exists only with a trajectory (evaluation-rules §3): a row with no baseline, a baseline already meeting its
 * target, or a 左右 target (judged by distance alone) has no progress, no 序时应达 and no 序时进度. Trial39a F3: 南浔区
 * 粮食综合生产能力 (no baseline, 74 against ＞75) and 城乡居民收入比 (1.95 against 1.6左右) read 序时进度 60.0% beside a blank
 * 进度 in the summary's 滞后 list and 0.6 in the report's 附表, while `check` left both blank. One rule, the engine's
 * `expected`, which check, the summary, the report and the pane all show.
 */
const row = (baseline: string, target: string, name = "某指标（万吨）"): IndicatorSpec => ({ name, unit: "", baseline, target, baselineYear: 2020, targetYear: 2025 });

describe("序时进度 only where a trajectory exists (2023, s = 0.6)", () => {
  test.each<[string, IndicatorSpec, CellValue, number | null]>([
    ["no baseline, a floor missed (粮食 74 against ＞75)", row("—", "＞75"), num(74), null],
    ["a 左右 target off its band (收入比 1.95 against 1.6左右)", row("1.67", "1.6左右", "城乡居民收入比"), num(1.95), null],
    ["a 左右 target in its band", row("1.67", "1.6左右", "城乡居民收入比"), num(1.62), null],
    ["a baseline already meeting its floor, missed now", row("80", "≥78"), num(77), null],
    ["a 左右 row left blank", row("1.67", "1.6左右", "城乡居民收入比"), EMPTY, null],
    ["a trajectory: s as before", row("71", "75"), num(72.2), 0.6],
    ["a trajectory, left blank: s as before", row("71", "75"), EMPTY, 0.6],
  ])("%s", (_why, spec, cell, due) => {
    const r = evaluateIndicator({ spec, year: 2023, actuals: { 2023: cell } });
    expect(r.expected === null ? null : Number(r.expected.toFixed(12))).toBe(due);
    // the report's 附表 says 进度 and 序时进度 alike: both "—" where there is no trajectory
    const g = gradeIndicator({ spec, year: 2023, actuals: { 2023: cell } });
    if (due === null) expect(progressPairText(g)).toEqual(["—", "—"]);
    else expect(progressPairText(g)[1]).toBe("60.0%");
  });
});
