import { formatUnread, importTable, type ImportResult } from "../../src/import";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * Layouts a fresh user's plans came in (t2 repro files), each as a small table: what the template
 * holds, and what the importer says about it (every column or row it did not use is listed).
 */
const ok = (text: string): Extract<ImportResult, { ok: true }> => {
  const r = importTable(text);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const pick = (d: IndicatorDef): unknown[] => [d.name, d.unit, d.baseline, d.target ?? "", d.attribute ?? ""];
const lines = (...ls: string[]): string => ls.join("\n");

describe("a table without a 序号 column (optional in real plans)", () => {
  test.each<[string, string]>([
    ["指标名称 | 单位 | 2020年基期值 | 2025年目标值 | 属性", "指标名称\t单位\t2020年基期值\t2025年目标值\t属性"],
    ["a 类别 column first", "类别\t指标名称\t单位\t2020年基期值\t2025年目标值\t属性"],
  ])("%s: every row read", (_d, header) => {
    const lead = header.startsWith("类别") ? "健康\t" : "";
    const r = ok(lines(header, `${lead}人均预期寿命\t岁\t81.5\t82以上\t预期性`, `${lead ? "\t" : ""}婴儿死亡率\t‰\t2.3\t<4\t约束性`, `${lead ? "\t" : ""}床位数\t张\t13\t15\t预期性`));
    expect(r.template.indicators.map(pick)).toEqual([
      ["人均预期寿命", "岁", "81.5", "82以上", "预期性"],
      ["婴儿死亡率", "‰", "2.3", "<4", "约束性"],
      ["床位数", "张", "13", "15", "预期性"],
    ]);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(formatUnread(r)).toMatch(/所有表格行都已读入/);
  });
});
