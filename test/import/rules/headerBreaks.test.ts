import { importTable } from "../../../src/import";
import { joinHeaderBreak } from "../../../src/import/rules/headerBreaks";

/**
 * headerBreaks: a header cell broken over lines by a web page's copy (its text goes on at the start
 * of the next line) is joined when the pieces make an indicator header as wide as the rows; aligned
 * two-line headers, a header followed by its rows, and pastes without a broken header are left alone.
 */
const ROWS = ["1\t学前三年毛入园率（%）\t95\t98以上\t预期性", "2\t每千人口医疗卫生机构床位数（张）\t5.2\t6\t预期性"];
const TITLE = "某县“十四五”社会事业主要指标";

describe("joinHeaderBreak", () => {
  test.each<[string, string[], string]>([
    ["a word under the last year", ["序号\t指标\t2020年\t2025年", "目标\t属性"], "序号\t指标\t2020年\t2025年目标\t属性"],
    ["inside a baseline label", ["序号\t指标\t2020年基", "期值\t2025年目标\t属性"], "序号\t指标\t2020年基期值\t2025年目标\t属性"],
    ["inside the name label", ["序号\t指标名", "称\t2020年\t2025年目标\t属性"], "序号\t指标名称\t2020年\t2025年目标\t属性"],
    ["over three lines", ["序号\t指标\t2020年基", "期值\t2025年", "目标\t属性"], "序号\t指标\t2020年基期值\t2025年目标\t属性"],
    // a browser's copy of `2020<br>基期值` in every cell: five lines, joined to the end, not at the first width that fits
    ["every cell broken (`<br>`)", ["序号\t指标\t2020", "基期值\t2025", "目标值\t指标", "属性"], "序号\t指标\t2020基期值\t2025目标值\t指标属性"],
  ])("%s: joined, line numbers kept", (_d, header, joined) => {
    const r = joinHeaderBreak([TITLE, ...header, ...ROWS]);
    expect(r?.lines).toEqual([TITLE, joined, ...header.slice(1).map(() => ""), ...ROWS]);
    expect(r?.joined.lines).toEqual(header.map((_, n) => n + 1));
  });

  test.each<[string, string[]]>([
    ["a whole header", [TITLE, "序号\t指标\t2020年\t2025年目标\t属性", ...ROWS]],
    ["a header narrower than its rows (no 序号 label), then rows", [TITLE, "指标\t2020年\t2025年目标\t属性", ...ROWS]],
    ["an aligned two-line header", [TITLE, "序号\t指标\t规划目标\t\t属性", "\t\t2020年\t2025年\t", ...ROWS]],
    ["pieces that make no header", [TITLE, "序号\t说明\t甲", "乙\t丙\t丁", ...ROWS]],
    ["a title with a tab above a whole header", ["表1\t某市“十三五”生态环境保护主要指标", "类别\t指标\t2015年\t2020年\t属性", "环境质量\t1\t细颗粒物浓度(微克/立方米)\t45\t40\t约束性"]],
  ])("%s: left alone", (_d, lines) => {
    expect(joinHeaderBreak(lines)).toBeNull();
  });
});

/** Rows under a category merged down the left edge: a browser copies the category on its group's first row only, the others a cell short. */
const SPANNED = [
  "经济发展\t1\t地区生产总值（亿元）\t216.5\t300\t〔83.5〕\t预期性",
  "2\t常住人口城镇化率（%）\t48.3\t55\t〔6.7〕\t预期性",
  "3\t研发经费投入强度（%）\t1.1\t2\t〔0.9〕\t预期性",
  "民生福祉\t4\t人均预期寿命（岁）\t78\t79\t〔1〕\t预期性",
  "5\t城镇新增就业人数（万人）\t0.4\t0.5\t〔2.5〕\t预期性",
  "6\t城镇调查失业率（%）\t5\t5.5\t—\t预期性",
];

describe("joinHeaderBreak under rows a merged category leaves a cell short (trial29a F2)", () => {
  test.each<[string, string[], string]>([
    ["one cell broken", ["类别\t序号\t指标\t2020", "基期值\t2025年目标值\t年均增长〔累计〕\t属性"], "类别\t序号\t指标\t2020基期值\t2025年目标值\t年均增长〔累计〕\t属性"],
    ["two cells broken", ["类别\t序号\t指标\t2020", "基期值\t2025", "目标值\t年均增长〔累计〕\t属性"], "类别\t序号\t指标\t2020基期值\t2025目标值\t年均增长〔累计〕\t属性"],
    ["every cell broken", ["类别\t序号\t指标\t2020", "基期值\t2025", "目标值\t年均增长", "〔累计〕\t指标", "属性"], "类别\t序号\t指标\t2020基期值\t2025目标值\t年均增长〔累计〕\t指标属性"],
  ])("%s: joined as wide as the full rows, not the most common width", (_d, header, joined) => {
    const r = joinHeaderBreak([TITLE, ...header, ...SPANNED]);
    expect(r?.lines[1]).toBe(joined);
    expect(r?.joined.lines).toEqual(header.map((_, n) => n + 1));
  });
});

describe("a broken header through the importer", () => {
  test.each([
    [["序号\t指标\t2020年\t2025年", "目标\t属性"]],
    [["序号\t指标\t2020年基", "期值\t2025年目标\t属性"]],
  ])("%j: rows load against the joined header, said on its line", (header) => {
    const r = importTable([TITLE, ...header, ...ROWS].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [d.name, d.baseline, d.target, d.attribute])).toEqual([
      ["学前三年毛入园率（%）", "95", "98以上", "预期性"],
      ["每千人口医疗卫生机构床位数（张）", "5.2", "6", "预期性"],
    ]);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2020, 2025]);
    expect(r.unread.map((u) => [u.code, u.line])).toEqual([["header-joined", 2]]);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });
});
