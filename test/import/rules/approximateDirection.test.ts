import { importTable } from "../../../src/import";

/**
 * approximateDirection: a 左右 target on a name that tells a direction (a trial's 居民消费价格涨幅 3左右: a year's
 * 0.4 was 严重滞后, since §3 judges 左右 both ways) is kept as written and said, with the met range and
 * the bound to write if the plan means a cap (or a floor); a name ending in a rise (增长, 增速) as a floor. Names without a direction are not said.
 */
const HEAD = "2025年国民经济和社会发展计划主要指标\n序号\t指标\t2024年完成\t2025年目标\t属性";

describe("approximateDirection", () => {
  test.each<[string, string, string, string | null, string | null]>([
    ["CPI, a cap", "1\t居民消费价格涨幅（%）\t0.2\t2左右\t预期性", "2左右", "1.8–2.2 为已达标），按与 2 的距离评估、不看升降，明显低于 2 也算滞后", "“≤2”"],
    ["失业率, a cap", "1\t城镇调查失业率（%）\t4.5\t5.5左右\t预期性", "5.5左右", "4.95–6.05 为已达标）", "“≤5.5”"],
    ["收入, a floor", "1\t居民人均可支配收入（元）\t48000\t55000左右\t预期性", "55000左右", "明显高于 55000 也算滞后", "“≥55000”"],
    ["约 written before the number", "1\t物价总水平涨幅（%）\t0.5\t约3\t预期性", "约3", "2.7–3.3", "“≤3”"],
    // a trial's 地区生产总值增长 8.2 against 6左右 was 严重滞后 with nothing said at import
    ["a rise ending the name (增长), a floor", "1\t地区生产总值增长（%）\t5.4\t5左右\t预期性", "5左右", "明显高于 5 也算滞后", "“≥5”"],
    ["增速, a floor", "1\t固定资产投资增速（%）\t3.1\t6左右\t预期性", "6左右", "5.4–6.6 为已达标", "“≥6”"],
    // trial34 C5: the note said "“增长”表示越高越好" while the sheet's 方向 read ≈接近目标; one story now, the label's
    ["a rise ending the name: the 方向 label named, the name's word said not to apply", "1\t地区生产总值增长（%）\t5.8\t6%左右\t预期性", "6%左右",
      "表中方向显示为“≈接近目标”；指标名称中的“增长”虽表示越高越好，但对“左右”目标不起作用", "“≥6”"],
    // trial34 C2: a % rate's band ends at 100 (unitBounds), said so; the status is still the distance's
    ["a % rate's band ends at 100", "1\t九年义务教育巩固率（%）\t85\t99.7左右\t约束性", "99.7左右", "（89.73–100 为已达标，比率不超过 100%，区间至 100 为止）", "“≥99.7”"],
    ["a change's band is not capped", "1\t地区生产总值增长（%）\t80\t95左右\t预期性", "95左右", "（85.5–104.5 为已达标）", "“≥95”"],
    // session 46: a negative target's band read 「-2.2–-1.8 为已达标」, a dash beside a minus (rangeText)
    ["a negative target: its band in words", "1\t常住人口增长率（‰）\t1\t-2左右\t预期性", "-2左右", "（-2.2 至 -1.8 为已达标）", "“≥-2”"],
    ["no direction in the name: not said", "1\t常住人口（万人）\t118\t120左右\t预期性", "120左右", null, null],
    ["a bound, not 左右: not said", "1\t居民消费价格涨幅（%）\t0.2\t≤3\t预期性", "≤3", null, null],
  ])("%s", (_d, row, target, range, bound) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[0]?.target).toBe(target);
    const said = r.unread.filter((u) => u.code === "target-approximate-direction");
    if (range === null) {
      expect(said).toEqual([]);
      return;
    }
    expect(said).toHaveLength(1);
    expect(said[0]?.effect).toBe("to-check");
    expect(said[0]?.reason).toContain(range);
    expect(said[0]?.reason).toContain(`可在生成的模板文件中把目标（target）改写为${bound}`);
  });
});
