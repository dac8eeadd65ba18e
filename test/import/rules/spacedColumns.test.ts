import { readFileSync } from "fs";
import path from "path";
import { importTable } from "../../../src/import";
import { headerWords } from "../../../src/import/rules/spacedColumns";

/**
 * spacedColumns: a table whose columns a copy from a PDF or a web page separated by single spaces
 * (ideographic spaces, or spaces and tabs mixed) is lined up with its header and read as a tabbed
 * one; a row that cannot be lined up unambiguously is left out with one line saying why.
 */
const TABLES = path.join(__dirname, "../../fixtures/tables");
const T = "某市“十四五”卫生健康发展主要指标";

function read(text: string) {
  const r = importTable(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}
const rows = (text: string): string[][] =>
  read(text).template.indicators.map((d) => [d.domain ?? "", d.name, d.baseline ?? "", d.target ?? "", d.attribute ?? ""]);

describe("spacedColumns: rows lined up with the header", () => {
  test.each<[string, string[], string[][]]>([
    ["类别 and 序号, a category only on a group's first row", [T, "类别 序号 指标 2020年 2025年 属性", "健康水平 1 人均预期寿命（岁） 81.96 >82.5 预期性", "2 孕产妇死亡率（/10万） 4.6 ≤6 预期性", "健康服务 3 每千人口注册护士数（人） 3.61 4.5 预期性"],
      [["健康水平", "人均预期寿命（岁）", "81.96", ">82.5", "预期性"], ["健康水平", "孕产妇死亡率（/10万）", "4.6", "≤6", "预期性"], ["健康服务", "每千人口注册护士数（人）", "3.61", "4.5", "预期性"]]],
    ["序号 without 类别", [T, "序号 指标 2020年 2025年 属性", "1 人均预期寿命（岁） 81.96 >82.5 预期性", "2 国家卫生乡镇创建比例（%） 36 持续改善 预期性"],
      [["未分类", "人均预期寿命（岁）", "81.96", ">82.5", "预期性"], ["未分类", "国家卫生乡镇创建比例（%）", "36", "持续改善", "预期性"]]],
    ["类别 without 序号", [T, "类别 指标 2020年 2025年 属性", "健康水平 人均预期寿命（岁） 81.96 >82.5 预期性", "孕产妇死亡率（/10万） 4.6 ≤6 预期性"],
      [["健康水平", "人均预期寿命（岁）", "81.96", ">82.5", "预期性"], ["健康水平", "孕产妇死亡率（/10万）", "4.6", "≤6", "预期性"]]],
    ["neither 类别 nor 序号", [T, "指标 2020年 2025年 属性", "人均预期寿命（岁） 81.96 >82.5 预期性", "孕产妇死亡率（/10万） 4.6 ≤6 预期性"],
      [["未分类", "人均预期寿命（岁）", "81.96", ">82.5", "预期性"], ["未分类", "孕产妇死亡率（/10万）", "4.6", "≤6", "预期性"]]],
    ["a name with a space, its values clearly values", [T, "序号 指标 2020年 2025年 属性", "1 亿元 GDP 生产安全事故死亡率（人） 0.02 ≤0.018 约束性"],
      [["未分类", "亿元 GDP 生产安全事故死亡率（人）", "0.02", "≤0.018", "约束性"]]],
    ["ideographic spaces under a tabbed header", [T, "序号\t指标\t2020年\t2025年\t属性", "1　人均预期寿命（岁）　81.96　>82.5　预期性"],
      [["未分类", "人均预期寿命（岁）", "81.96", ">82.5", "预期性"]]],
    ["tabs and spaces mixed in a row", [T, "类别\t序号\t指标\t2020年\t2025年\t属性", "环境\t1 城市细颗粒物（PM2.5）浓度（微克/立方米） 33\t≤30\t约束性", "\t2 森林覆盖率（%）\t23.2 24.1\t约束性"],
      [["环境", "城市细颗粒物（PM2.5）浓度（微克/立方米）", "33", "≤30", "约束性"], ["环境", "森林覆盖率（%）", "23.2", "24.1", "约束性"]]],
    ["a header label with a space (2025年 目标)", [T, "序号 指标名称 2020年 2025年 目标 属性", "1 人均预期寿命（岁） 81.96 >82.5 预期性"],
      [["未分类", "人均预期寿命（岁）", "81.96", ">82.5", "预期性"]]],
  ])("%s", (_d, lines, want) => {
    const r = read(lines.join("\n"));
    expect(rows(lines.join("\n"))).toEqual(want);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(r.unread.map((u) => u.code)).toContain("spaced-columns");
  });

  test.each([["eco-2021-2025-spaced.txt"], ["eco-2021-2025-tab-header.txt"]])("%s reads as the same table copied with tabs", (file) => {
    const spaced = read(readFileSync(path.join(TABLES, file), "utf8"));
    const tabs = read(readFileSync(path.join(TABLES, "eco-2021-2025-tabs.txt"), "utf8"));
    expect(spaced.template).toEqual(tabs.template);
    expect(spaced.stats.rowsNotLoaded).toBe(0);
  });
});

describe("spacedColumns: a row that cannot be lined up is left out, with the line and why", () => {
  test.each<[string, string, string]>([
    ["a name and a words value both with spaces", "2 人均 健康预期寿命（岁） — 同比例 提高 预期性", "指标名称或某个数值中有空格，分不清哪几个词是名称、哪几个是数值"],
    ["fewer words than columns", "2 孕产妇死亡率（/10万） 4.6", "词数少于表头的列数"],
  ])("%s", (_d, row, why) => {
    const r = read([T, "序号 指标 2020年 2025年 属性", "1 人均预期寿命（岁） 81.96 >82.5 预期性", row].join("\n"));
    const said = r.unread.filter((u) => u.line === 4);
    expect(said.map((u) => u.code)).toEqual(["spaced-unaligned"]);
    expect(said[0]?.reason).toContain(why);
    expect(said[0]?.reason).toContain("无法与表头的 5 列（序号 | 指标 | 2020年 | 2025年 | 属性）一一对应");
    expect(r.stats.rowsNotLoaded).toBe(1);
    expect(r.template.indicators).toHaveLength(1);
  });
});

describe("headerWords: a spaced header's labels", () => {
  test.each<[string, string[]]>([
    ["指标 2025年 目标 属性", ["指标", "2025年目标", "属性"]],
    // a PDF's text layer sets 年 apart from its year (越城年鉴, trial28c): the bare 2020 was a baseline column of its own
    ["序号 指标名称 2020 年目标值 2020 年预计值 完成情况", ["序号", "指标名称", "2020年目标值", "2020年预计值", "完成情况"]],
    ["指标 2020 年 2025 年", ["指标", "2020年", "2025年"]],
    ["指标 2020 2025", ["指标", "2020", "2025"]],
  ])("%s", (line, labels) => {
    expect(headerWords(line)).toEqual(labels);
  });
});
