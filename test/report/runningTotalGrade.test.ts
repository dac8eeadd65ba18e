import { valueToVerify } from "../../src/domain/valueToVerify";
import { evaluationColumns } from "../../src/sheet/evaluationColumns";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { evaluationRow, type RowFacts } from "./evaluationRow";

/**
 * A cumulative row whose cells look like running totals (§3 `running_total`) is graded on the
 * cautious reading, never on a sum that may count years twice (evaluation-rules §6, our reading):
 * a trial's 230, 480, 740 against 〔1200〕 read 提前实现 (sum 1450) with nothing said, while check,
 * the pane and review warned of a running total.
 */
const row = (values: RowFacts["values"], target = "〔1200〕", attribute = "约束性"): RowFacts =>
  ({ name: "新增造林面积", attribute, unit: "万亩", baseline: "/", target, values, domain: "绿色生态" });

const graded = (f: RowFacts, year: number) => {
  const r = evaluationRow(f, year);
  const verify = valueToVerify(r.graded.result.issues, r.graded.result.value);
  if (verify) r.verify = verify;
  return r;
};

describe("a likely running total is graded on the cautious reading and said so", () => {
  test.each([
    // running totals: the cell for 2023 is the total so far, 740 of 1200 = 61.7% against 60%
    ["running totals 230, 480, 740", row({ 2021: 230, 2022: 480, 2023: 740 }), 2023, "met", "on_schedule", 740, 0.6167,
      "累计 1450（2023 年 740）（疑似填了累计数，按累计 740 评估，待核实）"],
    // the same for a [15] 万人 row: 9.5 of 15 = 63.3% (not 124.7%)
    ["running totals 3, 6.2, 9.5 against [15]", row({ 2021: 3, 2022: 6.2, 2023: 9.5 }, "[15]", "预期性"), 2023, "met", "on_schedule", 9.5, 0.6333,
      "累计 18.7（2023 年 9.5）（疑似填了累计数，按累计 9.5 评估，待核实）"],
    // the cell equals the whole period's target (copied from the plan?): left out, the earlier years' 700 read: 58.3% < 60%
    ["2023's cell is the period's target 1200", row({ 2021: 300, 2022: 400, 2023: 1200 }), 2023, "met", "behind", 700, 0.5833,
      "累计 1900（2023 年 1200）（本年值等于规划期累计目标，未计入评估，按此前各年累计 700 评估，待核实）"],
    // both readings meet the target (1500 as a running total, 3000 as a sum): early either way, still to verify
    ["running totals past the target: early either way", row({ 2021: 500, 2022: 1000, 2023: 1500 }), 2023, "met", "early", 1500, 1.25,
      "累计 3000（2023 年 1500）（疑似填了累计数，按累计 1500 评估，待核实）"],
    // yearly amounts that do not grow by half the first year's each year: no warning, the sum is read
    ["yearly amounts 230, 250, 260: the sum", row({ 2021: 230, 2022: 250, 2023: 260 }), 2023, "on_track", "on_schedule", undefined, 0.6167,
      "累计 740（2023 年 260）"],
  ] as const)("%s", (_why, facts, year, status, grade, basis, progress, actual) => {
    const r = graded(facts, year);
    expect(r.graded.result.status).toBe(status); // check's status is the sum's, unchanged
    expect(r.graded.grade).toBe(grade);
    expect(r.graded.basis).toBe(basis);
    expect(r.graded.progress).toBeCloseTo(progress, 4);
    expect(r.verify?.code).toBe(basis === undefined ? undefined : "running_total");
    const cols = evaluationColumns(r, 1, year);
    expect(cols[6]).toBe(actual);
    expect(cols[9]).toBe(grade === "early" ? "提前实现" : grade === "behind" ? "滞后于预期" : "基本符合预期");
  });

  test.each([
    ["zh", "以上各项中，有 1 项数值待核实：新增造林面积（疑似填了累计数）。"],
    ["en", "Across these indicators, 1 value is to be verified: 新增造林面积 (perhaps a running total)."],
  ] as const)("the opening names the row and why (%s)", (lang, opening) => {
    const r = graded(row({ 2021: 230, 2022: 480, 2023: 740 }), 2023);
    const text = returnParagraph({ items: [r], year: 2023, targetYear: 2025 }, lang);
    expect(text).toContain(opening);
    expect(text).not.toMatch(/提前实现 1 项|1 achieved early/);
  });

  test("the forecast continues the cautious total: 740 + 740/3 × 2 = 1233.3, not 2416.7", () => {
    const r = graded(row({ 2021: 230, 2022: 480, 2023: 740 }), 2023);
    expect(r.graded.forecast.value).toBeCloseTo(1233.333, 2);
    expect(r.graded.pace.achieved).toBeCloseTo(246.667, 2);
    expect(r.graded.series.map((p) => p.value)).toEqual([230, 480, 740]);
  });
});

/**
 * A trial's 城镇新增就业 〔5500〕 filled 1269, 1206, 1244, then 4975 (the four years' running total) read
 * 提前实现 at 158.1% with a forecast of 10867.5 and no `verify`: the latest year's running total is
 * graded as the others are, on the cell as the total so far (4975 of 5500 = 90.5% against 80%), the
 * earlier years' series their sums as typed (they are their own amounts).
 */
describe("the latest year typed as the running total is graded on that total", () => {
  test("4975 of 5500: 快于预期, not 提前实现", () => {
    const r = graded({ name: "城镇新增就业", attribute: "预期性", unit: "万人", baseline: "〔6564〕", target: "〔5500〕", values: { 2021: 1269, 2022: 1206, 2023: 1244, 2024: 4975 } }, 2024);
    expect(r.graded.result.status).toBe("met");
    expect([r.graded.grade, r.graded.basis, r.verify?.code, r.verify?.copied]).toEqual(["ahead", 4975, "running_total", false]);
    expect(r.graded.progress).toBeCloseTo(0.9045, 4);
    expect(r.graded.series.map((p) => p.value)).toEqual([1269, 2475, 3719, 4975]);
    expect(r.graded.forecast.value).toBeCloseTo(6218.75, 2);
    expect(evaluationColumns(r, 1, 2024)[6]).toBe("累计 8694（2024 年 4975）（疑似填了累计数，按累计 4975 评估，待核实）");
  });
});
