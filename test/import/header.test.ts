import { planYearsFromTitle, readHeader } from "../../src/import/header";

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
