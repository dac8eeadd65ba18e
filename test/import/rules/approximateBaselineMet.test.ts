import { importTable } from "../../../src/import";
import { unreadMessage } from "../../../src/import/unreadMessages";

/**
 * approximateBaselineMet: a 左右 target whose baseline already lies within its met band (§3: 10% of the target either
 * side) is 已达标 from the first year, whatever the value does within the band (trial26a: 常住人口城镇化率 58.3 → 63左右,
 * a county falling to 57.9 was 已达标 and 提前实现). Said at import with the band, the baseline in it and the bound
 * to write by the row's direction (its name's, else the target's side of the baseline); outside the band, a name
 * that says a change (a yearly rate) and a target equal to its baseline are not said by it.
 */
const HEAD = "某县“十五五”主要指标\n序号\t指标\t2025年\t2030年\t属性";
const CODE = "target-approximate-baseline-met";

describe("approximateBaselineMet", () => {
  test.each<[string, string, { zh: string[]; en: string[] } | null, string | null]>([
    ["up by the numbers, inside the band (the trial's row)", "1\t常住人口城镇化率（%）\t58.3\t63左右\t预期性",
      { zh: ["以 63 上下 10% 判定（56.7–69.3 为已达标），基期值 58.3 已在其中：第一年起即为已达标，数值在此范围内下降也仍是已达标", "如规划的意思是达到 63（不低于 63），可在生成的模板文件中把目标（target）改写为“≥63”"],
        en: ["(56.7–69.3 met, 10% either side), and the baseline 58.3 is already inside: the row is met from the first year, even if the value falls", "if the plan means reaching 63 (at least 63), write the target as “≥63”"] }, null],
    ["up, the baseline on the band's edge", "1\t常住人口城镇化率（%）\t56.7\t63左右\t预期性",
      { zh: ["基期值 56.7 已在其中", "“≥63”"], en: ["the baseline 56.7 is already inside", "“≥63”"] }, null],
    ["up, outside the band: not said", "1\t常住人口城镇化率（%）\t55\t63左右\t预期性", null, null],
    ["down by the numbers, inside the band", "1\t平均通勤时间（分钟）\t32\t30左右\t预期性",
      { zh: ["基期值 32 已在其中：第一年起即为已达标，数值在此范围内上升也仍是已达标", "如规划的意思是降到 30（不超过 30），可在生成的模板文件中把目标（target）改写为“≤30”"],
        en: ["even if the value rises within that range", "if the plan means getting down to 30 (at most 30), write the target as “≤30”"] }, null],
    ["down by the name, inside the band: said in place of the direction's line", "1\t城镇调查失业率（%）\t5.1\t5.5左右\t预期性",
      { zh: ["基期值 5.1 已在其中", "表中方向显示为“≈接近目标”；指标名称中的“失业率”虽表示越低越好，但对“左右”目标不起作用；如规划的意思是不超过 5.5，可在生成的模板文件中把目标（target）改写为“≤5.5”"],
        en: ["the sheet's direction reads “≈ near the target”; the name's “失业率” would say lower is better, but not against an “about” target; if the plan means at most 5.5, write the target as “≤5.5”"] }, null],
    // trial34 C2: 九年义务教育巩固率 99.6 → 99.7左右 read "89.73–109.67 为已达标" for a rate that cannot pass 100
    ["a % rate inside the band: the band ends at 100", "1\t九年义务教育巩固率（%）\t99.6\t99.7左右\t约束性",
      { zh: ["（89.73–100 为已达标，比率不超过 100%，区间至 100 为止），基期值 99.6 已在其中"], en: ["(89.73–100 met, 10% either side, ending at 100 since the rate cannot pass 100%)"] }, null],
    ["down by the name, outside the band: the direction's line only", "1\t城镇调查失业率（%）\t4.5\t5.5左右\t预期性", null, "target-approximate-direction"],
    ["a yearly rate (增长) inside the band: the direction's line only", "1\t地区生产总值增长（%）\t5.4\t5左右\t预期性", null, "target-approximate-direction"],
    ["the baseline equal to the target: not said", "1\t常住人口（万人）\t120\t120左右\t预期性", null, null],
    ["a bound, not 左右: not said", "1\t常住人口城镇化率（%）\t58.3\t≥63\t预期性", null, null],
  ])("%s", (_d, row, said, other) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const lines = r.unread.filter((u) => u.code === CODE);
    expect(r.unread.filter((u) => u.code === "target-approximate-direction").length).toBe(other === null ? 0 : 1);
    if (said === null) {
      expect(lines).toEqual([]);
      return;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]?.effect).toBe("to-check");
    for (const part of said.zh) expect(lines[0]?.reason).toContain(part);
    const en = unreadMessage(lines[0]!, "en");
    for (const part of said.en) expect(en).toContain(part);
  });
});
