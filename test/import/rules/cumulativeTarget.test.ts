import { cumulativeTarget } from "../../../src/import/rules/cumulativeTarget";
import { draftThrough } from "./harness";
import { importTable } from "../../../src/import/importTable";

const HEAD = ["某市“十三五”主要指标", "指标\t2015年\t2020年\t〔累计〕\t属性"];

describe("cumulativeTarget: the 累计 column's total is the target when the target cell is empty", () => {
  test.each<[string, string, string, string, string[]]>([
    ["empty target, bare total", "1\t浓度下降(%)\t-\t-\t18\t约束性", "〔18〕", "18", ["target-from-cumulative"]],
    ["empty target, bracketed total", "1\t浓度下降(%)\t-\t\t〔18〕\t约束性", "〔18〕", "〔18〕", ["target-from-cumulative"]],
    ["a target and a total", "1\t浓度下降(%)\t-\t15\t〔18〕\t约束性", "15", "〔18〕", ["target-and-cumulative"]],
    ["no total", "1\t浓度下降(%)\t-\t15\t-\t约束性", "15", "-", []],
  ])("%s", (_d, row, target, cumulative, codes) => {
    const { draft, codes: got } = draftThrough(cumulativeTarget, [...HEAD, row]);
    expect([draft.target, draft.cumulative]).toEqual([target, cumulative]);
    expect(got).toEqual(codes);
  });

  test.each<[string, string, string, string[]]>([
    ["a bare yearly average", "1\t研发经费投入增长(%)\t—\t—\t>7\t预期性", ">7", ["target-from-annual"]],
    ["a yearly average in words", "2\t全员劳动生产率增长(%)\t2.5\t—\t高于GDP增长\t预期性", "高于GDP增长", ["target-from-annual"]],
    ["a total in 〔〕", "3\t单位GDP能源消耗降低(%)\t—\t—\t〔13.5〕\t约束性", "〔13.5〕", ["target-from-cumulative"]],
    ["a target beside it", "4\t常住人口城镇化率(%)\t60.6\t65\t—\t预期性", "65", []],
  ])("a 年均/累计 column (national 纲要): %s", (_d, row, target, codes) => {
    const { draft, codes: got } = draftThrough(cumulativeTarget, ["“十四五”时期经济社会发展主要指标", "指标\t2020年\t2025年\t年均/累计\t属性", row]);
    expect([draft.target, got]).toEqual([target, codes]);
  });

  // trO's 完成省下达任务 in a 年均增长〔累计〕 column was said to be 是年均目标而不是五年累计: words are neither
  test.each<[string, string, boolean, string, string]>([
    ["a target in words", "完成省下达任务", true, "是文字目标（没有数值，不分年均或五年累计）", "年均目标"],
    ["words with a number", "高于地区生产总值增长1个百分点", true, "是文字目标", "年均目标"],
    ["a bare yearly bound", "7以上", false, "是年均目标而不是五年累计", "文字目标"],
  ])("a 年均增长〔累计〕 column: %s", (_d, cell, words, says, never) => {
    const r = importTable(["表1　衢州市“十五五”时期经济社会发展主要指标", "类别\t序号\t指标\t2025年\t2030年\t年均增长〔累计〕\t属性", `绿色低碳\t15\t单位地区生产总值能源消耗降低（%）\t〔14.2〕\t—\t${cell}\t约束性`].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.find((u) => u.code === "target-from-annual");
    expect([r.template.indicators[0]?.target, said?.params]).toEqual([cell, { value: cell, label: "年均增长〔累计〕", target: "—", words }]);
    expect(said?.reason).toContain(says);
    expect(said?.reason).not.toContain(never);
  });

  // trial29a F6: `(6)` under `年均增(5年累计)` with 54 → 60 was called 每年的平均数，不是五年累计 (note 年均增：(6))
  test.each<[string, string, string, string, boolean]>([
    ["round brackets, the target less the baseline, a header naming 累计", "年均增(5年累计)", "54\t60\t(6)", "累计：(6)", true],
    ["full-width round brackets", "年均增(5年累计)", "54\t60\t（6）", "累计：（6）", true],
    ["decimals (10.75 − 8)", "年均增(5年累计)", "8\t10.75\t(2.75)", "累计：(2.75)", true],
    ["round brackets, not the change", "年均增(5年累计)", "54\t62\t(6)", "年均增：(6)", false],
    ["in 〔〕 as written", "年均增长〔累计〕", "53\t60\t〔6〕", "累计：〔6〕", false],
    ["bare, the change: a yearly average as before", "年均增(5年累计)", "53\t60\t7", "年均增：7", false],
  ])("a 年均/累计 column's %s", (_d, label, cells, note, total) => {
    const r = importTable(["“十四五”推进农业农村现代化主要指标", `指标\t2020年基期值\t2025年目标值\t${label}\t属性`, `养老服务机构覆盖率(%)\t${cells}\t预期性`].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.find((u) => u.code === "target-and-cumulative");
    expect(r.template.indicators[0]?.note).toBe(note);
    expect(said?.reason.includes("是五年累计数")).toBe(total);
    expect(said?.reason.includes("每年的平均数")).toBe(!total && !/〔/.test(cells));
  });

  // trial39a F1: 9 of the 12 rows of a 年均增速〔累计〕 table were said (64, 〔4〕 from 60) though the total is the target
  // less the baseline; now only a total that is not the change is said, with both numbers, and every one is noted
  test.each<[string, string, string, string | null]>([
    ["the change (64 − 60)", "60\t64\t〔4〕", "累计：〔4〕", null],
    ["a floor's change (215 − 180)", "180\t≥215\t〔35〕", "累计：〔35〕", null],
    ["decimals (98 − 97.8)", "97.8\t98以上\t〔0.2〕", "累计：〔0.2〕", null],
    ["a fall, negative (3000 − 3260)", "3260\t≤3000\t〔-260〕", "累计：〔-260〕", null],
    ["a fall by its size", "3260\t≤3000\t〔260〕", "累计：〔260〕", null],
    ["square brackets", "12.5\t15\t[2.5]", "累计：[2.5]", null],
    ["not the change", "60\t64\t〔5〕", "累计：〔5〕", "目标值“64”与累计列“〔5〕”不一致：目标 64 与基期值 60 之差为 4，累计值却是 5；"],
    ["a rise written negative", "60\t64\t〔-4〕", "累计：〔-4〕", "目标 64 与基期值 60 之差为 4，累计值却是 -4；"],
    ["no baseline to tell", "—\t64\t〔4〕", "累计：〔4〕", "目标值“64”与累计列“〔4〕”都有数值，目标取“64”"],
  ])("a total in 〔〕 beside a target: %s", (_d, cells, note, says) => {
    const r = importTable(["湖州市推进农业农村现代化“十四五”规划", "指标\t2020年基期值\t2025年目标值\t年均增速〔累计〕\t指标属性", `农业科技进步贡献率（%）\t${cells}\t预期性`].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.find((u) => u.code === "target-and-cumulative");
    expect(r.template.indicators[0]?.note).toBe(note);
    expect(said?.reason ?? null).toEqual(says === null ? null : expect.stringContaining(says));
  });

  test.each<["zh" | "en", string]>([
    ["zh", "目标值“64”与累计列“〔5〕”不一致：目标 64 与基期值 60 之差为 4，累计值却是 5；目标取“64”，累计值记在模板文件中该指标的备注（note），填报表上不显示，请对照规划原文核对两者，已载入，请核对"],
    ["en", "the target “64” and the cumulative “〔5〕” disagree: the target 64 less the baseline 60 is 4, but the cumulative is 5; target kept, cumulative kept in the template file's note for the row (not shown on the returns), check both against the plan; loaded, to check"],
  ])("a total that is not the change, in %s", (lang, text) => {
    const r = importTable(["某市“十四五”主要指标", "指标\t2020年\t2025年\t〔累计〕\t属性", "1\t甲率(%)\t60\t64\t〔5〕\t约束性"].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.find((u) => u.code === "target-and-cumulative");
    expect(lang === "zh" ? said?.reason : said?.reasonEn).toBe(text);
  });

  test("a table without a 累计 column: the target column", () => {
    const { draft, codes } = draftThrough(cumulativeTarget, ["某市“十四五”主要指标", "指标\t2020年\t2025年", "1\t甲率(%)\t1\t≥2"]);
    expect([draft.target, draft.cumulative, codes]).toEqual(["≥2", "", []]);
  });
});

// an amount's row whose only target is a bare yearly average (地区生产总值 | 亿元 | 300 | — | 8左右) was loaded as 8左右 亿元,
// every year's GDP far above it; now the row is the growth rate, as a yearly plan's growth column makes it (trial30e)
describe("cumulativeTarget: a yearly average on an amount's row is loaded as the growth rate", () => {
  const HEAD = ["某县“十四五”主要指标", "序号\t指标\t单位\t2020年\t2025年\t年均增长〔累计〕\t属性"];
  test.each<[string, string, [string, string, string, string]]>([
    ["an amount, a dash target", "1\t地区生产总值\t亿元\t300\t—\t8左右\t预期性", ["地区生产总值年均增长", "%", "", "8左右"]],
    ["an amount, an empty target", "1\t一般公共预算收入\t亿元\t20\t\t>7\t预期性", ["一般公共预算收入年均增长", "%", "", ">7"]],
    ["a name ending in a rise keeps it", "1\t居民人均可支配收入增长\t元\t—\t—\t7\t预期性", ["居民人均可支配收入增长", "%", "—", "7"]],
    ["a rate already: as it was", "1\t地区生产总值增长\t%\t6\t—\t8左右\t预期性", ["地区生产总值增长", "%", "6", "8左右"]],
    ["no unit: as it was", "1\t研发经费投入增长\t\t—\t—\t>7\t预期性", ["研发经费投入增长", "", "—", ">7"]],
    ["words: as they were", "1\t地区生产总值\t亿元\t300\t—\t高于全省平均\t预期性", ["地区生产总值", "亿元", "300", "高于全省平均"]],
  ])("%s", (_d, row, [name, unit, baseline, target]) => {
    const r = importTable([...HEAD, row].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const i = r.template.indicators[0];
    expect([i?.name, i?.unit, i?.baseline, i?.target]).toEqual([name, unit, baseline, target]);
  });

  test.each<["zh" | "en", RegExp]>([
    ["zh", /它是年均增速，不是亿元数，本行按增速载入为“地区生产总值年均增长”（单位 %），基期值“300”（亿元）是总量、不是增速，未作为基期值/],
    ["en", /a yearly growth rate, not an amount in 亿元, so the row is loaded as the growth rate “地区生产总值年均增长” \(unit %\), its baseline “300” \(亿元\) an amount, not a rate, left out/],
  ])("the line in %s", (lang, text) => {
    const r = importTable([...HEAD, "1\t地区生产总值\t亿元\t300\t—\t8左右\t预期性"].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const u = r.unread.find((x) => x.code === "target-from-annual");
    expect(lang === "zh" ? u?.reason : u?.reasonEn).toMatch(text);
  });
});
