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

  test("a table with 序号 is not read this way", () => {
    const r = lastLineThrough(unnumberedRow, ["某市“十三五”主要指标", "序号\t指标\t2015年\t2020年\t属性", "1\t甲率(%)\t1\t2\t约束性", "森林覆盖率(%)\t40\t42\t约束性"]);
    expect(r.outcome).toBe("pass");
  });
});
