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
