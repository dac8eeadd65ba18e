import { isGroupContinuation, planYearsFromTitle, readHeader } from "../../src/import/header";

const rows = (text: string): string[][] => text.split("\n").map((l) => l.split("\t").map((c) => c.trim()));

describe("readHeader: the value columns of a header, over one line or two", () => {
  test.each<[string, string, string, number | null, number | null]>([
    ["years", "指标\t2020年\t2025年\t属性", "baseline2020,target2025,attribute", 2020, 2025],
    ["基期 and 目标 words", "指标名称\t单位\t现状值\t目标值\t指标属性", "unit,baseline,target,attribute", null, null],
    ["target words under a year", "指标\t2020年\t2025年\n\t\t目标", "baseline2020,target2025", 2020, 2025],
    ["a word spanning two year columns (merged cell)", "类别\t序号\t指标名称\t单位\t规划目标\t\t指标属性\n\t\t\t\t2020年\t2025年\t", "unit,baseline2020,target2025,attribute", 2020, 2025],
    ["a word spanning three year columns", "指标\t规划目标\t\t\n\t2020年\t2023年\t2025年", "baseline2020,yearly2023,yearly2025", 2020, 2025],
    ["a word over one year column stays", "指标\t2020年\t规划目标\n\t\t2025年", "baseline2020,target2025", 2020, 2025],
    ["an actual before the target is the baseline", "序号\t指标\t2015年实际\t2020年目标\t属性", "baseline2015,target2020,attribute", 2015, 2020],
    // a bare 年均增长 column is the 年均/累计 one (its values noted): was unknown, its data not loaded (trial30e)
    ["a bare 年均增长 column", "序号\t指标\t2015年实际\t2020年目标\t年均增长（%）\t属性", "baseline2015,target2020,cumulative,attribute", 2015, 2020],
    ["a 年均增速 column", "指标\t单位\t2020年\t2025年\t年均增速\t属性", "unit,baseline2020,target2025,cumulative,attribute", 2020, 2025],
    ["an actual before yearly targets is the baseline", "指标\t2020年实际值\t2021年\t2022年\t2025年", "baseline2020,yearly2021,yearly2022,yearly2025", 2020, 2025],
    ["a result for the target year stays a result", "指标\t2020年目标\t2020年完成情况", "target2020,result2020", null, 2020],
    // a 完成情况 table (trial28c): the 预计值 of the target's year is what the year came to, no second target (importTable refuses the table: completion-table)
    ["an estimate beside a target of its year is a result", "序号\t指标名称\t2020年目标值\t2020年预计值\t完成情况", "target2020,result2020,result", null, 2020],
    ["an estimate alone is the target", "指标\t2020年\t2025年预计", "baseline2020,target2025", 2020, 2025],
    ["a result beside a baseline stays a result", "指标\t2020年\t2025年\t2021年完成情况", "baseline2020,target2025,result2021", 2020, 2025],
    ["一级指标 | 二级指标: the deepest level is the name", "一级指标\t二级指标\t单位\t2020年\t2025年\t属性", "unit,baseline2020,target2025,attribute", 2020, 2025],
    ["三级指标", "一级指标\t二级指标\t三级指标\t2020年\t2025年", "baseline2020,target2025", 2020, 2025],
    ["预计 and a 预期性/约束性 column", "序号\t指标\t2020年\t2025年预计\t预期性/约束性", "baseline2020,target2025,attribute", 2020, 2025],
    ["a weight and a 累计 column", "监测指标\t单位\t权重\t2015年\t2020年\t〔累计〕", "unit,weight,baseline2015,target2020,cumulative", 2015, 2020],
    ["a mid-term and a final target: the latest is the target", "指标名称\t单位\t2020年基期值\t2023年目标\t2025年目标\t属性", "unit,baseline2020,yearly2023,target2025,attribute", 2020, 2025],
    ["the final target written first", "指标\t2020年\t2025年目标\t2023年目标", "baseline2020,target2025,yearly2023", 2020, 2025],
    ["a mid-term target and no baseline column: no baseline taken from it", "指标\t2023年目标\t2025年目标", "yearly2023,target2025", null, 2025],
    ["a 远景 column beside the target", "指标名称\t单位\t2020年基期值\t2025年目标值\t2035年远景目标\t属性", "unit,baseline2020,target2025,vision2035,attribute", 2020, 2025],
    // no plan period or year named: a year past PLAN_SPAN is a vision (a 十五五 table's 2025 | 2030 | 2035)
    ["a year long after the plan", "指标\t2020年\t2025年\t2035年", "baseline2020,target2025,vision2035", 2020, 2025],
    ["a 2019 baseline still reaches 2025", "指标\t2019年\t2023年目标\t2025年目标", "baseline2019,yearly2023,target2025", 2019, 2025],
    ["a 远景 target alone stays the target", "指标\t2020年\t2035年远景目标", "baseline2020,target2035", 2020, 2035],
  ])("%s", (_d, text, signature, baselineYear, targetYear) => {
    const r = readHeader(rows(text), 0, "");
    if (!r.ok) throw new Error(r.why);
    expect(r.header.signature).toBe(signature);
    expect([r.header.baselineYear, r.header.targetYear]).toEqual([baselineYear, targetYear]);
  });
});

/**
 * A group cell over two columns whose names the header's next line gives (trial29a F1): `“十四五”目标` merged
 * over `2025年 | 年均增长〔累计〕`, as a sheet's merged cell (the group's value in its first cell, the rest
 * blank), a web page's colspan or a tab copy of either reads. Read together, as the one-line header
 * `单位 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性` is; on main the second line was a row and the header 4 columns.
 */
describe("readHeader: a group cell over columns the next line names", () => {
  const ROW = "经济发展\t地区生产总值\t亿元\t216.5\t300\t7左右\t预期性";
  test.each<[string, string, string, number]>([
    ["the county 纲要 layout (类别, no 序号)", "类别\t指标\t单位\t2020年\t“十四五”目标\t\t属性\n\t\t\t\t2025年\t年均增长〔累计〕\t", "unit,baseline2020,target2025,cumulative,attribute", 1],
    ["with a 序号 column", "类别\t序号\t指标\t单位\t2020年\t“十四五”目标\t\t属性\n\t\t\t\t\t2025年\t年均增长〔累计〕\t", "unit,baseline2020,target2025,cumulative,attribute", 1],
    ["the group last, its row's trailing blanks cut (a sheet)", "指标\t单位\t2020年\t“十四五”目标\n\t\t\t2025年\t年均增长〔累计〕", "unit,baseline2020,target2025,cumulative", 1],
    ["a year group over a header word and a 累计", "指标\t单位\t2020年\t2025年\t\t属性\n\t\t\t目标值\t〔累计〕\t", "unit,baseline2020,target2025,cumulative,attribute", 1],
    ["two groups", "指标\t基期\t\t目标\t\n\t2020年\t年均增长〔累计〕\t2025年\t年均增长〔累计〕", "baseline2020,cumulative,target2025,cumulative", 1],
    // the layout read before (dropSpanWords): a word over years only is dropped
    ["a word spanning two year columns", "指标\t规划目标\t\t属性\n\t2020年\t2025年\t", "baseline2020,target2025,attribute", 1],
  ])("%s", (_d, text, signature, last) => {
    const r = readHeader(rows(`${text}\n${ROW}`), 0, "某县“十四五”规划主要指标");
    if (!r.ok) throw new Error(r.why);
    expect(r.header.signature).toBe(signature);
    expect(r.header.last).toBe(last);
  });

  test.each<[string, string, string, number]>([
    // a browser's copy that kept the group's blank but lost the line naming it; a line below that names nothing
    ["no second line", "类别\t指标\t单位\t2020年\t“十四五”目标\t\t属性", "“十四五”目标", 2],
    ["a second line of figures", "指标\t单位\t2020年\t“十四五”目标\t\t属性\n\t\t\t300\t7左右\t", "“十四五”目标", 2],
  ])("%s: a group the rows fill, its columns unnamed: refused, never read shifted", (_d, text, label, columns) => {
    const r = readHeader(rows(`${text}\n${ROW}`), 0, "某县“十四五”规划主要指标");
    expect(r).toEqual({ ok: false, why: "group-unnamed", label, columns });
  });

  test("a data row below a group cell is no header line", () => {
    expect(isGroupContinuation(["指标", "2020年", "目标", "", "属性"], ["地区生产总值", "216.5", "300", "7左右", "预期性"])).toBe(false);
    expect(isGroupContinuation(["指标", "2020年", "目标", "", "属性"], ["", "", "2025年", "年均增长〔累计〕", ""])).toBe(true);
    // a header a copy broke after its last year (`2015⏎基期值`): the next line's words stand under 类别 and 指标, no group's
    expect(isGroupContinuation(["类别", "指标", "2015"], ["基期值", "2020目标值", "年均增速〔累计〕", "指标属性"])).toBe(false);
  });
});

describe("planYearsFromTitle: the plan period a title names", () => {
  test.each<[string, [number, number] | null]>([
    ["某市“十四五”规划主要指标", [2020, 2025]],
    ["某县国民经济和社会发展第十三个五年规划主要指标", [2015, 2020]],
    ["十二五时期主要指标", [2010, 2015]],
    ["2023年主要指标", null],
  ])("%s", (title, years) => {
    const p = planYearsFromTitle(title);
    expect(p === null ? null : [p.baselineYear, p.targetYear]).toEqual(years);
  });
});

describe("readHeader: the name column", () => {
  test.each<[string, number]>([
    ["序号\t指标\t2020年\t2025年", 1],
    ["领域\t序号\t指标名称\t2020年\t2025年", 2],
    ["一级指标\t二级指标\t单位\t2020年\t2025年", 1],
    ["一级指标\t二级指标\t三级指标\t2020年\t2025年", 2],
    ["评价指标\t2020年\t2025年", 0],
  ])("%s → %s", (text, nameAt) => {
    const r = readHeader(rows(text), 0, "");
    if (!r.ok) throw new Error(r.why);
    expect(r.header.nameAt).toBe(nameAt);
  });
});
