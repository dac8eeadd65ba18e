import { importTable } from "../../../src/import";
import { readScripts } from "../../../src/import/rules/scriptMarkup";

/** scriptMarkup: `_{…}` / `^{…}` left by a PDF or LaTeX extraction read as the text they mark. */
describe("readScripts", () => {
  test.each([
    ["城市细颗粒物（PM _{2.5} ）平均浓度", "城市细颗粒物（PM2.5）平均浓度", 1],
    ["PM_{10}浓度", "PM10浓度", 1],
    ["万元GDP二氧化碳（CO_{2}）排放", "万元GDP二氧化碳（CO2）排放", 1],
    ["用水量（m^{3}）", "用水量（m3）", 1],
    ["PM _{2.5} 与 PM _{10} ", "PM2.5与 PM10", 2],
    ["名称 _{2.5}  35  33", "名称2.5  35  33", 1],
    ["PM2.5浓度", "PM2.5浓度", 0],
    ["{2.5} 不是标记", "{2.5} 不是标记", 0],
  ])("%s → %s", (line, text, changed) => {
    expect(readScripts(line)).toEqual({ text, changed });
  });
});

describe("a name with script markup, through the importer", () => {
  test.each([
    ["tabbed", "1\t城市细颗粒物（PM _{2.5} ）平均浓度（微克/立方米）\t35\t33\t约束性"],
    ["spaces between cells", "1  城市细颗粒物（PM _{2.5} ）平均浓度（微克/立方米）  35  33  约束性"],
  ])("%s: the name reads PM2.5, the unit is read, and it is said", (_d, row) => {
    const head = row.includes("\t") ? "序号\t指标\t2020年\t2025年\t属性" : "序号  指标  2020年  2025年  属性";
    const r = importTable(`某市“十四五”生态环境保护主要指标\n${head}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const d = r.template.indicators[0];
    expect([d?.name, d?.unit, d?.baseline, d?.target]).toEqual(["城市细颗粒物（PM2.5）平均浓度（微克/立方米）", "微克/立方米", "35", "33"]);
    expect(r.unread.map((u) => [u.code, u.line, u.effect, u.text])).toEqual([["script-markup", 3, "to-check", row]]);
  });
});
