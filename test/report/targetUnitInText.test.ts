import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial29a F8: the yearly report wrote "目标 8%左右" beside "目标 8左右" in one paragraph (the plan cell had `8%左右`).
 * Every place the report says a target (未完成 list, 预警, the 附表's 目标值) says it without the row's unit; the
 * template's target stays as written.
 */
const row = (name: string, target: string): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline: "7.3", target, values: { 2025: 5.2 } });
const rows = [row("一般公共预算收入增长", "8%左右"), row("城镇常住居民人均可支配收入增长", "8左右"), row("农村常住居民人均可支配收入增长", "≥8.5%")];

describe("a target typed with the row's unit reads as one without it", () => {
  const ret = returnOf("琼中县", rows, 2025);
  test.each<[string, string]>([
    // since trial34 a 左右 row off its band says the side and the band in place of the bare target, the target still without its unit
    ["8%左右 in the 未完成 list", "一般公共预算收入增长（2025 年 5.2%，低于目标「8左右」的达标区间 7.2–8.8）"],
    ["8左右 beside it, unchanged", "城镇常住居民人均可支配收入增长（2025 年 5.2%，低于目标「8左右」的达标区间 7.2–8.8）"],
    ["a floor with %", "农村常住居民人均可支配收入增长（2025 年 5.2%，目标 ≥8.5）"],
  ])("the paragraph: %s", (_why, words) => {
    expect(ret.text).toContain(words);
  });

  test("the paragraph never repeats the unit on a target", () => {
    expect(ret.text).not.toMatch(/目标 [^，；。）]*%/);
  });

  test.each<[number, string]>([[0, "8左右"], [1, "8左右"], [2, "≥8.5"]])("the 附表's 目标值, row %i: %s", (k, shown) => {
    const item = ret.items[k];
    if (!item) throw new Error("no row");
    expect(evaluationColumns(item, k + 1, 2025)[5]).toBe(shown);
    // the row keeps the target as the template has it
    expect(item.target).toBe(rows[k]?.target);
  });
});
