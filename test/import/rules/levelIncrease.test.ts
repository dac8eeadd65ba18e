import { importTable } from "../../../src/import";

/**
 * levelIncrease: a five-year total on a level far above it (the national 纲要's 人均预期寿命 77.3,
 * 〔1〕) is the level's rise; kept as written (§1's cumulative target) and said, with the point
 * target it comes to. Totals that are sums of yearly amounts are not said.
 */
const HEAD = "表1 “十四五”时期经济社会发展主要指标\n序号\t指标\t2020年\t2025年\t属性";

describe("levelIncrease", () => {
  test.each<[string, string, string, string | null]>([
    ["人均预期寿命 77.3, 〔1〕", "1\t人均预期寿命（岁）\t77.3\t〔1〕\t预期性", "〔1〕", "≥78.3"],
    ["受教育年限 10.8, 〔0.5〕", "1\t劳动年龄人口平均受教育年限（年）\t10.8\t〔0.5〕\t约束性", "〔0.5〕", "≥11.3"],
    ["a total of yearly amounts: 新增就业 11 a year, 〔55〕", "1\t城镇新增就业人数（万人）\t11\t〔55〕\t预期性", "〔55〕", null],
    ["no baseline: 新建机构 —, 〔18〕", "1\t新建改建基层医疗卫生机构（个）\t—\t〔18〕\t预期性", "〔18〕", null],
    ["a change name adds up: 能耗降低 〔13.5〕 beside a rate", "1\t单位GDP能源消耗降低（%）\t150\t〔13.5〕\t约束性", "〔13.5〕", null],
  ])("%s", (_d, row, target, suggested) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[0]?.target).toBe(target);
    const said = r.unread.filter((u) => u.code === "target-level-rise");
    if (suggested === null) {
      expect(said).toEqual([]);
      return;
    }
    expect(said).toHaveLength(1);
    expect(said[0]?.effect).toBe("to-check");
    expect(said[0]?.reason).toContain("每年应填当年的增加数");
    expect(said[0]?.reason).toContain(`“${suggested}”`);
  });
});

// a % level under a five-year total (a trial's 综合利用率 85.6, [15]: 86, 87, 88 summed to 1740% of 序时):
// said whatever the ratio, with both readings (reach it, or rise by it while that stays ≤ 100)
describe("a % level under a five-year total", () => {
  test.each<[string, string, string[], string | null]>([
    ["综合利用率 85.6, [15]: reach 15 (a rise would pass 100)", "1\t一般工业固体废物综合利用率（%）\t85.6\t[15]\t预期性", ["“≥15”"], "“≥100.6”"],
    ["森林覆盖率 23.2, [2]: reach 2, or rise to 25.2", "1\t森林覆盖率（%）\t23.2\t[2]\t约束性", ["“≥2”", "“≥25.2”"], null],
    ["the unit in its own column", "1\t普惠性幼儿园覆盖率\t%\t85\t[90]\t预期性", ["“≥90”"], "个百分点"],
  ])("%s", (_d, row, says, never) => {
    const head = row.split("\t").length === 6 ? "表1 主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性" : HEAD;
    const r = importTable(`${head}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.filter((u) => u.code === "target-cumulative-rate");
    expect(said).toHaveLength(1);
    expect(r.unread.filter((u) => u.code === "target-level-rise")).toEqual([]);
    for (const s of says) expect(said[0]?.reason).toContain(s);
    if (never) expect(said[0]?.reason).not.toContain(never);
  });

  test("a change name is not said: 能耗降低（%） 〔13.5〕 adds up", () => {
    const r = importTable(`${HEAD}\n1\t单位GDP能源消耗降低（%）\t/\t〔13.5〕\t约束性`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "target-cumulative-rate")).toEqual([]);
  });
});
