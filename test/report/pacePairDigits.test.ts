import { paceClause, paceWords } from "../../src/domain/evaluationText";
import type { Lang } from "../../src/domain/describeIssue";
import { pacePairNumber } from "../../src/domain/pacePairNumber";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * §6's pace pair never prints two different paces alike (trial F8: "需年均完成 3 万人，此前年均完成 3 万人"
 * for 2.95 needed against 3.03 so far): where the plan's precision would write them alike, both get the
 * fewest more decimals that tell them apart (pacePairNumber, by digitsApart), and a miss is judged on
 * the pair as so written. Paces equal but for float noise stay alike.
 */
const PACE = 11; // the 附表's 所需年均进度
const jobs = (values: RowFacts["values"]): RowFacts => ({ name: "城镇新增就业人数", attribute: "预期性", unit: "万人", baseline: "/", target: "〔15〕", values });
const shelters = (values: RowFacts["values"]): RowFacts => ({ name: "应急避难场所覆盖率", attribute: "约束性", unit: "%", baseline: "60", target: "≥80", values });

describe("the 附表's pair tells apart paces that differ (zh)", () => {
  test.each([
    // 9.1 by 2023: 3.03 a year so far, (15 − 9.1)/2 = 2.95 needed; both 3 at the plan's precision
    ["F8: a cumulative row on course, 2.95 needed after 3.03", jobs({ 2021: 3, 2022: 3.1, 2023: 3 }), "需年均完成 2.95 万人，此前年均完成 3.03 万人"],
    // 72.1 in 2023: (80 − 72.1)/2 = 3.95 needed, (72.1 − 60)/3 = 4.03 so far; both 4 in 个百分点 at one decimal
    ["a % row on course, 3.95 needed after 4.03", shelters({ 2021: 64, 2022: 68, 2023: 72.1 }), "需年均提高 3.95 个百分点，此前年均提高 4.03 个百分点"],
    ["paces that differ at the plan's precision keep it", jobs({ 2021: 3, 2022: 3, 2023: 2 }), "需年均完成 3.5 万人，此前年均完成 2.7 万人"],
    ["paces that are equal print alike", shelters({ 2021: 64, 2022: 68, 2023: 72 }), "需年均提高 4 个百分点，此前年均提高 4 个百分点"],
  ] as const)("%s", (_why, facts, pace) => {
    const ret = returnOf("甲县", [facts], 2023);
    expect(evaluationColumns(ret.items[0]!, 1, 2023)[PACE]).toBe(pace);
  });
});

describe("the text's pair, zh and en: the decimals that tell it apart, and a miss judged as so written", () => {
  const item = (needed: number, achieved: number, unit: string, cumulative: boolean, plan: readonly string[]) => ({ unit, cumulative, pace: { needed, achieved, latest: null, plan } });
  test.each<[string, ReturnType<typeof item>, Lang, string]>([
    ["a cumulative miss: 3.03 needed after 2.95", item(3.0333333333333337, 2.95, "万人", true, ["/", "〔15〕"]), "zh", "（需年均完成 3.03 万人，此前年均完成 2.95 万人）"],
    ["the same in English", item(3.0333333333333337, 2.95, "万人", true, ["/", "〔15〕"]), "en", " (needs 3.03 万人 a year, so far 2.95 万人 a year)"],
    // both 6 at the plan's precision: the old words judged no shortfall and left F alone; 5.97 is short of 6.03
    ["a rise short by less than the plan's precision now explains the miss", item(6.03, 5.97, "%", false, ["60", "≥80"]), "zh", "（需年均提高 6.03 个百分点，此前年均提高 5.97 个百分点）"],
    ["the same in English", item(6.03, 5.97, "%", false, ["60", "≥80"]), "en", " (needs a rise of 6.03 percentage points a year, so far a rise of 5.97 percentage points a year)"],
    ["a fall: 0.0302 needed after 0.0298 (both 0.030 at two significant digits)", item(-0.0302, -0.0298, "比", false, ["1.85", "<1.75"]), "zh", "（需年均降低 0.0302，此前年均降低 0.0298）"],
    ["the same in English", item(-0.0302, -0.0298, "比", false, ["1.85", "<1.75"]), "en", " (needs a fall of 0.0302 a year, so far a fall of 0.0298 a year)"],
  ])("%s (%s)", (_why, i, lang, words) => {
    expect(paceWords(i, lang)).toBe(words);
  });

  test.each<[string, ReturnType<typeof item>]>([
    ["equal but for float noise (白沙县): no pair", item(-0.002, -0.0019999999999999996, "人/亿元", false, ["0.030", "<0.020"])],
    ["the average above the pace needed once told apart: no pair", item(6.0, 6.04, "%", false, ["60", "≥80"])],
  ])("%s", (_why, i) => {
    expect(paceClause(i, "zh")).toBeNull();
    expect(paceClause(i, "en")).toBeNull();
  });
});

describe("pacePairNumber: each pace to the plan's precision, more only to tell a pair apart", () => {
  test.each<[string, readonly string[], readonly (number | null)[], number, string]>([
    ["apart at the plan's precision: as before", ["/", "〔15〕"], [3.5, 2.7], 2.7, "2.7"],
    ["alike at one decimal, apart at two", ["/", "〔15〕"], [2.95, 3.0333333333333337], 3.0333333333333337, "3.03"],
    ["the other of the pair the same way", ["/", "〔15〕"], [2.95, 3.0333333333333337], 2.95, "2.95"],
    ["a third figure of the clause with the pair's decimals", ["/", "〔15〕"], [2.95, 3.0333333333333337], 1.2345, "1.23"],
    ["alone (no pair): the plan's precision", ["/", "〔15〕"], [2.95, null], 2.95, "3"],
    ["equal but for float noise: alike, the plan's precision", ["0.030", "<0.020"], [-0.002, -0.0019999999999999996], -0.0019999999999999996, "-0.002"],
    ["closer than MORE_DIGITS_MAX more decimals show: the same pace as written", ["0", "≥100"], [10.000001, 10], 10.000001, "10"],
    // Number#toFixed writes 1.005 as 1.00 (its binary value), so only decimalFixed's rounding finds them apart at two decimals
    ["rounded as decimalFixed rounds: 1.005 is 1.01 …", ["1", "9"], [1.005, 1.0049], 1.005, "1.01"],
    ["… beside 1.0049's 1", ["1", "9"], [1.005, 1.0049], 1.0049, "1"],
  ])("%s", (_why, plan, pair, v, shown) => {
    expect(pacePairNumber(plan, pair)(v)).toBe(shown);
  });
});
