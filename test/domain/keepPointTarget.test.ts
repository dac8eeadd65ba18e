import { readFileSync } from "fs";
import path from "path";
import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { parseTarget } from "../../src/domain/parseTarget";
import type { Status } from "../../src/domain/Status";
import { importTable } from "../../src/import";

/**
 * trial32: a table's `保持100` (建制村通客车率, baseline 100) loaded as words, 待人工评估 every year, while
 * `达到100` beside it was a point target. The reach verbs without a 以上/以下 ending are a point
 * (evaluation-rules §1, our reading; operatorWords.POINT_WORDS).
 */
describe("a reach verb before a number without an ending is a point target (§1, our reading)", () => {
  test.each<[string, boolean, string, number | null]>([
    // on main: text, text, text, text, text
    ["保持100", false, "point", 100],
    ["保持在100", false, "point", 100],
    ["保持100%", true, "point", 100],
    ["保持100%", false, "point", 100],
    ["稳定在95", false, "point", 95],
    // as before
    ["达到100", false, "point", 100],
    ["保持100%以上", true, "floor", 100],
    ["保持在3以内", false, "ceiling", 3],
    ["保持在3左右", false, "approximate", 3],
    ["保持全省领先", false, "text", null],
    ["保持", false, "text", null],
    ["保持不低于100", false, "floor", 100], // on main: text (trial33, sheet rules 13)
  ])("%s (percent %s) is %s %s", (written, percent, kind, value) => {
    const t = parseTarget(written, percent);
    expect(t.kind).toBe(kind);
    expect("value" in t ? t.value : null).toBe(value);
  });

  const row = (baseline: string, target: string): IndicatorSpec => ({ name: "建制村通客车率", unit: "%", baseline, target, baselineYear: 2020, targetYear: 2025 });
  test.each<[string, string, number, Status]>([
    // on main: manual (待人工评估) every one
    ["100", "保持100", 100, "met"],
    ["100", "保持在100", 100, "met"],
    ["100", "保持100", 99.5, "lagging"],
    ["98", "保持100%", 100, "met"],
    ["98", "保持100%", 99.2, "on_track"],
  ])("baseline %s, target %s, 2023 value %s: %s", (baseline, target, value, status) => {
    expect(evaluateIndicator({ spec: row(baseline, target), year: 2023, actuals: { 2023: num(value) } }).status).toBe(status);
  });

  test("the trial's table imports each 保持 row as the point target 达到100 is", () => {
    const r = importTable(readFileSync(path.join(__dirname, "../fixtures/tables/trial32/keep-point-targets.txt"), "utf8"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.target, i.targetKind])).toEqual([
      ["保持100", "point"],
      ["达到100", "point"],
      ["保持在100", "point"],
      ["保持100%", "point"],
      ["保持100%以上", "floor"],
    ]);
  });
});
