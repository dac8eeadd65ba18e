import { unnumberedRow } from "../../../src/import/rules/unnumberedRow";
import { lastLineThrough } from "./harness";

const HEAD2 = ["某市“十三五”生态环境主要指标", "领域\t指标\t2015年\t2020年\t属性"];

describe("unnumberedRow: in a table without 序号, [领域] 名称 数值…", () => {
  test.each<[string, string[], string, { name: string; domain: string } | null]>([
    ["name and values", ["森林覆盖率(%)\t40\t42\t约束性"], "taken", { name: "森林覆盖率(%)", domain: "" }],
    ["domain, name and values", ["生态 环境\t森林覆盖率(%)\t40\t42\t约束性"], "taken", { name: "森林覆盖率(%)", domain: "生态环境" }],
    ["too few cells", ["森林覆盖率(%)\t42\t约束性"], "pass", null],
    ["no Chinese name", ["PM2.5\t40\t42\t约束性"], "pass", null],
  ])("%s", (_d, lines, outcome, row) => {
    const r = lastLineThrough(unnumberedRow, [...HEAD2, ...lines]);
    expect(r.outcome).toBe(outcome);
    if (row) expect({ name: r.reading.prevRow()?.name, domain: r.reading.prevRow()?.group.name }).toEqual(row);
  });

  // trial27c: a sheet's row drops its blank last cells; tab text's cells are in their columns (`6500 | | 6000`)
  const ANNUAL = ["云溪县2024年计划主要指标", "指标\t单位\t2023年预计完成\t增长%\t2024年计划\t增长%"];
  test.each<[string, string, string, string[]]>([
    ["a blank middle cell, the last left out", "城镇新增就业\t人\t6500\t\t6000", "taken", ["人", "6500", "", "6000", ""]],
    ["a blank middle cell and a tab at the end", "城镇调查失业率\t%\t5.2\t\t5.5以内\t", "taken", ["%", "5.2", "", "5.5以内", ""]],
    ["a full row", "社会消费品零售总额\t亿元\t98.3\t7.1\t105\t7", "taken", ["亿元", "98.3", "7.1", "105", "7"]],
  ])("%s", (_d, line, outcome, values) => {
    const r = lastLineThrough(unnumberedRow, [...ANNUAL, line]);
    expect(r.outcome).toBe(outcome);
    expect(r.reading.prevRow()?.values).toEqual(values);
  });

  test("a table with 序号 is not read this way", () => {
    const r = lastLineThrough(unnumberedRow, ["某市“十三五”主要指标", "序号\t指标\t2015年\t2020年\t属性", "1\t甲率(%)\t1\t2\t约束性", "森林覆盖率(%)\t40\t42\t约束性"]);
    expect(r.outcome).toBe("pass");
  });
});
