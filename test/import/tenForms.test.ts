import { importTable, type ImportResult } from "../../src/import";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * The ten forms of issue 15, each as a small made-up table (none of them is in the seeds):
 * what broke on real plans' tables the importer had never seen.
 */
const ok = (text: string): Extract<ImportResult, { ok: true }> => {
  const r = importTable(text);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const pick = (d: IndicatorDef): unknown[] => [d.number, d.name, d.part ?? "", d.unit, d.baseline, d.target, d.attribute ?? ""];
const reasons = (r: Extract<ImportResult, { ok: true }>): string => r.unread.map((u) => `${u.line}:${u.reason}`).join("\n");

describe("issue 15: the ten forms", () => {
  test.each([
    ["监测指标"], ["主要指标"], ["指标名称"], ["具体指标"], ["评价指标"],
  ])("1. name column headed %s, a unit column, a 权重 column, a target without baseline", (label) => {
    const r = ok([
      "某县“十四五”教育发展监测指标",
      `序号\t${label}\t单位\t权重\t目标值`,
      "1\t学前三年毛入园率\t%\t10\t≥98",
      "2\t义务教育巩固率\t%\t15\t99以上",
      "3\t新增学位数\t个\t5\t3000",
    ].join("\n"));
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2020, 2025]);
    expect(r.template.indicators.map(pick)).toEqual([
      ["1", "学前三年毛入园率", "", "%", "", "≥98", ""],
      ["2", "义务教育巩固率", "", "%", "", "99以上", ""],
      ["3", "新增学位数", "", "个", "", "3000", ""],
    ]);
    expect(reasons(r)).toMatch(/2:.*“权重”是考核权重或分值.*未载入/);
  });

  test("2. a title broken across lines: joined before the period is looked for", () => {
    const r = ok([
      "某某市\"十四",
      "五\"残疾人事业发展主要指标",
      "指标\t2020年\t2025年\t属性",
      "1\t残疾人基本康复服务覆盖率(%)\t80\t85\t约束性",
    ].join("\n"));
    expect(r.template.title).toBe("某某市\"十四五\"残疾人事业发展主要指标");
    expect(r.template.region).toBe("某某市");
    expect(reasons(r)).toMatch(/^1:标题分在 2 行/);
    // and without years in the header, the period comes from the joined title
    const noYears = ok("某县“十\n三五”卫生事业指标\n指标名称\t基期值\t目标值\n1\t每千人口床位数(张)\t4.1\t5\n");
    expect([noYears.template.baselineYear, noYears.template.targetYear]).toEqual([2015, 2020]);
  });

  test("3. traditional characters: 指標, 屬性, 億噸", () => {
    const r = ok([
      "某市“十三五”環境保護主要指標",
      "指標\t2015年\t2020年\t屬性",
      "1\t煤炭消費總量(億噸)\t1.2\t≤1.1\t約束性",
      "2\t森林覆蓋率(%)\t61\t62\t約束性",
    ].join("\n"));
    expect(r.template.indicators.map(pick)).toEqual([
      ["1", "煤炭消费总量(亿吨)", "", "亿吨", "1.2", "≤1.1", "约束性"],
      ["2", "森林覆盖率(%)", "", "%", "61", "62", "约束性"],
    ]);
    expect(reasons(r)).toMatch(/繁体字.*已按简体读取/);
  });

  test("4. cells with line breaks inside (a web page's copy): joined into one row, split by part, rows after it kept", () => {
    const r = ok([
      "某县“十四五”教育事业发展主要指标",
      "指标\t2020年\t2025年\t属性",
      "1.学前教育毛入园率(%)\t95\t98\t预期性",
      "4.标准班额比例(%)",
      "其中:小学",
      "初中\t34.5%",
      "78.3%\t80%以上",
      "85%以上\t预期性",
      "5.高中阶段教育毛入学率(%)\t96\t98\t预期性",
      "6.劳动年龄人口平均受教育年限\t11.4年\t12.3年以上\t预期性",
    ].join("\n"));
    expect(r.template.indicators.map(pick)).toEqual([
      ["1", "学前教育毛入园率(%)", "", "%", "95", "98", "预期性"],
      ["4", "标准班额比例", "小学", "%", "34.5%", "80%以上", "预期性"],
      ["4", "标准班额比例", "初中", "%", "78.3%", "85%以上", "预期性"],
      ["5", "高中阶段教育毛入学率(%)", "", "%", "96", "98", "预期性"],
      ["6", "劳动年龄人口平均受教育年限", "", "年", "11.4年", "12.3年以上", "预期性"],
    ]);
    expect(reasons(r)).toMatch(/4:单元格内有换行.*第 4—8 行合为一行.*“小学”“初中”/);
    expect(r.stats.notLoaded).toBe(0);
  });

  test("5. numbering glued to the name goes to the 序号: 1.  （2）  ①", () => {
    const r = ok([
      "某市“十四五”卫生健康主要指标",
      "指标\t2020年\t2025年\t属性",
      "1.人均预期寿命(岁)\t79\t80\t预期性",
      "（2）每千人口医疗卫生机构床位数（张）\t5.2\t6\t预期性",
      "③孕产妇死亡率(1/10万)\t8\t≤9.5\t预期性",
    ].join("\n"));
    expect(r.template.indicators.map((d) => [d.number, d.name])).toEqual([
      ["1", "人均预期寿命(岁)"], ["2", "每千人口医疗卫生机构床位数（张）"], ["3", "孕产妇死亡率(1/10万)"],
    ]);
    expect(reasons(r)).toMatch(/序号与指标名称写在一格/);
  });

  test.each([
    ["(万张)", "万张"], ["(亿吨)", "亿吨"], ["(亿亩)", "亿亩"], ["(公顷)", "公顷"], ["(千克/人)", "千克/人"], ["(万元/人)", "万元/人"],
  ])("6. any bracketed unit is the unit: %s", (bracket, unit) => {
    const r = ok(`指标\t2020年\t2025年\n1\t某某量${bracket}\t10.2\t10.75\n`);
    expect(r.template.indicators[0]?.unit).toBe(unit);
  });

  test("7. the five-year total in a column of its own: 〔累计〕", () => {
    const r = ok([
      "指标\t2015年\t2020年\t〔累计〕\t属性",
      "1\t单位GDP二氧化碳排放下降(%)\t-\t-\t〔18〕\t约束性",
      "2\t城镇新增就业人数(万人)\t-\t-\t50\t预期性",
      "3\t森林覆盖率(%)\t61\t62\t\t约束性",
    ].join("\n"));
    expect(r.template.indicators.map((d) => [d.target, d.targetKind])).toEqual([
      ["〔18〕", "cumulative"], ["〔50〕", "cumulative"], ["62", "point"],
    ]);
    expect(reasons(r)).toMatch(/取累计列的“〔18〕”/);
  });

  test("8. targets and baselines with units and word operators", () => {
    const r = ok([
      "指标\t2020年\t2025年",
      "1\t劳动年龄人口平均受教育年限\t11.4年\t12.3年以上",
      "2\t高中阶段毛入学率(%)\t97%\t99%以上",
      "3\t城镇新增就业(万人)\t1.2万人\t1.5万人",
      "4\t空气质量优良天数比率(%)\t88\t大于90",
      "5\t城镇调查失业率(%)\t5.2\t不超过5",
      "6\t规范化学校比例(%)\t90\t达到95",
      "7\t义务教育巩固率(%)\t98\t力争100",
      "8\t职工基本医保参保人数(人)\t1000\t不少于1200",
      "9\t人口自然增长率(‰)\t3\t控制在5以内",
    ].join("\n"));
    expect(r.template.indicators.map((d) => [d.unit, d.targetKind, d.direction ?? ""])).toEqual([
      ["年", "floor", "up"], ["%", "floor", "up"], ["万人", "point", ""], ["%", "floor", "up"], ["%", "ceiling", "down"],
      ["%", "point", ""], ["%", "point", ""], ["人", "floor", "up"], ["‰", "ceiling", "down"],
    ]);
    expect(reasons(r)).toMatch(/2:名称中没有单位，单位取自数值中写明的“年”/);
  });

  test("9. two category columns before the name, and a category down the left edge one character per line", () => {
    const two = ok([
      "领域\t类别\t指标名称\t2020年\t2025年\t属性",
      "生态环境质量\t1.空气质量\t细颗粒物(PM2.5)平均浓度(微克/立方米)\t35\t30\t约束性",
      "\t\t空气质量优良天数比率(%)\t85\t90\t约束性",
      "\t2.水环境质量\t地表水达到或好于Ⅲ类水体比例(%)\t80\t85\t约束性",
      "绿色发展\t3.资源利用\t单位GDP能耗降低(%)\t-\t〔14〕\t约束性",
    ].join("\n"));
    expect(two.template.indicators.map((d) => [d.domain, d.name, d.target])).toEqual([
      ["生态环境质量·空气质量", "细颗粒物(PM2.5)平均浓度(微克/立方米)", "30"],
      ["生态环境质量·空气质量", "空气质量优良天数比率(%)", "90"],
      ["生态环境质量·水环境质量", "地表水达到或好于Ⅲ类水体比例(%)", "85"],
      ["绿色发展·资源利用", "单位GDP能耗降低(%)", "〔14〕"],
    ]);
    expect(two.stats.notLoaded).toBe(0);

    const edge = ok([
      "分类\t序号\t指标\t2020年\t2025年\t属性",
      "社\t1\t基本养老保险参保率(%)\t90\t95\t预期性",
      "会\t2\t基本医疗保险参保率(%)\t95\t96\t约束性",
      "保\t3\t每千名老年人养老床位数(张)\t40\t45\t预期性",
      "障\t4\t残疾人两项补贴覆盖率(%)\t100\t100\t约束性",
      "\t5\t城乡低保标准(元/月)\t800\t1000\t预期性",
      "教\t6\t学前教育毛入园率(%)\t95\t98\t预期性",
      "育\t7\t高中阶段毛入学率(%)\t96\t98\t预期性",
    ].join("\n"));
    // a blank edge cell ends a category (two categories written edge to edge cannot be told apart)
    expect(edge.template.indicators.map((d) => d.domain)).toEqual(["社会保障", "社会保障", "社会保障", "社会保障", "社会保障", "教育", "教育"]);
    expect(reasons(edge)).toMatch(/2:左侧分类一字一行（4 行），已合并为“社会保障”/);
  });

  test("10. two imports of different plans get different template ids; the same plan the same id", () => {
    const a = ok("甲县“十四五”教育主要指标\n指标\t2020年\t2025年\n1\t入园率(%)\t90\t95\n");
    const b = ok("乙县“十四五”卫生主要指标\n指标\t2020年\t2025年\n1\t床位数(张)\t4\t5\n");
    const a2 = ok("甲县“十四五”教育主要指标\n指标\t2020年\t2025年\n1\t入园率(%)\t91\t96\n");
    expect(a.template.id).toMatch(/^imported-2020-2025-[0-9a-f]{8}$/);
    expect(a.template.id).not.toBe(b.template.id);
    expect(a2.template.id).toBe(a.template.id);
  });
});
