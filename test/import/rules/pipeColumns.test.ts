import { pipeColumns } from "../../../src/import/rules/pipeColumns";

describe("pipeColumns: rows between pipes as tabbed rows", () => {
  test.each<[string, string, string | null]>([
    ["a pipe table, its rule row blank", "标题\n| 指标 | 2020年 | 2025年 |\n|---|:--:|---|\n| 甲 | 1 | 2 |", "标题\n指标\t2020年\t2025年\n\n甲\t1\t2"],
    ["a 统计公报's table (蚌埠 2024)", "| 指    标 | 绝对数(亿元) | 比上年增长% |\n| 地区生产总值 | 2313.0 | 5.2 |", "指    标\t绝对数(亿元)\t比上年增长%\n地区生产总值\t2313.0\t5.2"],
    ["one row only: not a table", "| 指标 | 2020年 | 2025年 |\n甲 1 2", null],
    ["a copy one cell a line: cellPerLine's", "| 指标 |\n| 2020年 |\n| 2025年 |", null],
    ["tabs: as it is", "指标\t2020年\n| a | b | c |\n| d | e | f |", null],
  ])("%s", (_d, text, read) => {
    expect(pipeColumns(text)).toBe(read);
  });
});

/**
 * trial47d F8: a table typed with ` | ` between its cells and no outer pipes (a chat reply's, a hand-typed one) was
 * read as one column named `|` (exit 2); a list between pipes was not read as such (importList had no pipeColumns).
 */
import { importPlanTable } from "../../../src/import/importPlanTable";

describe("pipe rows without outer pipes (trial47d F8)", () => {
  test.each<[string, string, string | null]>([
    ["no outer pipes", "表1\n类别 | 指标 | 2020年 | 2025年\n经济 | 甲 | 1 | 2", "表1\n类别\t指标\t2020年\t2025年\n经济\t甲\t1\t2"],
    ["no outer pipes, a rule row", "指标 | 2020年 | 2025年\n---|:--:|---\n甲 | 1 | 2", "指标\t2020年\t2025年\n\n甲\t1\t2"],
    ["one pipe a line: a cell's own, not a table", "甲|乙\n丙|丁", null],
  ])("%s", (_d, text, read) => {
    expect(pipeColumns(text)).toBe(read);
  });

  const INDICATORS = ["表1 桐溪县“十四五”主要指标", "类别\t序号\t指标\t单位\t2020年\t2025年\t属性", "经济发展\t1\t地区生产总值\t亿元\t210\t300\t预期性", "经济发展\t2\t财政收入\t亿元\t21\t30\t预期性"];
  const PROJECTS = ["桐溪县“十四五”重大建设项目清单", "序号\t项目名称\t建设内容及规模\t建设地点\t总投资（亿元）\t建设起止年限\t责任单位\t备注",
    "1\t城北污水处理厂扩建工程\t新增日处理能力3万吨\t城关镇\t2.0\t2021-2023\t县住建局\t续建", "2\t南门片区老旧小区改造\t改造老旧小区12个\t城关镇\t1.5\t2022-2025\t县住建局\t新建"];
  const piped = (lines: string[], outer: boolean): string => lines.map((l, i) => (i === 0 ? l : outer ? `| ${l.split("\t").join(" | ")} |` : l.split("\t").join(" | "))).join("\n");
  test.each<[string, string[], boolean]>([
    ["indicators, no outer pipes", INDICATORS, false],
    ["indicators, outer pipes", INDICATORS, true],
    ["a project list, no outer pipes", PROJECTS, false],
    ["a project list, outer pipes", PROJECTS, true],
  ])("%s: read as the tabbed table is", (_d, lines, outer) => {
    const tabbed = importPlanTable(lines.join("\n"));
    const r = importPlanTable(piped(lines, outer));
    expect(tabbed.ok).toBe(true);
    expect(r.ok).toBe(true);
    if (!r.ok || !tabbed.ok) return;
    expect(r.template).toEqual(tabbed.template);
    expect(r.unread.map((u) => u.code)).toEqual(tabbed.unread.map((u) => u.code));
  });
});
