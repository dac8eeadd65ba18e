import { num } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { differenceInUnit } from "../../src/domain/differenceInUnit";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { rangeText } from "../../src/domain/rangeText";
import { targetMiss } from "../../src/domain/targetMiss";
import { parseTarget } from "../../src/domain/parseTarget";

/**
 * A user trial (session 46): 人口自然增长率 (‰) filled -1.2 against `3左右` read 「-1.2 低于目标 140%」 in check, review and
 * the summary's 问题清单: 140% is neither the target nor a gap anyone can see (a share of the target, on a ‰ row). A value
 * off a 左右 target says the side, the target as written and the distance in the row's own unit (evaluation-rules §3, our
 * reading): 个百分点 for %, 个千分点 for ‰, the unit itself otherwise; a band with a negative end is said in words.
 */
const spec = (name: string, unit: string, baseline: string, target: string): IndicatorSpec => ({ name, unit, baseline, target, baselineYear: 2020, targetYear: 2025 });

test.each<[string, IndicatorSpec, number, string, string]>([
  ["the trial: a negative value on a ‰ row", spec("人口自然增长率", "‰", "2.5", "3左右"), -1.2,
    "「3左右」以上下 10% 为达标（2.7–3.3），上下 20% 以内为滞后（评估规则 §3，不看升降）：-1.2 低于目标「3左右」，相差 4.2 个千分点",
    "\"3左右\" is met within 10% either side (2.7–3.3) and lagging within 20% (rules §3, whichever the side): -1.2 is below the target \"3左右\" by 4.2 per-mille points"],
  ["zero on a % row (was 「0 低于目标 100%」)", spec("居民消费价格涨幅", "%", "2", "3左右"), 0,
    "：0 低于目标「3左右」，相差 3 个百分点", ": 0 is below the target \"3左右\" by 3 percentage points"],
  ["a growth above its band, float noise dropped (8.2 − 6)", spec("地区生产总值增长", "%", "5", "6左右"), 8.2,
    "：8.2 高于目标「6左右」，相差 2.2 个百分点", ": 8.2 is above the target \"6左右\" by 2.2 percentage points"],
  ["a negative target: its band in words, not 「-2.2–-1.8」", spec("常住人口增长率", "‰", "1", "-2左右"), 0.5,
    "「-2左右」以上下 10% 为达标（-2.2 至 -1.8），上下 20% 以内为滞后（评估规则 §3，不看升降）：0.5 高于目标「-2左右」，相差 2.5 个千分点",
    "(-2.2 to -1.8) and lagging within 20% (rules §3, whichever the side): 0.5 is above the target \"-2左右\" by 2.5 per-mille points"],
  ["万元: the amount in its unit", spec("一般公共预算收入", "万元", "50000", "60000左右"), 75000,
    "：75000 高于目标「60000左右」，相差 15000 万元", ": 75000 is above the target \"60000左右\" by 15000 万元"],
  ["岁: the years", spec("人均预期寿命", "岁", "78", "79左右"), 88, "：88 高于目标「79左右」，相差 9 岁", ": 88 is above the target \"79左右\" by 9 岁"],
  ["one point, singular in English", spec("城镇调查失业率", "%", "5.4", "5.5左右"), 6.5, "：6.5 高于目标「5.5左右」，相差 1 个百分点", ": 6.5 is above the target \"5.5左右\" by 1 percentage point"],
])("approximate_outside, %s", (_why, s, value, zh, en) => {
  const r = evaluateIndicator({ spec: s, year: 2023, actuals: { 2023: num(value) }, cells: { 2023: "K4" }, sheet: "表1" });
  const outside = r.issues.filter((i) => i.code === "approximate_outside");
  expect(outside).toHaveLength(1);
  const [saidZh, saidEn] = [describeIssue(outside[0]!, "zh"), describeIssue(outside[0]!, "en")];
  expect(saidZh).toContain(zh);
  expect(saidEn).toContain(en);
  // never a share of the target after the value (「…低于目标 140%」)
  expect(saidZh).not.toMatch(/目标 [\d.]+%$/);
  expect(saidEn).not.toMatch(/is [\d.]+% (above|below)/);
});

test.each<[string, IndicatorSpec, number, string, string]>([
  ["万元 below the target", spec("一般公共预算收入", "万元", "50000", "60000左右"), 58000,
    "58000 在目标「60000左右」的上下 10% 以内（54000–66000），按评估规则 §3 即为已达标（不看进度）：低于目标，相差 2000 万元",
    "58000 is within 10% either side of the target \"60000左右\" (54000–66000), which rules §3 count as met (no progress is measured): below the target by 2000 万元"],
  ["‰ with a negative target", spec("常住人口增长率", "‰", "1", "-2左右"), -2.1,
    "-2.1 在目标「-2左右」的上下 10% 以内（-2.2 至 -1.8），按评估规则 §3 即为已达标（不看进度）：低于目标，相差 0.1 个千分点",
    "-2.1 is within 10% either side of the target \"-2左右\" (-2.2 to -1.8), which rules §3 count as met (no progress is measured): below the target by 0.1 per-mille points"],
])("approximate_within, %s", (_why, s, value, zh, en) => {
  const r = evaluateIndicator({ spec: s, year: 2023, actuals: { 2023: num(value) }, cells: { 2023: "K4" }, sheet: "表1" });
  expect(r.status).toBe("met");
  const within = r.issues.filter((i) => i.code === "approximate_within");
  expect(within).toHaveLength(1);
  expect(describeIssue(within[0]!, "zh")).toBe(`工作表「表1」K4：${zh}`);
  expect(describeIssue(within[0]!, "en")).toBe(`Sheet "表1" K4: ${en}`);
});

// the one home of a difference in the row's unit: the report's paces say it as check's distance does
test.each<[string, string, string, string]>([
  ["%", "2.2", "2.2 个百分点", "2.2 percentage points"],
  ["‰", "4.2", "4.2 个千分点", "4.2 per-mille points"],
  ["‰", "1", "1 个千分点", "1 per-mille point"],
  ["万元", "15000", "15000 万元", "15000 万元"],
  ["岁", "0.5", "0.5 岁", "0.5 岁"],
  ["1/10万", "1.2", "1.2（1/10万）", "1.2（1/10万）"],
  ["", "0.3", "0.3", "0.3"],
])("differenceInUnit %s %s", (unit, n, zh, en) => {
  expect(differenceInUnit(n, unit, "zh")).toBe(zh);
  expect(differenceInUnit(n, unit, "en")).toBe(en);
});

test.each<[number, number, string, string]>([
  [2.7, 3.3, "2.7–3.3", "2.7–3.3"],
  [0, 0.5, "0–0.5", "0–0.5"],
  [-2.2, -1.8, "-2.2 至 -1.8", "-2.2 to -1.8"],
  [-0.5, 0.5, "-0.5 至 0.5", "-0.5 to 0.5"],
])("rangeText %s, %s", (low, high, zh, en) => {
  expect(rangeText(low, high, "zh")).toBe(zh);
  expect(rangeText(low, high, "en")).toBe(en);
});

// the report's miss words (targetMiss): the band of a negative target in words too; floors and caps as before, negatives and zero included
test.each<[string, string, number, "up" | "down", string, string]>([
  ["-2左右", "‰", 0.5, "up", "高于目标「-2‰左右」的达标区间 -2.2 至 -1.8", "above the band that meets “-2‰左右” (-2.2 to -1.8)"],
  ["3左右", "‰", -1.2, "up", "低于目标「3‰左右」的达标区间 2.7–3.3", "below the band that meets “3‰左右” (2.7–3.3)"],
  ["≥-2", "‰", -3, "up", "低于目标下限 -2‰", "below the target's floor of -2‰"],
  ["≤0", "%", 0.4, "down", "高于目标上限 0%", "above the target's cap of 0%"],
  ["≥90", "岁", 85, "up", "低于目标下限 90 岁", "below the target's floor of 90 岁"],
  ["〔15〕", "万元", 10, "up", "未达到目标 〔15〕", "short of the target 〔15〕"],
])("targetMiss %s (%s) at %s", (text, unit, value, dir, zh, en) => {
  const m = targetMiss(parseTarget(text, unit === "%"), value, dir);
  const shown = text.endsWith("左右") ? text.replace("左右", `${unit}左右`) : text;
  expect(EVALUATION_WORDS.zh.targetMiss(m, shown, unit)).toBe(zh);
  expect(EVALUATION_WORDS.en.targetMiss(m, shown, unit)).toBe(en);
});
