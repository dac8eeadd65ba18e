import { importTable } from "../../src/import";

/**
 * A table whose only target is a 远景 (2035) one: a planner importing it wants the indicators and
 * the 2035 figures (a long-range table is tracked towards 2035), not a refusal, but must not take
 * them for the five-year plan's targets. So the target is kept, the template's target year is 2035,
 * and a to-check line says it is a vision target and, where the title names a five-year plan,
 * which year's targets are missing. A table with a plan target beside it loads the plan target.
 */
const ROW = "1\t森林覆盖率（%）\t60\t65\t约束性";

describe("a table whose only target is a 2035 (远景) one", () => {
  test.each<[string, string, string, number, RegExp]>([
    ["远景 column, 十四五 title", "某市“十四五”生态环境保护主要指标", "序号\t指标\t2020年\t2035年远景目标\t属性", 2035, /规划期至 2025 年.*请在表格中加上“2025年目标”一列，改好后重新导入/],
    ["a 2035 column, 十四五 title", "某市“十四五”生态环境保护主要指标", "序号\t指标\t2020年\t2035年\t属性", 2035, /规划期至 2025 年/],
    ["远景 column, no plan period", "某市生态环境主要指标", "序号\t指标\t2020年\t2035年远景目标\t属性", 2035, /序时进度按 2020—2035 年计算，已载入/],
  ])("%s: kept as the target and said", (_d, title, header, targetYear, said) => {
    const r = importTable(`${title}\n${header}\n${ROW}`);
    if (!r.ok) throw new Error(r.message);
    expect([r.template.targetYear, r.template.indicators[0]?.target]).toEqual([targetYear, "65"]);
    const lines = r.unread.filter((u) => u.code === "target-vision-only");
    expect(lines.map((u) => [u.line, u.effect])).toEqual([[2, "to-check"]]);
    expect(lines[0]?.reason).toMatch(said);
    expect(lines[0]?.reasonEn).toMatch(/vision target/);
  });

  test("beside a 2025 target the 2035 column is left out, and no vision-only line", () => {
    const r = importTable(`某市“十四五”主要指标\n序号\t指标\t2020年\t2025年\t2035年远景目标\t属性\n1\t森林覆盖率（%）\t60\t61\t65\t约束性`);
    if (!r.ok) throw new Error(r.message);
    expect([r.template.targetYear, r.template.indicators[0]?.target]).toEqual([2025, "61"]);
    expect(r.unread.map((u) => u.code)).toEqual(["column-vision"]);
  });
});
