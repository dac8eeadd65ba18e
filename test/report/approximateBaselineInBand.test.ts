import { baselineInBand } from "../../src/domain/baselineInBand";
import { parseTarget } from "../../src/domain/parseTarget";
import { classifyUnit, detectUnit } from "../../src/domain/Unit";
import { unitBounds } from "../../src/domain/unitBounds";
import { NO_PLAN } from "../../src/domain/PlanFigures";
import { baselineInBandWords } from "../../src/sheet/baselineInBandWords";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A 左右 level target whose baseline already lies in its met band (trial F10: 5.4 → `5.5左右`, band 4.95–6.05):
 * §3 meets it from the first year by distance alone and measures no progress, so the report read 提前实现 beside
 * a value at (or back past) the baseline, and 进度 —, with no word why. The rules decide the grade (unchanged,
 * as check and the sheet's formulas give it); the report now says why where it shows the row: the 附表's 说明
 * and the 分领域 line.
 */
const PROGRESS = 7, GRADE = 9, REMARK = 12;
const green = (values: RowFacts["values"], attribute = "预期性"): RowFacts => ({ name: "人均公园绿地面积", attribute, unit: "平方米", baseline: "5.4", target: "5.5左右", values });
const IN_BAND = "基期值 5.4 已在「5.5左右」的达标区间（上下 10%，4.95–6.05）内：区间内即为已达标，不按基期计算进度";
// trial40a: beside 滞后于预期, 「区间内即为已达标」 read as the opposite of the grade: a row not met is judged by its distance
const OFF_BAND = "基期值 5.4 已在「5.5左右」的达标区间（上下 10%，4.95–6.05）内，不按基期计算进度，按与目标的距离评估";

describe("the 附表 says why a row whose baseline is in its 左右 band is met with no 进度", () => {
  test.each<[string, RowFacts, string, string, string]>([
    ["at the baseline: 提前实现 with no change", green({ 2021: 5.4, 2022: 5.4, 2023: 5.4 }), "—", "提前实现", IN_BAND],
    // trial34 C2: a value back past its baseline (倒退, approximate_backwards) is 数值待核实 in the report, so it is not also 提前实现
    ["back past the baseline, still in the band: 未能评估（数值待核实）", green({ 2021: 5.3, 2022: 5.2, 2023: 5.1 }), "—", "未能评估", "未能评估：数值待核实"],
    ["out of the band (6.2, 12.7% above): 滞后于预期, judged by its distance", green({ 2021: 5.6, 2022: 5.9, 2023: 6.2 }), "—", "滞后于预期", OFF_BAND],
    ["trial26a: 城镇化率 58.3 → 63左右, 58.6", { name: "常住人口城镇化率", attribute: "预期性", unit: "%", baseline: "58.3", target: "63左右", values: { 2023: 58.6 } }, "—", "提前实现",
      "基期值 58.3 已在「63左右」的达标区间（上下 10%，56.7–69.3）内：区间内即为已达标，不按基期计算进度"],
    // trial26a's 57.9 is below its baseline: 倒退, and since trial34 not graded beside its 待核实
    ["trial26a: 城镇化率 58.3 → 63左右, 57.9 (倒退)", { name: "常住人口城镇化率", attribute: "预期性", unit: "%", baseline: "58.3", target: "63左右", values: { 2023: 57.9 } }, "—", "未能评估", "未能评估：数值待核实"],
    // trial36 tp F5: the value met inside the band, off the target, says the band instead (withinBandWords)
    ["a baseline outside the band (6 → 7.5左右): the value's band", { name: "每千人口床位数", attribute: "预期性", unit: "张", baseline: "6", target: "7.5左右", values: { 2023: 7.2 } }, "—", "提前实现", "7.2 在目标「7.5左右」的上下 10% 以内（6.75–8.25）：区间内即为已达标"],
    ["a change name (增长): each year's rate is its own, the value's band", { name: "地区生产总值增长", attribute: "预期性", unit: "%", baseline: "6.2", target: "6左右", values: { 2023: 5.8 } }, "—", "提前实现", "5.8 在目标「6左右」的上下 10% 以内（5.4–6.6）：区间内即为已达标"],
    ["not graded (blank): its reason alone", green({ 2023: null }), "—", "未能评估", "未能评估：未填报"],
  ])("%s", (_why, facts, progress, grade, remark) => {
    const cells = evaluationColumns(returnOf("甲县", [facts], 2023).items[0]!, 1, 2023);
    expect([cells[PROGRESS], cells[GRADE], cells[REMARK]]).toEqual([progress, grade, remark]);
  });

  test("the county's own 说明 follows it", () => {
    const ret = returnOf("甲县", [green({ 2023: 6.2 })], 2023);
    const cells = evaluationColumns({ ...ret.items[0]!, note: "新建公园未完工" }, 1, 2023);
    expect(cells[REMARK]).toBe(`${OFF_BAND}；新建公园未完工`);
  });
});

describe("the 分领域 line says it after the value", () => {
  test.each<[string, RowFacts, string]>([
    ["提前实现 at the baseline", green({ 2021: 5.4, 2022: 5.4, 2023: 5.4 }), `人均公园绿地面积（预期性）：提前实现，2023 年 5.4 平方米，${IN_BAND}，`],
    ["滞后于预期 out of the band", green({ 2021: 5.6, 2022: 5.9, 2023: 6.2 }, "约束性"), `人均公园绿地面积（约束性）：滞后于预期，2023 年 6.2 平方米，${OFF_BAND}，`],
  ])("%s", async (_why, facts, line) => {
    const c = combineEvaluations([returnOf("青山县", [facts], 2023)]);
    if (!c.ok) throw new Error("not combined");
    expect(await docxText(c.report)).toContain(line);
  });
});

describe("the words in zh and en", () => {
  test.each([
    ["zh", 5.4, IN_BAND],
    ["en", 5.4, "the baseline 5.4 already lies in the band that meets “5.5左右” (10% either side, 4.95–6.05): any value in it is met, and no progress from the baseline is measured"],
    ["zh", 6.2, OFF_BAND],
    ["en", 6.2, "the baseline 5.4 already lies in the band that meets “5.5左右” (10% either side, 4.95–6.05), so no progress from the baseline is measured: the row is judged by its distance from the target"],
  ] as const)("%s, %s", (lang, value, words) => {
    expect(baselineInBandWords(returnOf("甲县", [green({ 2023: value })], 2023).items[0]!, lang)).toBe(words);
  });
});

// trial40a: 非化石能源占一次能源消费比重 25.3 → 28左右, 31.0 and 31.5: past its band on the side its plan rises to, the
// report told the county 需年均降低 1.2 个百分点; no pace toward the band is said, the band is (its miss)
describe("a row past its 左右 band on its better side is given no pace toward the band", () => {
  const share: RowFacts = { name: "非化石能源占一次能源消费比重（%）", attribute: "预期性", unit: "%", baseline: "25.3", target: "28左右", values: { 2021: 31, 2022: 31.5 } };
  const PACE = 11;
  test("the 附表 says the pace so far alone", () => {
    const cells = evaluationColumns(returnOf("武夷山市", [share], 2022).items[0]!, 1, 2022);
    expect([cells[GRADE], cells[PACE]]).toEqual(["滞后于预期", "此前年均提高 3.1 个百分点"]);
  });
  test("the paragraph and the 预警 section say no 需年均", async () => {
    const c = combineEvaluations([returnOf("武夷山市", [share], 2022)]);
    if (!c.ok) throw new Error("not combined");
    const text = await docxText(c.report);
    expect(text).toContain("非化石能源占一次能源消费比重（%）（预期性）：按目前趋势预计 2025 年为 41.7%，目标 28%左右");
    expect(returnParagraph(returnOf("武夷山市", [share], 2022), "zh")).toContain("非化石能源占一次能源消费比重（%）（预计 2025 年 41.7%，目标 28%左右）。");
    expect(text).toContain("高于目标「28%左右」的达标区间 25.2–30.8");
    expect(text).not.toContain("需年均降低");
  });
});

describe("baselineInBand: the one home of the rule (the importer's line asks it too)", () => {
  test.each<[string, string, string, number | null, { low: number; high: number; capped: number | null } | null]>([
    ["inside", "人均公园绿地面积", "5.5左右", 5.4, { low: 4.95, high: 6.05, capped: null }],
    ["on the band's edge (within the rules' tolerance)", "人均公园绿地面积", "5.5左右", 4.95, { low: 4.95, high: 6.05, capped: null }],
    ["equal to the target", "人均公园绿地面积", "5.5左右", 5.5, { low: 4.95, high: 6.05, capped: null }],
    ["outside", "人均公园绿地面积", "5.5左右", 4.9, null],
    ["no baseline", "人均公园绿地面积", "5.5左右", null, null],
    ["a floor is no band", "人均公园绿地面积", "≥5.5", 5.4, null],
    ["a change name", "地区生产总值增长", "6左右", 6.2, null],
    ["约 before the number", "城镇调查失业率", "约5.5", 5.2, { low: 4.95, high: 6.05, capped: null }],
  ])("%s", (_why, name, target, baseline, band) => {
    expect(baselineInBand(name, parseTarget(target, false), baseline)).toEqual(band);
  });

  // trial34 C2: a % rate's band ends at what its unit allows (approximateBand, unitBounds), said so
  test.each<[string, string, string, { low: number; high: number; capped: number | null }]>([
    ["a % rate: capped at 100", "九年义务教育巩固率", "%", { low: 89.73, high: 100, capped: 100 }],
    ["a count: not capped", "在校学生数", "人", { low: 89.73, high: 109.67, capped: null }],
  ])("%s", (_why, name, unit, band) => {
    expect(baselineInBand(name, parseTarget("99.7左右", false), 99.6, unitBounds({ ...detectUnit(name), symbol: unit, unitClass: classifyUnit(unit) }, name, NO_PLAN))).toEqual(band);
  });
});
