import { num, type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { explainWarnings } from "../../src/domain/explainWarnings";
import { farFromPlan } from "../../src/domain/farFromPlan";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";

/**
 * §8f (the project's extension): a value far beyond every number the plan gives for its row
 * is a slip of a digit or a unit more often than a real year; the status stands, the filer
 * corrects it or explains it. The trial cases: a pane user typed 6200 for 62 亿元, 8.1 for 81 岁.
 */
const spec = (name: string, baseline: string, target: string, yearly?: Record<string, string>): IndicatorSpec =>
  ({ name, unit: /\(([^()]+)\)$/.exec(name)?.[1] ?? "", baseline, target, baselineYear: 2020, targetYear: 2025, ...(yearly ? { yearlyTargets: yearly } : {}) });

describe("farFromPlan", () => {
  test.each<[string, number, number[], ReturnType<typeof farFromPlan>]>([
    ["82 × the target", 6200, [50, 75], { factor: 82.7, side: "above", low: 50, high: 75 }],
    ["5 × exactly is within", 375, [50, 75], null],
    ["a tenth of the baseline", 8.1, [80.51, 81.8], { factor: 9.9, side: "below", low: 80.51, high: 81.8 }],
    ["a fifth exactly is within", 10, [50, 75], null],
    ["0 is not measured (a count may be 0)", 0, [2, 4], null],
    ["negative is not measured (§2 says what is wrong)", -3, [2, 4], null],
    ["no positive plan number", 12, [0], null],
    // a trial's 常山县: 0.746 in 2021 of 0 → 4 (on track after one year is 0.8) was doubted
    ["a row from 0: small values are on the way", 0.746, [0, 4], null],
    ["a row to 0: small values are on the way", 0.3, [6, 0], null],
    ["a row from 0: above is still measured", 25, [0, 4], { factor: 6.3, side: "above", low: 4, high: 4 }],
  ])("%s", (_why, value, plan, expected) => {
    expect(farFromPlan(value, plan)).toEqual(expected);
  });
});

describe("§8f in the engine", () => {
  const far = (s: IndicatorSpec, actuals: Record<string, CellValue>, note = ""): string[] => {
    const issues = evaluateIndicator({ spec: s, year: 2023, actuals }).issues;
    return explainWarnings(issues, note).filter((i) => i.code === "far_from_plan").map((i) => describeIssue(i, "zh"));
  };
  test.each<[string, IndicatorSpec, Record<string, CellValue>, string | null]>([
    ["6200 in a 75 亿元 row: above, status still computed", spec("文化及相关产业增加值(亿元)", "50", "75"), { 2023: num(6200) }, "数值 6200 约为规划数值（50–75）最大者的 82.7 倍，请核对是否多填或少填了一位、单位是否有误（是否应为 62？）：请改正，或在说明中写明原因"],
    ["8.1 for 81 岁", spec("人均预期寿命(岁)", "80.51", "81.8"), { 2023: num(8.1) }, "数值 8.1 约为规划数值（80.51–81.8）最小者的 1/10"],
    ["9.05 for 90.5 in a % row", spec("居民综合阅读率(%)", "90.1", "92"), { 2023: num(9.05) }, "约为规划数值（90.1–92）最小者的 1/10"],
    ["a yearly target counts as the plan's", spec("失业保险参保人数(万人)", "20", "27", { 2023: "120" }), { 2023: num(200) }, null],
    ["a plausible value: nothing", spec("文化及相关产业增加值(亿元)", "50", "75"), { 2023: num(68) }, null],
    ["a cumulative row: its cells are one year's share", spec("新建改建基层医疗卫生机构(个)", "/", "〔18〕"), { 2023: num(1) }, null],
    ["a cumulative row: one year above 5 × the whole total (a trial's 2500 against 〔12〕)", spec("新增公共卫生服务用房(万平方米)", "/", "〔12〕"), { 2023: num(2500) }, "数值 2500 约为规划数值（12）最大者的 208.3 倍"],
    ["a cumulative row: a large year within 5 × the total", spec("新建改建基层医疗卫生机构(个)", "/", "〔18〕"), { 2023: num(60) }, null],
    ["a change name: values near 0 are normal", spec("居民人均可支配收入增长(%)", "6.5", "7"), { 2023: num(0.8) }, null],
    // a trial's yearly plan: 居民消费价格指数上涨 0.1 against 3左右 was asked for a wrong digit
    ["a price rise (上涨): values near 0 are normal", spec("居民消费价格指数上涨(%)", "—", "3左右"), { 2023: num(0.1) }, null],
    ["a fall (下跌)", spec("商品房价格下跌(%)", "2", "3"), { 2023: num(0.2) }, null],
    ["1000 × is §2's scale slip, said once", spec("城镇新增就业人数(万人)", "12.3", "15"), { 2023: num(52000) }, null],
  ])("%s", (_why, s, actuals, says) => {
    const found = far(s, actuals);
    if (says === null) expect(found).toEqual([]);
    else expect(found[0]).toContain(says);
  });

  test("a 说明 keeps it as 已说明, as the other §8 warnings", () => {
    expect(far(spec("文化及相关产业增加值(亿元)", "50", "75"), { 2023: num(620) }, "含新并入的两家企业")[0]).toMatch(/（已说明）$/);
  });

  test("the status is the one §3 gives: 已达标 at 6200 against ≥75", () => {
    expect(evaluateIndicator({ spec: spec("文化及相关产业增加值(亿元)", "50", "≥75"), year: 2023, actuals: { 2023: num(6200) } }).status).toBe("met");
  });
});
