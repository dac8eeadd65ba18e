import { importTable } from "../../../src/import";
import { formatUnread } from "../../../src/import/formatUnread";
import type { UnreadParams } from "../../../src/import/unreadMessages";

/**
 * trial35 TP1: `地下水超采量 | 万立方米 | -120 | 0` (注：负值表示回补) was imported without a word, its direction read ↑ from
 * the numbers alone, and every negative value the county typed was then 数据异常. The row takes negatives now (unitBounds);
 * the import says one line naming the direction read, and that it is a guess where only the numbers give it.
 */
const HEAD = "某市“十四五”主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性";

describe("negativePlanNumber", () => {
  test.each<[string, string, UnreadParams["plan-negative"]]>([
    ["a negative baseline, the direction read from the numbers", "地下水超采量\t万立方米\t-120\t0",
      { baseline: "-120", target: "0", which: "baseline", unit: "万立方米", direction: "up", guessed: true }],
    ["a negative baseline, the direction the operator's", "地下水超采量\t万立方米\t-120\t≤0",
      { baseline: "-120", target: "≤0", which: "baseline", unit: "万立方米", direction: "down", guessed: false }],
    ["a negative target in a count", "净迁入人口\t万人\t2\t-1",
      { baseline: "2", target: "-1", which: "target", unit: "万人", direction: "down", guessed: true }],
  ])("%s: said once", (_d, row, params) => {
    const r = importTable(`${HEAD}\n1\t${row}\t约束性`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "plan-negative").map((u) => [u.effect, u.params])).toEqual([["to-check", params]]);
  });

  test.each<[string, string]>([
    ["numbers all ≥ 0", "水利投资\t亿元\t10.3\t12"],
    ["a % change name, whose unit takes negatives anyway", "地区生产总值增长\t%\t6\t-1"],
    ["a ratio with no floor", "农田灌溉水有效利用系数\t—\t-0.1\t0.58"],
  ])("not said: %s", (_d, row) => {
    const r = importTable(`${HEAD}\n1\t${row}\t约束性`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "plan-negative")).toEqual([]);
  });

  test("a negative five-year total is said by its own line only", () => {
    const r = importTable(`${HEAD}\n1\t化肥使用量\t万吨\t300\t〔−100〕\t约束性`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code).filter((c) => c === "plan-negative" || c === "target-negative-total")).toEqual(["target-negative-total"]);
  });

  test.each<["zh" | "en", string[]]>([
    ["zh", ["基期值 -120 是负数", "不报“不应为负数”", "方向按数值推断为“↑越高越好”（基期值 -120 → 目标 0）", "把目标（target）改写为“≤0”", "已载入，请核对：1 | 地下水超采量 | 万立方米 | -120 | 0 | 约束性"]],
    ["en", ["the baseline -120 is negative", "are not refused as negative", "read from the numbers alone as “↑ higher is better”", "write the target as “≤0”", "loaded, to check: 1 | 地下水超采量"]],
  ])("one line says the sign, the direction read and the fix (%s)", (lang, says) => {
    const lines = formatUnread(importTable(`${HEAD}\n1\t地下水超采量\t万立方米\t-120\t0\t约束性`), lang).split("\n").slice(1);
    expect(lines).toHaveLength(1);
    for (const s of says) expect(lines[0]).toContain(s);
  });
});
