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
