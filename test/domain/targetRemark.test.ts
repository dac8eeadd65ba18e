import { readFileSync } from "fs";
import path from "path";
import { num } from "../../src/domain/CellValue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { parseTarget } from "../../src/domain/parseTarget";
import { splitOperator } from "../../src/domain/operatorWords";
import type { Status } from "../../src/domain/Status";
import { targetRemark } from "../../src/domain/targetRemark";
import { importTable } from "../../src/import";
import { formatUnread } from "../../src/import/formatUnread";

/**
 * trial33: a city 生态环境保护 table's `保持不低于85`, `确保41`, `≤33（2025年）` and `70以上（力争75）` each loaded
 * as words, 待人工评估 every year, though each names its number plainly (evaluation-rules §1, our reading).
 */
describe("a reach verb before an operator, 确保, and a remark that leaves the number (§1, our reading)", () => {
  test.each<[string, boolean, string, number | null]>([
    // on main: text for every one of these
    ["保持不低于85", true, "floor", 85],
    ["保持在不低于90", false, "floor", 90],
    ["确保不超过33", false, "ceiling", 33],
    ["力争达到不低于95%", true, "floor", 95],
    ["确保41", false, "point", 41],
    ["确保达到41", false, "point", 41],
    ["确保85%以上", true, "floor", 85],
    ["≤33（2025年）", false, "ceiling", 33],
    ["≤33(2025年)", false, "ceiling", 33],
    ["90（到2025年底）", true, "point", 90],
    ["70以上（力争75）", true, "floor", 70],
    ["≥40（暂定）", true, "floor", 40],
    ["〔18〕（约束性）", true, "cumulative", 18],
    ["5.5左右（预计）", false, "approximate", 5.5],
    // stay words: a remark that may change what the number means, or none with a number before it
    ["100（累计）", false, "text", null],
    ["6（年均）", false, "text", null],
    ["达到（2025年）", false, "text", null],
    ["（2025年）", false, "text", null],
    ["确保不下降", false, "text", null],
    ["4.45(4.5)", false, "text", null],
  ])("%s (percent %s) is %s %s", (written, percent, kind, value) => {
    const t = parseTarget(written, percent);
    expect(t.kind).toBe(kind);
    expect("value" in t ? t.value : null).toBe(value);
    expect(t.text).toBe(written);
  });

  test.each<[string, string | null, string | null, string | null]>([
    ["≤33（2025年）", "≤33", "2025年", "year"],
    ["70以上（力争75）", "70以上", "力争75", "aim"],
    ["≥40 （暂定）", "≥40", "暂定", "words"],
    ["100（累计）", null, null, null],
    ["70以上", null, null, null],
  ])("targetRemark(%s): %s, %s, %s", (written, target, remark, kind) => {
    const r = targetRemark(written);
    expect(r === null ? [null, null, null] : [r.target, r.remark, r.kind]).toEqual([target, remark, kind]);
  });

  test.each<[string, string | null]>([
    // a bound typed in a cell is read by the same words (operatorWords, one home)
    ["保持不低于96", ">= 96"],
    ["确保不超过3", "<= 3"],
    ["保持96", null],
  ])("a bound typed as %s reads %s", (typed, read) => {
    const op = splitOperator(typed);
    expect(op === null ? null : `${op.op} ${op.inner}`).toBe(read);
  });

  const row = (name: string, unit: string, baseline: string, target: string): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });
  test.each<[string, string, string, string, number, Status]>([
    // on main: manual (待人工评估) every one
    ["细颗粒物(PM2.5)浓度", "微克/立方米", "35", "≤33（2025年）", 32, "met"],
    ["细颗粒物(PM2.5)浓度", "微克/立方米", "35", "≤33（2025年）", 33.8, "on_track"],
    ["细颗粒物(PM2.5)浓度", "微克/立方米", "35", "≤33（2025年）", 34.5, "severe"],
    ["空气质量优良天数比率", "%", "80", "保持不低于85", 86, "met"],
    ["森林覆盖率", "%", "40", "确保41", 41, "met"],
    ["城市生活污水集中收集率", "%", "60", "70以上（力争75）", 71, "met"],
    ["城市生活污水集中收集率", "%", "60", "70以上（力争75）", 61, "severe"],
    ["重污染天数", "天", "12", "确保不超过10", 10, "met"],
  ])("%s, baseline %s %s, target %s, 2023 value %s: %s", (name, unit, baseline, target, value, status) => {
    expect(evaluateIndicator({ spec: row(name, unit, baseline, target), year: 2023, actuals: { 2023: num(value) } }).status).toBe(status);
  });

  test("the trial's table imports each row with the kind its number means, and says each remark read past", () => {
    const r = importTable(readFileSync(path.join(__dirname, "../fixtures/tables/trial33/env-remarks.txt"), "utf8"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.target, i.targetKind])).toEqual([
      ["≤33（2025年）", "ceiling"],
      ["保持不低于85", "floor"],
      ["确保41", "point"],
      ["〔18〕", "cumulative"],
      ["完成省下达任务", "text"],
      ["70以上（力争75）", "floor"],
      ["90（到2025年底）", "point"],
      ["≥40（暂定）", "floor"],
      ["100（累计）", "text"],
      ["确保不超过10", "ceiling"],
    ]);
    const said = r.unread.filter((u) => u.code === "target-remark").map((u) => [u.line, u.params]);
    expect(said).toEqual([
      [2, { target: "≤33（2025年）", reads: "≤33", remark: "2025年", kind: "year" }],
      [7, { target: "70以上（力争75）", reads: "70以上", remark: "力争75", kind: "aim" }],
      [8, { target: "90（到2025年底）", reads: "90", remark: "到2025年底", kind: "year" }],
      [9, { target: "≥40（暂定）", reads: "≥40", remark: "暂定", kind: "words" }],
    ]);
    // 100（累计） is still said as words for a person; nothing else about the remarks
    expect(r.unread.filter((u) => u.code === "target-words").map((u) => u.line)).toEqual([6, 10]);
    expect(formatUnread(r, "zh")).toContain("第 7 行：目标“70以上（力争75）”按括号前的“70以上”评估，括号中的“力争75”是力争的数值");
    expect(formatUnread(r, "en")).toContain("line 2: the target “≤33（2025年）” is judged by “≤33”, before the brackets; “2025年” in the brackets is the target's year");
  });

  test("a baseline with its year in brackets is its number, said (trial33's 卫生健康 table)", () => {
    const r = importTable(readFileSync(path.join(__dirname, "../fixtures/tables/trial33/health-baseline-remark.txt"), "utf8"));
    if (!r.ok) throw new Error(r.message);
    // on main: baseline-words on lines 2 and 4, no progress for either row
    expect(r.unread.filter((u) => u.code.startsWith("baseline-")).map((u) => [u.line, u.code, u.params])).toEqual([
      [2, "baseline-remark", { value: "78.3（2019年）", read: "78.3", remark: "2019年", kind: "year" }],
      [4, "baseline-remark", { value: "41.8（2019年）", read: "41.8", remark: "2019年", kind: "year" }],
    ]);
    const spec: IndicatorSpec = { name: "孕产妇死亡率", unit: "1/10万", baseline: "41.8（2019年）", target: "≤12", baselineYear: 2020, targetYear: 2025 };
    // 41.8 → 12 by 2025, 2023 is 3/5 of the way: 23 is p = 18.8/29.8 = 0.63 (on track), 30 is p = 0.40 (lagging)
    expect(evaluateIndicator({ spec, year: 2023, actuals: { 2023: num(23) } }).status).toBe("on_track");
    expect(evaluateIndicator({ spec, year: 2023, actuals: { 2023: num(30) } }).status).toBe("lagging");
  });
});
