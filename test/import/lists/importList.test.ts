import { importList } from "../../../src/import/lists/importList";
import { importPlanTable } from "../../../src/import/importPlanTable";
import { gridLines } from "../../../src/import/gridText";
import type { ProjectDef, ReformDef } from "../../../src/templates/TemplateSchema";

const H = "序号\t项目名称\t建设内容\t总投资（亿元）\t建设起止年限\t责任单位";
const lines = (...ls: string[]): string => ls.join("\n");
const items = (r: ReturnType<typeof importList>): Array<ProjectDef | ReformDef> => {
  if (!r.ok) throw new Error(r.message);
  return r.template.kind === "projects" ? r.template.projects : r.template.reforms;
};
const codes = (r: ReturnType<typeof importList>): string[] => (r.ok ? r.unread.map((u) => u.code) : [r.code]);

/** The plan's years: a list's header has none (given, else the title, else the items' periods). */
describe("importList: the plan's years", () => {
  test.each<[string, string, { baselineYear?: number; targetYear?: number }, [number, number], string | null]>([
    ["a yearly list's title", lines("2024年某县重大项目清单", H, "1\t甲工程\t新建\t1\t2023-2025\t县发改局"), {}, [2023, 2024], "title"],
    ["十四五 in the title", lines("某县“十四五”重大项目表", H, "1\t甲工程\t新建\t1\t2023-2025\t县发改局"), {}, [2020, 2025], "title"],
    ["a span in the title", lines("某县公共服务提升项目清单（2023—2027年）", H, "1\t甲工程\t新建\t1\t2023-2025\t县发改局"), {}, [2022, 2027], "title"],
    ["no title: the periods", lines(H, "1\t甲工程\t新建\t1\t2023-2024\t县发改局", "2\t乙工程\t新建\t2\t2024-2026\t县住建局"), {}, [2022, 2026], "periods"],
    ["given, over the title", lines("2024年某县重大项目清单", H, "1\t甲工程\t新建\t1\t2023-2025\t县发改局"), { baselineYear: 2020, targetYear: 2025 }, [2020, 2025], null],
  ])("%s", (_what, text, years, expected, from) => {
    const r = importList(text, years);
    if (!r.ok) throw new Error(r.message);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual(expected);
    const said = r.unread.find((u) => u.code === "list-years");
    expect(said?.params ?? null).toEqual(from === null ? null : { baselineYear: expected[0], targetYear: expected[1], from });
  });

  test("no year anywhere: refused in one line naming the options", () => {
    const r = importList(lines("序号\t改革名称\t改革目标\t改革任务\t牵头单位", "1\t甲改革\t目标\t任务\t县发改局"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("list-no-years");
    expect(r.message).toMatch(/改革清单的表头.*--baseline-year 和 --target-year/);
    expect(r.messageEn).toMatch(/reform list.*--baseline-year and --target-year/);
    expect(r.message.split("\n")).toHaveLength(1);
  });
});

describe("importList: what each line is", () => {
  test.each<[string, string, Array<[string, string, string]>, string[]]>([
    // [category, number, name] of the items; the codes said
    ["rows under no group: 未分类, said once", lines("2024年某县项目清单", H, "1\t甲工程\t新建\t1\t2024\t县发改局", "2\t乙工程\t新建\t2\t2024\t县住建局"),
      [["未分类", "1", "甲工程"], ["未分类", "2", "乙工程"]], ["list-years", "list-unclassified"]],
    ["a group over a sub-group: the inner one, the outer not empty", lines("2024年某县项目清单", H, "一、基础设施", "（一）交通", "1\t甲工程\t新建\t1\t2024\t县交通局", "二、民生", "2\t乙工程\t新建\t2\t2024\t县教育局"),
      [["交通", "1", "甲工程"], ["民生", "2", "乙工程"]], ["list-years"]],
    ["a group with nothing under it at the end", lines("2024年某县项目清单", H, "一、教育", "1\t甲工程\t新建\t1\t2024\t县教育局", "二、便民"),
      [["教育", "1", "甲工程"]], ["list-years", "list-group-empty"]],
    ["a category longer than 20 characters: cut, said", lines("2024年某县项目清单", H, "一、城乡基础设施和公共服务设施补短板强弱项类项目", "1\t甲工程\t新建\t1\t2024\t县发改局"),
      [["城乡基础设施和公共服务设施补短板强弱项类", "1", "甲工程"]], ["list-years", "list-category-long"]],
    ["a column without a field: said, its data left", lines("2024年某县项目清单", "序号\t项目名称\t用地面积\t建设内容\t总投资（亿元）\t建设起止年限\t责任单位", "1\t甲工程\t50亩\t内容\t1\t2024\t县发改局"),
      [["未分类", "1", "甲工程"]], ["list-column-unused", "list-years", "list-unclassified"]],
    // list24 item 3: 建设性质 / 项目类型 is a project's type (in its remark), the group its category
    ["a 建设性质 column: the type, not the category; said", lines("2024年某县项目清单", "序号\t项目名称\t建设性质\t建设内容\t总投资（亿元）\t建设起止年限\t责任单位", "一、交通", "1\t甲工程\t新建\t内容\t1\t2024\t县发改局"),
      [["交通", "1", "甲工程"]], ["list-type-remark", "list-years"]],
    ["a 项目类型 column under groups: the groups are the categories", lines("2024年某县项目清单", "序号\t项目名称\t总投资（亿元）\t建设起止年限\t责任单位\t项目类型", "（一）交通", "1\t甲工程\t1\t2024\t县交通局\t续建", "（二）产业", "2\t乙工程\t2\t2024\t县经信局\t谋划"),
      [["交通", "1", "甲工程"], ["产业", "2", "乙工程"]], ["list-type-remark", "list-years"]],
    ["a numbered line without a name: not loaded", lines("2024年某县项目清单", H, "一、教育", "1\t甲工程\t新建\t1\t2024\t县教育局", "2\t\t新建\t2\t2024\t县教育局"),
      [["教育", "1", "甲工程"]], ["list-years", "list-no-name"]],
    ["another table's header below: the list ends there", lines("2024年某县项目清单", H, "1\t甲工程\t新建\t1\t2024\t县发改局", "", "序号\t指标名称\t2023年\t2024年目标\t属性", "1\t某率(%)\t1\t2\t预期性"),
      [["未分类", "1", "甲工程"]], ["list-years", "list-unclassified", "other-table"]],
    ["traditional characters read as simplified", lines("2024年某縣項目清單", "序號\t項目名稱\t建設內容\t總投資（億元）\t建設起止年限\t責任單位", "1\t甲工程\t新建\t1\t2024\t縣發改局"),
      [["未分类", "1", "甲工程"]], ["traditional", "list-years", "list-unclassified"]],
  ])("%s", (_what, text, expected, said) => {
    const r = importList(text);
    expect(items(r).map((d) => [d.category, d.number, d.name])).toEqual(expected);
    expect([...new Set(codes(r))].sort()).toEqual([...said].sort());
  });

  // a trial's list: a column labelled only 类别 held 新建 / 续建 / 前期, read as the category (三个“类别”: 新建, 续建, 前期)
  test.each<[string, string, Array<[string, string, string]>]>([
    ["类别 of 新建 / 续建 / 前期 under a group: the type; the group the category",
      lines("2024年某县项目清单", "序号\t类别\t项目名称\t建设内容\t总投资（亿元）\t建设起止年限\t责任单位", "一、交通", "1\t新建\t甲工程\t内容\t1\t2024\t县发改局", "2\t续建\t乙工程\t内容\t1\t2024\t县发改局", "3\t前期\t丙工程\t内容\t1\t2024\t县发改局"),
      [["交通", "甲工程", "新建"], ["交通", "乙工程", "续建"], ["交通", "丙工程", "前期"]]],
    ["类型 of 新建、改建 / 续建项目 / 新（改扩）建/谋划类, no group: the type; 未分类",
      lines("2024年某县项目清单", "序号\t项目名称\t类型\t总投资（亿元）\t建设起止年限\t责任单位", "1\t甲工程\t新建、改建\t1\t2024\t县发改局", "2\t乙工程\t续建项目\t1\t2024\t县发改局", "3\t丙工程\t新（改扩）建/谋划类\t1\t2024\t县发改局"),
      [["未分类", "甲工程", "新建、改建"], ["未分类", "乙工程", "续建项目"], ["未分类", "丙工程", "新（改扩）建/谋划类"]]],
    ["类别 of real categories stays the category",
      lines("2024年某县项目清单", "序号\t类别\t项目名称\t建设内容\t总投资（亿元）\t建设起止年限\t责任单位", "1\t交通\t甲工程\t内容\t1\t2024\t县发改局", "2\t新建\t乙工程\t内容\t1\t2024\t县发改局"),
      [["交通", "甲工程", ""], ["新建", "乙工程", ""]]],
  ])("a category column of construction types: %s", (_what, text, expected) => {
    const r = importList(text);
    const got = items(r).map((d) => [d.category, d.name, "remark" in d ? d.remark : ""]);
    expect(got).toEqual(expected);
    expect(codes(r).includes("list-type-remark")).toBe(expected.some(([, , remark]) => remark !== ""));
  });

  test("a header and nothing under it: refused, the list named", () => {
    const r = importList(lines("2024年某县项目清单", H, "合计\t\t\t0"));
    expect(r.ok ? "" : r.code).toBe("list-no-rows");
    expect(r.ok ? "" : r.message).toMatch(/项目清单的表头.*没有读出任何项目/);
  });
});

// a PDF's copy separates a list's columns by single spaces (a trial's 重大项目表 was refused as no header at all):
// the header is found at its spaces, a line of exactly its words is read one word a column, any other line is said
describe("importList: a list pasted with single spaces between its columns", () => {
  const SH = "序号 项目名称 建设内容 总投资（亿元） 建设起止年限 责任单位 责任人";
  test.each<[string, string, Array<[string, string, string, string]>, string[]]>([
    ["every row of exactly the header's words, under numbered groups",
      lines("2024年某县重大项目清单", SH, "一、交通", "1 甲公路工程 新建道路12公里 3.5 2023-2025 县交通局 张三", "2 乙桥梁工程 改建桥梁2座 1.2 2024 县交通局 李四", "二、教育", "3 丙学校 新建校舍 0.8 2024-2026 县教育局 王五"),
      [["交通", "甲公路工程", "3.5", "县交通局"], ["交通", "乙桥梁工程", "1.2", "县交通局"], ["教育", "丙学校", "0.8", "县教育局"]], ["list-spaced", "list-years"]],
    ["a 合计 with its figure, a note, a page number and the header again after a page break",
      lines("2024年某县重大项目清单", SH, "一、交通", "1 甲公路工程 新建道路12公里 3.5 2023-2025 县交通局 张三", "- 2 -", SH, "2 乙桥梁工程 改建桥梁2座 1.2 2024 县交通局 李四", "合计 4.7", "注：以上为计划数。"),
      [["交通", "甲公路工程", "3.5", "县交通局"], ["交通", "乙桥梁工程", "1.2", "县交通局"]], ["list-spaced", "list-total", "list-years"]],
    ["a space inside 建设内容 and a wrapped piece: said, never guessed into a column",
      lines("2024年某县重大项目清单", SH, "一、交通", "1 甲公路工程 新建道路12公里 3.5 2023-2025 县交通局 张三", "县财政局", "2 乙桥梁工程 改建 桥梁2座 1.2 2024 县交通局 李四", "3 丙学校 新建校舍 0.8 2024-2026 县教育局 王五"),
      [["交通", "甲公路工程", "3.5", "县交通局"], ["交通", "丙学校", "0.8", "县教育局"]], ["list-spaced", "list-spaced-unaligned", "list-years"]],
  ])("%s", (_what, text, expected, said) => {
    const r = importPlanTable(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.kind).toBe("projects");
    const got = r.template.kind === "projects" ? r.template.projects.map((p) => [p.category, p.name, p.investment, p.unit]) : [];
    expect(got).toEqual(expected);
    expect([...new Set(r.unread.map((u) => u.code))].sort()).toEqual([...said].sort());
    const unaligned = r.unread.filter((u) => u.code === "list-spaced-unaligned");
    for (const u of unaligned) expect(u.reason).toContain("各列以 Tab 分隔");
    expect(unaligned.map((u) => u.line)).toEqual(text.split("\n").flatMap((l, i) => (l === "县财政局" || l.includes(" 改建 ") ? [i + 1] : [])));
  });

  test.each<[string, string]>([
    ["every row has a space inside a cell", lines("2024年某县重大项目清单", SH, "1 甲公路 工程 新建道路 3.5 2023-2025 县交通局 张三", "2 乙桥梁工程 改建 桥梁 1.2 2024 县交通局 李四")],
    ["a reform list whose rows run on", lines("2024年某县改革清单", "序号 改革名称 改革目标 改革任务 牵头单位", "1 甲改革 目标 一 任务 二 县发改局")],
  ])("no line can be placed: refused in one line saying to paste with tabs (%s)", (_what, text) => {
    const r = importPlanTable(text);
    expect(r.ok ? "" : r.code).toBe("list-spaced");
    const message = r.ok ? "" : r.message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toMatch(/^第 2 行是一张(项目|改革)清单的表头，但各列只用空格分隔.*各列以 Tab 分隔.*没有载入任何内容。$/);
  });
});

describe("importPlanTable: an indicator table, a project list, a reform list", () => {
  const INDICATORS = lines("某县“十四五”主要指标", "序号\t指标名称\t2020年\t2025年目标\t属性", "1\t某某率(%)\t80\t90\t预期性");
  const PROJECTS = lines("某县“十四五”重大项目表", H, "1\t甲工程\t新建\t1\t2021-2025\t县发改局");
  test.each<[string, string, string, string[]]>([
    ["a project list", PROJECTS, "projects", []],
    ["a reform list", lines("2024年某县改革清单", "序号\t改革名称\t改革目标\t改革任务\t牵头单位", "1\t甲改革\t目标\t任务\t县发改局"), "reforms", []],
    // kept as before: the indicator table, the list below it named as not loaded
    ["an indicator table, then a project list", `${INDICATORS}\n\n${PROJECTS}`, "indicators", ["project-table"]],
  ])("%s → %s", (_what, text, kind, said) => {
    const r = importPlanTable(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.kind).toBe(kind);
    for (const c of said) expect(r.unread.map((u) => u.code)).toContain(c);
  });

  test("a sheet's header cell with a line break (总投资⏎（万元）) is one label", () => {
    const { text, rows } = gridLines([["2024年某县项目清单"], ["序号", "项目名称", "建设内容", "总投资\n（万元）", "建设起止年限", "责任单位"], ["1", "甲工程", "新建", "15000", "2024", "县发改局"]]);
    const r = importPlanTable(text, { source: { kind: "sheet", rows } });
    if (!r.ok) throw new Error(r.message);
    expect(r.template.kind === "projects" ? r.template.projects.map((p) => p.investment) : []).toEqual(["1.5"]);
  });
});

// trial40c: a published list with 开工年份 | 竣工年份 apart lost both (「该列的数据未载入」), every project's period empty and
// every return 数据异常; its 「一 | 产业项目（4个）| … | 30.1」 group rows were not rows, the projects 未分类
describe("importList: periods from 开工 / 竣工 columns, group rows with subtotals", () => {
  const T = "岱山县2024年重大项目计划表";
  test.each<[string, string, string[], string[]]>([
    ["开工年份 | 竣工年份", lines(T, "序号\t项目名称\t开工年份\t竣工年份\t总投资（亿元）\t责任单位", "1\t甲工程\t2022\t2025\t12.5\t县经开区", "2\t乙工程\t2024\t2026\t8.6\t县海洋局"),
      ["2022-2025", "2024-2026"], ["list-period-joined"]],
    ["开工时间 | 竣工时间 with months", lines(T, "序号\t项目名称\t开工时间\t竣工时间\t总投资（亿元）\t责任单位", "1\t甲工程\t2022年6月\t2025年12月\t12.5\t县经开区"),
      ["2022-2025"], ["list-period-joined", "list-period-months"]],
    ["a 谋划 project with no 开工年份: its own line", lines(T, "序号\t项目名称\t开工年份\t竣工年份\t总投资（亿元）\t责任单位", "1\t甲工程\t2022\t2025\t12.5\t县经开区", "2\t乙工程\t\t2027\t3\t县文广旅体局"),
      ["2022-2025", ""], ["list-period-joined", "list-period-unreadable"]],
    ["建设年限 2023-2025", lines(T, "序号\t项目名称\t建设年限\t总投资（亿元）\t责任单位", "1\t甲工程\t2023-2025\t1\t县发改局"), ["2023-2025"], []],
    ["建设年限 2023—2025年", lines(T, "序号\t项目名称\t建设年限\t总投资（亿元）\t责任单位", "1\t甲工程\t2023—2025年\t1\t县发改局"), ["2023-2025"], ["list-period-respelt"]],
    ["建设年限 2023年至2025年", lines(T, "序号\t项目名称\t建设年限\t总投资（亿元）\t责任单位", "1\t甲工程\t2023年至2025年\t1\t县发改局"), ["2023-2025"], ["list-period-respelt"]],
    ["no period column: said once for the list", lines(T, "序号\t项目名称\t建设内容\t总投资（亿元）\t责任单位", "1\t甲工程\t内容\t1\t县发改局", "2\t乙工程\t内容\t2\t县住建局"),
      ["", ""], ["list-no-period"]],
    ["a period column all empty: said once, not a line a row", lines(T, H, "1\t甲工程\t内容\t1\t\t县发改局", "2\t乙工程\t内容\t2\t\t县住建局"), ["", ""], ["list-no-period"]],
  ])("%s", (_what, text, periods, said) => {
    const r = importList(text);
    expect(items(r).map((d) => ("period" in d ? d.period : null))).toEqual(periods);
    const listed = codes(r).filter((c) => c.startsWith("list-period") || c === "list-no-period");
    expect([...new Set(listed)].sort()).toEqual([...said].sort());
    expect(codes(r).filter((c) => c === "list-no-period").length).toBeLessThanOrEqual(1);
    expect(codes(r)).not.toContain("list-column-unused");
  });

  test("the lines said: the columns joined, and no period at all", () => {
    const joined = importList(lines(T, "序号\t项目名称\t开工年份\t竣工年份\t总投资（亿元）\t责任单位", "1\t甲工程\t2022\t2025\t12.5\t县经开区"));
    if (!joined.ok) throw new Error(joined.message);
    const j = joined.unread.find((u) => u.code === "list-period-joined");
    expect(j?.reason).toBe("“开工年份”和“竣工年份”两列合为建设起止年限（1 项，如“2022 | 2025”→“2022-2025”），已载入，请核对");
    expect(j?.reasonEn).toContain("the columns “开工年份” and “竣工年份” joined into the construction years");
    const none = importList(lines(T, "序号\t项目名称\t建设内容\t总投资（亿元）\t责任单位", "1\t甲工程\t内容\t1\t县发改局"));
    if (!none.ok) throw new Error(none.message);
    const n = none.unread.find((u) => u.code === "list-no-period");
    expect(n?.reason).toMatch(/^1 个项目都没有建设起止年限.*每个项目都会是数据异常/);
    expect(n?.reasonEn).toMatch(/^none of the 1 projects has construction years/);
  });

  test.each<[string, string, string[]]>([
    ["一 | 产业项目（4个）| … | 30.1", lines(T, "序号\t项目名称\t开工年份\t竣工年份\t总投资（亿元）\t责任单位", "\t合计\t\t\t48.62\t", "一\t产业项目（2个）\t\t\t30.1\t",
      "1\t甲工程\t2022\t2025\t12.5\t县经开区", "2\t乙工程\t2024\t2026\t17.6\t县海洋局", "二\t社会民生项目（1个）\t\t\t18.52\t", "3\t丙工程\t2023\t2025\t18.52\t县卫健局"),
      ["产业项目", "产业项目", "社会民生项目"]],
    ["| 一、产业项目 | … | 30.1 in the name cell", lines(T, "序号\t项目名称\t开工年份\t竣工年份\t总投资（亿元）\t责任单位", "\t一、产业项目\t\t\t30.1\t", "1\t甲工程\t2022\t2025\t30.1\t县经开区"), ["产业项目"]],
  ])("a group row with its subtotal: %s", (_what, text, categories) => {
    const r = importList(text);
    expect(items(r).map((d) => d.category)).toEqual(categories);
    expect(codes(r)).not.toContain("not-a-row");
    expect(codes(r)).not.toContain("list-unclassified");
  });

  // trial40c F3: the continuation 「（续上）…」 was glued into the name with its mark; an .xlsx said 粘贴的表格文本
  test("a continued row joins without its mark; the source names the file read", () => {
    const r = importList(lines(T, "序号\t项目名称\t开工年份\t竣工年份\t总投资（亿元）\t责任单位", "4\t秀山岛文旅综合开发项目\t2024\t2027\t3.0\t县文广旅体局", "\t（续上）建设滨海度假酒店\t\t\t\t"),
      { fileName: "daishan-2024-projects.xlsx" });
    expect(items(r).map((d) => d.name)).toEqual(["秀山岛文旅综合开发项目建设滨海度假酒店"]);
    expect(r.ok && r.template.source.document).toBe("daishan-2024-projects.xlsx");
  });
});

// trial47a: 云溪县's 重大改革 list (改革任务, 牵头单位, 完成时限, 2023年度目标) read 「（完成时限：2023年）」 into each reform's
// tasks and dropped the 年度目标 (改革目标 empty on the form): a 完成时限 read as a year or month is the reform's own
// `deadline`, the 年度目标 its goal; one not read as a date (持续推进) stays in its tasks as before (§5, our reading)
describe("importList: a reform list's 完成时限 and 年度目标", () => {
  const T = "云溪县“十四五”重大改革任务清单";
  test.each<[string, string, Partial<ReformDef>, boolean, string[]]>([
    ["a year", lines(T, "序号\t改革任务\t牵头单位\t完成时限\t2023年度目标", "1\t国有企业整合重组改革\t县国资办\t2023年\t完成三家县属国企整合"),
      { name: "国有企业整合重组改革", goal: "完成三家县属国企整合", tasks: "", deadline: "2023年" }, false, []],
    ["年底", lines(T, "序号\t改革任务\t牵头单位\t完成时限\t年度目标", "1\t宅基地制度改革试点\t县农业农村局\t2023年底\t完成确权登记颁证"),
      { goal: "完成确权登记颁证", tasks: "", deadline: "2023年底" }, false, []],
    ["a year and month", lines(T, "序号\t改革事项\t主要举措\t牵头单位\t完成时限", "1\t国资改革\t整合重组\t县国资办\t2024年6月"),
      { tasks: "整合重组", deadline: "2024年6月" }, false, []],
    ["not a date: kept in the tasks", lines(T, "序号\t改革事项\t主要举措\t牵头单位\t完成时限", "1\t医共体改革\t推进医共体建设\t县卫健局\t持续推进"),
      { tasks: "推进医共体建设（完成时限：持续推进）" }, true, ["list-deadline"]],
  ])("%s", (_what, text, expected, noDeadline, said) => {
    const r = importList(text);
    const [rf] = items(r) as ReformDef[];
    expect(rf).toMatchObject(expected);
    if (noDeadline) expect(rf).not.toHaveProperty("deadline");
    expect(codes(r).filter((c) => c.startsWith("list-deadline") || c === "list-column-unused")).toEqual(said);
  });
});
