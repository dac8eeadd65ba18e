import { importTable } from "../../../src/import";

/**
 * wordsTarget: a trial's `每年降低0.5个百分点以上` and `1:1.2以上` were loaded as words without a line (each year
 * 待人工评估, typed values unchecked); a target with a number no form of §1 reads is said, unless a rule
 * before said what it is. Targets the rules read are not said. Words without a number (`保持稳定`, `全覆盖`) are
 * said too (trial27c: 保持稳定, 同比例提高, 持续提升 went unsaid), with the baseline as the bound to write where it is a number.
 */
const HEAD = "某县“十四五”卫生健康主要指标\n序号\t指标\t2020年\t2025年\t属性";

describe("wordsTarget", () => {
  test.each<[string, string, boolean]>([
    ["a yearly change in points", "1\t儿童青少年总体近视率（%）\t52\t每年降低0.5个百分点以上\t约束性", true],
    ["a ratio not to one", "1\t医护比\t1:1.1\t1:1.2以上\t预期性", true],
    ["a number and words", "1\t全社会研发经费投入增长（%）\t—\t>7、力争投入强度高于“十三五”时期实际\t预期性", true],
    ["a bound: read, not said", "1\t孕产妇死亡率（1/10万）\t9.8\t<12\t预期性", false],
    ["words without a number", "1\t家庭医生签约服务\t/\t全覆盖\t预期性", true],
    ["保持稳定 (trial27c t1)", "1\t居民健康素养水平（%）\t25.4\t保持稳定\t预期性", true],
    ["同比例提高", "1\t个人卫生支出占卫生总费用的比重（%）\t27.7\t同比例提高\t预期性", true],
    ["不减少 is said as a change, not twice", "1\t生态保护红线面积（平方公里）\t312\t不减少\t约束性", false],
    ["a change from the baseline: said as that, not twice", "1\t婴儿死亡率（‰）\t3.6\t下降10%\t预期性", false],
  ])("%s", (_d, row, said) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const words = r.unread.filter((u) => u.code === "target-words");
    expect(words).toHaveLength(said ? 1 : 0);
    if (said) {
      expect(words[0]?.effect).toBe("to-check");
      expect(words[0]?.reason).toContain("已按文字载入：每年的状态为待人工评估");
      expect(words[0]?.reasonEn).toContain("each year is manual");
    }
  });

  test.each<[string, string, string]>([
    ["a number baseline: the bound to write", "1\t居民健康素养水平（%）\t25.4\t保持稳定\t预期性", "如不低于基期值写作“≥25.4”"],
    ["no number baseline", "1\t家庭医生签约服务\t/\t持续提升\t预期性", "如“≥…”或“≤…”"],
    ["a higher body's target (trial27c t8): its number, not the baseline", "1\t受污染耕地安全利用率（%）\t93\t完成国家下达任务\t约束性", "上级下达了数值时，请在生成的模板文件中把目标（target）改写为该数值"],
  ])("words alone: %s", (_d, row, hint) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.find((u) => u.code === "target-words")?.reason).toContain(hint);
  });
});
