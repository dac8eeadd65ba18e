import { sheetName } from "../../src/sheet/sheetName";
import type { Template } from "../../src/templates/TemplateSchema";
import { indicatorTemplate } from "../support/seedRows";

const seed = indicatorTemplate("zhoushan-2021-2025");
const named = (region: string, table: string): Template => ({ ...seed, region, source: { document: "plan.txt", table } });

// a sheet is named by region and table; a table (an imported title) that already names its region,
// first or later, does not get it twice (fresh-user report: 某某市某某市水利发展…; a trial's 嵊泗县2024 年嵊泗县…)
describe("sheetName: region and table, the region once", () => {
  test.each<[string, Template, string]>([
    ["a table label", named("江海市", "表1"), "江海市表1"],
    ["a seed's own", seed, "舟山市表2"],
    ["a title that begins with the region", named("某某市", "某某市水利发展“十四五”规划主要指标表"), "某某市水利发展“十四五”规划主要指标表"],
    ["a title that begins with the region, cut at 28", named("舟山市", "舟山市普陀区“十四五”社会事业发展规划主要指标完成情况表"), "舟山市普陀区“十四五”社会事业发展规划主要指标完成情况表".slice(0, 28)],
    // the place once wherever the title names it (titleWithRegion, as the title row and the cover): a trial's 嵊泗县2024 年嵊泗县…
    ["a title that names the region later", named("嵊泗县", "2024年嵊泗县公共服务一体化项目清单"), "2024年嵊泗县公共服务一体化项目清单"],
    ["a title with a space that names the region later", named("嵊泗县", "2024 年嵊泗县公共服务一体化项目清单"), "2024 年嵊泗县公共服务一体化项目清单"],
    ["a title that names the place without its 市", named("舟山市", "“十三五”舟山基本公共服务主要指标"), "“十三五”舟山基本公共服务主要指标"],
    ["a title that does not name the place", named("博县", "“十四五”教育事业发展主要指标表"), "博县“十四五”教育事业发展主要指标表"],
    ["no region", named("", "“十四五”教育事业发展主要指标表"), "“十四五”教育事业发展主要指标表"],
    ["a title with another region first", named("江海市", "某某市水利规划"), "江海市某某市水利规划"],
    // cut at a space: none left at its end (trial47b F8: 「…（2021—2035年）表1 」)
    ["cut at a space", named("某某省", "某某省美丽某某建设规划纲要（2021—2035年）表1 美丽某某建设主要指标"), "某某省美丽某某建设规划纲要（2021—2035年）表1"],
  ])("%s", (_why, t, name) => {
    expect(sheetName(t, new Set())).toBe(name);
  });

  test("two such sheets are still told apart", () => {
    const t = named("某某市", "某某市水利发展“十四五”规划主要指标表");
    const first = sheetName(t, new Set());
    expect(sheetName(t, new Set([first]))).toBe(`${first}(2)`);
  });
});

/**
 * An imported table without a 表1 label is named after its title, and a tab is the table itself: a bare
 * 表 after 指标 or 目标 is dropped (…主要指标表 → …主要指标) when the shorter name is free. The seeds' sheet
 * names stay as they were (their tables are labels or names beside their titles).
 */
const titled = (region: string, title: string): Template => ({ ...seed, region, title, source: { document: "plan.txt", table: title } });

describe("sheetName: a title's bare 表", () => {
  test.each<[string, Template, ReadonlySet<string>, string]>([
    ["…主要指标表", titled("渠县", "渠县“十四五”教育事业发展主要指标表"), new Set(), "渠县“十四五”教育事业发展主要指标"],
    ["…目标表, the region put in front", titled("博县", "“十四五”教育事业发展主要目标表"), new Set(), "博县“十四五”教育事业发展主要目标"],
    ["一览表 reads worse without it", titled("渠县", "渠县“十四五”重点指标一览表"), new Set(), "渠县“十四五”重点指标一览表"],
    ["no bare 表", titled("渠县", "渠县“十四五”教育事业发展主要指标"), new Set(), "渠县“十四五”教育事业发展主要指标"],
    ["the shorter name taken: kept whole", titled("渠县", "渠县“十四五”主要指标表"), new Set(["渠县“十四五”主要指标"]), "渠县“十四五”主要指标表"],
    ["a label's table keeps its 表", { ...titled("江海市", "江海市“十四五”主要指标表"), source: { document: "plan.txt", table: "主要指标表" } }, new Set(), "江海市主要指标表"],
  ])("%s", (_why, t, taken, name) => {
    expect(sheetName(t, taken)).toBe(name);
  });

  test.each<[string, string]>([
    ["zhoushan-2016-2020", "舟山市表1"],
    ["zhoushan-2021-2025", "舟山市表2"],
    ["quzhou-2021-2025", "衢州市主要指标目标表"],
    ["shengsi-2023-2027", "嵊泗县七优享五年目标"],
  ])("the seed %s keeps its sheet name", (id, name) => {
    expect(sheetName(indicatorTemplate(id), new Set())).toBe(name);
  });
});
