import { TRADITIONAL, toSimplified } from "../../../src/import/rules/traditional";

describe("traditional characters: the one mapping table", () => {
  test.each([
    ["指標\t2015年\t2020年\t屬性", "指标\t2015年\t2020年\t属性", 2],
    ["煤炭消費總量(億噸)", "煤炭消费总量(亿吨)", 4],
    ["約束性", "约束性", 1],
    ["預期性", "预期性", 1],
    ["耕地保有量(萬畝)", "耕地保有量(万亩)", 2],
    ["學前教育毛入園率(%)", "学前教育毛入园率(%)", 2],
    ["指标名称", "指标名称", 0],
  ])("%s → %s", (text, simplified, changed) => {
    expect(toSimplified(text)).toEqual({ text: simplified, changed });
  });

  test("no simplified character is mapped (a simplified table is never changed)", () => {
    for (const [t, s] of TRADITIONAL) {
      expect(TRADITIONAL.has(s)).toBe(false);
      expect(t).not.toBe(s);
    }
  });
});
