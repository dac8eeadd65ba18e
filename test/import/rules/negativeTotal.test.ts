import { importTable } from "../../../src/import";
import { formatUnread } from "../../../src/import/formatUnread";

/**
 * negativeTotal: a reduction written as a negative five-year total (`〔−100〕`) loaded silently as a
 * cumulative target, and every yearly amount the county then typed (−20, −25…) was 数据异常. Kept as
 * written and said once, with the fix (name the fall, write the total positive). Since trial35 TP1 a plan's own
 * negative number opens its row to negatives (unitBounds), so the yearly amounts are taken and the line says the total is met
 * with no fall at all.
 */
const HEAD = "某县“十四五”主要指标\n序号\t指标\t2020年\t2025年\t属性";
const TOTAL_HEAD = "某县“十三五”主要指标\n序号\t指标\t2015年\t2020年\t〔累计〕\t属性";

describe("negativeTotal", () => {
  // table, the target kept, its size, the fix's name (null: the name says the fall) and target
  test.each<[string, string, string, string, string | null, string]>([
    ["the Unicode minus in 〔〕", `${HEAD}\n1\t化肥使用量（万吨）\t300\t〔−100〕\t约束性`, "〔−100〕", "100", "化肥使用量减少（万吨）", "〔100〕"],
    ["ASCII minus in []", `${HEAD}\n1\t化肥使用量（万吨）\t300\t[-100]\t约束性`, "[-100]", "100", "化肥使用量减少（万吨）", "[100]"],
    ["ASCII minus in 〔〕", `${HEAD}\n1\t农药使用量（吨）\t50\t〔-5〕\t约束性`, "〔-5〕", "5", "农药使用量减少（吨）", "〔5〕"],
    ["full-width minus in ［］", `${HEAD}\n1\t农药使用量(吨)\t50\t［－5］\t约束性`, "［－5］", "5", "农药使用量减少(吨)", "［5］"],
    ["a 累计 column's bare -100", `${TOTAL_HEAD}\n1\t化肥使用量（万吨）\t300\t—\t-100\t约束性`, "〔-100〕", "100", "化肥使用量减少（万吨）", "〔100〕"],
    ["a name that says the fall already", `${HEAD}\n1\t单位GDP能源消耗降低（%）\t—\t〔-13.5〕\t约束性`, "〔-13.5〕", "13.5", null, "〔13.5〕"],
  ])("%s: kept and said once", (_d, table, target, total, name, positive) => {
    const r = importTable(table);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[0]?.target).toBe(target);
    const said = r.unread.filter((u) => u.code === "target-negative-total");
    expect(said.map((u) => [u.effect, u.params])).toEqual([["to-check", { target, total, positive, name }]]);
  });

  test.each<[string, string]>([
    ["a positive total on a fall name", `${HEAD}\n1\t单位GDP能源消耗降低（%）\t—\t〔13.5〕\t约束性`],
    ["a positive total of yearly amounts", `${HEAD}\n1\t城镇新增就业人数（万人）\t11\t〔55〕\t预期性`],
    ["a negative point target (a change that may fall)", `${HEAD}\n1\t人口自然增长率（‰）\t1.2\t-0.5\t预期性`],
    ["a negative yearly average in a 年均/累计 column", "“十四五”主要指标\n指标\t2020年\t2025年\t年均/累计\t属性\n1\t能耗增长(%)\t—\t—\t-2\t约束性"],
  ])("not said: %s", (_d, table) => {
    const r = importTable(table);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "target-negative-total")).toEqual([]);
  });

  test.each<["zh" | "en", string[]]>([
    ["zh", ["第 3 行：目标“〔−100〕”是负的五年累计数", "相加不低于 −100 即算达到，不减少也一开始就算达到", "可在生成的模板文件中把名称（name）改为“化肥使用量减少（万吨）”、目标（target）改为“〔100〕”", "已载入，请核对：1 | 化肥使用量（万吨） | 300 | 〔−100〕 | 约束性"]],
    ["en", ["line 3: the target “〔−100〕” is a negative five-year total", "it is met once they add up to −100 or more: from the start, with no fall at all", "rename it “化肥使用量减少（万吨）” and write the target as “〔100〕”", "loaded, to check: 1 | 化肥使用量（万吨） | 300 | 〔−100〕 | 约束性"]],
  ])("one line says where, what it read, the yearly cells and the fix (%s)", (lang, says) => {
    const lines = formatUnread(importTable(`${HEAD}\n1\t化肥使用量（万吨）\t300\t〔−100〕\t约束性`), lang).split("\n").slice(1);
    expect(lines).toHaveLength(1);
    for (const s of says) expect(lines[0]).toContain(s);
  });
});
