import { importTable, unreadMessage } from "../../../src/import";

/** noTarget: a row whose target is `—` (and no yearly target) is 不适用 every year, said (trial27c t3: `邮政快递网点总数（万个） | — | —` went unsaid). */
const HEAD = "某市“十四五”综合交通运输发展主要指标\n指标\t2020年\t2025年\t属性\n";

describe("noTarget", () => {
  test.each<[string, string, number]>([
    ["all —", "邮政快递网点总数（万个）\t—\t—\t预期性", 1],
    ["a / target", "某某数（个）\t12\t/\t预期性", 1],
    ["a number target", "铁路营业里程（公里）\t320\t450\t预期性", 0],
    ["a target in words", "某某率（%）\t60\t持续提升\t预期性", 0],
  ])("%s", (_d, row, said) => {
    const r = importTable(HEAD + row);
    if (!r.ok) throw new Error(r.message);
    const lines = r.unread.filter((u) => u.code === "target-none");
    expect(lines).toHaveLength(said);
    if (said) {
      expect(lines[0]?.reason).toContain("每年的状态为不适用");
      expect(lines[0]?.reasonEn).toContain("not applicable");
      // the CLI's note names the template file it wrote and the field; the pane's its preview's 目标 column, no template
      // (session 32: one sentence named the preview to CLI users, who have none)
      expect(lines[0]?.reason).toContain("请在生成的模板文件中（该指标的 target）填上目标值");
      expect(lines[0]?.reasonEn).toContain("fill it in the template file written (the indicator's target)");
      expect(unreadMessage(lines[0]!, "zh", { kind: "paste", box: true })).toContain("请在导入预览的“目标”列填上目标值");
      expect(unreadMessage(lines[0]!, "en", { kind: "paste", box: true })).toContain("fill it in the import preview's Target column");
    }
  });

  test("a row with yearly targets: said by yearsWithoutTarget, not here", () => {
    const r = importTable("某县“十四五”主要指标\n指标\t2020年\t2021年\t2022年\t2023年\t2024年\t2025年\n某某率（%）\t50\t—\t—\t—\t—\t—\n乙率（%）\t50\t—\t—\t—\t—\t65");
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "target-none").map((u) => u.line)).toEqual([3]);
  });
});
