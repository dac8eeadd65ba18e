import { subRow } from "../../../src/import/rules/subRow";
import { HEAD, lastLineThrough } from "./harness";

describe("subRow: 其中 with its own values is a part of the indicator above", () => {
  test.each<[string, string[], string, string | null]>([
    ["其中：", ["1\t幼儿教师专科学历比例(%)\t80\t90\t预期性", "其中：本科及以上学历比例(%)\t30\t40\t预期性"], "taken", "本科及以上学历比例(%)"],
    ["其中:", ["1\t甲率(%)\t1\t2\t约束性", "其中:城镇\t1\t2\t约束性"], "taken", "城镇"],
    ["under a failed row", ["1\t甲率(%)\t1\t约束性", "其中：城镇\t1\t2\t约束性"], "pass", null],
    ["without values", ["1\t甲率(%)\t1\t2\t约束性", "其中：城镇"], "pass", null],
    ["not 其中", ["1\t甲率(%)\t1\t2\t约束性", "城镇\t1\t2\t约束性"], "pass", null],
  ])("%s", (_d, lines, outcome, part) => {
    const r = lastLineThrough(subRow, [...HEAD, ...lines]);
    expect(r.outcome).toBe(outcome);
    if (part !== null) {
      expect(r.codes).toEqual(["sub-row"]);
      const row = r.reading.prevRow();
      expect([row?.number, row?.part, row?.state]).toEqual(["1", part, "ok"]);
    } else expect(r.reading.rows).toHaveLength(1);
  });
});
