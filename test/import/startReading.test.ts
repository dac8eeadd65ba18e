import { startReading } from "../../src/import/startReading";

describe("startReading: header, title and the line rules before the rows", () => {
  test.each<[string, string, RegExp]>([
    ["empty", "  \n ", /粘贴的内容是空的/],
    ["a project table", "项目名称\t建设内容\t总投资（亿元）\n甲\t乙\t3", /项目表/],
    ["a reform table", "改革名称\t改革任务\t牵头单位\n甲\t乙\t丙", /改革任务表/],
    ["no header", "今年以来，我市经济运行总体平稳。", /没有找到指标表的表头/],
    ["no years and no plan period", "主要指标\n指标\t基期\t目标\n1\t甲率(%)\t1\t2", /没有基期年份或目标年份/],
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
    ["a weight column (said)", "某县“十四五”主要指标\n监测指标\t单位\t权重\t目标值\n1\t甲率\t%\t5\t95", "", "某县“十四五”主要指标", [[2, "column-weight"]]],
    // a trial: an annex's title line kept 附表 in every title (《附表 清河县…》), and with two spaces was dropped
    ["an annex's label before the title", "附表 清河县“十四五”卫生健康主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "清河县“十四五”卫生健康主要指标", []],
    ["附件1： before the title", "附件1：清河县“十四五”卫生健康主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "清河县“十四五”卫生健康主要指标", []],
    ["附表 and two spaces, a spaced table", "附表  清河县“十四五”卫生健康主要指标\n类别 序号 指标名称 单位 2020年基期值 2025年目标值 指标属性\n健康水平 1 人均预期寿命（岁） 岁 78.2 79 预期性\n健康水平 2 婴儿死亡率（‰） ‰ 3.6 5 预期性", "", "清河县“十四五”卫生健康主要指标", [[3, "spaced-columns"]]],
    ["a year after 附表 is the title's", "附表 2021—2025年清河县卫生健康主要指标\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "2021—2025年清河县卫生健康主要指标", []],
    ["表彰 is no label", "表彰先进主要指标（2021—2025年）\n指标\t2020年\t2025年\n1\t甲率(%)\t1\t2", "", "表彰先进主要指标（2021—2025年）", []],
  ])("%s", (_d, text, given, title, unread) => {
    const s = startReading(text, given);
    if (!s.ok) throw new Error(s.message);
    expect(s.title).toBe(title);
    expect(s.reading.unread.map((u) => [u.line, u.code])).toEqual(unread);
  });

  test("cells broken over lines by a web page's copy are joined before the rows (said), lines keep their origin", () => {
    const s = startReading("某县“十四五”教育主要指标\n序号\t指标\t2020年\t2025年\t属性\n4\t标准班额比例(%)\n其中:小学\n初中\t34.5%\n78.3%\t80%以上\n85%以上\t预期性\n5\t乙率(%)\t1\t2\t预期性", "");
    if (!s.ok) throw new Error(s.message);
    expect(s.reading.unread.map((u) => [u.line, u.code])).toEqual([[3, "cell-breaks"]]);
    expect(s.reading.grid.slice(2).map((c) => c.filter((x) => x !== "").length)).toEqual([6, 4, 5]);
    expect(s.reading.origins.slice(2)).toEqual([[2, 3, 4, 5, 6], [2, 3, 4, 5, 6], [7]]);
  });
});
