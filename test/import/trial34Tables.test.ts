import { importedFixture } from "./importedFixture";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/** trial34 (test/fixtures/tables/trial34/README.md): tables pasted as Word, PDF and Excel copies give them, read as `plan-returns import` reads them. */
const imported = importedFixture("trial34");

/** domain | name | unit | baseline | target | 属性 */
const row = (d: IndicatorDef): string => [d.domain, d.name, d.unit, d.baseline, d.target ?? "", d.attribute ?? ""].join(" | ");

describe("trial34: a table spaced with full-width spaces, names padded for alignment, rows with no unit", () => {
  // on main: 第 5, 6, 8, 9 行 读到 3 格数值，表头有 4 列…请把该行各列改用 Tab 分隔后重新导入，未载入 (3 of 7 rows loaded)
  test.each<[string, string, number[]]>([
    ["fullwidth-padded-no-unit.txt", "fullwidth-padded-no-unit-tabs.txt", [5, 6, 8, 9]],
  ])("%s loads every row as its tab copy %s does, each row without its unit said", async (spaced, tabbed, said) => {
    const [s, t] = [await imported(spaced), await imported(tabbed)];
    if (s.template.kind !== "indicators" || t.template.kind !== "indicators") throw new Error("not indicators");
    expect(s.template.indicators.map(row)).toEqual(t.template.indicators.map(row));
    expect(s.template.indicators).toHaveLength(7);
    expect(s.unread.filter((u) => u.effect === "not-loaded")).toEqual([]);
    expect(s.unread.filter((u) => u.code === "unit-left-blank").map((u) => u.line)).toEqual(said);
  });

  test.each<[number, string, string]>([
    [5, "79", "这一行各列以空格分隔，比表头的 4 列少一格；名称中没有单位，单位一列的位置上是“79”，不是单位：按单位一格空着读取（没有单位），已载入，请核对"],
    [8, "—", "这一行各列以空格分隔，比表头的 4 列少一格；名称中没有单位，单位一列的位置上是“—”，不是单位：按单位一格空着读取（没有单位），已载入，请核对"],
  ])("line %i (“%s” under 单位) says why, in Chinese and English", async (line, value, zh) => {
    const r = await imported("fullwidth-padded-no-unit.txt");
    const u = r.unread.find((x) => x.code === "unit-left-blank" && x.line === line);
    expect([u?.effect, u?.reason]).toEqual(["to-check", zh]);
    expect(u?.reasonEn).toContain(`the name gives no unit and “${value}”, where the 单位 cell would be, is no unit`);
  });
});

describe("trial34: a table copied from Excel, cells holding several lines, says which lines of the paste each row joined", () => {
  // on main: 第 8 行：单元格内有换行（从电子表格复制的表格），各格中的几行已连成一行 (the range 第 8—10 行 lost since dev33f)
  test.each<[string, number, number, string]>([
    ["agriculture-excel-copy.txt", 8, 10, "高标准农田面积（万亩）"],
    ["agriculture-excel-copy.txt", 11, 12, "农作物耕种收综合机械化率（%）"],
    ["agriculture-excel-copy.txt", 14, 15, "乡村休闲旅游年接待游客人次（万人次）"],
    ["agriculture-excel-copy.txt", 17, 19, "乡镇（街道）范围具备综合功能的养老服务机构覆盖率（%）"],
  ])("%s: the row on lines %i—%i (%s)", async (file, from, to, name) => {
    const r = await imported(file);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators.map((i) => i.name)).toContain(name);
    const said = r.unread.filter((u) => u.code === "cell-breaks" && u.line === from);
    expect(said.map((u) => u.reason)).toEqual([`单元格内有换行（从电子表格复制的表格），第 ${from}—${to} 行合为一行，已载入，请核对`]);
    expect(said[0]?.reasonEn).toContain(`lines ${from}–${to} joined into one row`);
  });
});

describe("trial34: a PDF copy whose long names wrap onto a second line with the row's unit and values", () => {
  // on main: 第 5 行 只有指标名称…未载入; 第 6 行's 1.1 read as a 序号 under a domain 死亡率人/10万人, every row below in it
  test.each<[string, string, string, string, string]>([
    ["工矿商贸就业人员十万人生产安全事故死亡率", "人/10万人", "1.1", "下降20%", "约束性"],
    ["年均因自然灾害直接经济损失占地区生产总值比例", "%", "0.8", "1以内", "预期性"],
    ["年均每百万人口因自然灾害死亡率", "", "/", "＜1", "预期性"],
    ["应急避难场所人均面积", "平方米", "1.2", "≥1.5", "预期性"],
  ])("emergency-pdf-copy.txt: %s", async (name, unit, baseline, target, attribute) => {
    const r = await imported("emergency-pdf-copy.txt");
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    const row = r.template.indicators.find((i) => i.name === name);
    expect([row?.unit, row?.baseline, row?.target, row?.attribute, row?.domain]).toEqual([unit, baseline, target, attribute, "未分类"]);
    expect(r.template.indicators).toHaveLength(8);
    expect(r.unread.filter((u) => u.effect === "not-loaded")).toEqual([]);
  });
});

describe("trial34: a PDF copy whose header is spread over two lines (2020年 over 基期值), spaced with full-width spaces", () => {
  // on main: 第 2 行的表头中基期年份 2020 不早于目标年份 2020。没有载入任何内容。(基期值 目标值 〔累计〕 joined to 类别, 指标, 2020年)
  test.each<[string, string, string, string, string]>([
    ["粮食综合生产能力（万吨）", "供给保障", "—", ">16.5", ""],
    ["高标准农田面积（万亩）", "供给保障", "38", "52.75", "累计：〔14.75〕"],
    ["乡村休闲旅游年接待游客人次（万人次）", "乡村建设", "260", "400", "累计：〔140〕"],
    ["农村居民人均可支配收入（元）", "农民增收", "23150", "33500左右", "年均增长：7.6"],
    ["城乡居民收入比", "农民增收", "1.96", "≤1.9", ""],
  ])("agriculture-pdf-copy.txt: %s", async (name, domain, baseline, target, note) => {
    const r = await imported("agriculture-pdf-copy.txt");
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect([r.template.baselineYear, r.template.targetYear, r.template.indicators.length]).toEqual([2020, 2025, 8]);
    const row = r.template.indicators.find((i) => i.name === name);
    expect([row?.domain, row?.baseline, row?.target, row?.note ?? ""]).toEqual([domain, baseline, target, note]);
  });
});

describe("trial34: whole tables, each row as the plan has it (domain | name | unit | baseline | target | 属性)", () => {
  // emergency-categories-pdf-copy on main: lines 5, 6, 7, 9 not loaded (cell-count); culture-tourism-word-copy loaded right on main
  test.each<[string, string[]]>([
    ["emergency-categories-pdf-copy.txt", [
      "安全生产 | 生产安全事故死亡人数 | 人 | 38 | 下降15% | 约束性",
      "安全生产 | 较大及以上生产安全事故起数 | 起 | 1 | 0 | 约束性",
      "安全生产 | 安全生产标准化达标率 |  | 90 | ≥95 | 预期性",
      "防灾减灾 | 年均每百万人口因自然灾害死亡率 |  | / | ＜1 | 预期性",
      "防灾减灾 | 城乡社区综合减灾示范社区 |  | AAA级 | AAAA级 | 预期性",
      "应急保障 | 应急避难场所人均面积 | 平方米 | 1.2 | ≥1.5 | 预期性",
      "应急保障 | 应急物资储备库建设 |  | — | 基本建成 | 预期性",
    ]],
    ["culture-tourism-word-copy.txt", [
      "文化事业 | 每万人拥有公共文化设施面积 | 平方米 | 1480 | ≥1800 | 预期性",
      "文化事业 | 人均接受文化场馆服务次数 | 次 | 2.1 | 3.5左右 | 预期性",
      "文化事业 | 国家级、省级非物质文化遗产代表性项目 | 项 | 23 | 〔5〕 | 预期性",
      "文化产业 | 文化及相关产业增加值占地区生产总值比重 | % | 4.6 | 5以上 | 预期性",
      "文化产业 | 规模以上文化企业营业收入 | 亿元 | 42 | 62 | 预期性",
      "旅游业 | 接待国内游客人次 | 万人次 | 1850 | 2800 | 预期性",
      "旅游业 | 旅游总收入 | 亿元 | 196 | 320 | 预期性",
      "旅游业 | A级旅游景区数量 | 个 | 12 | ≥18 | 预期性",
      "旅游业 | 4A级及以上旅游景区数量 | 个 | 3 | 5 | 约束性",
    ]],
  ])("%s", async (file, rows) => {
    const r = await imported(file);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators.map(row)).toEqual(rows);
    expect(r.unread.filter((u) => u.effect === "not-loaded")).toEqual([]);
  });
});

describe("trial34: a unit-less spaced row that also leaves its 备注 blank", () => {
  // on main: 第 4 行 读到 3 格数值，表头有 5 列…未载入
  test("fullwidth-remarks-column.txt: every row loads, line 4 said with its blank 备注", async () => {
    const r = await imported("fullwidth-remarks-column.txt");
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators.map((i) => [i.name, i.unit, i.baseline, i.target, i.attribute, i.note ?? ""])).toEqual([
      ["人均健康预期寿命", "岁", "78.6", "79.5", "预期性", "省统计"],
      ["人均预期寿命", "", "79", "80", "预期性", ""],
      ["居民健康素养水平", "", "25.3", "≥32", "预期性", "市卫健委"],
      ["每千人口执业（助理）医师数", "人", "2.9", "3.4", "预期性", ""],
    ]);
    const u = r.unread.find((x) => x.code === "unit-left-blank" && x.line === 4);
    expect(u?.reason).toBe("这一行各列以空格分隔，比表头的 5 列少一格（另有末尾 1 格空着，按空白读取）；名称中没有单位，单位一列的位置上是“79”，不是单位：按单位一格空着读取（没有单位），已载入，请核对");
    expect(u?.reasonEn).toContain("one cell fewer than the header's 5 (and 1 blank cell at its end, read as blank)");
  });
});
