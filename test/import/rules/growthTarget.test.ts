import { importTable } from "../../../src/import";

/**
 * growthTarget: a 增长% column speaks for the year column before it (trial27c t5d.txt, an annual plan with
 * `2023年预计完成 | 增长% | 2024年计划 | 增长%`: the import took last year's 5.8 for the plan's 6左右 and
 * noted 2023's 7.1 beside 社会消费品零售总额's 2024 target). The target year's growth is the growth target;
 * another year's is said once and not loaded.
 */
const TITLE = "云溪县2024年国民经济和社会发展计划主要指标";
const ROWS_TWO = [
  "地区生产总值\t亿元\t285.6\t5.8\t\t6左右",
  "规模以上工业增加值\t亿元\t—\t7.2\t\t8",
  "固定资产投资\t亿元\t156\t4.5\t\t6",
  "社会消费品零售总额\t亿元\t98.3\t7.1\t105\t7",
];

describe("growthTarget: the growth column of the target year", () => {
  test.each<[string, string, string[], Array<[string, string, string | undefined]>, number]>([
    [
      "two 增长% columns: the one after 2024年计划",
      "指标\t单位\t2023年预计完成\t增长%\t2024年计划\t增长%",
      ROWS_TWO,
      [["地区生产总值增长", "6左右", undefined], ["规模以上工业增加值增长", "8", undefined], ["固定资产投资增长", "6", undefined], ["社会消费品零售总额", "105", "2024年计划增长%：7"]],
      1,
    ],
    [
      "one 增长% after the target (肇庆), as before",
      "指标\t单位\t2023年预计完成\t2024年计划\t增长%",
      ["地区生产总值\t亿元\t285.6\t\t6左右", "社会消费品零售总额\t亿元\t98.3\t105\t7"],
      [["地区生产总值增长", "6左右", undefined], ["社会消费品零售总额", "105", "增长%：7"]],
      0,
    ],
    [
      "one 增长% after last year's column only: no growth target",
      "指标\t单位\t2023年预计完成\t增长%\t2024年计划",
      ["社会消费品零售总额\t亿元\t98.3\t7.1\t105", "一般公共预算收入\t亿元\t18.6\t8.9\t19.5"],
      [["社会消费品零售总额", "105", undefined], ["一般公共预算收入", "19.5", undefined]],
      1,
    ],
  ])("%s", (_d, header, rows, expected, other) => {
    const r = importTable([TITLE, header, ...rows].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.name, i.target, i.note])).toEqual(expected);
    const said = r.unread.filter((u) => u.code === "column-growth-other");
    expect(said).toHaveLength(other);
    if (other > 0) expect(said[0]?.reason).toMatch(/^表头中“2023年预计完成”之后的“增长%”一列是 2023 年的增速，不是 2024 年的目标/);
  });

  test.each<[string, string]>([
    ["zh", "取“2024年计划”之后的“增长%”一列的“6左右”为目标"],
    ["en", "the “增长%” column after “2024年计划”'s “6左右” read as the target"],
  ])("the line names the column taken (%s)", (lang, text) => {
    const r = importTable([TITLE, "指标\t单位\t2023年预计完成\t增长%\t2024年计划\t增长%", ...ROWS_TWO].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const line = r.unread.find((u) => u.code === "target-from-growth");
    expect(lang === "zh" ? line?.reason : line?.reasonEn).toContain(text);
  });
});

describe("growthTarget: one line for a target taken from the growth column", () => {
  test.each<[string, string, string[]]>([
    ["two 增长% columns", "指标\t单位\t2023年预计完成\t增长%\t2024年计划\t增长%", ROWS_TWO.slice(0, 3)],
    ["one 增长% after the target", "指标\t单位\t2023年预计完成\t2024年计划\t增长%", ["地区生产总值\t亿元\t285.6\t\t6左右", "固定资产投资\t亿元\t156\t\t6"]],
  ])("%s: the empty target cell is said by the growth line only, not again as 目标值一格为空", (_d, header, rows) => {
    const r = importTable([TITLE, header, ...rows].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const byRow = (code: string): number[] => r.unread.filter((u) => u.code === code).map((u) => u.line);
    expect(byRow("target-from-growth")).toHaveLength(rows.length);
    const emptyTarget = r.unread.filter((u) => u.code === "value-empty" && (u.params as { column: { kind: string } }).column.kind === "target");
    expect(emptyTarget).toEqual([]);
  });
});
