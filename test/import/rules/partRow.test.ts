import { partRow } from "../../../src/import/rules/partRow";
import { HEAD, lastLineThrough } from "./harness";

describe("partRow: a part label with values under a row with parts is its next part", () => {
  test.each<[string, string[], string, string | null]>([
    ["初中 under 小学", ["1\t巩固率(%)\t小学\t95\t98\t约束性", "初中\t93\t96\t约束性"], "taken", "初中"],
    ["under a row without parts", ["1\t甲率(%)\t1\t2\t约束性", "初中\t93\t96\t约束性"], "pass", null],
    ["a label with digits", ["1\t巩固率(%)\t小学\t95\t98\t约束性", "3岁以下\t93\t96\t约束性"], "pass", null],
    ["wrong number of values", ["1\t巩固率(%)\t小学\t95\t98\t约束性", "初中\t93\t约束性"], "pass", null],
    ["its 属性 merged from the part above", ["1\t巩固率(%)\t小学\t95\t98\t约束性", "初中\t93\t96"], "taken", "初中"],
  ])("%s", (_d, lines, outcome, part) => {
    const r = lastLineThrough(partRow, [...HEAD, ...lines]);
    expect(r.outcome).toBe(outcome);
    if (part !== null) expect([r.reading.prevRow()?.number, r.reading.prevRow()?.part, r.reading.prevRow()?.state]).toEqual(["1", part, "ok"]);
    else expect(r.reading.rows).toHaveLength(1);
  });
});
