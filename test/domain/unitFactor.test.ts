import { unitFactor } from "../../src/domain/unitFactor";

/**
 * §2, our reading (trial44a F1, F3): check asks a number typed with another unit to be converted to the row's; the factor
 * is computed once (unitFactor), so the advice can name the converted value and ask whether check would then doubt it.
 */
describe("unitFactor: how many of the row's unit one typed unit is", () => {
  test.each<[string, string, number | null]>([
    ["万人", "人", 10000],
    ["万元", "亿元", 0.0001],
    ["亿元", "万元", 10000],
    ["元", "万元", 0.0001],
    ["‰", "%", 0.1],
    ["％", "‰", 10],
    ["‰", "1/10万", 100],
    ["人/千人", "人/万人", 10],
    ["床/千人口", "床/万人", 10],
    ["万", "人", 10000],
    ["亿", "万人", 10000],
    ["km", "米", 1000],
    ["万千瓦", "千瓦", 10000],
    ["人", "张", null],
    ["万人", "人/万人", null],
    ["%", "人", null],
    ["万人", "万人", null],
    ["万人", "", null],
  ])("%s in a %s row → %s", (typed, row, factor) => {
    expect(unitFactor(typed, row)).toBe(factor);
  });
});
