import { startReading } from "../../src/import/startReading";

describe("startReading: header, title and the line rules before the rows", () => {
  test.each<[string, string, RegExp]>([
    ["empty", "  \n ", /粘贴的内容是空的/],
    ["a project table", "项目名称\t建设内容\t总投资（亿元）\n甲\t乙\t3", /项目表/],
    ["a reform table", "改革名称\t改革任务\t牵头单位\n甲\t乙\t丙", /改革任务表/],
    ["no header", "今年以来，我市经济运行总体平稳。", /没有找到指标表的表头/],
    ["no years and no plan period", "主要指标\n指标\t基期\t目标\n1\t甲率(%)\t1\t2", /没有基期年份和目标年份.*--baseline-year 和 --target-year/],
    // a trial's 江苏 table: 2020年目标值 alone was refused as if it had no year at all
    ["only a target year: the baseline's option named", "江苏高水平全面建成小康社会指标\n序号\t指标名称\t计量单位\t2020年目标值\n1\t甲率\t%\t≥15", /只有目标年份 2020，没有基期年份.*--baseline-year.*2015/],
    ["only a baseline year: the target's option named", "主要指标\n指标\t基期值（2020年）\t目标值\n1\t甲率(%)\t1\t2", /只有基期年份 2020，没有目标年份.*--target-year.*2025/],
    ["years in the wrong order", "指标\t2025年\t2020年目标\n1\t甲率(%)\t1\t2", /不早于目标年份/],
  ])("refuses %s with one line", (_d, text, message) => {
    const s = startReading(text, "");
    expect(s.ok).toBe(false);
    if (!s.ok) {
      expect(s.message).toMatch(message);
      expect(s.message).toMatch(/没有载入任何内容。$/);
    }
  });

  test.each<[string, string, string, string, Array<[number, string]>]>([
    ["a plain title", "某县“十四五”主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "某县“十四五”主要指标", []],
    ["a given title wins", "某县“十四五”主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "甲县规划", "甲县规划", []],
    ["a broken title is joined (said)", "某市\"十四\n五\"残疾人事业发展主要指标\n指标\t基期值\t目标值\n1\t甲率(%)\t1\t2", "", "某市\"十四五\"残疾人事业发展主要指标", [[1, "title-joined"]]],
    ["traditional characters (said)", "某市“十三五”主要指標\n指標\t2015年\t2020年\t屬性\n1\t甲率(%)\t1\t2\t約束性", "", "某市“十三五”主要指标", [[1, "traditional"]]],
    ["a weight column (said)", "某县“十四五”主要指标\n监测指标\t单位\t权重\t目标值\n1\t甲率\t%\t5\t95", "", "某县“十四五”主要指标", [[2, "column-weight"], [2, "years-from-title"]]],
    // a trial: an annex's title line kept 附表 in every title (《附表 清河县…》), and with two spaces was dropped
    ["an annex's label before the title", "附表 清河县“十四五”卫生健康主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "清河县“十四五”卫生健康主要指标", []],
    ["附件1： before the title", "附件1：清河县“十四五”卫生健康主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "清河县“十四五”卫生健康主要指标", []],
    ["附表 and two spaces, a spaced table", "附表  清河县“十四五”卫生健康主要指标\n类别 序号 指标名称 单位 2020年基期值 2025年目标值 指标属性\n健康水平 1 人均预期寿命（岁） 岁 78.2 79 预期性\n健康水平 2 婴儿死亡率（‰） ‰ 3.6 5 预期性", "", "清河县“十四五”卫生健康主要指标", [[3, "spaced-columns"]]],
    ["a year after 附表 is the title's", "附表 2021—2025年清河县卫生健康主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "2021—2025年清河县卫生健康主要指标", []],
    // list24 item 1: a unit note between the title and the header (or beside the title) is no title
    ["a 单位 line under the title", "某县“十四五”主要指标\n单位：万元、%\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "某县“十四五”主要指标", []],
    ["a （单位：亿元） line under the title", "某县“十四五”主要指标\n（单位：亿元）\n指标\t2020年\t2025年\n1\t甲值\t1\t2", "", "某县“十四五”主要指标", []],
    ["a 单位 cell beside the title", "某县“十四五”主要指标\t\t单位：万元\n指标\t2020年\t2025年\n1\t甲值\t1\t2", "", "某县“十四五”主要指标", []],
    ["表彰 is no label", "表彰先进主要指标（2021—2025年）\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "表彰先进主要指标（2021—2025年）", []],
  ])("%s", (_d, text, given, title, unread) => {
    const s = startReading(text, given);
    if (!s.ok) throw new Error(s.message);
    expect(s.title).toBe(title);
    expect(s.reading.unread.map((u) => [u.line, u.code])).toEqual(unread);
  });

  // a table with only a target year: the baseline year from the caller (--baseline-year), else the title's period (said)
  test.each<[string, string, { baselineYear?: number; targetYear?: number }, [number, number], string[]]>([
    ["the option", "江苏高水平全面建成小康社会指标\n序号\t指标名称\t计量单位\t2020年目标值\n1\t甲率\t%\t≥15", { baselineYear: 2015 }, [2015, 2020], []],
    ["the title's 十三五, said", "江苏省“十三五”高水平全面建成小康社会指标\n序号\t指标名称\t计量单位\t2020年目标值\n1\t甲率\t%\t≥15", {}, [2015, 2020], ["years-from-title"]],
    ["the option before the title", "江苏省“十三五”小康指标\n序号\t指标名称\t计量单位\t2020年目标值\n1\t甲率\t%\t≥15", { baselineYear: 2016 }, [2016, 2020], []],
    ["the header's year before the option", "某县“十四五”主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", { baselineYear: 2019, targetYear: 2025 }, [2020, 2025], []],
    ["both options, no year anywhere", "主要指标\n指标\t基期\t目标\n1\t甲率(%)\t1\t2", { baselineYear: 2020, targetYear: 2025 }, [2020, 2025], []],
    ["a yearly plan's title: the year before (said)", "内蒙古自治区2024年经济社会发展主要预期目标\n指标\t单位\t2024年预期目标\n地区生产总值增长\t%\t6以上", {}, [2023, 2024], ["yearly-plan"]],
    ["a yearly plan's 计划 title", "某市2023年国民经济和社会发展计划主要指标\n指标\t2023年目标\n甲率(%)\t6", {}, [2022, 2023], ["yearly-plan"]],
    ["a 年度 header", "某市主要指标\n指标\t2024年度目标\n甲率(%)\t6", {}, [2023, 2024], ["yearly-plan"]],
    ["the option before a yearly plan's title", "某市2024年主要预期目标\n指标\t2024年目标\n甲率(%)\t6", { baselineYear: 2020 }, [2020, 2024], []],
  ])("plan years: %s", (_d, text, years, expected, codes) => {
    const s = startReading(text, "", undefined, years);
    if (!s.ok) throw new Error(s.message);
    expect([s.reading.header.baselineYear, s.reading.header.targetYear]).toEqual(expected);
    expect(s.reading.unread.map((u) => u.code)).toEqual(codes);
  });

  test("cells broken over lines by a web page's copy are joined before the rows (said), lines keep their origin", () => {
    const s = startReading("某县“十四五”教育主要指标\n序号\t指标\t2020年\t2025年\t属性\n4\t标准班额比例(%)\n其中:小学\n初中\t34.5%\n78.3%\t80%以上\n85%以上\t预期性\n5\t乙率(%)\t1\t2\t预期性", "");
    if (!s.ok) throw new Error(s.message);
    expect(s.reading.unread.map((u) => [u.line, u.code])).toEqual([[3, "cell-breaks"]]);
    expect(s.reading.grid.slice(2).map((c) => c.filter((x) => x !== "").length)).toEqual([6, 4, 5]);
    expect(s.reading.origins.slice(2)).toEqual([[2, 3, 4, 5, 6], [2, 3, 4, 5, 6], [7]]);
  });
});
