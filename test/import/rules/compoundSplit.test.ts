import { compoundSplit } from "../../../src/import/rules/compoundSplit";
import { readingOf } from "./harness";
import type { Row } from "../../../src/import/TableReading";

const header = readingOf(["某县“十四五”残疾人事业发展主要指标", "指标\t2020年\t2025年\t属性"]).header;
const row = (name: string, values: string[], part?: string): Row => ({
  group: { name: "", rows: 1, fromCell: true }, number: "3", name, values, lines: [2], state: "ok", ...(part !== undefined ? { part } : {}),
});

describe("compoundSplit: two indicators written as one row (`98/98.75` under `甲补贴、乙补贴覆盖率`)", () => {
  test.each<[string, Row, Array<[string | undefined, string[]]>]>([
    ["two items, two values", row("困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%）", ["98/98.75", "≥99", "约束性"]),
      [["困难残疾人生活补贴", ["98", "≥99", "约束性"]], ["重度残疾人护理补贴", ["98.75", "≥99", "约束性"]]]],
    ["target split too", row("城市低保标准、农村低保标准增长率(%)", ["5/6", "6/7", "预期性"]),
      [["城市低保标准", ["5", "6", "预期性"]], ["农村低保标准", ["6", "7", "预期性"]]]],
    ["the last item ends at the ending (nothing after it)", row("城市低保标准、农村低保标准(元)", ["500/400", "600", "预期性"]), [[undefined, ["500/400", "600", "预期性"]]]],
    ["one value", row("困难残疾人生活补贴、重度残疾人护理补贴覆盖率（%）", ["98", "≥99", "约束性"]), [[undefined, ["98", "≥99", "约束性"]]]],
    ["items and values differ in number", row("甲补贴、乙补贴、丙补贴覆盖率(%)", ["98/99", "100", "约束性"]), [[undefined, ["98/99", "100", "约束性"]]]],
    ["the last item does not end like the first", row("城乡居民收入比、恩格尔系数", ["2/30", "1.9", "预期性"]), [[undefined, ["2/30", "1.9", "预期性"]]]],
    ["whole names joined by /, baseline and target split", row("学前教育毛入园率/普惠性幼儿园覆盖率(%)", ["90/80", "95/85", "预期性"]),
      [["学前教育毛入园率", ["90", "95", "预期性"]], ["普惠性幼儿园覆盖率", ["80", "85", "预期性"]]]],
    ["whole names joined by a full-width ／, no baseline", row("城镇／农村居民人均可支配收入增长(%)", ["/", "6／7", "预期性"]),
      [["城镇", ["/", "6", "预期性"]], ["农村居民人均可支配收入增长", ["/", "7", "预期性"]]]],
    ["target compound only, name with 、", row("城市低保标准、农村低保标准增长率(%)", ["—", "6/7", "预期性"]),
      [["城市低保标准", ["—", "6", "预期性"]], ["农村低保标准", ["—", "7", "预期性"]]]],
    ["/ names and values differ in number", row("甲率/乙率/丙率(%)", ["90/80", "95/85", "预期性"]), [[undefined, ["90/80", "95/85", "预期性"]]]],
    ["a / name with a one-character part", row("城/乡居民收入比", ["2.1/1", "2/1", "预期性"]), [[undefined, ["2.1/1", "2/1", "预期性"]]]],
    ["already a part", row("甲补贴、乙补贴覆盖率(%)", ["98/99", "100", "约束性"], "城镇"), [["城镇", ["98/99", "100", "约束性"]]]],
  ])("%s", (_d, r, expected) => {
    expect(compoundSplit(r, header).map((x) => [x.part, x.values])).toEqual(expected);
  });
});
