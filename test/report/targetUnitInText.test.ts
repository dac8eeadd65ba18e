import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { warningSection } from "../../src/sheet/warningSection";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial29a F8: the yearly report wrote "目标 8%左右" beside "目标 8左右" in one paragraph (the plan cell had `8%左右`).
 * A target typed with the row's unit and one typed without read alike: in a sentence that sets a value against it
 * (未完成 list, 预警) with the unit, as the value beside it (targetWithUnit; trial36 tp F4: "预计 2030 年 105%，目标 ≤95"),
 * in the 附表's 目标值, beside its 单位 column, without; the template's target stays as written.
 */
const row = (name: string, target: string): RowFacts => ({ name, attribute: "预期性", unit: "%", baseline: "7.3", target, values: { 2025: 5.2 } });
const rows = [row("一般公共预算收入增长", "8%左右"), row("城镇常住居民人均可支配收入增长", "8左右"), row("农村常住居民人均可支配收入增长", "≥8.5%")];

describe("a target typed with or without the row's unit reads alike", () => {
  const ret = returnOf("琼中县", rows, 2025);
  test.each<[string, string]>([
    // since trial34 a 左右 row off its band says the side and the band in place of the bare target; the target with its unit, as the value
    ["8%左右 in the 未完成 list", "一般公共预算收入增长（2025 年 5.2%，低于目标「8%左右」的达标区间 7.2–8.8）"],
    ["8左右 beside it, unchanged", "城镇常住居民人均可支配收入增长（2025 年 5.2%，低于目标「8%左右」的达标区间 7.2–8.8）"],
    ["a floor with %", "农村常住居民人均可支配收入增长（2025 年 5.2%，目标 ≥8.5%）"],
  ])("the paragraph: %s", (_why, words) => {
    expect(ret.text).toContain(words);
  });

  test("the paragraph never sets a value with its unit against a target without it", () => {
    expect(ret.text).not.toMatch(/[\d.]+%，[^，；。）]*目标[「 ][≥≤<>]?[\d.]+(左右)?[」）]/);
    expect(ret.text).not.toMatch(/%%/);
  });

  test.each<[number, string]>([[0, "8左右"], [1, "8左右"], [2, "≥8.5"]])("the 附表's 目标值, row %i: %s", (k, shown) => {
    const item = ret.items[k];
    if (!item) throw new Error("no row");
    expect(evaluationColumns(item, k + 1, 2025)[5]).toBe(shown);
    // the row keeps the target as the template has it
    expect(item.target).toBe(rows[k]?.target);
  });
});

// trial36 tp F4: a % index row (100 → ≤95) at 101 in year 1 read "预计 2030 年 105%，目标 ≤95" in the report, the pane's 评估
// and the docx's 预警: the forecast with its unit, the target without. Both sides now carry it, zh and en.
describe("a forecast set against its target: the unit on both sides", () => {
  const ret = returnOf("长丰县", [{ name: "单位运输周转量能耗指数", attribute: "约束性", unit: "%", baseline: "100", target: "≤95", values: { 2021: 101 } }], 2021);
  test.each<[string, "zh" | "en", () => string, string]>([
    ["the paragraph", "zh", () => returnParagraph(ret, "zh"), "，目标 ≤95%"],
    ["the paragraph", "en", () => returnParagraph(ret, "en"), ", target ≤95%"],
    ["the 预警 line", "zh", () => warningSection(ret, "zh").lines.join("\n"), "%，目标 ≤95%"],
    ["the 预警 line", "en", () => warningSection(ret, "en").lines.join("\n"), " in 2025, target ≤95%"],
  ])("%s (%s)", (_where, _lang, text, said) => {
    expect(text()).toContain(said);
    expect(text()).not.toMatch(/(目标|target) ≤95(?!%)/);
  });
});
