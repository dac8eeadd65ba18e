import { rolledInvalidLines } from "../../src/cli/rolledInvalidLines";
import type { CarriedInvalidValue } from "../../src/cycle/carriedInvalid";

/**
 * Session 42: rollover's head over the carried unusable cells said 评估的趋势与预测不计入该年 into the plan's target year
 * too, where §6 reads no trend or forecast (the target year reports 是否完成) and check's own line drops that clause
 * (earlier_year_invalid's params.final). The head follows check: in the target year it says what that year's
 * evaluation does instead, zh and en.
 */
const carried = (final: boolean): CarriedInvalidValue => ({
  sheet: "表1", cell: "J5", name: "图书馆年接待人次", year: 2022, value: "约3",
  issue: { code: "not_a_number", severity: "warning", received: "约3", params: { year: 2022, ...(final ? { final: 1 } : {}) } },
});

describe("rollover's head over carried unusable cells, by the new year", () => {
  test.each<[string, boolean, "zh" | "en", string, string]>([
    ["a year before the target year", false, "zh", "（不计入数据异常，评估的趋势与预测不计入该年）", "是否完成"],
    ["the target year", true, "zh", "（不计入数据异常，新年度是规划目标年，评估看是否完成，没有趋势与预测）", "不计入该年"],
    ["a year before the target year, English", false, "en", "(not counted as 数据异常 (invalid data); the evaluation's trend and forecast leave that year out)", "target year"],
    ["the target year, English", true, "en", "(not counted as 数据异常 (invalid data); the new year is the plan's target year, whose evaluation says whether the target is achieved, with no trend or forecast)", "leave that year out"],
  ])("%s (%s, %s)", (_why, final, lang, says, never) => {
    const [head] = rolledInvalidLines([carried(final)], 2024, lang);
    expect(head).toContain(says);
    expect(head).not.toContain(never);
  });
});
