import { importTable } from "../../../src/import";

/** relativeTarget: a target written as a change from the baseline (`下降10%`) stays words, and the note says so and what number it may mean. */
const HEAD = "某市“十四五”卫生健康主要指标\n序号\t指标\t2020年\t2025年\t属性";

describe("relativeTarget", () => {
  test.each<[string, string, string, string | null, string | null]>([
    ["下降 N% of 8.1", "1\t三级医院平均住院日（天）\t8.1\t下降10%\t预期性", "下降10%", "≤", "7.29"],
    ["降低 N%", "1\t某某费用（元）\t200\t降低5%\t预期性", "降低5%", "≤", "190"],
    ["减少 N%", "1\t某某起数（起）\t40\t减少25%\t预期性", "减少25%", "≤", "30"],
    ["提高 N%", "1\t某某人数（万人）\t120\t提高10%\t预期性", "提高10%", "≥", "132"],
    ["增长 N%", "1\t某某床位数（张）\t6.6\t增长5%\t预期性", "增长5%", "≥", "6.93"],
    ["增加 N个百分点", "1\t某某覆盖率（%）\t85.5\t增加2个百分点\t预期性", "增加2个百分点", "≥", "87.5"],
    ["下降 N个百分点", "1\t某某吸烟率（%）\t20.1\t下降3个百分点\t预期性", "下降3个百分点", "≤", "17.1"],
    ["full-width ％", "1\t三级医院平均住院日（天）\t8.1\t下降10％\t预期性", "下降10％", "≤", "7.29"],
    ["no numeric baseline", "1\t三级医院平均住院日（天）\t—\t下降10%\t预期性", "下降10%", null, null],
    ["翻一番 of 412", "1\t数字经济核心产业增加值（亿元）\t412\t翻一番\t预期性", "翻一番", "≥", "824"],
    ["实现翻两番 of 1.5", "1\t某某产值（亿元）\t1.5\t实现翻两番\t预期性", "实现翻两番", "≥", "6"],
    // holding the baseline (a trial: 耕地保有量 不减少 loaded without a word, 待人工评估 every year)
    ["不减少 of 254.6", "1\t耕地保有量（万亩）\t254.6\t不减少\t约束性", "不减少", "≥", "254.6"],
    ["不降低 of 61.2", "1\t森林覆盖率（%）\t61.2\t不降低\t约束性", "不降低", "≥", "61.2"],
    ["确保不下降", "1\t粮食播种面积（万亩）\t120\t确保不下降\t约束性", "确保不下降", "≥", "120"],
    ["只增不减", "1\t湿地面积（万亩）\t8.5\t只增不减\t约束性", "只增不减", "≥", "8.5"],
    ["不低于2020年水平", "1\t某某床位数（张）\t6.6\t不低于2020年水平\t预期性", "不低于2020年水平", "≥", "6.6"],
    ["不增加", "1\t地下水开采量（亿立方米）\t2.1\t不增加\t约束性", "不增加", "≤", "2.1"],
    ["零增长", "1\t化肥使用量（万吨）\t12\t零增长\t约束性", "零增长", "≤", "12"],
    // a rise in the row's own unit (a trial's 人均预期寿命 77.93 | 提高1岁左右 got the generic words hint)
    ["提高 1岁左右 of 77.93", "1\t人均预期寿命（岁）\t77.93\t提高1岁左右\t预期性", "提高1岁左右", "", "78.93左右"],
    ["提高 1岁 of 77.93", "1\t人均预期寿命（岁）\t77.93\t提高1岁\t预期性", "提高1岁", "≥", "78.93"],
    ["增加 0.5岁左右", "1\t人均预期寿命（岁）\t77.93\t增加0.5岁左右\t预期性", "增加0.5岁左右", "", "78.43左右"],
    ["减少 2天", "1\t三级医院平均住院日（天）\t8.1\t减少2天\t预期性", "减少2天", "≤", "6.1"],
    ["增加 5万人, a unit of two characters", "1\t城镇新增就业（万人）\t120\t增加5万人\t预期性", "增加5万人", "≥", "125"],
    ["下降 10%左右", "1\t三级医院平均住院日（天）\t8.1\t下降10%左右\t预期性", "下降10%左右", "", "7.29左右"],
    // trial 25a: a yearly plan's 与上年持平 (its baseline is last year) loaded without the hint 不减少 gets
    ["与上年持平 of 35.2", "1\t一般公共预算收入（亿元）\t35.2\t与上年持平\t预期性", "与上年持平", "≥", "35.2"],
    ["总量与上年持平", "1\t一般公共预算收入（亿元）\t35.2\t总量与上年持平\t预期性", "总量与上年持平", "≥", "35.2"],
    // another body's figure: no number of the plan, said so
    ["与省持平, another body's figure", "1\t人均地区生产总值增速（%）\t5.1\t与省持平\t预期性", "与省持平", null, null],
    ["与全国平均水平持平", "1\t某某覆盖率（%）\t80\t与全国平均水平持平\t预期性", "与全国平均水平持平", null, null],
    ["不减少, no numeric baseline", "1\t耕地保有量（万亩）\t—\t不减少\t约束性", "不减少", null, null],
  ])("%s", (_d, row, target, op, value) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[0]?.target).toBe(target);
    const said = r.unread.filter((u) => u.code === "target-relative");
    expect(said).toHaveLength(1);
    expect(said[0]?.effect).toBe("to-check");
    expect(said[0]?.reason).toContain("待人工评估");
    if (op !== null && value !== null) expect(said[0]?.reason).toContain(`“${op}${value}”`);
    else expect(said[0]?.reason).toMatch(/无法换算|不能按基期值换算/);
  });

  // a trial reviewer's 单位GDP能耗下降（%） | 下降18%: the name counts the fall (§3a, up), so the target restates a fall of 18
  test.each<[string, string, string]>([
    ["…能耗下降（%）", "1\t单位GDP能耗下降（%）\t—\t下降18%\t约束性", "“≥18”"],
    ["…较2020年降低, % unit", "1\t单位GDP二氧化碳排放较2020年降低（%）\t/\t降低18%\t约束性", "“≥18”"],
  ])("%s: the name already counts the fall, the hint is a floor of the fall", (_d, row, hint) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.filter((u) => u.code === "target-relative");
    expect(said).toHaveLength(1);
    expect(said[0]?.reason).toContain("指标名称已表示降幅");
    expect(said[0]?.reason).toContain(hint);
    expect(said[0]?.reason).not.toContain("无法换算");
  });

  test.each<[string, string]>([
    ["a cumulative target under a name with 下降", "1\t城市细颗粒物（PM2.5）浓度下降（%）\t—\t〔10〕\t约束性"],
    ["a number under a name with 降低", "1\t单位地区生产总值能源消耗降低（%）\t—\t13.5\t约束性"],
    ["a rise in another unit", "1\t人均预期寿命（岁）\t77.93\t提高1年\t预期性"],
    ["words without a number", "1\t人均健康预期寿命（岁）\t—\t同比例提高\t预期性"],
  ])("%s is not a relative target", (_d, row) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code)).not.toContain("target-relative");
  });
});
