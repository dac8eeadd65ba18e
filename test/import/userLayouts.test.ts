import { formatUnread, importTable, type ImportResult } from "../../src/import";
import { gridToText } from "../../src/import/gridText";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * Layouts a fresh user's plans came in (t2 repro files), each as a small table: what the template
 * holds, and what the importer says about it (every column or row it did not use is listed).
 */
const ok = (text: string): Extract<ImportResult, { ok: true }> => {
  const r = importTable(text);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const pick = (d: IndicatorDef): unknown[] => [d.name, d.unit, d.baseline, d.target ?? "", d.attribute ?? ""];
const lines = (...ls: string[]): string => ls.join("\n");

describe("a table without a 序号 column (optional in real plans)", () => {
  test.each<[string, string]>([
    ["指标名称 | 单位 | 2020年基期值 | 2025年目标值 | 属性", "指标名称\t单位\t2020年基期值\t2025年目标值\t属性"],
    ["a 类别 column first", "类别\t指标名称\t单位\t2020年基期值\t2025年目标值\t属性"],
  ])("%s: every row read", (_d, header) => {
    const lead = header.startsWith("类别") ? "健康\t" : "";
    const r = ok(lines(header, `${lead}人均预期寿命\t岁\t81.5\t82以上\t预期性`, `${lead ? "\t" : ""}婴儿死亡率\t‰\t2.3\t<4\t约束性`, `${lead ? "\t" : ""}床位数\t张\t13\t15\t预期性`));
    expect(r.template.indicators.map(pick)).toEqual([
      ["人均预期寿命", "岁", "81.5", "82以上", "预期性"],
      ["婴儿死亡率", "‰", "2.3", "<4", "约束性"],
      ["床位数", "张", "13", "15", "预期性"],
    ]);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(formatUnread(r)).toMatch(/所有表格行都已读入/);
  });
});

describe("a mid-term and a final target column: the latest is the plan's target, the earlier a yearly target", () => {
  const rows = ["人均预期寿命\t岁\t81.5\t81.8\t82以上\t预期性", "婴儿死亡率\t‰\t2.3\t<4\t<4\t约束性"];
  test.each<[string, string[]]>([
    ["one header row (E.txt)", ["指标名称\t单位\t2020年基期值\t2023年目标\t2025年目标\t属性"]],
    ["目标值 merged over 2023年 | 2025年 (B.xlsx)", ["指标名称\t单位\t2020年基期值\t目标值\t\t属性", "\t\t\t2023年\t2025年"]],
    ["plain years", ["指标名称\t单位\t2020年\t2023年\t2025年\t属性"]],
  ])("%s", (_d, header) => {
    const r = ok(lines(...header, ...rows));
    expect([r.template.baselineYear, r.template.targetYear, r.template.yearlyTargetYears]).toEqual([2020, 2025, [2023, 2025]]);
    expect(r.template.indicators.map((d) => [d.target, d.yearlyTargets])).toEqual([
      ["82以上", { 2023: "81.8", 2025: "82以上" }],
      ["<4", { 2023: "<4", 2025: "<4" }],
    ]);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });

  test("the choice is listed (nothing silent)", () => {
    const r = ok(lines("指标名称\t单位\t2020年基期值\t2023年目标\t2025年目标\t属性", ...rows));
    expect(r.unread.map((u) => [u.line, u.code, u.effect])).toEqual([[1, "target-choice", "to-check"]]);
    // and how the years without a target of their own are judged (§3, our reading, trial47b F3)
    expect(formatUnread(r)).toMatch(/第 1 行：表头有 2 个目标年份，取最晚的“2025年目标”（2025 年）为规划目标，“2023年目标”作为 2023 年的年度目标载入；2021—2022 年按 2023 年的目标评估，2024 年按 2025 年的规划目标评估（序时进度自基期 2020 年算至该目标年）；如要以另一年为规划目标（只评估到该年，其后的目标不载入），请加 --target-year 2023 重新导入，已载入，请核对/);
  });
});

describe("a 2035年远景目标 column: read, never the target, its column listed as not loaded", () => {
  test.each<[string, string, string[]]>([
    ["no 序号 (F.txt)", "指标名称\t单位\t2020年基期值\t2025年目标值\t2035年远景目标\t属性", ["人均预期寿命\t岁\t81.5\t82以上\t83\t预期性", "婴儿死亡率\t‰\t2.3\t<4\t<3\t约束性"]],
    ["with 序号 (H.txt)", "序号\t指标名称\t单位\t2020年基期值\t2025年目标值\t2035年远景目标\t属性", ["1\t人均预期寿命\t岁\t81.5\t82以上\t83\t预期性", "2\t婴儿死亡率\t‰\t2.3\t<4\t<3\t约束性"]],
  ])("%s", (_d, header, rows) => {
    const r = ok(lines(header, ...rows));
    expect([r.template.baselineYear, r.template.targetYear, r.template.yearlyTargetYears]).toEqual([2020, 2025, []]);
    expect(r.template.indicators.map(pick)).toEqual([
      ["人均预期寿命", "岁", "81.5", "82以上", "预期性"],
      ["婴儿死亡率", "‰", "2.3", "<4", "约束性"],
    ]);
    expect(r.unread.map((u) => [u.line, u.code, u.effect])).toEqual([[1, "column-vision", "not-loaded"]]);
    expect(r.template.notes).toContain("导入时未载入“2035年远景目标”一列：它是规划期之后的远景目标，不是 2025 年的规划目标。");
    expect(formatUnread(r, "en")).toMatch(/line 1: header column “2035年远景目标” is a vision target beyond the plan/);
  });
});

describe("template ids: two untitled tables of the same period differ, the same table keeps its id", () => {
  const D = lines("类别\t序号\t指标名称\t单位\t2020年\t2023年\t2025年\t属性", "健康\t1\t人均预期寿命\t岁\t81.5\t81.8\t82以上\t预期性", "\t2\t婴儿死亡率\t‰\t2.3\t<4\t<4\t约束性");
  const H = lines("序号\t指标名称\t单位\t2020年基期值\t2025年目标值\t2035年远景目标\t属性", "1\t人均预期寿命\t岁\t81.5\t82以上\t83\t预期性", "2\t婴儿死亡率\t‰\t2.3\t<4\t<3\t约束性");
  test("D.txt and H.txt (both were imported-2020-2025-2ad10aef)", () => {
    expect(ok(D).template.id).not.toBe(ok(H).template.id);
    expect(ok(D).template.id).toBe(ok(D).template.id);
    // the same table pasted with other spacing is the same table
    expect(ok(D.replace(/\t/g, "\t ")).template.id).toBe(ok(D).template.id);
  });
});

describe("one indicator name twice in a table (B.json r05 and r06): both loaded, both rows named", () => {
  test("said on the second row, naming the first", () => {
    const r = ok(lines(
      "序号\t指标名称\t单位\t2020年基期值\t2025年目标值\t属性",
      "5\t每千人口拥有执业（助理）医师数\t人\t3.2\t4.0\t预期性",
      "6\t每千人口拥有执业（助理）医师数\t人\t2.1\t3.0\t预期性",
      "7\t每万人口全科医生数\t人\t4.1\t5\t约束性",
    ));
    expect(r.template.indicators.map((d) => d.id)).toEqual(["r05", "r06", "r07"]);
    expect(r.unread.map((u) => [u.line, u.code, u.effect])).toEqual([[2, "direction-series-up", "to-check"], [3, "name-duplicate", "to-check"]]);
    expect(formatUnread(r)).toContain("第 3 行：指标名称“每千人口拥有执业（助理）医师数”与第 2 行（r05）重复（本行为 r06），可能重复录入或名称少了区分（如城镇/农村），两行都已载入，请核对");
  });
});

describe("other real layouts, as a sheet's cells (merged cells read blank)", () => {
  const row = (d: IndicatorDef): string[] => [d.domain, d.number, d.name, d.unit, d.baseline, d.target ?? "", d.attribute ?? "", d.note ?? ""];
  test.each<[string, string[][], string[][]]>([
    ["the national 纲要: 类别 merged, 序号 glued to the name, unit in （%）, a 年均/累计 column", [
      ["表1 “十四五”时期经济社会发展主要指标"],
      ["类别", "指标", "2020年", "2025年", "年均/累计", "属性"],
      ["经济发展", "1.全员劳动生产率增长（%）", "2.5", "—", "高于GDP增长", "预期性"],
      ["", "2.常住人口城镇化率（%）", "60.6", "65", "—", "预期性"],
      ["绿色生态", "3.单位GDP能源消耗降低（%）", "—", "—", "〔13.5〕", "约束性"],
    ], [
      ["经济发展", "1", "全员劳动生产率增长（%）", "%", "2.5", "高于GDP增长", "预期性", ""],
      ["经济发展", "2", "常住人口城镇化率（%）", "%", "60.6", "65", "预期性", ""],
      ["绿色生态", "3", "单位GDP能源消耗降低（%）", "%", "—", "〔13.5〕", "约束性", ""],
    ]],
    ["类别 merged, no 序号, unit in the name", [
      ["某县“十四五”教育事业发展主要指标"],
      ["类别", "指标名称", "2020年基期值", "2025年目标值", "属性"],
      ["学前教育", "学前三年毛入园率（%）", "96", "≥98", "预期性"],
      ["", "普惠性幼儿园覆盖率（%）", "85", "90", "约束性"],
      ["义务教育", "标准化学校比例（%）", "/", "100", "预期性"],
    ], [
      ["学前教育", "", "学前三年毛入园率（%）", "%", "96", "≥98", "预期性", ""],
      ["学前教育", "", "普惠性幼儿园覆盖率（%）", "%", "85", "90", "约束性", ""],
      ["义务教育", "", "标准化学校比例（%）", "%", "/", "100", "预期性", ""],
    ]],
    ["2020年现状 | 2025年规划 | 指标属性", [
      ["某市“十四五”卫生健康发展主要指标"],
      ["序号", "指标", "单位", "2020年现状", "2025年规划", "指标属性"],
      ["1", "人均预期寿命", "岁", "79.2", "79.8左右", "预期性"],
      ["2", "每千人口医疗卫生机构床位数", "张", "6.1", "[7]", "预期性"],
    ], [
      ["未分类", "1", "人均预期寿命", "岁", "79.2", "79.8左右", "预期性", ""],
      ["未分类", "2", "每千人口医疗卫生机构床位数", "张", "6.1", "[7]", "预期性", ""],
    ]],
    ["基期 | 目标 over 2020年 | 2025年, 类别 merged", [
      ["某县“十四五”生态环境保护主要指标"],
      ["类别", "序号", "指标", "单位", "基期", "目标", "属性"],
      ["", "", "", "", "2020年", "2025年", ""],
      ["环境质量", "1", "细颗粒物（PM2.5）年均浓度", "微克/立方米", "26", "≤24", "约束性"],
      ["应对气候变化", "2", "单位GDP二氧化碳排放降低", "%", "—", "〔18〕", "约束性"],
    ], [
      ["环境质量", "1", "细颗粒物（PM2.5）年均浓度", "微克/立方米", "26", "≤24", "约束性", ""],
      ["应对气候变化", "2", "单位GDP二氧化碳排放降低", "%", "—", "〔18〕", "约束性", ""],
    ]],
  ])("%s", (_d, grid, expected) => {
    const r = ok(gridToText(grid));
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2020, 2025]);
    expect(r.template.indicators.map(row)).toEqual(expected);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });
});

describe("a last 备注 / 责任单位 column left blank on some rows: the row stops early, it is not shifted", () => {
  const expected = [
    ["地区生产总值增长率（%）", "6.5", "6左右", "预期性"],
    ["研发经费投入强度（%）", "2.1", "2.5", "预期性"],
    ["城镇调查失业率（%）", "4.8", "<5.5", "约束性"],
  ];
  test.each<[string, string[]]>([
    ["类别 first, tabs keep the blank 备注 cell", [
      "类别\t指标\t2020年\t2025年\t属性\t备注",
      "经济发展\t地区生产总值增长率（%）\t6.5\t6左右\t预期性\t",
      "经济发展\t研发经费投入强度（%）\t2.1\t2.5\t预期性\t按统计口径",
      "民生福祉\t城镇调查失业率（%）\t4.8\t<5.5\t约束性\t"]],
    ["no 类别, tabs keep the blank 备注 cell", [
      "指标\t2020年\t2025年\t属性\t备注",
      "地区生产总值增长率（%）\t6.5\t6左右\t预期性\t",
      "研发经费投入强度（%）\t2.1\t2.5\t预期性\t按统计口径",
      "城镇调查失业率（%）\t4.8\t<5.5\t约束性\t"]],
    ["类别 first, spaces (a PDF copy): the blank 备注 is no cell at all", [
      "类别  指标  2020年  2025年  属性  备注",
      "经济发展  地区生产总值增长率（%）  6.5  6左右  预期性",
      "经济发展  研发经费投入强度（%）  2.1  2.5  预期性  按统计口径",
      "民生福祉  城镇调查失业率（%）  4.8  <5.5  约束性"]],
    ["序号, 责任单位 and 备注 both blank, or 备注 only, or neither cell there", [
      "序号\t指标\t2020年\t2025年\t属性\t责任单位\t备注",
      "1\t地区生产总值增长率（%）\t6.5\t6左右\t预期性\t\t",
      "2\t研发经费投入强度（%）\t2.1\t2.5\t预期性\t市科技局\t",
      "3\t城镇调查失业率（%）\t4.8\t<5.5\t约束性"]],
  ])("%s", (_d, ls) => {
    const r = ok(lines(...ls));
    expect(r.template.indicators.map((d) => [d.name, d.baseline, d.target ?? "", d.attribute ?? ""])).toEqual(expected);
    expect(r.stats.rowsNotLoaded).toBe(0);
  });

  test("a row short of a value the header needs is still refused (only blank optional columns may be left out)", () => {
    const r = ok(lines("指标\t2020年\t2025年\t属性\t备注", "地区生产总值增长率（%）\t6.5\t6左右\t预期性\t", "城镇调查失业率（%）\t4.8\t约束性"));
    expect(r.template.indicators.map((d) => d.baseline)).toEqual(["6.5"]);
    expect(r.stats.rowsNotLoaded).toBe(1);
  });
});
