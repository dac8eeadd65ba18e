import { coverSheet } from "../../src/sheet/coverSheet";
import { sourceText } from "../../src/templates/sourceText";
import { loadTemplates } from "../../src/cli/loadTemplates";

/**
 * The 来源 every return's 填报说明 sheet prints (C7): the plan document's name and the table's title, or the title alone
 * where the template's source.document is one of import's stand-ins, a local file's name or 粘贴的表格文本 (trial34 F6:
 * 青川文旅.txt 青川县“十四五”文化和旅游发展主要指标表 on every town's cover). One home (sourceText), which the cover uses.
 */
const TABLE = "青川县“十四五”文化和旅游发展主要指标表";

describe("the 来源 a cover prints", () => {
  test.each<[string, string, string]>([
    ["a text file's name", "青川文旅.txt", TABLE],
    ["a saved page's name, in capitals", "PLAN15.HTML", TABLE],
    ["a Word file's name", "规划指标表.docx", TABLE],
    ["a .csv's", "指标.csv", TABLE],
    ["a paste", "粘贴的表格文本", TABLE],
    ["the plan's name", "青川县“十四五”文化和旅游发展规划", `青川县“十四五”文化和旅游发展规划 ${TABLE}`],
    ["a document number given", "县政府文件 青府发〔2021〕8号", `县政府文件 青府发〔2021〕8号 ${TABLE}`],
    ["a plan's name with a dot inside", "青川县“十四五”规划（2021.3）", `青川县“十四五”规划（2021.3） ${TABLE}`],
  ])("%s", (_why, document, shown) => {
    expect(sourceText({ source: { document, table: TABLE } })).toBe(shown);
    // the cover writes it so
    const [t] = loadTemplates(["zhoushan-2021-2025"]);
    if (!t) throw new Error("no seed");
    const cover = coverSheet([{ ...t, title: TABLE, source: { document, table: TABLE } }], 2023, "乔庄镇");
    expect(cover.cells.find((c) => c.address === "C7")?.value).toBe(shown);
  });
});

// trial40b F20: a table named by its label alone (`表1`, no --document) printed just 表1; the title it has says which table
test.each<[string, string, string, string]>([
  ["a label: with the title", "表1", "梅岭区“十四五”时期经济社会发展主要指标", "表1 梅岭区“十四五”时期经济社会发展主要指标"],
  ["the title itself", TABLE, TABLE, TABLE],
  ["a made-up title holding the table's word", "指标表", "导入的指标表（2020—2025年）", "指标表"],
  ["no title", "表3", "", "表3"],
])("the 来源 of %s", (_why, table, title, shown) => {
  expect(sourceText({ title, source: { document: "PDF跨页.txt", table } })).toBe(shown);
  // a plan's document named: its table's label is enough after it
  expect(sourceText({ title, source: { document: "梅岭区国民经济和社会发展第十四个五年规划纲要", table } })).toBe(`梅岭区国民经济和社会发展第十四个五年规划纲要 ${table}`);
});
