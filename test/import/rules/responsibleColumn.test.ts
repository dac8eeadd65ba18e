import { importTable } from "../../../src/import";
import { responsibleColumn } from "../../../src/import/rules/responsibleColumn";
import { draftThrough } from "./harness";

// the template's responsibleUnit (named beside a 预警, evaluation-rules §6) from the table's own column
describe("responsibleColumn: the 责任单位 column is the indicator's responsible unit", () => {
  test.each<[string, string, string, string | undefined]>([
    ["责任单位", "责任单位", "市应急管理局", "市应急管理局"],
    ["牵头单位", "牵头单位", "市卫健委", "市卫健委"],
    ["责任部门", "责任部门", "县教育局", "县教育局"],
    ["主责单位", "主责单位", "县民政局", "县民政局"],
    ["a unit with brackets", "责任单位", "各县（区）政府", "各县（区）政府"],
    ["empty", "责任单位", "", undefined],
  ])("%s", (_d, label, cell, unit) => {
    const header = `序号\t指标名称\t${label}\t2020年\t2025年目标\t指标属性`;
    const { draft } = draftThrough(responsibleColumn, ["江海市“十四五”应急管理主要指标", header, `1\t生产安全事故死亡人数(人)\t${cell}\t45\t≤38\t约束性`]);
    expect(draft.add.responsibleUnit).toBe(unit);
  });

  test.each<[string, string]>([
    ["last column", "类别\t序号\t指标名称\t2020年\t2025年目标\t指标属性\t责任单位\n安全生产\t1\t生产安全事故死亡人数(人)\t45\t≤38\t约束性\t市应急管理局"],
    ["before the values", "序号\t指标名称\t牵头单位\t2020年\t2025年目标\n1\t生产安全事故死亡人数(人)\t市应急管理局\t45\t≤38"],
  ])("importTable loads it and says nothing of the column (%s)", (_d, body) => {
    const r = importTable(`江海市“十四五”应急管理主要指标\n${body}`, { document: "plan.txt" });
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[0]?.responsibleUnit).toBe("市应急管理局");
    expect(r.template.indicators[0]?.baseline).toBe("45");
    expect(r.unread.map((u) => u.code)).toEqual([]);
  });
});
