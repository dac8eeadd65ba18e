import { importTable } from "../../../src/import";

// a trial's 广东 2024 table: 进出口总额增长 | % | 正增长 | 1 kept the baseline as words without a line
describe("wordsBaseline: a baseline in words is said", () => {
  const HEAD = "某省2024年国民经济和社会发展主要预期目标\n序号\t指标\t单位\t2023年完成\t2024年目标\n";
  test.each<[string, string, number]>([
    ["正增长", "4\t进出口总额增长\t%\t正增长\t1", 1],
    ["全覆盖", "1\t行政村快递服务覆盖\t%\t全覆盖\t100", 1],
    ["a number", "1\t地区生产总值增长\t%\t4.8\t5", 0],
    ["a dash", "2\t固定资产投资增长\t%\t—\t4", 0],
    ["empty", "2\t固定资产投资增长\t%\t\t4", 0],
  ])("%s", (_d, row, said) => {
    const r = importTable(HEAD + row);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "baseline-words")).toHaveLength(said);
  });
});

// trial27c t1: baselines `＞85`, `70左右` were kept without a line; the engine measures from their number
describe("wordsBaseline: a baseline written as a bound or 左右 is said", () => {
  const HEAD = "某市“十四五”卫生健康主要指标\n指标\t2020年\t2025年\t属性\n";
  test.each<[string, string, string | null]>([
    ["＞85", "孕产妇系统管理率（%）\t＞85\t＞85\t预期性", "85"],
    ["70左右", "住院费用基金支付比例（%）\t70左右\t保持稳定\t预期性", "70"],
    ["≤5", "某某率（%）\t≤5\t≤4\t预期性", "5"],
    ["a number", "某某率（%）\t85\t90\t预期性", null],
  ])("%s", (_d, row, read) => {
    const r = importTable(HEAD + row);
    if (!r.ok) throw new Error(r.message);
    const lines = r.unread.filter((u) => u.code === "baseline-bound");
    expect(lines.map((u) => (u.params as { read: string }).read)).toEqual(read === null ? [] : [read]);
    if (read !== null) expect(lines[0]?.reason).toContain(`序时进度按 ${read} 计算`);
  });
});
