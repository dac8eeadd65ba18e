import path from "path";
import { importTable } from "../../src/import";
import { importedTableFile } from "../support/importedTableFile";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * A new-user trial's county, district and annual plan tables (trial27c; test/fixtures/tables/trial27c),
 * read as the CLI reads the files (readTableFile), then importTable. Before:
 * - a row whose target has words (`42以上`, `63左右`, `完成市下达任务`) as its last filled cell, in a table without
 *   序号, was read as a 序号 (its baseline) over a heading: the row lost, the next renamed `42以上地区生产总值`, and
 *   the table refused when the row was first or last (x11, x13, y.html, t5_annual);
 * - a row with a blank cell was refused where the cells' columns are known: a sheet's blank 属性 (x20.xlsx),
 *   tab text ending in a tab (t6_water.txt), a blank middle 增长% (t5_nograin.xlsx, said 没有序号);
 * - group rows 一、二… were refused (`一 | 水资源节约集约利用`: 没有序号) or glued onto the row above
 *   (`| 二、防洪减灾`: `农田灌溉水有效利用系数二、防洪减灾`; in a sheet: 单元格内有换行, target `0.53以上二`).
 */
const TABLES = path.join(__dirname, "../fixtures/tables/trial27c");

const imported = (file: string): ReturnType<typeof importedTableFile> => importedTableFile(TABLES, file);

/** domain | name | unit | baseline | target */
const row = (d: IndicatorDef): string => [d.domain, d.name, d.unit, d.baseline, d.target ?? ""].join(" | ");
/** the same and the 属性 */
const rowWithAttribute = (d: IndicatorDef): string => `${row(d)} | ${d.attribute ?? ""}`;

const WATER = [
  "水资源节约集约利用 | 用水总量 | 亿立方米 | 1.32 | ≤1.45",
  "水资源节约集约利用 | 万元GDP用水量下降 | % | — | [16]",
  "水资源节约集约利用 | 万元工业增加值用水量下降 | % | — | [16]",
  "水资源节约集约利用 | 农田灌溉水有效利用系数 |  | 0.512 | 0.53以上",
  "防洪减灾 | 县城防洪标准 | 年一遇 | 20 | 50",
  "防洪减灾 | 病险水库除险加固完成率 | % | — | 100",
  "农村供水保障 | 农村自来水普及率 | % | 88 | ＞95",
  "农村供水保障 | 规模化供水工程覆盖农村人口比例 | % | 45 | ≥60%",
  "水生态保护 | 新增水土流失治理面积 | 平方公里 | — | [120]",
  "水生态保护 | 重要水功能区水质达标率 | % | 93 | 完成省下达任务",
  "水生态保护 | 河湖水域空间 |  | — | 不减少",
];
const WATER_ATTRIBUTES = ["约束性", "约束性", "约束性", "预期性", "预期性", "约束性", "预期性", "预期性", "约束性", "约束性", "预期性"];
const WATER_WITH_ATTRIBUTES = WATER.map((r, i) => `${r} | ${WATER_ATTRIBUTES[i] ?? ""}`);

// the annual plan's rows without a growth figure for the plan year (the two 增长% columns are another rule's)
const ANNUAL_TAIL = [
  "未分类 | 城镇新增就业 | 人 | 6500 | 6000",
  "未分类 | 城镇调查失业率 | % | 5.2 | 5.5以内",
  "未分类 | 居民消费价格涨幅 | % | 0.3 | 3左右",
  "未分类 | 单位地区生产总值能耗降低 | % | 3 | 完成市下达任务",
];

describe("trial27c: every indicator once, as written, under its category", () => {
  // (t6_water's ▲ 属性 cells are the ▲ legend's rule: its rows are compared without the 属性, its attribute-unknown lines not asked of)
  test.each<[string, string, string[]]>([
    ["a words target last, the row first (x13)", "x13.txt", ["未分类 | 森林覆盖率（%） | % | 35.2 | 36", "未分类 | 粮食产量（万吨） | 万吨 | 42.1 | 42以上"]],
    ["a words target last, the row before another (x11)", "x11.txt", ["未分类 | 粮食产量（万吨） | 万吨 | 42.1 | 42以上", "未分类 | 地区生产总值（亿元） | 亿元 | 285.6 | 400"]],
    ["63左右 in a web page's table (y.html)", "y.html", ["未分类 | 常住人口城镇化率（%） | % | 58.3 | 63左右", "未分类 | 森林覆盖率（%） | % | 35 | 36"]],
    ["a sheet's blank 属性 (x20.xlsx)", "x20.xlsx", ["未分类 | 用水总量 | 亿立方米 | 1.32 | ≤1.45", "未分类 | 县城防洪标准 | 年一遇 | 20 | 50", "未分类 | 农村自来水普及率 | % | 88 | 95"]],
    ["tab text ending in tabs, 一 | 名称 group rows (t6_water.txt)", "t6_water.txt", WATER],
    ["a sheet, 一 | 名称 group rows (t6_water.xlsx)", "t6_water.xlsx", WATER],
    ["一 in the 序号 column (t6b_water_attr.txt)", "t6b_water_attr.txt", WATER_WITH_ATTRIBUTES],
    ["一、 in the name column (t6c.txt)", "t6c.txt", WATER_WITH_ATTRIBUTES],
    ["一、 in the name column, a sheet (t6c.xlsx)", "t6c.xlsx", WATER_WITH_ATTRIBUTES],
  ])("%s", async (_d, file, rows) => {
    const r = await imported(file);
    expect(r.template.indicators.map(rows === WATER_WITH_ATTRIBUTES ? rowWithAttribute : row)).toEqual(rows);
    expect(r.unread.filter((u) => u.effect === "not-loaded" && u.code !== "attribute-unknown").map((u) => `${u.line}: ${u.reason}`)).toEqual([]);
    expect(r.unread.map((u) => u.code)).not.toEqual(expect.arrayContaining(["name-joined"]));
    expect(r.unread.map((u) => u.code)).not.toEqual(expect.arrayContaining(["cell-breaks"]));
  });

  test.each<[string, number]>([
    ["t5_annual.txt", 12],
    ["t5_annual.xlsx", 12],
    ["t5_nograin.xlsx", 11],
  ])("an annual plan without 序号, a blank 增长% cell and 42以上 last (%s): every row loaded", async (file, count) => {
    const r = await imported(file);
    expect(r.template.indicators).toHaveLength(count);
    expect(r.stats.rowsNotLoaded).toBe(0);
    const rows = r.template.indicators.map(row);
    expect(rows.slice(7, 11)).toEqual(ANNUAL_TAIL);
    if (count === 12) expect(rows[11]).toBe("未分类 | 粮食产量 | 万吨 | 42.1 | 42以上");
  });
});

describe("space-separated text keeps its caution: a row one cell short is not loaded", () => {
  test.each<[string, string[], string[], string[]]>([
    ["a row without its 属性", ["1  甲率(%)  1  2  约束性", "2  乙率(%)  3  4", "3  丙率(%)  3  4  预期性"], ["甲率(%)", "丙率(%)"], ["direction-series-up", "cell-count"]],
  ])("%s", (_d, rows, names, codes) => {
    const r = importTable(["某县“十四五”主要指标", "序号  指标  2020年  2025年  属性", ...rows].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => d.name)).toEqual(names);
    expect(r.unread.map((u) => u.code)).toEqual(codes);
  });
});
