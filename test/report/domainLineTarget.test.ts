import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { docxText } from "../support/docxText";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A 分领域 line of a row that misses its target says the target, and before T why no trend is forecast
 * (trial28d: "3 岁以下婴幼儿托育机构覆盖率（预期性）：滞后于预期，2023 年 45%。" gave neither; at T a 预期性
 * row's 未完成 line gave no target beside a binding one's "低于目标 ≥81").
 */
const row = (name: string, attribute: string, baseline: string, target: string, values: RowFacts["values"]): RowFacts => ({ name, attribute, unit: "%", baseline, target, values });

describe("the 分领域 line of a row missing its target", () => {
  test.each([
    ["no baseline, before T", row("托育机构覆盖率", "预期性", "—", "≥50", { 2023: 45 }), 2023, "托育机构覆盖率（预期性）：滞后于预期，2023 年 45%，低于目标下限 50%，无基期值，无趋势可预测。"],
    ["a ceiling the baseline met, broken", row("劣V类水体比例", "约束性", "1.5", "≤2", { 2023: 2.4 }), 2023, "劣V类水体比例（约束性）：滞后于预期，2023 年 2.4%，高于目标上限 2%，基期已达到目标，无趋势可预测。"],
    ["预期性 at T, not achieved", row("普惠幼儿园占比", "预期性", "80", "≥90", { 2025: 88 }), 2025, "普惠幼儿园占比（预期性）：未完成，2025 年 88%，低于目标下限 90%，"],
    ["约束性 at T, not achieved", row("普惠幼儿园占比", "约束性", "80", "≥90", { 2025: 88 }), 2025, "普惠幼儿园占比（约束性）：未完成，2025 年 88%，低于目标下限 90%，"],
    // trial34 C6: "高于目标 5.5 以内" is not Chinese; the bound is said as one
    ["以内 at T, above it", row("城镇调查失业率", "预期性", "5.2", "5.5%以内", { 2025: 5.6 }), 2025, "城镇调查失业率（预期性）：未完成，2025 年 5.6%，高于目标上限 5.5%。"],
    ["以上 at T, below it", row("研发经费投入增长", "预期性", "8", "10%以上", { 2025: 9.5 }), 2025, "研发经费投入增长（预期性）：未完成，2025 年 9.5%，低于目标下限 10%"],
    // trial34 C1: a growth above `6左右` read "未达到目标 6左右"; it is above the band, said with the band
    ["左右 at T, above the band (a growth)", row("地区生产总值增长", "预期性", "5.8", "6%左右", { 2025: 8.2 }), 2025, "地区生产总值增长（预期性）：未完成，2025 年 8.2%，高于目标「6%左右」的达标区间 5.4–6.6。"],
    ["左右 at T, below the band (a price cap)", row("居民消费价格涨幅", "预期性", "0.3", "3%左右", { 2025: 2 }), 2025, "居民消费价格涨幅（预期性）：未完成，2025 年 2%，低于目标「3%左右」的达标区间 2.7–3.3。"],
    ["左右 at T, a % rate's band ends at 100", row("九年义务教育巩固率", "约束性", "85", "99.7左右", { 2025: 80 }), 2025, "九年义务教育巩固率（约束性）：未完成，2025 年 80%，低于目标「99.7%左右」的达标区间 89.73–100。"],
    ["左右 before T, above the band: said beside 滞后于预期", row("地区生产总值增长", "预期性", "5.8", "6%左右", { 2021: 6.1, 2022: 6.3, 2023: 8.2 }), 2023, "地区生产总值增长（预期性）：滞后于预期，2023 年 8.2%，高于目标「6%左右」的达标区间 5.4–6.6，"],
    ["a total at T, short of it", row("新增公交线路", "预期性", "—", "〔20〕", { 2021: 3, 2022: 3, 2023: 3, 2024: 3, 2025: 3 }), 2025, "未达到目标 〔20%〕"],
  ] as const)("%s", async (_why, facts, year, line) => {
    const c = combineEvaluations([returnOf("青山县", [facts], year)]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain(line);
    // never 未达到 for a value past a 左右 target, nor an operator word after 高于/低于目标
    expect(text).not.toMatch(/未达到目标 [\d.]+左右|[高低]于目标 [\d.]+(以内|以上|左右)/);
  });

  test("a row behind on a trend says no target and no reason in its place: its forecast does", async () => {
    const c = combineEvaluations([returnOf("青山县", [row("普惠幼儿园占比", "预期性", "80", "≥90", { 2023: 82 })], 2023)]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toMatch(/普惠幼儿园占比（预期性）：滞后于预期，2023 年 82%，进度[^。]*预计 2025 年/);
    expect(text).not.toContain("无趋势可预测");
  });
});

// trial34 C1: the paragraph's 未完成 list (the terminal, --json's text, --lang en) and the 预警 section said "目标 6左右" beside
// 未完成, read as too low; they say the side and the band, as the 分领域 line does
describe("the 未完成 list and the 预警 line of a row off its 左右 band", () => {
  const growth = row("地区生产总值增长", "预期性", "5.8", "6%左右", { 2025: 8.2 });
  test.each([
    ["zh", "地区生产总值增长（2025 年 8.2%，高于目标「6%左右」的达标区间 5.4–6.6）"],
    ["en", "地区生产总值增长 (2025: 8.2%, above the band that meets “6%左右” (5.4–6.6))"],
  ] as const)("%s paragraph", (lang, item) => {
    const ret = returnOf("贺村镇", [growth], 2025);
    expect(returnParagraph(ret, lang)).toContain(item);
  });

  test("the 预警 section's line", async () => {
    const c = combineEvaluations([returnOf("贺村镇", [growth], 2025)]);
    if (!c.ok) throw new Error("not combined");
    expect(await docxText(c.report)).toContain("地区生产总值增长（预期性）：规划期末（2025 年）未完成，2025 年为 8.2%，高于目标「6%左右」的达标区间 5.4–6.6");
  });
});
