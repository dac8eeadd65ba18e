import { importPlanTable } from "../../src/import/importPlanTable";
import type { ImportOptions } from "../../src/import/importTable";
import type { RegionFrom } from "../../src/import/planRegion";
import { gridLines } from "../../src/import/gridText";

/**
 * Trial 25a: 达州's table title (`“十四五”林业发展主要目标指标表`) names no place, the plan's name
 * above it (or the page's <title>) does; the region was left blank. The plan's name is read only
 * where the title names none and no region was given, and only when it is a name, not a sentence.
 */
const TABLE = "类别\t序号\t指标名称\t2020年\t2025年\t属性\n生态建设\t1\t森林覆盖率(%)\t45.31\t46.3\t约束性\n\t2\t森林蓄积量(万立方米)\t4606.24\t5000\t约束性";
const LIST = "序号\t项目名称\t建设内容\t总投资（亿元）\t建设起止年限\t责任单位\n1\t甲工程\t新建\t1\t2021-2025\t市林业局";
const NAME = "达州市林业发展“十四五”规划";
const TITLE = "“十四五”林业发展主要目标指标表";
const lines = (...l: string[]): string => l.join("\n");

describe("the region of a table whose title names none: the plan's name above it or of its document", () => {
  test.each<[string, string, ImportOptions, string, RegionFrom, string | null]>([
    ["the paste's first line is the plan's name, paragraphs between", lines(NAME, "", "一、发展基础", "“十四五”时期，达州林业主动服从服务于全市改革发展大局。", TITLE, TABLE), {}, "达州市", { from: "plan-name", name: NAME }, `导入时地区取自规划名称「${NAME}」：达州市。`],
    ["the plan's name right above the title", lines("附件", NAME, TITLE, TABLE), {}, "达州市", { from: "plan-name", name: NAME }, `导入时地区取自规划名称「${NAME}」：达州市。`],
    ["a sheet's rows: the plan's name in a row of its own", gridLines([[NAME], [TITLE], ...TABLE.split("\n").map((l) => l.split("\t"))]).text, {}, "达州市", { from: "plan-name", name: NAME }, `导入时地区取自规划名称「${NAME}」：达州市。`],
    ["a title that names a place: unchanged, the plan's name not read", lines("通川区林业发展“十四五”规划", `达州市${TITLE}`, TABLE), {}, "达州市", { from: "title" }, "导入时地区取自标题：达州市。"],
    ["a region given wins over the plan's name", lines(NAME, TITLE, TABLE), { region: "通川区" }, "通川区", { from: "given" }, null],
    ["a sentence above naming a place: no plan's name", lines("达州市林业发展“十四五”规划实施以来，成效显著。", TITLE, TABLE), {}, "", { from: "none" }, "导入时标题中没有地区，region 留空（工作表名称和「填报说明」表上不写地区），请填上实际地区。"],
    ["a heading above that is no plan's name", lines("达州林业", TITLE, TABLE), {}, "", { from: "none" }, "导入时标题中没有地区，region 留空（工作表名称和「填报说明」表上不写地区），请填上实际地区。"],
    ["the document's names (an .html page's heading and <title>)", lines(TITLE, TABLE), { documentNames: ["指导思想", `${NAME}_达州市林业局`] }, "达州市", { from: "plan-name", name: NAME }, `导入时地区取自规划名称「${NAME}」：达州市。`],
    ["a project list: the same", lines(NAME, "“十四五”林业重大项目表", LIST), {}, "达州市", { from: "plan-name", name: NAME }, `导入时地区取自规划名称「${NAME}」：达州市。`],
    ["a project list whose title names a place", lines(NAME, "通川区“十四五”林业重大项目表", LIST), {}, "通川区", { from: "title" }, "导入时地区取自标题：通川区。"],
  ])("%s", (_case, text, opts, region, from, note) => {
    const r = importPlanTable(text, opts);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.region).toBe(region);
    expect(r.regionFrom).toEqual(from);
    const said = r.template.notes.filter((n) => /地区/.test(n));
    expect(said).toEqual(note === null ? [] : [note]);
  });

  test.each<[string, string]>([
    ["an indicator table", lines(NAME, TITLE, TABLE)],
    ["a project list", lines(NAME, "“十四五”林业重大项目表", LIST)],
  ])("%s keeps the table's own title (the place is printed before it on the sheets)", (_case, text) => {
    const r = importPlanTable(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.title).toBe(text.split("\n")[1]);
  });
});
