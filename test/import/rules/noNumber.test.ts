import { noNumber } from "../../../src/import/rules/noNumber";
import { HEAD, lastLineThrough } from "./harness";

describe("noNumber: the last rule takes any line left, not loaded, said so", () => {
  test.each<[string, string[], string[]]>([
    ["values without a 序号", ["1\t甲率(%)\t1\t2\t约束性", "乙率(%)\t3\t4\t预期性"], ["no-number"]],
    ["after an open row", ["1\t甲率(%)", "乙率(%)\t3\t预期性"], ["name-only", "no-number"]],
  ])("%s", (_d, lines, codes) => {
    const r = lastLineThrough(noNumber, [...HEAD, ...lines]);
    expect(r.outcome).toBe("taken");
    expect(r.codes).toEqual(codes);
    expect(r.reading.unread.every((u) => u.effect === "not-loaded")).toBe(true);
  });
});
