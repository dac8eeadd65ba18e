import { importTable } from "../../../src/import";

// trL: a row whose numbers alone tell its direction, read down, was said only by check, on every return each year
const FIVE = "某市“十四五”规划主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性\n";
// a 累计 column kept in the note (cumulativeNote): 累计：〔-10〕
const FIVE_TOTAL = "某市“十四五”规划主要指标\n序号\t指标\t单位\t2020年\t2025年\t累计\t属性\n";
const FIVE_REMARK = "某市“十四五”规划主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性\t备注\n";
// trial29a's 十三五 agriculture table (yunxi-agri13): one column for 年均增速 and 〔累计〕
const TRIAL = "某市农业“十三五”规划主要指标\n类别\t指标\t2015年\t2020年\t年均增速〔累计〕\t属性\n";
const YEARLY = "某县2026年国民经济和社会发展计划主要指标\n序号\t指标\t单位\t2025年预计完成\t2026年计划\n";

describe("seriesDirection: a direction read down is said at import as check will see it", () => {
  test.each<[string, string, number, number]>([
    ["target below the baseline, no word", FIVE + "1\t粮食播种规模\t万亩\t120\t110\t约束性", 1, 0],
    ["target above the baseline", FIVE + "1\t粮食播种规模\t万亩\t100\t110\t约束性", 0, 0],
    ["an operator tells it", FIVE + "1\t粮食播种规模\t万亩\t120\t≥110\t约束性", 0, 0],
    // 用水量 is a lower-is-better word since session 30 (§3a, our reading): no longer read from the series
    ["a name word tells it (用水量: down)", FIVE + "1\t万元GDP用水量\t立方米\t40\t35\t约束性", 0, 0],
    ["no word (化肥施用量): said", FIVE + "1\t化肥施用量\t万吨\t40\t35\t约束性", 1, 0],
    ["a name word tells it (浓度: down)", FIVE + "1\tPM2.5平均浓度\t微克/立方米\t40\t35\t约束性", 0, 0],
    ["a 左右 target: judged by distance", FIVE + "1\t地下水质量极差比例\t%\t15.74\t15.5左右\t预期性", 0, 0],
    ["a name word tells it (保有量: up, so keep)", FIVE + "1\t耕地保有量\t万亩\t255\t250\t约束性", 0, 0],
    ["equal: keep", FIVE + "1\t粮食播种规模\t万亩\t120\t120\t约束性", 0, 0],
    ["no baseline", FIVE + "1\t粮食播种规模\t万亩\t—\t110\t约束性", 0, 0],
    ["a words target", FIVE + "1\t粮食播种规模\t万亩\t120\t稳定\t约束性", 0, 0],
    // a works word reads up in a yearly plan only (§3a, our reading): a five-year plan's row is read from its series, as check does
    ["five-year plan, works word, target below the baseline: check warns, so said", FIVE + "1\t高标准农田建设\t万亩\t120\t110\t约束性", 1, 0],
    ["yearly plan, works word, target below last year's: up, nothing said", YEARLY + "1\t高标准农田建设\t万亩\t0.2\t0.15", 0, 0],
    ["yearly plan, no word, target below last year's: said", YEARLY + "1\t粮食播种规模\t万亩\t120\t110", 1, 0],
    // the plan's stated cut (§3a rule 2a): down by the change, check does not warn; said as such
    ["a negative 累计 kept in the note: the stated cut", FIVE_TOTAL + "1\t水产品总产量\t万吨\t120\t110\t〔-10〕\t预期性", 0, 1],
    ["a 调减 remark: the stated cut", FIVE_REMARK + "1\t粮食播种规模\t万亩\t120\t110\t约束性\t调减10万亩", 0, 1],
    ["a positive 累计: no cut, read from the series", FIVE_TOTAL + "1\t粮食播种规模\t万亩\t120\t110\t〔10〕\t约束性", 1, 0],
    ["trial29a: 水产品总产量 6690 → 6600, 年均增速 -0.3", TRIAL + "农业结构\t水产品总产量（万吨）\t6690\t6600\t-0.3\t预期性", 0, 1],
    ["trial29a: 玉米种植面积 5.7 → 5, 〔-0.7〕 (the cut before 面积's up)", TRIAL + "农业结构\t玉米种植面积（亿亩）\t5.7\t5\t〔-0.7〕\t预期性", 0, 1],
    ["a stated cut on a 左右 target: judged by distance, nothing said", FIVE_TOTAL + "1\t水产品总产量\t万吨\t120\t110左右\t〔-10〕\t预期性", 0, 0],
  ])("%s", (_d, table, series, change) => {
    const r = importTable(table);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "direction-from-series")).toHaveLength(series);
    expect(r.unread.filter((u) => u.code === "direction-from-change")).toHaveLength(change);
  });

  test.each<[string, string, RegExp, RegExp]>([
    ["累计", FIVE_TOTAL + "1\t水产品总产量\t万吨\t120\t110\t〔-10〕\t预期性", /方向按规划所列变化（累计 〔-10〕）定为越低越好（不超过 110 为达到）/, /the change the plan states \(“累计 〔-10〕”\): judged lower-is-better \(at most 110 is met\)/],
    ["年均增速", TRIAL + "农业结构\t水产品总产量（万吨）\t6690\t6600\t-0.3\t预期性", /方向按规划所列变化（年均增速 -0.3）定为越低越好（不超过 6600 为达到）/, /\(“年均增速 -0\.3”\)/],
    ["调减", FIVE_REMARK + "1\t粮食播种规模\t万亩\t120\t110\t约束性\t调减10万亩", /方向按规划所列变化（调减10万亩）定为越低越好/, /\(“调减10万亩”\)/],
  ])("the stated cut's line names it (%s), zh and en", (_d, table, zh, en) => {
    const r = importTable(table);
    if (!r.ok) throw new Error(r.message);
    const line = r.unread.find((u) => u.code === "direction-from-change");
    expect(line?.reason).toMatch(zh);
    expect(line?.reason).not.toMatch(/每年都会提示方向是推断的/);
    expect(line?.reasonEn).toMatch(en);
  });
});
