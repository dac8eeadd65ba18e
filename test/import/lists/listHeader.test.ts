import { readListHeader, type ListField } from "../../../src/import/lists/listHeader";
import { isIndicatorHeader, isProjectHeader, isReformHeader } from "../../../src/import/header";

/** A list's header read by each column's meaning, with the spellings plans use. */
describe("readListHeader: the fields of a project or reform list's columns", () => {
  test.each<[string, "projects" | "reforms", Partial<Record<ListField, string>>, "亿元" | "万元" | null]>([
    ["序号\t项目名称\t建设内容和规模\t建设地点\t总投资(亿元)\t建设起止年限\t责任单位\t责任人\t备注", "projects", { number: "序号", name: "项目名称", content: "建设内容和规模", location: "建设地点", investment: "总投资(亿元)", period: "建设起止年限", unit: "责任单位", person: "责任人", remark: "备注" }, "亿元"],
    ["序号\t项目\t主要建设内容\t地点\t总投资（万元）\t建设年限\t牵头单位", "projects", { name: "项目", content: "主要建设内容", location: "地点", investment: "总投资（万元）", period: "建设年限", unit: "牵头单位" }, "万元"],
    ["项目名称\t建设内容与规模\t所在地\t投资额\t建设期限\t实施主体", "projects", { name: "项目名称", content: "建设内容与规模", location: "所在地", investment: "投资额", period: "建设期限", unit: "实施主体" }, null],
    ["序号\t项目名称\t建设内容及规模\t“十四五”计划投资（亿元）\t起止年限\t业主单位", "projects", { investment: "“十四五”计划投资（亿元）", period: "起止年限", unit: "业主单位" }, "亿元"],
    // two investment columns: the first is the total, the second a column without a field
    ["序号\t项目名称\t建设内容\t计划总投资\t年度计划投资\t建设周期\t责任单位", "projects", { content: "建设内容", investment: "计划总投资", period: "建设周期", unit: "责任单位" }, null],
    ["序号\t类别\t项目名称\t建设内容\t总投资\t责任单位", "projects", { category: "类别", name: "项目名称", unit: "责任单位" }, null],
    ["序号\t改革名称\t改革目标\t改革任务\t牵头单位\t责任人\t参与单位", "reforms", { name: "改革名称", goal: "改革目标", tasks: "改革任务", leadUnit: "牵头单位", person: "责任人", participants: "参与单位" }, null],
    // 改革任务 names the reform when no 改革名称 column does
    ["序号\t改革任务\t目标\t具体举措\t牵头单位\t配合单位\t完成时限", "reforms", { name: "改革任务", goal: "目标", tasks: "具体举措", leadUnit: "牵头单位", participants: "配合单位", deadline: "完成时限" }, null],
    ["序号\t改革事项\t工作举措\t牵头单位\t协同单位", "reforms", { name: "改革事项", tasks: "工作举措", leadUnit: "牵头单位", participants: "协同单位" }, null],
    // 牵头单位 and 责任单位 both: the second names who take part
    ["序号\t重点任务\t改革内容\t牵头单位\t责任单位", "reforms", { name: "重点任务", tasks: "改革内容", leadUnit: "牵头单位", participants: "责任单位" }, null],
  ])("%s", (line, kind, fields, unit) => {
    const h = readListHeader(line.split("\t"));
    expect(h?.kind).toBe(kind);
    for (const [field, label] of Object.entries(fields)) expect(h?.labels[h.fields.indexOf(field as ListField)]).toBe(label);
    expect(h?.investmentUnit).toBe(unit);
    expect(isProjectHeader(line.split("\t"))).toBe(kind === "projects");
    expect(isReformHeader(line.split("\t"))).toBe(kind === "reforms");
  });

  // 年度计划投资 after 计划总投资 has no field; 建设性质 / 项目类型 (新建, 续建) are a project's type, no category (list24 item 3)
  test.each<[string, string[], Array<string | null>]>([
    ["年度计划投资 after 计划总投资; 建设性质", ["序号", "项目名称", "建设性质", "计划总投资", "年度计划投资", "建设周期", "责任单位"], ["number", "name", "type", "investment", null, "period", "unit"]],
    ["项目类型 beside 类别", ["序号", "类别", "项目名称", "项目类型", "总投资", "建设期限", "责任单位"], ["number", "category", "name", "type", "investment", "period", "unit"]],
    ["项目类型 alone", ["序号", "项目名称", "总投资（亿元）", "建设起止年限", "责任单位", "项目类型"], ["number", "name", "investment", "period", "unit", "type"]],
  ])("%s", (_what, labels, fields) => {
    expect(readListHeader(labels)?.fields).toEqual(fields);
  });

  test.each<[string]>([
    ["序号\t指标名称\t2020年\t2025年目标\t属性"],
    ["序号\t指标\t单位\t2020年\t2025年\t责任单位"],
    ["序号\t项目名称\t备注"],
    ["改革名称\t牵头单位"],
    ["序号\t名称\t内容\t单位"],
  ])("no list's header: %s", (line) => {
    expect(readListHeader(line.split("\t"))).toBeNull();
  });

  test("an indicator header is never a list's, nor a list's an indicator header", () => {
    expect(isIndicatorHeader("序号\t项目名称\t建设内容\t总投资\t建设起止年限\t责任单位".split("\t"))).toBe(false);
    expect(readListHeader("序号\t指标名称\t单位\t2020年\t2025年\t责任单位".split("\t"))).toBeNull();
  });
});
